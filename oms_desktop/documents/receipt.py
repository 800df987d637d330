"""The till receipt on 80 mm or 58 mm thermal paper; the page is as long as its content."""

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from oms_desktop.documents.barcodes import Code128Flowable, code128_encodable
from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.paging import Progress, draw_pages, finished
from oms_desktop.documents.styles import INK
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings

MARGIN_Y = 4 * mm


@dataclass(frozen=True)
class ReceiptPaper:
    """A roll: its width and the width the printer head reaches, with the text size that suits it."""

    name: str
    width: float
    printable: float
    font_size: float


RECEIPT_80 = ReceiptPaper("80mm", 80 * mm, 72 * mm, 8.5)
RECEIPT_58 = ReceiptPaper("58mm", 58 * mm, 48 * mm, 7.5)
RECEIPT_PAPERS = {p.name: p for p in (RECEIPT_80, RECEIPT_58)}


def render_receipt(order: OrderDetail, settings: ShopSettings, paper: ReceiptPaper = RECEIPT_80) -> bytes:
    """One receipt as PDF bytes."""
    pdf = render_receipts([order], settings, paper)
    return finished(pdf)


def render_receipts(
    orders: Sequence[OrderDetail],
    settings: ShopSettings,
    paper: ReceiptPaper = RECEIPT_80,
    *,
    progress: Progress | None = None,
) -> bytes | None:
    """One receipt per page, each page as long as its receipt; None when `progress` returned False."""
    ctx = DocumentContext.for_shop(settings)

    def draw(canv: Canvas, order: OrderDetail) -> None:
        draw_receipt(canv, order, ctx, paper)

    page = (paper.width, 100 * mm)  # each receipt sets its own height
    return draw_pages(orders, ctx, draw, page=page, title=ctx.words.receipt, progress=progress)


def draw_receipt(canv: Canvas, order: OrderDetail, ctx: DocumentContext, paper: ReceiptPaper) -> None:
    """Size the current page to the receipt and draw it."""
    draw_roll(canv, receipt_flowables(order, ctx, paper), paper)


def draw_roll(canv: Canvas, flowables: list[Flowable], paper: ReceiptPaper) -> None:
    """Flowables on a piece of roll as long as they are (a receipt, a till report), barcodes centred."""
    heights = [f.wrap(paper.printable, 10_000)[1] for f in flowables]
    height = sum(heights) + 2 * MARGIN_Y
    canv.setPageSize((paper.width, height))
    x = (paper.width - paper.printable) / 2
    y = height - MARGIN_Y
    for flowable, h in zip(flowables, heights, strict=True):
        y -= h
        # Barcodes are narrower than the paper: centre them.
        offset = (paper.printable - flowable.width) / 2 if isinstance(flowable, Code128Flowable) else 0
        flowable.drawOn(canv, x + offset, y)


def roll_styles(ctx: DocumentContext, size: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("receipt", fontName=ctx.font, fontSize=size, leading=size * 1.3, textColor=INK)
    return {
        "body": body,
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "shop": ParagraphStyle(
            "shop", parent=body, alignment=TA_CENTER, fontSize=size * 1.5, leading=size * 1.9
        ),
        "small": ParagraphStyle(
            "small", parent=body, alignment=TA_CENTER, fontSize=size * 0.9, leading=size * 1.15
        ),
        "right": ParagraphStyle("right", parent=body, alignment=2),
        "total": ParagraphStyle("total", parent=body, fontSize=size * 1.35, leading=size * 1.7),
        "total_right": ParagraphStyle(
            "total_right", parent=body, fontSize=size * 1.35, leading=size * 1.7, alignment=2
        ),
    }


def _pairs(
    ctx: DocumentContext,
    rows: Sequence[tuple[str, str]],
    left: ParagraphStyle,
    right: ParagraphStyle,
    width: float,
) -> Table:
    """Label on the left, amount on the right, full width."""
    table = Table(
        [[ctx.para(a, left), ctx.para(b, right)] for a, b in rows], colWidths=[width * 0.62, width * 0.38]
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def pairs(
    ctx: DocumentContext,
    rows: Sequence[tuple[str, str]],
    styles: dict[str, ParagraphStyle],
    width: float,
    *,
    big: bool = False,
) -> Table:
    """Label and amount rows in the roll's body type (or its total's)."""
    left, right = (styles["total"], styles["total_right"]) if big else (styles["body"], styles["right"])
    return _pairs(ctx, rows, left, right, width)


def roll_rule() -> list[Flowable]:
    # Drawn outside a frame, so the rule's own spaceBefore/After would be ignored.
    return [
        Spacer(1, 1.5 * mm),
        HRFlowable(width="100%", thickness=0.5, color=INK, dash=(2, 2)),
        Spacer(1, 1.5 * mm),
    ]


def roll_head(
    ctx: DocumentContext, styles: dict[str, ParagraphStyle], title: str, facts: Sequence[str]
) -> list[Flowable]:
    """The top of a roll: the shop, a rule, the document's title and its facts centred, a rule."""
    out: list[Flowable] = [ctx.para(ctx.settings.shop_name, styles["shop"])]
    out += [ctx.para(line, styles["small"]) for line in ctx.shop_lines()]
    out += [*roll_rule(), ctx.para(title, styles["centre"]), Spacer(1, 1 * mm)]
    out += [ctx.para(text, styles["centre"]) for text in facts]
    return out + roll_rule()


def receipt_flowables(order: OrderDetail, ctx: DocumentContext, paper: ReceiptPaper) -> list[Flowable]:
    """Shop, order, lines, totals, payments and a barcode of the order number, top to bottom."""
    w, fmt = ctx.words, ctx.fmt
    st = roll_styles(ctx, paper.font_size)
    width = paper.printable
    facts = [f"{w.order_no} {order.number}", fmt.moment(order.created_at)]
    if order.customer is not None:
        facts.append(order.customer.name)
    out = roll_head(ctx, st, w.receipt, facts)

    for ln in order.lines:
        out.append(ctx.para(ln.name, st["body"]))
        rows = [
            (
                f"{fmt.quantity(ln.quantity)} × {fmt.number(ln.unit_price)}",
                fmt.number(ln.gross),
            )
        ]
        if ln.discount:
            rows.append((w.discount, fmt.number(-ln.discount)))
        out += [_pairs(ctx, rows, st["body"], st["right"], width), Spacer(1, 1 * mm)]
    out += roll_rule()

    totals = [(w.subtotal, fmt.money(order.subtotal))]
    if order.discount:
        totals.append((w.discount, fmt.money(-order.discount)))
    bands = [(w.tax_of(fmt.percent(b.rate), order.tax_included), fmt.money(b.tax)) for b in order.tax_bands]
    if not order.tax_included:
        totals += bands
    out.append(_pairs(ctx, totals, st["body"], st["right"], width))
    out.append(_pairs(ctx, [(w.total, fmt.money(order.total))], st["total"], st["total_right"], width))
    if order.tax_included and bands:
        out.append(_pairs(ctx, bands, st["body"], st["right"], width))

    payments: list[tuple[str, str]] = []
    for p in order.payments:
        if p.kind == "refund":
            payments.append((f"{w.refund} ({w.method(p.method)})", fmt.money(-p.amount)))
            continue
        payments.append((w.method(p.method), fmt.money(p.amount)))
        if p.tendered is not None:
            payments += [(w.tendered, fmt.money(p.tendered)), (w.change, fmt.money(p.change))]
    if order.balance:
        payments.append((w.balance_due, fmt.money(order.balance)))
    if payments:
        out += [Spacer(1, 1.5 * mm), _pairs(ctx, payments, st["body"], st["right"], width)]

    out += [*roll_rule(), ctx.para(w.thanks, st["centre"]), Spacer(1, 2 * mm)]
    if code128_encodable(order.number):
        out.append(Code128Flowable(order.number, ctx.font, width=width, bar_height=9 * mm))
    return out
