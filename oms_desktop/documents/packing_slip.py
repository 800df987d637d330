"""The packing slip: what is in the parcel, without prices, with the order number as a Code 128 barcode."""

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from oms_desktop.documents.barcodes import Code128Flowable
from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.letterhead import address_boxes, letterhead
from oms_desktop.documents.paging import Part, Progress, build, column_widths, finished
from oms_desktop.documents.parcels import next_parcel
from oms_desktop.documents.styles import INK, RULE, SHADE
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings

# No., SKU, (item takes the rest), Qty, Packed
FIXED_COLUMNS = (12 * mm, 30 * mm, None, 16 * mm, 18 * mm)


class CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def recipient(ctx: DocumentContext, block: str) -> Flowable:
    """The ship-to as the packer reads it: the recipient's name (the block's first line, domain/ship_to.py)
    large, the address and phone under it, as the shipping label prints them."""
    lines = [line.strip() for line in block.strip().splitlines() if line.strip()] or [block]
    name = ParagraphStyle("recipient", parent=ctx.styles.body, fontSize=15, leading=19)
    rows = [[ctx.para(lines[0], name)]]
    if lines[1:]:
        rows.append([ctx.para("\n".join(lines[1:]), ctx.styles.body)])
    table = Table(rows)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def render_packing_slip(order: OrderDetail, settings: ShopSettings) -> bytes:
    """One packing slip as PDF bytes."""
    ctx = DocumentContext.for_shop(settings)
    pdf = build([packing_slip_part(order, ctx)], ctx, title=f"{ctx.words.packing_slip} {order.number}")
    return finished(pdf)


def render_packing_slips(
    orders: Sequence[OrderDetail], settings: ShopSettings, *, progress: Progress | None = None
) -> bytes | None:
    """Many packing slips in one PDF; None when `progress` returned False."""
    ctx = DocumentContext.for_shop(settings)
    return build(
        [packing_slip_part(o, ctx) for o in orders], ctx, title=ctx.words.packing_slip, progress=progress
    )


def packing_slip_part(order: OrderDetail, ctx: DocumentContext) -> Part:
    """The packing slip's flowables: of an order shipped in part, what is still to pack (next_parcel)."""
    order = next_parcel(order)
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    facts = [(w.order_no, order.number), (w.order_date, fmt.day(order.created_at))]
    if order.customer is not None:
        facts.append((w.customer_no, order.customer.code))
    barcode = Code128Flowable(order.number, ctx.font, width=64 * mm, bar_height=13 * mm)
    story = letterhead(ctx, w.packing_slip, facts, extra=barcode)
    story += address_boxes(ctx, [(w.ship_to, recipient(ctx, order.ship_to or order.bill_to or w.walk_in))])

    rows: list[list[object]] = [
        [
            ctx.para(h, st.head_right if i == 3 else st.head_cell)
            for i, h in enumerate([w.line_no, w.sku, w.item, w.quantity, w.packed])
        ]
    ]
    for ln in order.lines:
        rows.append(
            [
                ctx.para(str(ln.line_no), st.cell),
                ctx.para(ln.sku, st.cell),
                ctx.para(ln.name, st.body),
                ctx.para(fmt.quantity(ln.quantity), st.big_right),
                CheckBox(),
            ]
        )
    table = Table(rows, colWidths=column_widths(ctx, FIXED_COLUMNS), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
            ]
        )
    )
    pieces = sum(ln.pieces for ln in order.lines)
    summary = w.contents(len(order.lines), pieces, fmt.quantity)
    story += [table, Spacer(1, 3 * mm), ctx.para(summary, st.big)]
    if order.notes.strip():
        story += [Spacer(1, 5 * mm), ctx.para(w.notes, st.heading), ctx.para(order.notes)]
    return Part(w.packing_slip, order.number, story)
