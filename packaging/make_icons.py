"""Render the application icon's sizes from resources/icons/blues-desktop.svg.

    python packaging/make_icons.py      (needs the `[build]` extra: Pillow)

Writes resources/icons/png/blues-desktop-<N>.png for the sizes each system asks for
(Linux hicolor, Windows, macOS), resources/icons/blues-desktop.ico (Windows) and
resources/icons/blues-desktop.icns (macOS). Qt's own SVG renderer draws each size from
the vector drawing, so small sizes are drawn, not scaled down from a large bitmap.
The generated files are kept in the repository, so a build needs neither Qt's SVG
module at build time nor Pillow unless the drawing changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "blues-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out_dir: Path) -> dict[int, Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read the drawing {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"blues-desktop-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"make_icons: cannot write {path}")
        written[size] = path
    return written


def write_ico_and_icns(pngs: dict[int, Path], ico: Path, icns: Path) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(ICO_SIZES)])
    # Pillow takes each size from the image given, or from `append_images` of that size.
    extra = [Image.open(pngs[s]) for s in ICO_SIZES if s != max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=extra)
    biggest = Image.open(pngs[max(ICNS_SIZES)])
    others = [Image.open(pngs[s]) for s in ICNS_SIZES if s != max(ICNS_SIZES)]
    biggest.save(icns, format="ICNS", append_images=others)


def main() -> int:
    pngs = render_pngs(SVG, ICONS / "png")
    write_ico_and_icns(pngs, ICONS / "blues-desktop.ico", ICONS / "blues-desktop.icns")
    for size, path in sorted(pngs.items()):
        print(f"{size:>4} px  {path.relative_to(ROOT)}")
    print(f"      {(ICONS / 'blues-desktop.ico').relative_to(ROOT)}")
    print(f"      {(ICONS / 'blues-desktop.icns').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
