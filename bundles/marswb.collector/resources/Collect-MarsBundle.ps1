<#
.SYNOPSIS
    Collects a MARS diagnostic bundle (format marsbundle/1) from this server, for the Azure Backup (MARS agent)
    support case. 收集本服务器的 MARS 诊断包，供 Azure 备份（MARS 代理）支持案例使用。

.DESCRIPTION
    Run once, as administrator, in Windows PowerShell 5.1 on the server that has the problem. The script reads
    registry keys, scheduled tasks, service, volume, certificate and update lists, the agent's settings, jobs and
    logs, and probes the backup endpoints; it changes nothing on the server apart from its output folder (and,
    only with -ProbeAsSystem, a one-shot scheduled task that removes itself). It writes one zip,
    marsbundle-<host>-<yyyyMMdd-HHmmss>.zip, to attach to the support case.

    Every item runs under a time limit, so a command that hangs or fails is recorded in manifest.json and the
    rest still runs. It never collects passphrases or passphrase files; vault credentials only with
    -VaultCredentialsFile, and then without the ManagementCert (its private key).

    Started from PowerShell 7, it starts itself again in Windows PowerShell 5.1 (powershell.exe), because the
    agent's MSOnlineBackup module is a Windows PowerShell module.

    Exit codes: 0 the bundle was written (items may still have failed: see manifest.json); 1 the bundle could not
    be written; 2 a parameter is wrong; 3 not run as administrator; 4 Windows PowerShell 5.1 could not be started.

.PARAMETER OutputFolder
    Folder for the zip. Created if missing; the files are gathered in a subfolder of it, which is removed after
    zipping. Default: the current user's Desktop.

.PARAMETER Items
    Collect only these items, named by their bundle path as in the format's table (for example
    system/systeminfo.csv, agent/logs/*.errlog). The support engineer's workbench writes this list for a bundle
    whose evidence was missing. Default: every item.

.PARAMETER MaxLogMB
    Size cap, in MB, for the agent's logs (agent/logs) and, separately, for the failed-file lists
    (agent/failed-files); the newest files are copied first and those past the cap are recorded as skipped.
    Default: 200.

.PARAMETER VaultCredentialsFile
    Path of the .VaultCredentials file the registration was tried with. It is copied into the bundle with the
    ManagementCert element emptied, so the certificate's private key never leaves the server. Without this
    parameter no credentials are collected.

.PARAMETER ProbeAsSystem
    Probe the backup endpoints as the SYSTEM account, which is the account the agent connects as (its proxy
    settings can differ from yours). This registers a one-shot scheduled task in the root folder of Task
    Scheduler, named MarsBundleProbe-<id>, runs it once and deletes it; the task also deletes itself (it expires
    30 minutes after it was registered) if this script is stopped. Without it the probes run as the current user, and the manifest says so.

.PARAMETER ItemTimeoutSeconds
    Time limit of one item, in seconds; an item that takes longer is stopped and recorded as timeout.
    Default: 300 (systeminfo and Get-HotFix can take minutes on servers with many updates).

.PARAMETER ProbeTimeoutSeconds
    Time limit of one endpoint probe (TCP connect, then HTTPS request), in seconds. Default: 20.

.EXAMPLE
    .\Collect-MarsBundle.ps1
    Collects everything and writes the zip to the Desktop.

.EXAMPLE
    .\Collect-MarsBundle.ps1 -OutputFolder D:\Support -ProbeAsSystem
    Also probes the endpoints as SYSTEM, through the agent's own proxy settings.

.EXAMPLE
    .\Collect-MarsBundle.ps1 -VaultCredentialsFile 'C:\Users\admin\Downloads\contoso_Fri Nov 20 2026.VaultCredentials'
    Includes the vault credentials file (without its certificate) that registration failed with.

.EXAMPLE
    .\Collect-MarsBundle.ps1 -Items 'agent/jobs.json','agent/logs/*.errlog'
    Collects only the agent's jobs and logs.

.NOTES
    Needs Windows PowerShell 5.1 (Windows Server 2012 R2 with WMF 5.1 and later, Windows 10 and 11) and
    administrator rights. Collector: marswb-collect.
#>
[CmdletBinding()]
param(
    [string]$OutputFolder = [Environment]::GetFolderPath('Desktop'),
    [string[]]$Items,
    [ValidateRange(1, 100000)][int]$MaxLogMB = 200,
    [string]$VaultCredentialsFile,
    [switch]$ProbeAsSystem,
    [ValidateRange(5, 86400)][int]$ItemTimeoutSeconds = 300,
    [ValidateRange(1, 600)][int]$ProbeTimeoutSeconds = 20
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$CollectorName = 'marswb-collect'
$CollectorVersion = '1.0.0'

$Chinese = (Get-UICulture).Name -like 'zh-*'
function Get-Text([string]$Key) {
    $texts = @{
        NotAdmin      = @('This script must run as administrator: right-click Windows PowerShell, choose "Run as administrator", and run it again.', '此脚本必须以管理员身份运行：请右键单击 Windows PowerShell，选择“以管理员身份运行”，然后重新运行此脚本。')
        UnknownItem   = @('Unknown item(s): {0}. Valid items: {1}', '未知的收集项：{0}。有效的收集项：{1}')
        Collecting    = @('Collecting the MARS diagnostic bundle', '正在收集 MARS 诊断包')
        Item          = @('{0} of {1}: {2}', '第 {0} 项，共 {1} 项：{2}')
        Zipping       = @('Writing the zip file', '正在写入 zip 文件')
        Done          = @('The diagnostic bundle is ready: {0} ({1:N1} MB).', '诊断包已生成：{0}（{1:N1} MB）。')
        NextStep      = @('Attach this file to your support case (do not unzip or edit it). It contains no passwords or passphrases.', '请将此文件附加到您的支持案例（请勿解压或修改）。其中不包含任何密码或通行短语。')
        Summary       = @('{0} items collected, {1} failed or timed out, {2} skipped (see manifest.json in the zip).', '已收集 {0} 项，失败或超时 {1} 项，跳过 {2} 项（详见 zip 中的 manifest.json）。')
        WriteFailed   = @('The bundle could not be written: {0}', '无法写入诊断包：{0}')
        NoModule      = @('the MSOnlineBackup module is not installed (the MARS agent is missing or damaged)', '未安装 MSOnlineBackup 模块（MARS 代理缺失或已损坏）')
        NoAgent       = @('the MARS agent is not installed (no Setup\InstallPath in its registry key)', '未安装 MARS 代理（其注册表项中没有 Setup\InstallPath）')
        NoScratch     = @('the agent has no Config\ScratchLocation in its registry key', '代理的注册表项中没有 Config\ScratchLocation')
        NoDefender    = @('Microsoft Defender is not installed (no WinDefend service)', '未安装 Microsoft Defender（没有 WinDefend 服务）')
        NoVaultFile   = @('not requested (run with -VaultCredentialsFile to include it)', '未请求（如需收集，请使用 -VaultCredentialsFile 参数）')
        NotInList     = @('not requested (-Items)', '未请求（-Items）')
        OverCap       = @('left out: the -MaxLogMB {0} cap was reached (newest files are copied first)', '已略过：达到 -MaxLogMB {0} 的上限（优先复制最新的文件）')
        Timeout       = @('no result within {0} s', '{0} 秒内没有结果')
        NoWinPS       = @('Windows PowerShell 5.1 ({0}) is not on this computer; the agent''s module needs it.', '此计算机上没有 Windows PowerShell 5.1（{0}）；代理的模块需要它。')
        ProbeSystem   = @('Probing the endpoints as SYSTEM through a one-shot scheduled task', '正在通过一次性计划任务以 SYSTEM 身份探测终结点')
    }
    $pair = $texts[$Key]
    if ($Chinese) { return $pair[1] }
    return $pair[0]
}

# The agent's module (MSOnlineBackup) loads only in Windows PowerShell, so PowerShell 7 hands over to it with the
# same parameters. -File passes every value as text: arrays go comma-joined and are split again below.
if ($PSVersionTable.PSEdition -eq 'Core') {
    $windowsPowerShell = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
    if (-not (Test-Path -LiteralPath $windowsPowerShell)) {
        Write-Host ((Get-Text 'NoWinPS') -f $windowsPowerShell) -ForegroundColor Red
        exit 4
    }
    $relaunch = @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', $PSCommandPath)
    foreach ($name in $PSBoundParameters.Keys) {
        $value = $PSBoundParameters[$name]
        if ($value -is [System.Management.Automation.SwitchParameter]) {
            if ($value.IsPresent) { $relaunch += "-$name" }
        } else {
            $relaunch += "-$name"
            $relaunch += (@($value) -join ',')
        }
    }
    & $windowsPowerShell @relaunch
    exit $LASTEXITCODE
}

$principal = New-Object Security.Principal.WindowsPrincipal ([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Host (Get-Text 'NotAdmin') -ForegroundColor Red
    exit 3
}

# Every artifact of bundle format v1: Path and Command are those of docs/bundle-format.md, word for word (the
# workbench's tests hold the two equal). Kind says how it runs: Native (a program's output, captured), Reg (reg
# export writes the file itself), Script (PowerShell output, captured), Copy (the agent's files, byte for byte),
# Tasks, Probe and Vault. Captured output is written as UTF-16LE with BOM, as '>' does in Windows PowerShell.
$Catalog = @(
    @{ Path = 'system/systeminfo.csv'; Command = 'systeminfo /fo csv'; Kind = 'Native'; Exe = 'systeminfo.exe'; Arguments = @('/fo', 'csv') }
    @{ Path = 'system/tzutil.txt'; Command = 'tzutil /g'; Kind = 'Native'; Exe = 'tzutil.exe'; Arguments = @('/g') }
    @{ Path = 'system/dotnet-ndp.reg'; Command = 'reg export "HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full"'; Kind = 'Reg'; Key = 'HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' }
    @{ Path = 'system/tls-schannel.reg'; Command = 'reg export "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols"'; Kind = 'Reg'; Key = 'HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols' }
    @{ Path = 'system/tls-netfx.reg'; Command = 'reg export "HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319"'; Kind = 'Reg'; Key = 'HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' }
    @{ Path = 'system/environment.reg'; Command = 'reg export "HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment"'; Kind = 'Reg'; Key = 'HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment' }
    @{ Path = 'system/psversion.txt'; Command = '$PSVersionTable | Out-String -Width 200'; Kind = 'Script'; Script = { param($Context) $PSVersionTable | Out-String -Width 200 } }
    @{ Path = 'system/executionpolicy.txt'; Command = 'Get-ExecutionPolicy -List | Out-String'; Kind = 'Script'; Script = { param($Context) Get-ExecutionPolicy -List | Out-String } }
    @{ Path = 'system/services.csv'; Command = 'Get-CimInstance Win32_Service | Select Name,DisplayName,State,StartMode,StartName,PathName | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Script = { param($Context) Get-CimInstance Win32_Service | Select-Object 'Name','DisplayName','State','StartMode','StartName','PathName' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'system/volumes.csv'; Command = 'Get-Volume | Select DriveLetter,FileSystemLabel,FileSystem,DriveType,HealthStatus,OperationalStatus,Size,SizeRemaining,Path | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Script = { param($Context) Get-Volume | Select-Object 'DriveLetter','FileSystemLabel','FileSystem','DriveType','HealthStatus','OperationalStatus','Size','SizeRemaining','Path' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'system/shadowstorage.txt'; Command = 'vssadmin list shadowstorage'; Kind = 'Native'; Exe = 'vssadmin.exe'; Arguments = @('list', 'shadowstorage') }
    @{ Path = 'system/vss-writers.txt'; Command = 'vssadmin list writers'; Kind = 'Native'; Exe = 'vssadmin.exe'; Arguments = @('list', 'writers') }
    @{ Path = 'system/pnp-iscsi.csv'; Command = 'Get-PnpDevice | Where InstanceId -like ''ROOT\ISCSIPRT*'' | Select Status,Class,FriendlyName,InstanceId,Problem | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Script = { param($Context) Get-PnpDevice | Where-Object InstanceId -like 'ROOT\ISCSIPRT*' | Select-Object 'Status','Class','FriendlyName','InstanceId','Problem' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'system/windows-temp-tmp-count.txt'; Command = '(Get-ChildItem C:\Windows\Temp -Filter *.tmp -Force).Count'; Kind = 'Script'; Script = { param($Context) @(Get-ChildItem -LiteralPath (Join-Path $env:SystemRoot 'Temp') -Filter *.tmp -Force).Count } }
    @{ Path = 'system/hotfixes.csv'; Command = 'Get-HotFix | Select HotFixID,Description,InstalledOn | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Script = { param($Context) Get-HotFix | Select-Object 'HotFixID','Description','InstalledOn' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'system/certificates.csv'; Command = 'Get-ChildItem Cert:\LocalMachine\My | Select Subject,FriendlyName,Thumbprint,NotBefore,NotAfter,HasPrivateKey | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Script = { param($Context) Get-ChildItem Cert:\LocalMachine\My | Select-Object 'Subject','FriendlyName','Thumbprint','NotBefore','NotAfter','HasPrivateKey' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'system/defender.json'; Command = 'Get-MpPreference | Select DisableRealtimeMonitoring,ExclusionPath,ExclusionProcess,ExclusionExtension | ConvertTo-Json'; Kind = 'Script'; Needs = 'Defender'; Script = { param($Context) Get-MpPreference | Select-Object 'DisableRealtimeMonitoring','ExclusionPath','ExclusionProcess','ExclusionExtension' | ConvertTo-Json } }
    @{ Path = 'network/winhttp-proxy.txt'; Command = 'netsh winhttp show proxy'; Kind = 'Native'; Exe = 'netsh.exe'; Arguments = @('winhttp', 'show', 'proxy') }
    @{ Path = 'network/inet-system.reg'; Command = 'reg export "HKU\S-1-5-18\Software\Microsoft\Windows\CurrentVersion\Internet Settings"'; Kind = 'Reg'; Key = 'HKU\S-1-5-18\Software\Microsoft\Windows\CurrentVersion\Internet Settings' }
    @{ Path = 'network/connectivity.csv'; Command = 'the collector: Test-NetConnection -Port 443 and Invoke-WebRequest per endpoint'; Kind = 'Probe' }
    @{ Path = 'agent/registry.reg'; Command = 'reg export "HKLM\SOFTWARE\Microsoft\Windows Azure Backup"'; Kind = 'Reg'; Key = 'HKLM\SOFTWARE\Microsoft\Windows Azure Backup' }
    @{ Path = 'agent/version.txt'; Command = '(Get-Item "$InstallPath\bin\cbengine.exe").VersionInfo.FileVersion'; Kind = 'Script'; Needs = 'Agent'; Script = { param($Context) (Get-Item -LiteralPath (Join-Path $Context.InstallPath 'bin\cbengine.exe')).VersionInfo.FileVersion } }
    @{ Path = 'agent/machine-setting.json'; Command = 'Get-OBMachineSetting | ConvertTo-Json -Depth 4'; Kind = 'Script'; Needs = 'Module'; Script = { param($Context) Get-OBMachineSetting | ConvertTo-Json -Depth 4 } }
    @{ Path = 'agent/policy.json'; Command = 'Get-OBPolicy | ConvertTo-Json -Depth 6'; Kind = 'Script'; Needs = 'Module'; Script = { param($Context) Get-OBPolicy | ConvertTo-Json -Depth 6 } }
    # Windows PowerShell 5.1 writes enums as numbers whose meaning is not published; the names go beside them.
    @{ Path = 'agent/jobs.json'; Command = 'Get-OBJob -Previous 100 | Select *,JobTypeName,JobStateName | ConvertTo-Json -Depth 6'; Kind = 'Script'; Needs = 'Module'; Script = { param($Context) Get-OBJob -Previous 100 | Select-Object -Property '*', @{ Name = 'JobTypeName'; Expression = { [string]$_.JobType } }, @{ Name = 'JobStateName'; Expression = { [string]$_.JobStatus.JobState } } | ConvertTo-Json -Depth 6 } }
    @{ Path = 'agent/module-files.csv'; Command = 'Get-ChildItem "$InstallPath\bin\Modules\MSOnlineBackup" -Recurse -File | Get-FileHash | Select Path,Algorithm,Hash | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Needs = 'Agent'; Script = { param($Context) Get-ChildItem -LiteralPath (Join-Path $Context.InstallPath 'bin\Modules\MSOnlineBackup') -Recurse -File | Get-FileHash | Select-Object 'Path','Algorithm','Hash' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'agent/scratch-folder.csv'; Command = 'Get-Item -Force $Scratch | Select FullName,Attributes,LastWriteTimeUtc | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Needs = 'Scratch'; Script = { param($Context) $rows = @(Get-Item -Force -LiteralPath $Context.Scratch -ErrorAction SilentlyContinue | Select-Object 'FullName','Attributes','LastWriteTimeUtc' | ConvertTo-Csv -NoTypeInformation); if ($rows.Count -gt 0) { $rows } else { '"FullName","Attributes","LastWriteTimeUtc"' } } }
    @{ Path = 'agent/scratch-listing.csv'; Command = 'Get-ChildItem -Force $Scratch | Select Name,Length,Attributes,LastWriteTimeUtc | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Needs = 'Scratch'; Script = { param($Context) Get-ChildItem -Force -LiteralPath $Context.Scratch | Select-Object 'Name','Length','Attributes','LastWriteTimeUtc' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'agent/cloudbackup-events.csv'; Command = 'Get-WinEvent -LogName CloudBackup/Operational -MaxEvents 1000 | Select TimeCreated,Id,LevelDisplayName,Message | ConvertTo-Csv -NoTypeInformation'; Kind = 'Script'; Script = { param($Context) Get-WinEvent -LogName CloudBackup/Operational -MaxEvents 1000 | Select-Object 'TimeCreated','Id','LevelDisplayName','Message' | ConvertTo-Csv -NoTypeInformation } }
    @{ Path = 'agent/logs/*.errlog'; Command = 'copies of <InstallPath>\Temp\*.errlog'; Kind = 'Copy'; Needs = 'Agent'; Filter = '*.errlog' }
    @{ Path = 'agent/failed-files/LastBackupFailedFiles*.txt'; Command = 'copies of <InstallPath>\Temp\LastBackupFailedFiles*.txt'; Kind = 'Copy'; Needs = 'Agent'; Filter = 'LastBackupFailedFiles*.txt' }
    @{ Path = 'agent/vault-credentials/*.VaultCredentials'; Command = 'copy of the file given as -VaultCredentialsFile, ManagementCert emptied'; Kind = 'Vault' }
    @{ Path = 'tasks/*.xml'; Command = 'schtasks /query /xml ONE /tn "\Microsoft\OnlineBackup\<task>" for each task, and the Windows Server Backup task'; Kind = 'Tasks' }
)

# Runs a script block in a runspace of its own, so that a command that hangs (Get-WinEvent on a huge log,
# Test-NetConnection through a proxy that drops packets) is abandoned after its time limit instead of stopping the
# rest. The runspace lives in this process, so native programs see the same console code page.
function Invoke-Limited([scriptblock]$Script, [object[]]$Arguments, [int]$Seconds, [string[]]$Modules) {
    $shell = [PowerShell]::Create()
    if ($Modules) {
        [void]$shell.AddCommand('Import-Module').AddParameter('Name', $Modules).AddParameter('ErrorAction', 'Stop').AddStatement()
    }
    [void]$shell.AddScript($Script.ToString())
    foreach ($argument in $Arguments) { [void]$shell.AddArgument($argument) }
    $pending = $shell.BeginInvoke()
    if (-not $pending.AsyncWaitHandle.WaitOne($Seconds * 1000)) {
        # Stopping can itself wait on the hung call; let it finish in the background.
        [void]$shell.BeginStop($null, $null)
        return @{ TimedOut = $true; Output = @(); Errors = @() }
    }
    try {
        $output = @($shell.EndInvoke($pending))
        $errors = @($shell.Streams.Error | ForEach-Object { $_.ToString() })
        return @{ TimedOut = $false; Output = $output; Errors = $errors }
    } catch {
        return @{ TimedOut = $false; Output = @(); Errors = @($_.Exception.InnerException, $_.Exception | Where-Object { $_ } | Select-Object -First 1 | ForEach-Object { $_.Message }) }
    } finally {
        $shell.Dispose()
    }
}

# Runs a program with its output captured, killed after the time limit; returns its exit code and output text.
function Invoke-Program([string]$Exe, [string[]]$Arguments, [int]$Seconds) {
    $start = New-Object Diagnostics.ProcessStartInfo
    $start.FileName = Join-Path $env:SystemRoot "System32\$Exe"
    $start.Arguments = ($Arguments | ForEach-Object { if ($_ -match '[\s"]') { '"' + ($_ -replace '"', '\"') + '"' } else { $_ } }) -join ' '
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.CreateNoWindow = $true
    $start.StandardOutputEncoding = [Console]::OutputEncoding
    $start.StandardErrorEncoding = [Console]::OutputEncoding
    $process = [Diagnostics.Process]::Start($start)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($Seconds * 1000)) {
        try { $process.Kill() } catch { $null = $_ }
        return @{ TimedOut = $true; ExitCode = $null; Output = ''; Error = '' }
    }
    $process.WaitForExit()
    return @{ TimedOut = $false; ExitCode = $process.ExitCode; Output = $stdout.Result; Error = $stderr.Result.Trim() }
}

# Every file the script writes goes through the functions below, and each refuses a path outside the work folder.
function Assert-InWork([string]$Path) {
    $full = [IO.Path]::GetFullPath($Path)
    if (-not $full.StartsWith($script:Work + '\', [StringComparison]::OrdinalIgnoreCase)) {
        throw "refused to write outside the output folder: $full"
    }
    $folder = Split-Path -Parent $full
    if (-not (Test-Path -LiteralPath $folder)) { $null = New-Item -ItemType Directory -Path $folder }
    return $full
}

function Write-BundleText([string]$Path, [string]$Text, [Text.Encoding]$Encoding) {
    $full = Assert-InWork $Path
    [IO.File]::WriteAllText($full, $Text, $Encoding)
    return (Get-Item -LiteralPath $full).Length
}

# The agent keeps its logs open; a stream that shares ReadWrite and Delete reads them anyway.
function Copy-SharedFile([string]$Source, [string]$Path) {
    $full = Assert-InWork $Path
    $in = New-Object IO.FileStream($Source, [IO.FileMode]::Open, [IO.FileAccess]::Read, ([IO.FileShare]::ReadWrite -bor [IO.FileShare]::Delete))
    try {
        $out = New-Object IO.FileStream($full, [IO.FileMode]::CreateNew, [IO.FileAccess]::Write)
        try { $in.CopyTo($out) } finally { $out.Dispose() }
    } finally {
        $in.Dispose()
    }
    return (Get-Item -LiteralPath $full).Length
}

$Unicode = New-Object Text.UnicodeEncoding($false, $true)
$Utf8NoBom = New-Object Text.UTF8Encoding($false)
$Utf8Bom = New-Object Text.UTF8Encoding($true)
$Log = New-Object Collections.Generic.List[string]
function Write-CollectorLog([string]$Line) {
    $Log.Add(('{0:yyyy-MM-dd HH:mm:ss.fff} {1}' -f (Get-Date), $Line))
}

$Manifest = New-Object Collections.Generic.List[object]
function Add-ManifestItem([string]$Path, [string]$Command, [string]$Status, $ExitCode, [string]$ErrorText, [long]$DurationMs, $Bytes) {
    $item = [ordered]@{ path = $Path; command = $Command; status = $Status }
    if ($null -ne $ExitCode) { $item.exitCode = [int]$ExitCode }
    if ($ErrorText) { $item.error = $ErrorText }
    $item.durationMs = $DurationMs
    if ($null -ne $Bytes) { $item.bytes = [long]$Bytes }
    $Manifest.Add($item)
    Write-CollectorLog ('{0} {1} {2} ms {3}' -f $Status, $Path, $DurationMs, $ErrorText)
}

function Get-AgentValue([string]$Key, [string]$Name) {
    $value = Get-ItemProperty -LiteralPath "HKLM:\SOFTWARE\Microsoft\Windows Azure Backup\$Key" -Name $Name -ErrorAction SilentlyContinue
    if ($value) { return $value.$Name }
    return $null
}

# The endpoints of the article's network prerequisites (one host per name pattern that has a fixed host), and the
# vault's service endpoint when a value under the agent's Config key names one.
function Get-ProbeTargets {
    $targets = New-Object Collections.Generic.List[string]
    foreach ($name in @('www.msftconnecttest.com', 'www.msftncsi.com', 'login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com')) {
        $targets.Add($name)
    }
    $config = Get-Item -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows Azure Backup\Config' -ErrorAction SilentlyContinue
    if ($config) {
        foreach ($valueName in $config.GetValueNames()) {
            $data = [string]$config.GetValue($valueName)
            if ($data -match '([A-Za-z0-9.-]+\.backup\.windowsazure\.(com|us|cn|de))') {
                if (-not $targets.Contains($Matches[1])) { $targets.Add($Matches[1]) }
            }
        }
    }
    return $targets.ToArray()
}

# One probe per endpoint, each under its own limit: a TCP connect to 443 (Test-NetConnection), then an HTTPS
# request through this account's proxy settings, where any HTTP answer means the endpoint was reached.
$ProbeScript = {
    param($Targets, [int]$Seconds, [string]$CsvPath)
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    $rows = foreach ($target in $Targets) {
        $row = [ordered]@{ Target = $target; Port = '443'; TcpTestSucceeded = ''; HttpStatus = ''; Error = '' }
        $tcp = [PowerShell]::Create().AddScript('param($t) Test-NetConnection -ComputerName $t -Port 443 -InformationLevel Quiet -WarningAction SilentlyContinue').AddArgument($target)
        $pending = $tcp.BeginInvoke()
        if ($pending.AsyncWaitHandle.WaitOne($Seconds * 1000)) {
            $row.TcpTestSucceeded = [string]($tcp.EndInvoke($pending) | Select-Object -First 1)
            $tcp.Dispose()
        } else {
            [void]$tcp.BeginStop($null, $null)
            $row.TcpTestSucceeded = 'False'
            $row.Error = "TCP test: no answer within $Seconds s"
        }
        try {
            $response = Invoke-WebRequest -Uri "https://$target/" -UseBasicParsing -TimeoutSec $Seconds -ErrorAction Stop
            $row.HttpStatus = [string][int]$response.StatusCode
        } catch [Net.WebException] {
            if ($_.Exception.Response) {
                $row.HttpStatus = [string][int]$_.Exception.Response.StatusCode
            }
            $row.Error = $_.Exception.Message
        } catch {
            $row.Error = $_.Exception.Message
        }
        New-Object PSObject -Property $row
    }
    $text = (@($rows) | Select-Object 'Target','Port','TcpTestSucceeded','HttpStatus','Error' | ConvertTo-Csv -NoTypeInformation) -join "`r`n"
    [IO.File]::WriteAllText($CsvPath, $text + "`r`n", (New-Object Text.UnicodeEncoding($false, $true)))
}

# The documented probe task: registered in Task Scheduler's root folder (not the agent's, whose tasks are
# collected), run once as SYSTEM and deleted here; it expires 30 minutes after registration, and Task Scheduler
# deletes an expired task, so it goes away even if this script is stopped.
function Invoke-ProbeAsSystem($Targets, [int]$Seconds, [string]$CsvPath) {
    $null = Assert-InWork $CsvPath
    $name = 'MarsBundleProbe-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    $targetList = ($Targets | ForEach-Object { "'" + $_ + "'" }) -join ','
    $body = '& {' + $ProbeScript.ToString() + "} @($targetList) $Seconds '" + $CsvPath.Replace("'", "''") + "'"
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($body))
    $action = New-ScheduledTaskAction -Execute (Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe') -Argument "-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand $encoded"
    $trigger = New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes(1)
    $trigger.EndBoundary = (Get-Date).AddMinutes(30).ToString('s')
    $settings = New-ScheduledTaskSettingsSet -DeleteExpiredTaskAfter (New-TimeSpan -Seconds 1) -ExecutionTimeLimit (New-TimeSpan -Minutes 20)
    $principal = New-ScheduledTaskPrincipal -UserId 'NT AUTHORITY\SYSTEM' -LogonType ServiceAccount -RunLevel Highest
    try {
        $null = Register-ScheduledTask -TaskPath '\' -TaskName $name -Action $action -Trigger $trigger -Settings $settings -Principal $principal
        Start-ScheduledTask -TaskPath '\' -TaskName $name
        $deadline = (Get-Date).AddSeconds(($Seconds * 2 + 5) * @($Targets).Count + 30)
        while (-not (Test-Path -LiteralPath $CsvPath) -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 500 }
        Start-Sleep -Milliseconds 500
    } finally {
        Unregister-ScheduledTask -TaskPath '\' -TaskName $name -Confirm:$false -ErrorAction SilentlyContinue
    }
    return (Test-Path -LiteralPath $CsvPath)
}

function Select-Catalog {
    if (-not $Items) { return $Catalog }
    $wanted = @($Items | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim().Replace('\', '/') } | Where-Object { $_ })
    $known = @($Catalog | ForEach-Object { $_.Path })
    $unknown = @($wanted | Where-Object { $known -notcontains $_ })
    if ($unknown.Count -gt 0) {
        Write-Host ((Get-Text 'UnknownItem') -f ($unknown -join ', '), ($known -join ', ')) -ForegroundColor Red
        exit 2
    }
    return @($Catalog | Where-Object { $wanted -contains $_.Path })
}

function Invoke-CopyItem($Entry, $Context) {
    $folder = Join-Path $Context.InstallPath 'Temp'
    $files = @(Get-ChildItem -LiteralPath $folder -Filter $Entry.Filter -File -ErrorAction SilentlyContinue | Sort-Object LastWriteTimeUtc -Descending)
    $budget = [long]$MaxLogMB * 1048576
    $target = $Entry.Path.Substring(0, $Entry.Path.LastIndexOf('/'))
    foreach ($file in $files) {
        $path = "$target/$($file.Name)"
        $command = 'copy of <InstallPath>\Temp\' + $file.Name
        $clock = [Diagnostics.Stopwatch]::StartNew()
        if ($file.Length -gt $budget) {
            Add-ManifestItem $path $command 'skipped' $null ((Get-Text 'OverCap') -f $MaxLogMB) 0 $null
            continue
        }
        try {
            $bytes = Copy-SharedFile $file.FullName (Join-Path $script:Work $path.Replace('/', '\'))
            $budget -= $bytes
            Add-ManifestItem $path $command 'ok' $null $null $clock.ElapsedMilliseconds $bytes
        } catch {
            Add-ManifestItem $path $command 'failed' $null $_.Exception.Message $clock.ElapsedMilliseconds $null
        }
    }
    if ($files.Count -eq 0) {
        Add-ManifestItem $Entry.Path $Entry.Command 'skipped' $null "no $($Entry.Filter) in $folder" 0 $null
    }
}

function Invoke-TasksItem($Entry) {
    $names = @(Get-ScheduledTask -TaskPath '\Microsoft\OnlineBackup\' -ErrorAction SilentlyContinue | ForEach-Object { $_.TaskPath + $_.TaskName })
    if ($names.Count -eq 0) {
        Add-ManifestItem 'tasks/Microsoft-OnlineBackup.xml' $Entry.Command 'skipped' $null 'no task in \Microsoft\OnlineBackup\ (no backup is scheduled)' 0 $null
    }
    if (Get-ScheduledTask -TaskPath '\Microsoft\Windows\Backup\' -TaskName 'Microsoft-Windows-WindowsBackup' -ErrorAction SilentlyContinue) {
        $names += '\Microsoft\Windows\Backup\Microsoft-Windows-WindowsBackup'
    }
    foreach ($task in $names) {
        $leaf = $task.Substring($task.LastIndexOf('\') + 1)
        $path = "tasks/$leaf.xml"
        $command = 'schtasks /query /xml ONE /tn "' + $task + '"'
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $run = Invoke-Program 'schtasks.exe' @('/query', '/xml', 'ONE', '/tn', $task) $ItemTimeoutSeconds
        if ($run.TimedOut) {
            Add-ManifestItem $path $command 'timeout' $null ((Get-Text 'Timeout') -f $ItemTimeoutSeconds) $clock.ElapsedMilliseconds $null
        } elseif ($run.ExitCode -ne 0) {
            Add-ManifestItem $path $command 'failed' $run.ExitCode $run.Error $clock.ElapsedMilliseconds $null
        } else {
            $bytes = Write-BundleText (Join-Path $script:Work $path.Replace('/', '\')) $run.Output $Unicode
            Add-ManifestItem $path $command 'ok' 0 $null $clock.ElapsedMilliseconds $bytes
        }
    }
}

# The copy keeps everything but the ManagementCert, a PFX with the vault certificate's private key.
function Invoke-VaultItem($Entry) {
    if (-not $VaultCredentialsFile) {
        Add-ManifestItem $Entry.Path $Entry.Command 'skipped' $null (Get-Text 'NoVaultFile') 0 $null
        return
    }
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $leaf = Split-Path -Leaf $VaultCredentialsFile
    $path = "agent/vault-credentials/$leaf"
    try {
        $settings = New-Object Xml.XmlReaderSettings
        $settings.DtdProcessing = [Xml.DtdProcessing]::Prohibit
        $settings.XmlResolver = $null
        $reader = [Xml.XmlReader]::Create($VaultCredentialsFile, $settings)
        try {
            $document = New-Object Xml.XmlDocument
            $document.Load($reader)
        } finally {
            $reader.Dispose()
        }
        foreach ($cert in @($document.SelectNodes("//*[local-name()='ManagementCert']"))) {
            # the marker tells the reader that the file had a certificate and the collector removed it
            if ($cert.InnerText.Trim()) { $null = $cert.SetAttribute('removed', 'urn:marswb:collector', 'true') }
            $cert.InnerText = ''
        }
        $text = $document.OuterXml
        $bytes = Write-BundleText (Join-Path $script:Work $path.Replace('/', '\')) $text $Utf8NoBom
        Add-ManifestItem $path "copy of $VaultCredentialsFile, ManagementCert removed" 'ok' $null $null $clock.ElapsedMilliseconds $bytes
    } catch {
        Add-ManifestItem $path "copy of $VaultCredentialsFile, ManagementCert removed" 'failed' $null $_.Exception.Message $clock.ElapsedMilliseconds $null
    }
}

function Invoke-ProbeItem($Entry) {
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $csv = Join-Path $script:Work 'network\connectivity.csv'
    $null = Assert-InWork $csv
    $targets = Get-ProbeTargets
    $limit = ($ProbeTimeoutSeconds * 2 + 5) * $targets.Count + 30
    if ($ProbeAsSystem) {
        Write-Progress -Activity (Get-Text 'Collecting') -Status (Get-Text 'ProbeSystem')
        $script:ProbedAs = 'SYSTEM'
        $done = Invoke-ProbeAsSystem $targets $ProbeTimeoutSeconds $csv
    } else {
        $script:ProbedAs = [Security.Principal.WindowsIdentity]::GetCurrent().Name
        $run = Invoke-Limited $ProbeScript @($targets, $ProbeTimeoutSeconds, $csv) $limit $null
        $done = (-not $run.TimedOut) -and (Test-Path -LiteralPath $csv)
    }
    if ($done) {
        Add-ManifestItem $Entry.Path $Entry.Command 'ok' $null $null $clock.ElapsedMilliseconds (Get-Item -LiteralPath $csv).Length
    } else {
        Add-ManifestItem $Entry.Path $Entry.Command 'timeout' $null ((Get-Text 'Timeout') -f $limit) $clock.ElapsedMilliseconds $null
    }
}

function Invoke-CatalogItem($Entry, $Context) {
    $target = Join-Path $script:Work $Entry.Path.Replace('/', '\')
    $clock = [Diagnostics.Stopwatch]::StartNew()
    if ($Entry.Kind -eq 'Reg') {
        $null = Assert-InWork $target
        $run = Invoke-Program 'reg.exe' @('export', $Entry.Key, $target, '/y') $ItemTimeoutSeconds
        if ($run.TimedOut) {
            Add-ManifestItem $Entry.Path $Entry.Command 'timeout' $null ((Get-Text 'Timeout') -f $ItemTimeoutSeconds) $clock.ElapsedMilliseconds $null
        } elseif ($run.ExitCode -ne 0) {
            Add-ManifestItem $Entry.Path $Entry.Command 'failed' $run.ExitCode $run.Error $clock.ElapsedMilliseconds $null
        } else {
            Add-ManifestItem $Entry.Path $Entry.Command 'ok' 0 $null $clock.ElapsedMilliseconds (Get-Item -LiteralPath $target).Length
        }
        return
    }
    if ($Entry.Kind -eq 'Native') {
        $run = Invoke-Program $Entry.Exe $Entry.Arguments $ItemTimeoutSeconds
        if ($run.TimedOut) {
            Add-ManifestItem $Entry.Path $Entry.Command 'timeout' $null ((Get-Text 'Timeout') -f $ItemTimeoutSeconds) $clock.ElapsedMilliseconds $null
        } elseif ($run.ExitCode -ne 0 -and -not $run.Output.Trim()) {
            Add-ManifestItem $Entry.Path $Entry.Command 'failed' $run.ExitCode $run.Error $clock.ElapsedMilliseconds $null
        } else {
            # Some tools answer with a non-zero code and a usable text (vssadmin: "No items found ...").
            $bytes = Write-BundleText $target $run.Output $Unicode
            Add-ManifestItem $Entry.Path $Entry.Command 'ok' $run.ExitCode $run.Error $clock.ElapsedMilliseconds $bytes
        }
        return
    }
    $modules = $null
    if ($Entry.ContainsKey('Needs') -and $Entry.Needs -eq 'Module') { $modules = @($Context.Module) }
    $run = Invoke-Limited $Entry.Script @($Context) $ItemTimeoutSeconds $modules
    if ($run.TimedOut) {
        Add-ManifestItem $Entry.Path $Entry.Command 'timeout' $null ((Get-Text 'Timeout') -f $ItemTimeoutSeconds) $clock.ElapsedMilliseconds $null
    } elseif ($run.Errors.Count -gt 0 -and $run.Output.Count -eq 0) {
        Add-ManifestItem $Entry.Path $Entry.Command 'failed' $null ($run.Errors -join ' ') $clock.ElapsedMilliseconds $null
    } else {
        $text = (@($run.Output) | ForEach-Object { [string]$_ }) -join "`r`n"
        $bytes = Write-BundleText $target ($text.TrimEnd() + "`r`n") $Unicode
        $errorText = $null
        if ($run.Errors.Count -gt 0) { $errorText = $run.Errors -join ' ' }
        Add-ManifestItem $Entry.Path $Entry.Command 'ok' 0 $errorText $clock.ElapsedMilliseconds $bytes
    }
}

# Why an item cannot run here, when that is itself a fact the workbench reads (no agent, no Defender), or $null.
function Get-SkipReason($Entry, $Context) {
    if ($Items -and -not (@($script:Selected | ForEach-Object { $_.Path }) -contains $Entry.Path)) { return (Get-Text 'NotInList') }
    if (-not $Entry.ContainsKey('Needs')) { return $null }
    if ($Entry.Needs -eq 'Agent' -and -not $Context.InstallPath) { return (Get-Text 'NoAgent') }
    if ($Entry.Needs -eq 'Scratch' -and -not $Context.Scratch) { return (Get-Text 'NoScratch') }
    if ($Entry.Needs -eq 'Module' -and -not $Context.Module) { return (Get-Text 'NoModule') }
    if ($Entry.Needs -eq 'Defender' -and -not (Get-Service -Name WinDefend -ErrorAction SilentlyContinue)) { return (Get-Text 'NoDefender') }
    return $null
}

$script:Selected = Select-Catalog
$hostName = $env:COMPUTERNAME
$started = Get-Date
$stamp = $started.ToString('yyyyMMdd-HHmmss')
try {
    if (-not (Test-Path -LiteralPath $OutputFolder)) { $null = New-Item -ItemType Directory -Path $OutputFolder }
    $OutputFolder = (Resolve-Path -LiteralPath $OutputFolder).ProviderPath.TrimEnd('\')
    $script:Work = Join-Path $OutputFolder "marsbundle-$hostName-$stamp"
    $null = New-Item -ItemType Directory -Path $script:Work
} catch {
    Write-Host ((Get-Text 'WriteFailed') -f $_.Exception.Message) -ForegroundColor Red
    exit 1
}
$script:ProbedAs = $null
Write-CollectorLog "$CollectorName $CollectorVersion on $hostName, PowerShell $($PSVersionTable.PSVersion), user $([Security.Principal.WindowsIdentity]::GetCurrent().Name)"

$installPath = Get-AgentValue 'Setup' 'InstallPath'
$modulePath = $null
if ($installPath) {
    $candidate = Join-Path $installPath 'bin\Modules\MSOnlineBackup'
    if (Test-Path -LiteralPath $candidate) { $modulePath = $candidate }
}
if (-not $modulePath -and (Get-Module -ListAvailable -Name MSOnlineBackup)) { $modulePath = 'MSOnlineBackup' }
$context = @{ InstallPath = $installPath; Scratch = (Get-AgentValue 'Config' 'ScratchLocation'); Module = $modulePath }

$index = 0
foreach ($entry in $Catalog) {
    $index++
    Write-Progress -Activity (Get-Text 'Collecting') -Status ((Get-Text 'Item') -f $index, $Catalog.Count, $entry.Path) -PercentComplete (100 * ($index - 1) / $Catalog.Count)
    $reason = Get-SkipReason $entry $context
    if ($reason) {
        Add-ManifestItem $entry.Path $entry.Command 'skipped' $null $reason 0 $null
        continue
    }
    try {
        if ($entry.Kind -eq 'Copy') { Invoke-CopyItem $entry $context }
        elseif ($entry.Kind -eq 'Tasks') { Invoke-TasksItem $entry }
        elseif ($entry.Kind -eq 'Vault') { Invoke-VaultItem $entry }
        elseif ($entry.Kind -eq 'Probe') { Invoke-ProbeItem $entry }
        else { Invoke-CatalogItem $entry $context }
    } catch {
        Add-ManifestItem $entry.Path $entry.Command 'failed' $null $_.Exception.Message 0 $null
    }
}

$finished = Get-Date
$offset = [TimeZoneInfo]::Local.GetUtcOffset($finished)
$sign = '+'
if ($offset -lt [TimeSpan]::Zero) { $sign = '-' }
$manifestObject = [ordered]@{
    format           = 'marsbundle/1'
    collector        = [ordered]@{ name = $CollectorName; version = $CollectorVersion }
    host             = $hostName
    collectedAtUtc   = $finished.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    collectedAtLocal = $finished.ToString('yyyy-MM-ddTHH:mm:ss') + $sign + $offset.Duration().ToString('hh\:mm')
    probesRanAs      = $script:ProbedAs
    limits           = [ordered]@{ maxLogMB = $MaxLogMB; itemTimeoutSeconds = $ItemTimeoutSeconds; probeTimeoutSeconds = $ProbeTimeoutSeconds }
    items            = $Manifest.ToArray()
}
$okCount = @($Manifest | Where-Object { $_.status -eq 'ok' }).Count
$failedCount = @($Manifest | Where-Object { $_.status -eq 'failed' -or $_.status -eq 'timeout' }).Count
$skippedCount = @($Manifest | Where-Object { $_.status -eq 'skipped' }).Count

Write-Progress -Activity (Get-Text 'Collecting') -Status (Get-Text 'Zipping') -PercentComplete 100
$zipPath = "$script:Work.zip"
try {
    $null = Write-BundleText (Join-Path $script:Work 'manifest.json') (ConvertTo-Json -InputObject $manifestObject -Depth 6) $Utf8NoBom
    Write-CollectorLog ('done: {0} ok, {1} failed or timed out, {2} skipped' -f $okCount, $failedCount, $skippedCount)
    $null = Write-BundleText (Join-Path $script:Work 'collector.log') (($Log.ToArray() -join "`r`n") + "`r`n") $Utf8Bom
    # ZipArchive, not Compress-Archive: 5.1's Compress-Archive writes '\' in entry names and cannot read open files.
    Add-Type -AssemblyName System.IO.Compression
    $zipStream = New-Object IO.FileStream($zipPath, [IO.FileMode]::CreateNew, [IO.FileAccess]::Write)
    $zip = New-Object IO.Compression.ZipArchive($zipStream, [IO.Compression.ZipArchiveMode]::Create)
    try {
        foreach ($file in @(Get-ChildItem -LiteralPath $script:Work -Recurse -File)) {
            $name = $file.FullName.Substring($script:Work.Length + 1).Replace('\', '/')
            $entryStream = $zip.CreateEntry($name, [IO.Compression.CompressionLevel]::Optimal).Open()
            $in = [IO.File]::OpenRead($file.FullName)
            try { $in.CopyTo($entryStream) } finally { $in.Dispose(); $entryStream.Dispose() }
        }
    } finally {
        $zip.Dispose()
        $zipStream.Dispose()
    }
    Remove-Item -LiteralPath $script:Work -Recurse -Force
} catch {
    Write-Progress -Activity (Get-Text 'Collecting') -Completed
    Write-Host ((Get-Text 'WriteFailed') -f $_.Exception.Message) -ForegroundColor Red
    exit 1
}
Write-Progress -Activity (Get-Text 'Collecting') -Completed

Write-Host ((Get-Text 'Summary') -f $okCount, $failedCount, $skippedCount)
Write-Host ((Get-Text 'Done') -f $zipPath, ((Get-Item -LiteralPath $zipPath).Length / 1048576)) -ForegroundColor Green
Write-Host (Get-Text 'NextStep')
exit 0
