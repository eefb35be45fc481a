package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;

import org.junit.jupiter.api.Test;

import marswb.engine.DisplayValues;
import marswb.engine.ServerDates;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.DiagnosisPackage;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Hotfix;
import marswb.model.server.Job;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Volume;

/** Runs in the build's language, English. */
class DisplayValuesTest {

	private static final ServerFactory FACTORY = ServerFactory.eINSTANCE;
	/** 2026-11-19 14:00:06 UTC, 22:00:06 at UTC+8. */
	private static final Date MOMENT = new Date(1795096806000L);

	@Test
	void sizesReadInGbAndGibWithTheByteCountApart() {
		Volume volume = FACTORY.createVolume();
		volume.setSizeRemaining(51754355917L);
		assertEquals("51.8 GB (48.2 GiB)", DisplayValues.of(volume, Literals.VOLUME__SIZE_REMAINING));
		assertEquals("51,754,355,917 bytes", DisplayValues.byteCount(51754355917L));
		// small files do not read 0.0 GB
		assertEquals("999.9 MB (953.6 MiB)", DisplayValues.bytes(999_900_000L));
		assertEquals("12.3 KB (12.0 KiB)", DisplayValues.bytes(12_300L));
		assertNull(DisplayValues.of(volume, Literals.VOLUME__SIZE));
	}

	@Test
	void aFindingsAreaReadsAsTheAreasNameAndAnUndeclaredOneAsItsId() {
		Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
		// this fragment declares the area "thirdparty" (fragment.xml)
		finding.setArea("thirdparty");
		assertEquals("Third party", DisplayValues.of(finding, DiagnosisPackage.Literals.FINDING__AREA));
		finding.setArea("uninstalled");
		assertEquals("uninstalled", DisplayValues.of(finding, DiagnosisPackage.Literals.FINDING__AREA));
	}

	@Test
	void momentsReadInTheServersLocalTimeWithUtcBeside() {
		Server server = FACTORY.createServer();
		server.setLocalUtcOffsetMinutes(480);
		Job job = FACTORY.createJob();
		server.getJobs().add(job);
		job.setStartTime(MOMENT);
		assertEquals("2026-11-19 22:00:06 (UTC+08:00) \u00b7 14:00:06 UTC",
				DisplayValues.of(job, Literals.JOB__START_TIME));
		assertEquals(DisplayValues.of(job, Literals.JOB__START_TIME), DisplayValues.time(MOMENT, server));
		assertEquals("UTC+08:00", DisplayValues.of(server, Literals.SERVER__LOCAL_UTC_OFFSET_MINUTES));
		// the UTC side names its day when it is another one
		server.setLocalUtcOffsetMinutes(840);
		assertEquals("2026-11-20 04:00:06 (UTC+14:00) \u00b7 2026-11-19 14:00:06 UTC", DisplayValues.time(MOMENT, server));
		// a server whose clock is on UTC
		server.setLocalUtcOffsetMinutes(0);
		assertEquals("2026-11-19 14:00:06 UTC", DisplayValues.of(job, Literals.JOB__START_TIME));
		// without the offset the time cannot be made local: UTC alone, said so
		server.setLocalUtcOffsetMinutes(null);
		assertEquals("2026-11-19 14:00:06 UTC (UTC offset of the server not known)",
				DisplayValues.of(job, Literals.JOB__START_TIME));
		assertEquals("2026-11-19 14:00:06 UTC (UTC offset of the server not known)", DisplayValues.time(MOMENT, null));
	}

	@Test
	void aDayIsTheServersCalendarDay() {
		Server server = FACTORY.createServer();
		server.setLocalUtcOffsetMinutes(600);
		Hotfix hotfix = FACTORY.createHotfix();
		server.getHotfixes().add(hotfix);
		// 2026-11-19 14:00 UTC is already the 20th at UTC+10
		hotfix.setInstalledOn(MOMENT);
		assertEquals("2026-11-20", DisplayValues.of(hotfix, Literals.HOTFIX__INSTALLED_ON));
		assertEquals(ServerDates.day(MOMENT, server), DisplayValues.of(hotfix, Literals.HOTFIX__INSTALLED_ON));
	}

	@Test
	void enumerationsAndBooleansReadAsWords() {
		Artifact artifact = FACTORY.createArtifact();
		artifact.setStatus(ArtifactStatus.PARTIAL);
		assertEquals("partial", DisplayValues.of(artifact, Literals.ARTIFACT__STATUS));
		Volume volume = FACTORY.createVolume();
		var storage = FACTORY.createShadowStorage();
		storage.setMaximumUnbounded(Boolean.TRUE);
		assertEquals("yes", DisplayValues.of(storage, Literals.SHADOW_STORAGE__MAXIMUM_UNBOUNDED));
		volume.setDriveLetter("C");
		assertEquals("C", DisplayValues.of(volume, Literals.VOLUME__DRIVE_LETTER));
	}

	@Test
	void aJobTypeNumberIsNeverGivenAName() {
		Job job = FACTORY.createJob();
		job.setJobType("1");
		assertEquals("1 (a number; its name is not published)",
				DisplayValues.of(job, Literals.JOB__JOB_TYPE));
		job.setJobType("Backup");
		assertEquals("Backup", DisplayValues.of(job, Literals.JOB__JOB_TYPE));
	}
}
