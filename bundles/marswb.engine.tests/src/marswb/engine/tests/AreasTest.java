package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import marswb.engine.Area;
import marswb.engine.Areas;
import marswb.model.server.ServerPackage;

class AreasTest {

	private static final ServerPackage P = ServerPackage.eINSTANCE;

	private static Area area(String id, int order, String... features) {
		return new Area(id, id.toUpperCase(), order, null, List.of(features), "marswb.engine.tests");
	}

	@Test
	void areasAreListedInDeclaredOrderThenById() {
		Areas areas = Areas.of(List.of(area("zeta", 20), area("beta", 20), area("alpha", 30), area("omega", 10)));
		assertEquals(List.of("omega", "beta", "zeta", "alpha"), areas.all().stream().map(Area::id).toList());
		assertEquals(List.of("omega", "beta", "alpha", "undeclared"),
				Stream.of("undeclared", "alpha", "beta", "omega").sorted(areas.order()).toList());
	}

	@Test
	void anUndeclaredAreaIsNamedByItsId() {
		Areas areas = Areas.of(List.of(area("alpha", 10)));
		assertEquals("ALPHA", areas.name("alpha"));
		assertEquals("other", areas.name("other"));
	}

	@Test
	void featuresResolveInTheServerModelOrByNamespace() {
		Areas areas = Areas.of(List.of(area("alpha", 10, "Server.tasks", "Agent.registration"),
				area("beta", 20, P.getNsURI() + "#Server.cache")));
		assertEquals("alpha", areas.owner(P.getServer_Tasks()));
		assertEquals("alpha", areas.owner(P.getAgent_Registration()));
		assertEquals("beta", areas.owner(P.getServer_Cache()));
		assertNull(areas.owner(P.getServer_Jobs()));
		assertEquals(List.of(), areas.problems());
	}

	@Test
	void aFeatureThatDoesNotExistOrHasAnOwnerAlreadyIsAProblem() {
		Areas areas = Areas.of(List.of(area("alpha", 10, "Server.tasks"),
				area("beta", 20, "Server.tasks", "Server.noSuchThing", "urn:nowhere#Server.tasks")));
		assertEquals("alpha", areas.owner(P.getServer_Tasks()));
		assertEquals(3, areas.problems().size(), areas.problems().toString());
		assertTrue(areas.problems().get(0).contains("one owner per fact"), areas.problems().get(0));
	}

	@Test
	void theInstalledAreasIncludeAThirdPartysAfterOurs() {
		// this fragment contributes "thirdparty" at order 90; no core area is installed in this test runtime
		Areas areas = Areas.platform();
		assertEquals("Third party", areas.name("thirdparty"));
		assertEquals(90, areas.get("thirdparty").orElseThrow().order());
		assertEquals(List.of(), areas.problems());
	}
}
