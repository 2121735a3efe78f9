"""Render resources/icons/boiduong.svg to the PNG (Linux, window icon) and ICO (Windows) the installers
use. Run once after editing the SVG: ``.venv/bin/python installers/make_icons.py``; the outputs are
committed so a build needs no image tools."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def ico(images: list[QImage]) -> bytes:
    """A Windows .ico with PNG-compressed entries (Vista and later read them)."""
    pngs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide accepts str here
        pngs.append(bytes(data.data()))
    out = bytearray(b"\0\0\1\0" + len(images).to_bytes(2, "little"))
    offset = 6 + 16 * len(images)
    for image, png in zip(images, pngs, strict=True):
        side = image.width() % 256  # 256 is written as 0
        out += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        out += len(png).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(png)
    for png in pngs:
        out += png
    return bytes(out)


def main() -> int:
    app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "boiduong.svg"))
    if not renderer.isValid():
        print("invalid SVG", file=sys.stderr)
        return 1
    render(renderer, 256).save(str(ICONS / "boiduong.png"))
    (ICONS / "boiduong.ico").write_bytes(ico([render(renderer, s) for s in (16, 24, 32, 48, 64, 256)]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
