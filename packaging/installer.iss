; Inno Setup 6 script: the Adviesraad installer for Windows (per user, no admin rights).
;
; Do not compile this by hand; packaging\build.py passes in the version and the folders:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=dist\adviesraad
;        /DOutputDir=dist\installer [/Sadviesraadsign=... /DSignToolName=adviesraadsign]
;        packaging\installer.iss
;
; What it does, and the promises it keeps (tests/packaging/test_installer_script.py checks them):
; * Installs for the current user only, without admin rights, in
;   %LOCALAPPDATA%\Programs\Adviesraad (the program). The user's data lives elsewhere, in
;   %LOCALAPPDATA%\Adviesraad (register, documents, backups\, crashlogs\): created by the
;   program at its first start, never installed, never deleted by this installer or its
;   uninstaller. Setup refuses a program folder that overlaps the data folder.
; * One stable AppId: a new version installs over the old one in the same folder (upgrade),
;   replacing the program files completely ({app}\_internal is emptied first, so nothing of
;   the old version lingers). The register is migrated by the program at its next start,
;   after it has made a backup (storage/database.py).
; * A Start-menu shortcut, an optional desktop shortcut, and an uninstaller that is listed
;   under Settings > Apps.
; * Signed setup and uninstaller when build.py passes a sign tool (see packaging\sign.py).

#ifndef AppVersion
  #error Geef de versie mee: /DAppVersion=... (packaging\build.py doet dat).
#endif
#ifndef AppVersionNumeric
  #error Geef de numerieke versie mee: /DAppVersionNumeric=1.2.3.0 (packaging\build.py doet dat).
#endif
#define RepoDir AddBackslash(SourcePath) + ".."
#ifndef SourceDir
  #define SourceDir RepoDir + "\dist\adviesraad"
#endif
#ifndef OutputDir
  #define OutputDir RepoDir + "\dist\installer"
#endif

#define AppName "Adviesraad"
#define AppExe "adviesraad.exe"
#define AppPublisher "Adviesraad sociaal domein"

[Setup]
; Never change the AppId: Windows knows the installed program by it; a new one would install
; a second copy instead of upgrading.
AppId={{EFFC732C-FED9-4FEF-84B9-74C78E35D50C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installatieprogramma
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
UsePreviousAppDir=yes
DisableDirPage=yes
DisableProgramGroupPage=yes
DisableWelcomePage=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 or newer: what Qt 6 supports.
MinVersion=10.0.17763
SourceDir={#SourceDir}
OutputDir={#OutputDir}
OutputBaseFilename=Adviesraad-{#AppVersion}-setup
SetupIconFile={#RepoDir}\resources\icons\adviesraad.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running Adviesraad is asked to close before its files are replaced (silent installs:
; pass /CLOSEAPPLICATIONS). The Restart Manager's request reaches it as Windows' end of
; session (Qt: commitDataRequest): it asks nothing then, keeps the unsaved edits of an open
; dossier as a draft in %LOCALAPPDATA%\Adviesraad\concepten, makes its closing backup and
; closes (gui/session_end.py). Every other change was saved when it was made.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
ShowLanguageDialog=no
LanguageDetectionMethod=none
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
nl.DataDirConflict=De programmamap%n%1%nvalt samen met de map met de gegevens van Adviesraad%n%2%n%nKies een andere programmamap: de gegevens mogen nooit in de programmamap staan.
nl.DataKept=Adviesraad is verwijderd.%n%nUw register, documenten en back-ups zijn bewaard in%n%1%n%nVerwijder die map alleen als u de gegevens zeker niet meer nodig hebt.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade: remove the previous version's program files first. Only inside {app}, which
; PrepareToInstall has checked is not (inside) the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "*"; DestDir: "{app}"; Excludes: "adviesraad-probe*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder, exactly as the program computes it (adviesraad_app/storage/paths.py:
  platformdirs' user_data_dir("Adviesraad", roaming=False) = %LOCALAPPDATA%\Adviesraad). }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function IsSameOrInside(const Path, Folder: String): Boolean;
var
  P, F: String;
begin
  P := AddBackslash(Lowercase(ExpandFileName(Path)));
  F := AddBackslash(Lowercase(ExpandFileName(Folder)));
  Result := Copy(P, 1, Length(F)) = F;
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  if IsSameOrInside(WizardDirValue, DataDir()) or IsSameOrInside(DataDir(), WizardDirValue) then
    Result := FmtMessage(CustomMessage('DataDirConflict'), [WizardDirValue, DataDir()]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK);
end;
