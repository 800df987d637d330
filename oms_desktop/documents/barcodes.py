"""Code 128, QR and EAN/UPC symbols drawn straight onto a reportlab canvas.

Code 128 and QR are encoded once and filled as one path each: reportlab's own flowables re-encode on every
width/height query and draw one rectangle per bar, which was most of the time of a large batch of labels.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.eanbc import UPCA, Ean8BarcodeWidget, Ean13BarcodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from oms_desktop.domain.barcode import is_valid_gtin

CODE128_QUIET = 10  # modules of white either side, as the standard asks
QR_BORDER = 4  # modules of white around a QR code
MAX_MODULE = 0.42 * mm  # wider bars only waste paper
MIN_MODULE = 0.19 * mm  # thinner bars are beyond a 203 dpi thermal printer and hard to scan


def code128_encodable(text: str) -> bool:
    """Whether `text` fits Code 128 (printable ASCII)."""
    return bool(text) and all(32 <= ord(ch) < 127 for ch in text)


def code128_bars(text: str) -> list[int]:
    """Module widths, bar and space alternating and starting with a bar (start, data, check, stop)."""
    symbol = Code128(text, quiet=0)
    symbol.validate()
    symbol.encode()
    pattern = symbol.decompose()
    # reportlab writes a bar of width n as the n-th capital letter and a space as the n-th small one.
    return [ord(ch.lower()) - ord("a") + 1 for ch in pattern]


@dataclass(frozen=True)
class Code128Symbol:
    """An encoded Code 128 symbol; `modules` counts its quiet zones."""

    text: str
    bars: Sequence[int]

    @classmethod
    def of(cls, text: str) -> "Code128Symbol":
        if not code128_encodable(text):
            raise ValueError(f"'{text}' cannot be a Code 128 barcode (printable ASCII only)")
        return cls(text, code128_bars(text))

    @property
    def modules(self) -> int:
        return sum(self.bars) + 2 * CODE128_QUIET

    def module_for(self, width: float) -> float:
        """The bar module that fills `width` (quiet zones included), within sensible limits."""
        return max(MIN_MODULE, min(MAX_MODULE, width / self.modules))

    def draw(self, canv: Canvas, x: float, y: float, module: float, height: float) -> float:
        """Draw with the left quiet zone starting at (x, y); returns the width used."""
        path = canv.beginPath()
        left = x + CODE128_QUIET * module
        for i, width in enumerate(self.bars):
            if i % 2 == 0:
                path.rect(left, y, width * module, height)
            left += width * module
        canv.drawPath(path, stroke=0, fill=1)
        return self.modules * module


def qr_modules(text: str) -> list[list[bool]]:
    """The dark modules of a QR code (error correction M) for ASCII `text`."""
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return [[bool(cell) for cell in row] for row in qr.modules]


def draw_qr(canv: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code whose square, quiet border included, has its lower left corner at (x, y)."""
    rows = qr_modules(text)
    cell = size / (len(rows) + 2 * QR_BORDER)
    top = y + size - QR_BORDER * cell
    path = canv.beginPath()
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # Runs are drawn as one rectangle; a hair of overlap keeps rows from showing seams.
                path.rect(
                    x + (QR_BORDER + start) * cell, top - (r + 1) * cell, (c - start) * cell, cell * 1.02
                )
            else:
                c += 1
    canv.drawPath(path, stroke=0, fill=1)


class Symbology(StrEnum):
    EAN13 = "EAN-13"
    EAN8 = "EAN-8"
    UPCA = "UPC-A"
    CODE128 = "Code 128"


def symbology_for(code: str) -> Symbology | None:
    """How a product code prints: GTINs as EAN/UPC, other ASCII codes as Code 128, else not at all."""
    if is_valid_gtin(code):
        return {13: Symbology.EAN13, 8: Symbology.EAN8, 12: Symbology.UPCA}.get(len(code), Symbology.CODE128)
    return Symbology.CODE128 if code128_encodable(code) else None


_GTIN_WIDGETS = {Symbology.EAN13: Ean13BarcodeWidget, Symbology.EAN8: Ean8BarcodeWidget, Symbology.UPCA: UPCA}


def draw_product_code(
    canv: Canvas, code: str, x: float, y: float, width: float, height: float, font: str
) -> bool:
    """Draw a product's barcode centred in the box (digits under EAN/UPC bars); False when it has none."""
    kind = symbology_for(code)
    if kind is None:
        return False
    if kind is Symbology.CODE128:
        symbol = Code128Symbol.of(code)
        module = symbol.module_for(width)
        if symbol.modules * module > width:
            return False  # too long to print at a size a scanner reads
        text_size = min(7.0, height * 0.22)
        bar_height = height - text_size * 1.3
        left = x + (width - symbol.modules * module) / 2
        symbol.draw(canv, left, y + text_size * 1.3, module, bar_height)
        canv.setFont(font, text_size)
        canv.drawCentredString(x + width / 2, y + text_size * 0.25, code)
        return True
    widget_type = _GTIN_WIDGETS[kind]
    widget = widget_type(code[: widget_type._digits], fontName=font)
    modules = widget.width / widget.barWidth
    widget.barWidth = max(MIN_MODULE, min(0.33 * mm, width / modules))
    widget.fontSize = min(8.0, widget.barWidth * 7 * 1.6)
    widget.barHeight = height
    drawing = Drawing(widget.width, height)
    drawing.add(widget)
    renderPDF.draw(drawing, canv, x + (width - widget.width) / 2, y)
    return True


class Code128Flowable(Flowable):
    """A Code 128 symbol with its text underneath, for platypus documents."""

    def __init__(self, text: str, font: str, *, width: float, bar_height: float = 12 * mm) -> None:
        super().__init__()
        self.symbol = Code128Symbol.of(text)
        self.font = font
        self.module = self.symbol.module_for(width)
        self.bar_height = bar_height
        self.text_size = 8.0
        self.width = self.symbol.modules * self.module
        self.height = bar_height + self.text_size * 1.4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        self.symbol.draw(canv, 0, self.text_size * 1.4, self.module, self.bar_height)
        canv.setFont(self.font, self.text_size)
        canv.drawCentredString(self.width / 2, self.text_size * 0.3, self.symbol.text)
