"""A CJK-capable font for every chart, so Chinese product and customer names never draw as boxes.

Looked for in this order: the copy shipped in resources/fonts/ (source tree or PyInstaller bundle), then fonts
the usual systems install. The file is registered with matplotlib's font manager directly, so a font cache
built before the font was installed (a stale $MPLCONFIGDIR) cannot hide it.
"""

import logging
import sys
import threading
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

log = logging.getLogger(__name__)

BUNDLED_FILE = "wqy-microhei.ttc"
PROBE = "销售额"  # a usable font must have these glyphs
SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",  # Microsoft YaHei
    "C:/Windows/Fonts/simhei.ttf",
    "/System/Library/Fonts/PingFang.ttc",  # macOS
    "/Library/Fonts/Arial Unicode.ttf",
)
# Families tried after the chosen file, for glyphs it lacks (matplotlib falls back glyph by glyph).
FALLBACK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei"]

_lock = threading.Lock()
_family: str | None = None
_configured = False


def resource_dirs() -> list[Path]:
    """Where the shipped fonts live: the PyInstaller bundle first, then the source tree."""
    dirs = [Path(__file__).resolve().parents[2] / "resources" / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.insert(0, Path(bundle) / "resources" / "fonts")
    return dirs


def candidates() -> list[Path]:
    """Every font file worth trying, best first."""
    return [folder / BUNDLED_FILE for folder in resource_dirs()] + [Path(p) for p in SYSTEM_FONTS]


def _covers(path: Path, text: str) -> bool:
    try:
        charmap = FT2Font(str(path)).get_charmap()
    except (OSError, RuntimeError):
        return False
    return all(ord(ch) in charmap for ch in text)


def configure_fonts() -> str | None:
    """Register the first usable CJK font and put it first in font.sans-serif (once per process).

    Also sets axes.unicode_minus = False (the Unicode minus is missing from many CJK fonts). Returns the
    family name, or None when no CJK font was found (charts then draw, with boxes for Chinese).
    """
    global _family, _configured
    with _lock:
        if _configured:
            return _family
        for path in candidates():
            if path.is_file() and _covers(path, PROBE):
                font_manager.fontManager.addfont(str(path))
                _family = font_manager.FontProperties(fname=str(path)).get_name()
                log.debug("chart font: %s (%s)", _family, path)
                break
        else:
            log.warning("no CJK font found for charts; Chinese text will show as boxes")
        rc = matplotlib.rcParams
        families = [f for f in rc["font.sans-serif"] if f != _family and f not in FALLBACK_FAMILIES]
        rc["font.sans-serif"] = ([_family] if _family else []) + FALLBACK_FAMILIES + families
        rc["font.family"] = ["sans-serif"]
        rc["axes.unicode_minus"] = False
        _configured = True
        return _family
