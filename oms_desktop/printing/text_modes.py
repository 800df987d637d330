"""How a line of text reaches the paper: as GB18030 text in the printer's Chinese mode, or as an image.

"gb18030" suits printers sold in China, which carry a GB2312/GBK font: fast and crisp. "image" draws every
line that is not plain ASCII with the documents' font, for printers without a Chinese font or with a
different one (Japanese, Korean, Western): slower, but it prints any script. Lines of plain ASCII go as
text in both modes.
"""

import unicodedata
from abc import ABC, abstractmethod

from escpos.escpos import Escpos

from oms_desktop.printing import commands
from oms_desktop.printing.columns import cell_width
from oms_desktop.printing.raster import line_image

TEXT_MODES = ("gb18030", "image")

# Characters that a GBK font lacks but that money and names often hold, and what prints instead.
_GBK_SUBSTITUTES = {
    "\u00a5": "\uffe5",  # ¥ is not in GBK; its full-width twin is, and is what Chinese receipts print
    "\u20ac": "EUR",  # € is a single byte in Python's gbk codec, which the printers do not share
    "\u00a0": " ",  # no-break spaces that babel puts between numbers and signs in some languages
    "\u202f": " ",
    "\u2009": " ",
    "\u2212": "-",  # the minus sign
}


def without_controls(text: str) -> str:
    """`text` with control characters made spaces and invisible ones dropped: a product name must not be
    able to send the printer a command (ESC p would open the drawer)."""
    out = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind == "Cc":
            out.append(" ")
        elif not kind.startswith("C"):
            out.append(ch)
    return "".join(out)


def plain_line(line: str, *, bold: bool, double: bool, chinese: bool = False) -> bytes:
    """One line as text bytes, with its styles switched on before and off after (so none leaks into the
    next line); `chinese` wraps GB18030 bytes in the printer's Chinese mode."""
    body = (
        line.encode("ascii")
        if not chinese
        else commands.CHINESE_ON + line.encode("gb18030") + commands.CHINESE_OFF
    )
    on = (commands.BOLD_ON if bold else b"") + (commands.DOUBLE_ON if double else b"")
    off = (commands.DOUBLE_OFF if double else b"") + (commands.BOLD_OFF if bold else b"")
    return on + body + off + commands.LF


class TextMode(ABC):
    """One way of printing text: what the printer can show, how wide it prints, how to send a line."""

    name: str

    @abstractmethod
    def char_width(self, ch: str) -> int:
        """Columns the character takes when printed this way."""

    @abstractmethod
    def printable(self, text: str) -> str:
        """`text` as this mode can print it (characters it cannot print replaced)."""

    @abstractmethod
    def write(self, printer: Escpos, line: str, *, bold: bool = False, double: bool = False) -> None:
        """Send one laid-out line (already `printable`, at most the paper's width) and end it."""


class Gb18030Text(TextMode):
    """Text in the printer's Chinese mode (FS & ... FS .): every non-ASCII character is two GBK bytes,
    printed two columns wide."""

    name = "gb18030"

    def char_width(self, ch: str) -> int:
        return 1 if ch.isascii() else 2

    def printable(self, text: str) -> str:
        out = []
        for ch in without_controls(text):
            if ch.isascii():
                out.append(ch)
            elif ch in _GBK_SUBSTITUTES:
                out.append(_GBK_SUBSTITUTES[ch])
            else:
                # GB18030 encodes everything, but in four bytes beyond GBK, which the fonts do not have.
                try:
                    fits = len(ch.encode("gbk")) == 2
                except UnicodeEncodeError:
                    fits = False
                out.append(ch if fits else "?")
        return "".join(out)

    def write(self, printer: Escpos, line: str, *, bold: bool = False, double: bool = False) -> None:
        printer._raw(plain_line(line, bold=bold, double=double, chinese=not line.isascii()))


class ImageText(TextMode):
    """Lines with any non-ASCII character drawn with the documents' font and sent as raster images
    (GS v 0); plain ASCII lines as text."""

    name = "image"

    def char_width(self, ch: str) -> int:
        return cell_width(ch)

    def printable(self, text: str) -> str:
        return without_controls(text)

    def write(self, printer: Escpos, line: str, *, bold: bool = False, double: bool = False) -> None:
        if line.isascii():
            printer._raw(plain_line(line, bold=bold, double=double))
            return
        image = line_image(line, self.char_width, scale=2 if double else 1, bold=bold)
        printer.image(image, impl="bitImageRaster")


def text_mode(name: str) -> TextMode:
    """The mode called `name` ("gb18030" or "image"); ValueError for any other."""
    if name == Gb18030Text.name:
        return Gb18030Text()
    if name == ImageText.name:
        return ImageText()
    raise ValueError(f"unknown receipt text mode {name!r}: use one of {', '.join(TEXT_MODES)}")
