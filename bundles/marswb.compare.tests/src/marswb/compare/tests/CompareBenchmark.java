package marswb.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import marswb.compare.Comparison;
import marswb.compare.ModelComparer;
import marswb.model.provenance.Provenance;
import marswb.model.server.EventRecord;
import marswb.model.server.Hotfix;
import marswb.model.server.Located;
import marswb.model.server.ModuleFile;
import marswb.model.server.Origin;
import marswb.model.server.ScheduledTask;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage;
import marswb.model.server.Service;
import marswb.model.server.TaskAction;
import marswb.model.server.TaskTrigger;

/**
 * Not part of the test command (releng/benchmarks/compare-models.sh runs it): two generated models of 100,000
 * objects each, every value with its origin as the reader records it, compared warm; the goal is at most 1 s.
 */
@EnabledIfSystemProperty(named = "marswb.benchmark", matches = "true")
class CompareBenchmark {

	private static final ServerFactory F = ServerFactory.eINSTANCE;
	private static final ServerPackage P = ServerPackage.eINSTANCE;

	@Test
	void twoModelsOf100000ObjectsCompareWithinOneSecondWarm() {
		Server left = generate();
		Server right = EcoreUtil.copy(left);
		// drift: 1 % of the services changed, 100 module files gone, 100 new ones
		for (int i = 0; i < right.getServices().size(); i += 100) {
			right.getServices().get(i).setState("Stopped");
		}
		right.getModuleFiles().subList(0, 100).clear();
		for (int i = 0; i < 100; i++) {
			ModuleFile file = F.createModuleFile();
			set(file, P.getModuleFile_Path(), "C:\\new\\file" + i + ".ps1");
			right.getModuleFiles().add(file);
		}
		assertEquals(100_000, objects(left) - 1, "objects below the server");
		long[] millis = new long[10];
		Comparison comparison = null;
		for (int run = 0; run < millis.length; run++) {
			long start = System.nanoTime();
			comparison = ModelComparer.compare(left, right);
			millis[run] = (System.nanoTime() - start) / 1_000_000;
		}
		assertEquals(200 + 100 + 100, comparison.count(), "200 service states, 100 module files on each side only");
		long[] warm = Arrays.copyOfRange(millis, 5, millis.length);
		Arrays.sort(warm);
		long median = warm[warm.length / 2];
		System.out.println("compare-models: 2 x " + objects(left) + " objects, runs (ms) " + Arrays.toString(millis)
				+ ", warm median " + median + " ms, " + comparison.differences().size() + " entries");
		assertTrue(median <= 1000, "warm median " + median + " ms");
	}

	/** Objects of the model, origins (provenance, not configuration) not counted. */
	private static int objects(Server server) {
		int count = 1;
		for (TreeIterator<EObject> all = server.eAllContents(); all.hasNext();) {
			if (!(all.next() instanceof Origin)) {
				count++;
			}
		}
		return count;
	}

	private static Server generate() {
		Server server = F.createServer();
		set(server, P.getServer_HostName(), "SRV-BENCH");
		for (int i = 0; i < 10_000; i++) {
			ScheduledTask task = F.createScheduledTask();
			set(task, P.getScheduledTask_Path(), "\\Bench\\Task" + i);
			set(task, P.getScheduledTask_Enabled(), Boolean.TRUE);
			set(task, P.getScheduledTask_MultipleInstancesPolicy(), "IgnoreNew");
			for (String kind : new String[] { "CalendarTrigger", "BootTrigger" }) {
				TaskTrigger trigger = F.createTaskTrigger();
				set(trigger, P.getTaskTrigger_Kind(), kind);
				set(trigger, P.getTaskTrigger_Enabled(), Boolean.TRUE);
				set(trigger, P.getTaskTrigger_StartBoundary(), "2026-11-13T22:00:00");
				task.getTriggers().add(trigger);
			}
			TaskAction action = F.createTaskAction();
			set(action, P.getTaskAction_Command(), "C:\\bench\\run" + i + ".exe");
			set(action, P.getTaskAction_Arguments(), "/s");
			task.getActions().add(action);
			server.getTasks().add(task);
		}
		for (int i = 0; i < 20_000; i++) {
			Service service = F.createService();
			set(service, P.getService_Name(), "svc" + i);
			set(service, P.getService_State(), "Running");
			set(service, P.getService_StartMode(), "Auto");
			server.getServices().add(service);
			ModuleFile file = F.createModuleFile();
			set(file, P.getModuleFile_Path(), "C:\\bench\\module" + i + ".ps1");
			set(file, P.getModuleFile_Hash(), Integer.toHexString(i * 31));
			server.getModuleFiles().add(file);
		}
		for (int i = 0; i < 10_000; i++) {
			Hotfix hotfix = F.createHotfix();
			set(hotfix, P.getHotfix_HotFixId(), "KB" + (5_000_000 + i));
			set(hotfix, P.getHotfix_InstalledOn(), new Date(1_700_000_000_000L + i * 86_400_000L));
			server.getHotfixes().add(hotfix);
			EventRecord event = F.createEventRecord();
			set(event, P.getEventRecord_EventId(), Integer.valueOf(i));
			set(event, P.getEventRecord_Level(), "Information");
			set(event, P.getEventRecord_Message(), "The backup operation " + i + " completed successfully.");
			set(event, P.getEventRecord_TimeCreated(), new Date(1_790_000_000_000L + i * 60_000L));
			server.getEvents().add(event);
		}
		return server;
	}

	private static void set(Located owner, EAttribute attribute, Object value) {
		Provenance.set(owner, attribute, value, "bench/artifact.txt", 1, String.valueOf(value));
	}
}
