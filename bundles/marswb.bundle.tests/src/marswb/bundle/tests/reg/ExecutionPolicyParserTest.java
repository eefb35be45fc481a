package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ExecutionPolicyParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.ServerPackage.Literals;

class ExecutionPolicyParserTest {

	private static final String PATH = "system/executionpolicy.txt";

	@Test
	void readsEveryScopeInOrder() {
		byte[] bytes = Fixtures.utf16le("""

				        Scope ExecutionPolicy
				        ----- ---------------
				MachinePolicy       Undefined
				   UserPolicy       Undefined
				      Process       Undefined
				  CurrentUser       Undefined
				 LocalMachine    RemoteSigned


				""");
		Result result = ParserHarness.run(new ExecutionPolicyParser(), PATH, bytes);
		assertClean(result);
		List<ExecutionPolicySetting> policies = result.server().getPowerShell().getExecutionPolicies();
		assertEquals(List.of("MachinePolicy=Undefined", "UserPolicy=Undefined", "Process=Undefined",
				"CurrentUser=Undefined", "LocalMachine=RemoteSigned"),
				policies.stream().map(p -> p.getScope() + "=" + p.getPolicy()).toList());
		ExecutionPolicySetting localMachine = policies.get(4);
		assertEquals(8, origin(localMachine, Literals.EXECUTION_POLICY_SETTING__POLICY).getLine());
		assertEquals("RemoteSigned", origin(localMachine, Literals.EXECUTION_POLICY_SETTING__POLICY).getRaw());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void damagedRowsAreProblemsAndTheOthersAreRead() {
		Result result = ParserHarness.run(new ExecutionPolicyParser(), PATH, Fixtures.utf16le("""
				        Scope ExecutionPolicy
				        ----- ---------------
				MachinePolicy       Undefined
				   UserPolicy
				 LocalMachine      Restricted
				  SomeScope       Undefined
				"""));
		assertEquals(List.of("line 4: not a scope and policy row: 'UserPolicy'",
				"line 6: not a scope and policy row: 'SomeScope       Undefined'"), result.problems());
		assertEquals(List.of("MachinePolicy", "LocalMachine"), result.server().getPowerShell().getExecutionPolicies()
				.stream().map(ExecutionPolicySetting::getScope).toList());
		assertEquals("Restricted", result.server().getPowerShell().getExecutionPolicies().get(1).getPolicy());
	}

	@Test
	void anOutputWithoutTheTableIsRefused() {
		Result result = ParserHarness.run(new ExecutionPolicyParser(), PATH,
				Fixtures.utf16le("Get-ExecutionPolicy : Access denied\n"));
		assertEquals("no 'Scope ExecutionPolicy' table: first line 'Get-ExecutionPolicy : Access denied' (line 1)",
				RegAssertions.failure(result).getMessage());
	}

	@Test
	void anEmptyFileIsRefused() {
		Result result = ParserHarness.run(new ExecutionPolicyParser(), PATH, Fixtures.utf16le("\n\n"));
		assertEquals("empty file: no execution policy table", RegAssertions.failure(result).getMessage());
	}
}
