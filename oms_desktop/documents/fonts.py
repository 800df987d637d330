"""The one font every document uses: a TrueType font that covers Latin, Chinese and Japanese.

It is looked for in this order: the file named by $OMS_DOCUMENT_FONT, the copy shipped in
resources/fonts/, then fonts that the usual systems install. reportlab embeds a subset of it in each PDF,
so the documents read the same on any machine (unlike the built-in STSong-Light, which is not embedded).
"""

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from oms_desktop import config
from oms_desktop.documents.errors import FontNotFound

log = logging.getLogger(__name__)

FONT_NAME = "OMS-Sans"
ENV_VAR = "OMS_DOCUMENT_FONT"
BUNDLED_FILE = "wqy-microhei.ttc"
# A character every usable font must have: a font without it would print Chinese names as boxes.
PROBE = "中あ"

SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",  # Microsoft YaHei
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",  # macOS
    "/Library/Fonts/Arial Unicode.ttf",
)

_lock = threading.Lock()
_registered: str | None = None


def resource_dirs() -> list[Path]:
    """Where the shipped fonts live: the PyInstaller bundle first, then the source tree."""
    return config.resource_dirs("fonts")


def candidates() -> list[Path]:
    """Every font file worth trying, best first."""
    paths = [Path(os.environ[ENV_VAR])] if os.environ.get(ENV_VAR) else []
    paths += [folder / BUNDLED_FILE for folder in resource_dirs()]
    paths += [Path(p) for p in SYSTEM_FONTS]
    return paths


def document_font() -> str:
    """Register the document font with reportlab (once per process) and return its name."""
    global _registered
    with _lock:
        if _registered is None:
            _registered = register_font(candidates(), FONT_NAME)
        return _registered


def register_font(paths: Sequence[Path], name: str) -> str:
    """Register the first of `paths` that reportlab can embed and that has CJK glyphs; raise FontNotFound."""
    refused: list[str] = []
    for path in paths:
        if not path.is_file():
            continue
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except (TTFError, OSError) as exc:
            refused.append(f"{path} ({exc})")
            continue
        if not all(ord(ch) in font.face.charToGlyph for ch in PROBE):
            refused.append(f"{path} (no Chinese or Japanese glyphs)")
            continue
        pdfmetrics.registerFont(font)
        log.debug("document font: %s", path)
        return name
    why = f" Refused: {'; '.join(refused)}." if refused else ""
    raise FontNotFound(
        "No font for Chinese/Japanese text was found, so documents cannot be made. Put "
        f"{BUNDLED_FILE} in {resource_dirs()[-1]}, install a CJK TrueType font (Debian/Ubuntu: "
        f"fonts-wqy-microhei), or set {ENV_VAR} to a .ttf/.ttc file.{why}"
    )
