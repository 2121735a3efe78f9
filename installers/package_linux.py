"""Pack the PyInstaller bundle (dist/boiduong) with the .desktop entry, the MIME type for .bdsync bundles,
the icon and install.sh into dist/boiduong-<version>-linux-<arch>.tar.gz.

An AppImage would need appimagetool, a prebuilt binary fetched from outside the package registries; the
tarball with a per-user install script gives the same result (menu entry, file association, no root)."""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402


def main() -> int:
    bundle = ROOT / "dist" / "boiduong"
    if not (bundle / "boiduong").is_file():
        print("dist/boiduong is missing: run `make installer` (PyInstaller) first", file=sys.stderr)
        return 1
    name = f"boiduong-{__version__}-linux-{platform.machine()}"
    out = ROOT / "dist" / f"{name}.tar.gz"
    extras = {
        "install.sh": ROOT / "installers" / "linux" / "install.sh",
        "boiduong.desktop": ROOT / "installers" / "linux" / "boiduong.desktop",
        "boiduong-mime.xml": ROOT / "installers" / "linux" / "boiduong-mime.xml",
        "boiduong.png": ROOT / "resources" / "icons" / "boiduong.png",
        "README.md": ROOT / "installers" / "README.md",
    }
    tmp = out.with_name(out.name + ".part")
    with tarfile.open(tmp, "w:gz") as tar:
        tar.add(bundle, arcname=f"{name}/boiduong")
        for arcname, path in extras.items():
            tar.add(path, arcname=f"{name}/{arcname}")
    tmp.replace(out)
    print(f"{out} ({out.stat().st_size / 1_048_576:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
