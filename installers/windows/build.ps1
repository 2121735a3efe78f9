# Build the Windows installer: dist\BoiDuong-Setup-<version>.exe
# Needs: Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (iscc.exe on PATH or in its default folder).
# Run from the repository root in PowerShell:  powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install --quiet --upgrade pip
.\.venv\Scripts\python -m pip install --quiet -e ".[installer]"

# 1. the one-folder app
.\.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installers\boiduong.spec

# 2. check the built app the way a clerk's PC runs it (demo data, check, GUI start)
.\.venv\Scripts\python installers\check_bundle.py dist\boiduong
if ($LASTEXITCODE -ne 0) { throw "the built app failed its check" }

# 3. the per-user installer
$version = (.\.venv\Scripts\python -c "from app import __version__; print(__version__)").Trim()
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installers\windows\boiduong.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\BoiDuong-Setup-$version.exe"
