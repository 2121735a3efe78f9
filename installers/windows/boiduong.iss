; Inno Setup 6 script: a per-user install of Bồi dưỡng that needs no administrator rights.
; Build on Windows after PyInstaller (see installers/README.md):
;     iscc /DAppVersion=0.1.0 installers\windows\boiduong.iss
; Output: dist\BoiDuong-Setup-<version>.exe
;
; - Installs into %LOCALAPPDATA%\Programs\BoiDuong (the user's own programs folder).
; - Start-menu shortcut, optional desktop shortcut (checked by default), the wizard in Vietnamese.
; - ".bdsync" sync bundles open in the app with a double click (HKCU\Software\Classes).
; - Uninstalling removes the program only. The data — database, automatic backups, logs, kept in
;   %LOCALAPPDATA%\BoiDuong by the app (platformdirs) — is never touched, so a reinstall or an upgrade
;   finds everything as it was.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Bồi dưỡng"
#define AppExe "boiduong.exe"
#define BundleExt ".bdsync"
#define BundleProgId "BoiDuong.Bundle"

[Setup]
; A fixed id: upgrades replace the previous version in place.
AppId={{6A0E8D2C-3F1B-4C4E-9B7A-1D5E2B9C7F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Bồi dưỡng
VersionInfoVersion={#AppVersion}
DefaultDirName={userpf}\BoiDuong
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=BoiDuong-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\boiduong.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
; Vietnamese.isl is loaded over the English defaults: every message it has wins, any other falls back.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "assocbundle"; Description: "{cm:AssocFileExtension,{#AppName},{#BundleExt}}"; GroupDescription: "Tệp gói đồng bộ:"

[Files]
; the whole PyInstaller one-folder bundle
Source: "..\..\dist\boiduong\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; per-user file association (no administrator rights needed); removed on uninstall
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue; Tasks: assocbundle
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assocbundle
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "Gói đồng bộ Bồi dưỡng"; Flags: uninsdeletekey; Tasks: assocbundle
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assocbundle
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assocbundle

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry names the data folder: the clerk's data outlives the program.
