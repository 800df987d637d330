"""The 4x6 in (or 100x150 mm) shipping label: sender, recipient in large type, carrier, the tracking
number as Code 128 and a QR code of the order number."""

from collections.abc import Sequence

from reportlab.lib.pagesizes import inch
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from oms_desktop.documents.barcodes import Code128Symbol, code128_encodable, draw_qr
from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.fitting import fit_text
from oms_desktop.documents.paging import Progress, draw_pages, finished
from oms_desktop.documents.parcels import last_parcel
from oms_desktop.documents.styles import INK, MUTED
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings

LABEL_4X6 = (4 * inch, 6 * inch)
LABEL_100X150 = (100 * mm, 150 * mm)
LABEL_SIZES = {"4x6": LABEL_4X6, "100x150": LABEL_100X150}
PAD = 4 * mm
QR_SIZE = 30 * mm


def render_shipping_label(
    order: OrderDetail, settings: ShopSettings, size: tuple[float, float] = LABEL_4X6
) -> bytes:
    """One label as PDF bytes."""
    pdf = render_shipping_labels([order], settings, size)
    return finished(pdf)


def render_shipping_labels(
    orders: Sequence[OrderDetail],
    settings: ShopSettings,
    size: tuple[float, float] = LABEL_4X6,
    *,
    progress: Progress | None = None,
) -> bytes | None:
    """One label per page; None when `progress` returned False."""
    ctx = DocumentContext.for_shop(settings)

    def draw(canv: Canvas, order: OrderDetail) -> None:
        draw_shipping_label(canv, order, ctx, size)

    return draw_pages(orders, ctx, draw, page=size, title=ctx.words.shipping_label, progress=progress)


def _caption(canv: Canvas, ctx: DocumentContext, text: str, x: float, y: float) -> None:
    canv.setFillColor(MUTED)
    canv.setFont(ctx.font, 7.5)
    canv.drawString(x, y, text)
    canv.setFillColor(INK)


def draw_shipping_label(
    canv: Canvas, order: OrderDetail, ctx: DocumentContext, size: tuple[float, float]
) -> None:
    """Draw one label on the current page."""
    order = last_parcel(order)  # the last parcel's contents, carrier and tracking
    w, fmt = ctx.words, ctx.fmt
    width, height = size
    inner = width - 2 * PAD
    base = ParagraphStyle("label", fontName=ctx.font, fontSize=8, leading=10, textColor=INK)
    canv.setStrokeColor(INK)

    # Sender, and the QR code of the order number on the right.
    top = height - PAD
    qr_x = width - PAD - QR_SIZE
    draw_qr(canv, order.number, qr_x, top - QR_SIZE, QR_SIZE)
    canv.setFont(ctx.font, 7.5)
    canv.drawCentredString(qr_x + QR_SIZE / 2, top - QR_SIZE - 1 * mm, order.number)
    _caption(canv, ctx, w.sender, PAD, top - 7)
    sender = "\n".join([ctx.settings.shop_name, *ctx.shop_lines()[:3]])
    fit_text(canv, sender, base, (PAD, top - 10, qr_x - PAD - 3 * mm, QR_SIZE - 10), 6)
    y = top - QR_SIZE - 5 * mm
    canv.setLineWidth(1.2)
    canv.line(PAD, y, width - PAD, y)

    # Recipient: the name large, the rest of the address a little smaller.
    recipient_box = height * 0.36
    _caption(canv, ctx, w.recipient, PAD, y - 10)
    lines = [ln for ln in (order.ship_to or order.bill_to).strip().splitlines() if ln.strip()] or [w.walk_in]
    used = fit_text(
        canv, lines[0], ParagraphStyle("name", parent=base, fontSize=20), (PAD, y - 14, inner, 26 * mm), 12
    )
    rest = "\n".join(lines[1:])
    if rest:
        box = recipient_box - 14 - used - 2 * mm
        address = ParagraphStyle("address", parent=base, fontSize=14)
        fit_text(canv, rest, address, (PAD, y - 14 - used - 2 * mm, inner, box), 8)
    y -= recipient_box
    canv.line(PAD, y, width - PAD, y)

    # Carrier and tracking number.
    shipment = order.shipments[-1] if order.shipments else None
    _caption(canv, ctx, w.carrier, PAD, y - 10)
    carrier = shipment.carrier if shipment else "—"
    carrier_style = ParagraphStyle("carrier", parent=base, fontSize=16)
    fit_text(canv, carrier, carrier_style, (PAD, y - 13, inner * 0.62, 12 * mm), 9)
    canv.setFont(ctx.font, 8)
    canv.drawRightString(width - PAD, y - 10, f"{w.order_no} {order.number}")
    canv.drawRightString(width - PAD, y - 21, fmt.day(order.created_at))
    y -= 19 * mm
    canv.setLineWidth(0.6)
    canv.line(PAD, y, width - PAD, y)
    _caption(canv, ctx, w.tracking_no, PAD, y - 10)
    bar_top = y - 14
    foot = PAD + 6 * mm
    text_baseline = foot + 3 * mm
    if shipment and code128_encodable(shipment.tracking_number):
        symbol = Code128Symbol.of(shipment.tracking_number)
        module = symbol.module_for(inner + 2 * PAD)
        bar_bottom = text_baseline + 13 + 1 * mm
        left = (width - symbol.modules * module) / 2
        symbol.draw(canv, left, bar_bottom, module, bar_top - bar_bottom)
        canv.setFont(ctx.font, 13)
        canv.drawCentredString(width / 2, text_baseline, shipment.tracking_number)
    else:
        canv.setFont(ctx.font, 13)
        canv.drawString(PAD, bar_top - 12 * mm, shipment.tracking_number if shipment else w.not_shipped)

    # What is inside, at the foot.
    pieces = sum(ln.pieces for ln in order.lines)
    canv.setLineWidth(0.6)
    canv.line(PAD, foot, width - PAD, foot)
    canv.setFont(ctx.font, 8)
    canv.drawString(PAD, PAD + 1.5 * mm, w.contents(len(order.lines), pieces, fmt.quantity))
    canv.drawRightString(width - PAD, PAD + 1.5 * mm, ctx.settings.shop_name)
