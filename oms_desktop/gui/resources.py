"""Icons, the style sheet and the bundled CJK font, found next to the package or in a frozen bundle."""

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon


@cache
def folder() -> Path:
    """resources/ of the source tree, or of a PyInstaller bundle (sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    path = folder() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet() -> str:
    path = folder() / "style" / "app.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def add_fonts() -> list[str]:
    """Register the bundled CJK font so Chinese product names never show as boxes, even where the
    system has no CJK font. Returns the families added."""
    families: list[str] = []
    for path in sorted((folder() / "fonts").glob("*.tt[cf]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
