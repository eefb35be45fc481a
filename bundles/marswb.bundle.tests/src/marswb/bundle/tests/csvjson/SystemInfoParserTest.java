package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.anyProblemContains;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.HotfixesParser;
import marswb.bundle.internal.artifacts.SystemInfoParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.OperatingSystem;
import marswb.model.server.ServerPackage.Literals;

class SystemInfoParserTest {

	private static final String PATH = "system/systeminfo.csv";

	static final String ENGLISH_HEADER = "\"Host Name\",\"OS Name\",\"OS Version\",\"OS Manufacturer\","
			+ "\"OS Configuration\",\"OS Build Type\",\"Registered Owner\",\"Registered Organization\",\"Product ID\","
			+ "\"Original Install Date\",\"System Boot Time\",\"System Manufacturer\",\"System Model\",\"System Type\","
			+ "\"Processor(s)\",\"BIOS Version\",\"Windows Directory\",\"System Directory\",\"Boot Device\","
			+ "\"System Locale\",\"Input Locale\",\"Time Zone\",\"Total Physical Memory\","
			+ "\"Available Physical Memory\",\"Virtual Memory: Max Size\",\"Virtual Memory: Available\","
			+ "\"Virtual Memory: In Use\",\"Page File Location(s)\",\"Domain\",\"Logon Server\",\"Hotfix(s)\","
			+ "\"Network Card(s)\",\"Hyper-V Requirements\"";

	static final String ENGLISH_ROW = "\"SRV-FILE01\",\"Microsoft Windows Server 2019 Datacenter\","
			+ "\"10.0.17763 N/A Build 17763\",\"Microsoft Corporation\",\"Member Server\",\"Multiprocessor Free\","
			+ "\"Windows User\",\"\",\"00430-00000-00000-AA000\",\"3/14/2024, 10:21:07 AM\","
			+ "\"11/18/2026, 6:02:11 PM\",\"Microsoft Corporation\",\"Virtual Machine\",\"x64-based PC\","
			+ "\"1 Processor(s) Installed.,[01]: Intel64 Family 6 Model 85 Stepping 7 GenuineIntel ~2594 Mhz\","
			+ "\"Microsoft Corporation Hyper-V UEFI Release v4.1, 5/13/2023\",\"C:\\Windows\","
			+ "\"C:\\Windows\\system32\",\"\\Device\\HarddiskVolume1\",\"en-us;English (United States)\","
			+ "\"en-us;English (United States)\",\"(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi\","
			+ "\"16,383 MB\",\"9,870 MB\",\"18,815 MB\",\"11,460 MB\",\"7,355 MB\",\"C:\\pagefile.sys\","
			+ "\"contoso.local\",\"\\\\DC01\",\"3 Hotfix(s) Installed.,[01]: KB5031361,[02]: KB5030216,"
			+ "[03]: KB4589208\",\"1 NIC(s) Installed.,[01]: Microsoft Hyper-V Network Adapter,"
			+ "      Connection Name: Ethernet,      DHCP Enabled:    No,      IP address(es),      [01]: 10.0.0.4\","
			+ "\"A hypervisor has been detected. Features required for Hyper-V will not be displayed.\"";

	private static final String CHINESE = """
			"主机名","OS 名称","OS 版本","OS 制造商","OS 配置","OS 构件类型","注册的所有人","注册的组织","产品 ID",\
			"初始安装日期","系统启动时间","系统制造商","系统型号","系统类型","处理器","BIOS 版本","Windows 目录","系统目录",\
			"启动设备","系统区域设置","输入法区域设置","时区","物理内存总量","可用的物理内存","虚拟内存: 最大值","虚拟内存: 可用",\
			"虚拟内存: 使用中","页面文件位置","域","登录服务器","修补程序","网卡","Hyper-V 要求"
			"SRV-FILE02","Microsoft Windows Server 2016 Datacenter","10.0.14393 暂缺 Build 14393",\
			"Microsoft Corporation","成员服务器","Multiprocessor Free","Windows 用户","","00376-40000-00000-AA947",\
			"2024/3/14, 10:21:07","2026/11/18, 18:02:11","Microsoft Corporation","Virtual Machine","x64-based PC",\
			"安装了 1 个处理器。,[01]: Intel64 Family 6 Model 85 Stepping 7 GenuineIntel ~2594 Mhz",\
			"Microsoft Corporation Hyper-V UEFI Release v4.1, 2023/5/13","C:\\Windows","C:\\Windows\\system32",\
			"\\Device\\HarddiskVolume1","zh-cn;中文(中国)","zh-cn;中文(中国)","(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐",\
			"16,383 MB","9,870 MB","18,815 MB","11,460 MB","7,355 MB","C:\\pagefile.sys","WORKGROUP","\\\\SRV-FILE02",\
			"安装了 2 个修补程序。,[01]: KB5031361,[02]: KB4589208","安装了 1 个 NIC。,[01]: Microsoft Hyper-V Network Adapter",\
			"已检测到虚拟机监控程序。将不显示 Hyper-V 所需的功能。"
			""";

	@Test
	void englishSysteminfoFromCmdRedirection() {
		byte[] bytes = Fixtures.encoded(ENGLISH_HEADER + "\n" + ENGLISH_ROW + "\n", StandardCharsets.US_ASCII);
		Result result = parse(new SystemInfoParser(), PATH, bytes);
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		OperatingSystem os = result.server().getOperatingSystem();
		assertEquals("SRV-FILE01", os.getHostName());
		assertEquals("Microsoft Windows Server 2019 Datacenter", os.getName());
		assertEquals("10.0.17763 N/A Build 17763", os.getVersion());
		assertEquals("x64-based PC", os.getSystemType());
		assertEquals("3/14/2024, 10:21:07 AM", os.getOriginalInstallDate());
		assertEquals("11/18/2026, 6:02:11 PM", os.getSystemBootTime());
		assertEquals("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", os.getTimeZone());
		assertEquals("contoso.local", os.getDomain());
		assertOrigin(2, "SRV-FILE01", os, Literals.OPERATING_SYSTEM__HOST_NAME);
		assertEquals(3, result.server().getHotfixes().size());
		assertEquals("KB4589208", result.server().getHotfixes().get(2).getHotFixId());
		assertOrigin(2, "KB4589208", result.server().getHotfixes().get(2), Literals.HOTFIX__HOT_FIX_ID);
	}

	@Test
	void chineseSysteminfoInGbkWithoutBom() {
		byte[] bytes = Fixtures.encoded(CHINESE, Charset.forName("GBK"));
		assertTrue((bytes[0] & 0xFF) == '"', "no BOM");
		assertChineseSysteminfo(bytes);
	}

	/** As Collect-MarsBundle.ps1 writes it: the output captured, then written as UTF-16LE with BOM. */
	@Test
	void chineseSysteminfoAsTheCollectorWritesIt() {
		assertChineseSysteminfo(Fixtures.utf16le(CHINESE));
	}

	private static void assertChineseSysteminfo(byte[] bytes) {
		Result result = parse(new SystemInfoParser(), PATH, bytes);
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		OperatingSystem os = result.server().getOperatingSystem();
		assertEquals("SRV-FILE02", os.getHostName());
		assertEquals("10.0.14393 暂缺 Build 14393", os.getVersion());
		assertEquals("2024/3/14, 10:21:07", os.getOriginalInstallDate());
		assertEquals("(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐", os.getTimeZone());
		assertEquals("WORKGROUP", os.getDomain());
		assertOrigin(2, "10.0.14393 暂缺 Build 14393", os, Literals.OPERATING_SYSTEM__VERSION);
		assertEquals(2, result.server().getHotfixes().size());
	}

	@Test
	void unknownLanguageIsReadByPositionAndSaidSo() {
		String german = "\"Hostname\",\"Betriebssystemname\",\"Betriebssystemversion\",\"Betriebssystemhersteller\","
				+ "\"Betriebssystemkonfiguration\",\"Betriebssystem-Buildtyp\",\"Registrierter Benutzer\","
				+ "\"Registrierte Organisation\",\"Produkt-ID\",\"Ursprüngliches Installationsdatum\","
				+ "\"Systemstartzeit\",\"Systemhersteller\",\"Systemmodell\",\"Systemtyp\",\"Prozessor(en)\","
				+ "\"BIOS-Version\",\"Windows-Verzeichnis\",\"System-Verzeichnis\",\"Startgerät\","
				+ "\"Systemgebietsschema\",\"Eingabegebietsschema\",\"Zeitzone\",\"Gesamter physischer Speicher\","
				+ "\"Verfügbarer physischer Speicher\",\"Virtueller Arbeitsspeicher: Maximale Größe\","
				+ "\"Virtueller Arbeitsspeicher: Verfügbar\",\"Virtueller Arbeitsspeicher: Zurzeit verwendet\","
				+ "\"Auslagerungsdateipfad(e)\",\"Domäne\",\"Anmeldeserver\",\"Hotfix(es)\",\"Netzwerkkarte(n)\","
				+ "\"Hyper-V-Anforderungen\"";
		byte[] bytes = Fixtures.utf16le(german + "\n" + ENGLISH_ROW + "\n");
		Result result = parse(new SystemInfoParser(), PATH, bytes);
		OperatingSystem os = result.server().getOperatingSystem();
		assertEquals("SRV-FILE01", os.getHostName());
		assertEquals("x64-based PC", os.getSystemType());
		assertEquals("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", os.getTimeZone());
		assertEquals("contoso.local", os.getDomain());
		assertEquals(3, result.server().getHotfixes().size());
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(anyProblemContains(result, "by their position"), result.problems().toString());
	}

	@Test
	void emptyOutputLeavesTheSystemUnknown() {
		Result result = parse(new SystemInfoParser(), PATH, new byte[0]);
		assertNull(result.server().getOperatingSystem());
		assertTrue(anyProblemContains(result, "no data row"));
	}

	@Test
	void somethingElseIsUnreadable() {
		Result result = ParserHarness.run(new SystemInfoParser(), PATH,
				Fixtures.utf16le("\"Name\",\"Value\"\n\"a\",\"b\"\n"));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().contains("not the output of `systeminfo /fo csv`"),
				result.failure().getMessage());
		assertEquals(1, result.failure().line());
	}

	@Test
	void hotfixesFromBothSourcesAreListedOnce() {
		byte[] systeminfo = Fixtures.encoded(ENGLISH_HEADER + "\n" + ENGLISH_ROW + "\n", StandardCharsets.US_ASCII);
		Result first = parse(new SystemInfoParser(), PATH, systeminfo);
		Result both = ParserHarness.run(new HotfixesParser(), "system/hotfixes.csv",
				CsvJsonAssertions.fixture("hotfixes.csv"), first.server());
		assertNull(both.failure());
		// systeminfo: KB5031361, KB5030216, KB4589208; hotfixes.csv adds KB5012170
		assertEquals(4, both.server().getHotfixes().size());
		assertEquals("Security Update", both.server().getHotfixes().get(0).getDescription());
	}
}
