"""The packaging files agree with the app and name files that exist (the build itself is
`make installer-check`, too slow for the default run)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.launch import BUNDLE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"


def test_spec_bundles_resources_migrations_and_the_entry_point() -> None:
    spec = (INSTALLERS / "boiduong.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert '(str(ROOT / "db" / "migrations"), "db/migrations")' in spec
    for part in ("boiduong_main.py", "boiduong.ico"):
        assert part in spec
    assert (INSTALLERS / "boiduong_main.py").is_file()
    assert (ROOT / "resources" / "icons" / "boiduong.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert "PySide6.QtNetwork" in spec  # excluded: the app never opens a connection
    compile(spec, "boiduong.spec", "exec")  # at least valid Python


def test_inno_setup_script_is_per_user_vietnamese_and_keeps_the_data() -> None:
    iss = (INSTALLERS / "windows" / "boiduong.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{userpf\}\\BoiDuong$", iss, re.M)
    assert f'#define BundleExt "{BUNDLE_SUFFIX}"' in iss and "ChangesAssociations=yes" in iss
    assert "{userdesktop}" in iss and "{group}" in iss
    assert not re.search(r"^\[UninstallDelete\]", iss, re.M) and "{localappdata}\\BoiDuong" not in iss
    for source in re.findall(r'(?:SetupIconFile=|Source: ")([^"\r\n*]+)', iss):
        if "dist" in source.split("\\"):
            continue  # the PyInstaller output, which exists only after a build
        assert (INSTALLERS / "windows" / source.replace("\\", "/")).resolve().exists(), source
    isl = (INSTALLERS / "windows" / "Vietnamese.isl").read_bytes()
    assert isl.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for the Unicode compiler
    text = isl.decode("utf-8-sig")
    assert "LanguageName=Tiếng Việt" in text and "ButtonNext=&Tiếp >" in text
    assert 'MessagesFile: "compiler:Default.isl,Vietnamese.isl"' in iss


def test_linux_desktop_entry_and_mime_type_agree() -> None:
    desktop = (INSTALLERS / "linux" / "boiduong.desktop").read_text(encoding="utf-8")
    mime = ET.parse(INSTALLERS / "linux" / "boiduong-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None
    assert f"MimeType={kind.get('type')};" in desktop
    assert kind.find("m:glob", ns).get("pattern") == f"*{BUNDLE_SUFFIX}"  # type: ignore[union-attr]
    assert "Exec=@BINDIR@/boiduong %f" in desktop
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(INSTALLERS / "linux" / "boiduong.desktop")], capture_output=True)
        assert result.returncode == 0, result.stdout


def test_a_double_clicked_bundle_opens_the_gui_on_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.gui
    from ui.launch import main

    bundle = tmp_path / "Xã Hà Bắc.BDSYNC"
    bundle.write_bytes(b"PK")
    calls: list[tuple[object, object]] = []
    monkeypatch.setattr(ui.gui, "run_gui", lambda db_path=None, open_file=None: calls.append((db_path, open_file)) or 0)
    assert main(["--db", str(tmp_path / "x.sqlite"), str(bundle)]) == 0
    assert calls == [(str(tmp_path / "x.sqlite"), bundle.resolve())]
