"""Sheets of product labels (name, price with tax, barcode) for the common A4 and Letter label stock."""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4, LETTER, inch
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from oms_desktop.documents.barcodes import draw_product_code, symbology_for
from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.fitting import fit_line, fit_text
from oms_desktop.documents.paging import Progress
from oms_desktop.documents.styles import INK, MUTED
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.pricing import price_line
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.settings import ShopSettings


@dataclass(frozen=True)
class LabelSheet:
    """A label stock: the page, the grid, one label's size, the first label's corner and the pitch."""

    name: str
    page: tuple[float, float]
    columns: int
    rows: int
    label: tuple[float, float]
    first: tuple[float, float]  # left and top margin to the first label
    pitch: tuple[float, float]  # from one label to the next, across and down

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """The lower left corner of label `slot` (0 is top left, row by row)."""
        row, col = divmod(slot, self.columns)
        x = self.first[0] + col * self.pitch[0]
        top = self.page[1] - self.first[1] - row * self.pitch[1]
        return x, top - self.label[1]


# Avery L7159 (A4, 3x8, 63.5 x 33.9 mm) and Avery 5160 (Letter, 3x10, 2.625 x 1 in).
A4_3X8 = LabelSheet(
    "a4-3x8", A4, 3, 8, (63.5 * mm, 33.9 * mm), (7.25 * mm, 12.9 * mm), (66.0 * mm, 33.9 * mm)
)
LETTER_3X10 = LabelSheet(
    "letter-3x10",
    LETTER,
    3,
    10,
    (2.625 * inch, 1 * inch),
    (0.1875 * inch, 0.5 * inch),
    (2.75 * inch, 1 * inch),
)
LABEL_SHEETS = {s.name: s for s in (A4_3X8, LETTER_3X10)}
PAD = 2.5 * mm


def price_with_tax(product: ProductRecord, included: bool = False) -> Decimal:
    """What the till charges for one piece, by the till's own rule: the catalogue price as it is when it
    includes tax (`included`), else with its tax added."""
    return from_minor(price_line(1, to_minor(product.price), 0, int(product.tax_rate * 100), included).total)


def render_barcode_labels(
    products: Sequence[ProductRecord],
    settings: ShopSettings,
    sheet: LabelSheet = A4_3X8,
    *,
    copies: int = 1,
    skip: int = 0,
    progress: Progress | None = None,
) -> bytes | None:
    """`copies` labels of each product, starting after `skip` used labels on the first sheet.

    Returns the PDF, or None when `progress(done, total)` returned False.
    """
    ctx = DocumentContext.for_shop(settings)
    items = [p for p in products for _ in range(max(copies, 1))]
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=sheet.page, invariant=1)
    canv.setTitle("Barcode labels")
    canv.setAuthor(settings.shop_name)
    slot = skip % sheet.per_page
    for done, product in enumerate(items):
        if slot == sheet.per_page:
            canv.showPage()
            slot = 0
            if progress is not None and not progress(done, len(items)):
                return None
        draw_label(canv, product, ctx, sheet, slot)
        slot += 1
    canv.showPage()
    canv.save()
    if progress is not None:
        progress(len(items), len(items))
    return buffer.getvalue()


def draw_label(
    canv: Canvas, product: ProductRecord, ctx: DocumentContext, sheet: LabelSheet, slot: int
) -> None:
    """One label: the name (up to two lines), the price with tax and the SKU, then the barcode."""
    w, fmt = ctx.words, ctx.fmt
    x, y = sheet.origin(slot)
    width, height = sheet.label[0] - 2 * PAD, sheet.label[1] - 2 * PAD
    x, y = x + PAD, y + PAD
    top = y + height
    name_style = ParagraphStyle("name", fontName=ctx.font, fontSize=8, textColor=INK)
    name_box = height * 0.27
    fit_text(canv, product.name, name_style, (x, top, width, name_box), 5.5)

    price_size = min(12.0, height * 0.16)
    baseline = top - name_box - price_size * 0.95
    price = fmt.money(price_with_tax(product, ctx.settings.prices_include_tax))
    canv.setFillColor(INK)
    canv.setFont(ctx.font, price_size)
    canv.drawString(x, baseline, price)
    canv.setFillColor(MUTED)
    room = width - stringWidth(price, ctx.font, price_size) - 2 * mm  # a long SKU must not run into the price
    canv.setFont(ctx.font, fit_line(product.sku, ctx.font, 6, room))
    canv.drawRightString(x + width, baseline + 5.5, product.sku)
    canv.setFont(ctx.font, 6)
    if product.tax_rate:
        canv.drawRightString(x + width, baseline - 1, w.incl_tax.format(rate=fmt.percent(product.tax_rate)))
    canv.setFillColor(INK)

    bar_height = baseline - y - 3 * mm
    code = product.barcode or product.sku
    if not draw_product_code(canv, code, x, y, width, bar_height, ctx.font):
        why = f"({w.no_barcode if symbology_for(code) is None else w.code_too_long})"
        canv.setFont(ctx.font, fit_line(why, ctx.font, 7, width))
        canv.drawCentredString(x + width / 2, y + bar_height / 2, why)
