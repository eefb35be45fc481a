package com.example.marswb.vss.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.marswb.vss.VssPackage.Literals;
import com.example.marswb.vss.VssWriter;
import com.example.marswb.vss.VssWriters;

import marswb.model.provenance.Provenance;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;

class VssWritersParserTest {

	@Test
	void everyWriterWithItsValuesAtTheirLinesInTheExtensionSlot() {
		Server server = Fixtures.read(Fixtures.folder("failed"));
		List<VssWriter> writers = VssWriters.of(server);
		assertEquals(8, writers.size());
		assertEquals(8, server.getExtensions().size());
		VssWriter system = writers.get(3);
		assertEquals("System Writer", system.getName());
		assertEquals("{e8132975-6f93-4464-a53e-1050253ae220}", system.getWriterId());
		assertEquals(8, system.getStateCode());
		assertEquals("Failed", system.getState());
		assertEquals("Timed out", system.getLastError());
		assertEquals(VssWriters.ARTIFACT, Provenance.of(system, Literals.VSS_WRITER__STATE).orElseThrow().getArtifact());
		assertEquals(26, Provenance.of(system, Literals.VSS_WRITER__STATE).orElseThrow().getLine());
		assertEquals(27, Provenance.of(system, Literals.VSS_WRITER__LAST_ERROR).orElseThrow().getLine());
		assertEquals(23, Provenance.ofObject(system).orElseThrow().getLine());
		assertEquals("Waiting for completion", VssWriters.of(Fixtures.read(Fixtures.folder("stable"))).get(6).getState());
		assertEquals(ArtifactStatus.OK, artifact(server).getStatus());
	}

	@Test
	void vssadminsErrorMakesTheArtifactUnreadable(@TempDir Path dir) throws IOException {
		Path bundle = Fixtures.copy("failed", dir);
		writeWindowsText(bundle.resolve(VssWriters.ARTIFACT), "\r\nvssadmin 1.1 - Volume Shadow Copy Service "
				+ "administrative command-line tool\r\n(C) Copyright 2001-2013 Microsoft Corp.\r\n\r\nError: You don't "
				+ "have the correct permissions to run this command.  Please run this utility from a command\r\nwindow "
				+ "that has elevated administrator privileges.\r\n");
		Server server = Fixtures.read(bundle);
		assertEquals(ArtifactStatus.UNREADABLE, artifact(server).getStatus());
		assertTrue(artifact(server).getMessage().contains("correct permissions"), artifact(server).getMessage());
		assertEquals(List.of(), VssWriters.of(server));
	}

	@Test
	void aLooseCopyIsRecognizedByItsContent(@TempDir Path dir) throws IOException {
		Files.copy(Fixtures.folder("failed").resolve(VssWriters.ARTIFACT), dir.resolve("writers from the customer.txt"));
		Server server = Fixtures.read(dir);
		assertEquals(8, VssWriters.of(server).size());
	}

	private static Artifact artifact(Server server) {
		return server.getArtifacts().stream().filter(a -> a.getPath().equals(VssWriters.ARTIFACT)).findFirst()
				.orElseThrow();
	}

	/** UTF-16LE with BOM, as '>' writes it in Windows PowerShell. */
	static void writeWindowsText(Path file, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] all = new byte[body.length + 2];
		all[0] = (byte) 0xFF;
		all[1] = (byte) 0xFE;
		System.arraycopy(body, 0, all, 2, body.length);
		Files.write(file, all);
	}
}
