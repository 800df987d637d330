"""The return receipt (a credit note on the till's roll): the goods that came back, the money back and how,
the store credit left, and for an exchange the new sale; a barcode of the return's number."""

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from oms_desktop.documents.barcodes import Code128Flowable, code128_encodable
from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.paging import draw_pages, finished
from oms_desktop.documents.receipt import (
    RECEIPT_80,
    ReceiptPaper,
    draw_roll,
    pairs,
    roll_head,
    roll_rule,
    roll_styles,
)
from oms_desktop.services.sale_returns import ReturnRecord
from oms_desktop.services.settings import ShopSettings


def render_return_receipt(
    record: ReturnRecord, settings: ShopSettings, paper: ReceiptPaper = RECEIPT_80
) -> bytes:
    """One return receipt as PDF bytes, as long as its contents."""
    ctx = DocumentContext.for_shop(settings)

    def draw(canv: Canvas, item: ReturnRecord) -> None:
        draw_roll(canv, return_flowables(item, ctx, paper), paper)

    page = (paper.width, 100 * mm)  # the roll sets its own height
    return finished(draw_pages([record], ctx, draw, page=page, title=ctx.words.return_receipt))


def return_flowables(record: ReturnRecord, ctx: DocumentContext, paper: ReceiptPaper) -> list[Flowable]:
    w, fmt = ctx.words, ctx.fmt
    st = roll_styles(ctx, paper.font_size)
    width = paper.printable
    facts = [f"{w.return_no} {record.number}", f"{w.order_no} {record.order_number}"]
    if record.reason:
        facts.append(record.reason)
    out = roll_head(ctx, st, w.return_receipt, facts)
    for line in record.lines:
        out.append(ctx.para(line.name, st["body"]))
        out += [
            pairs(ctx, [(f"{fmt.quantity(line.quantity)} × {line.sku}", fmt.number(line.total))], st, width)
        ]
    out += roll_rule()
    out.append(pairs(ctx, [(w.returned_total, fmt.money(record.total))], st, width, big=True))
    back = [(f"{w.money_back} ({w.method(method)})", fmt.money(amount)) for method, amount in record.refunds]
    if record.exchange is not None:
        back.append((f"{w.new_sale} {record.exchange.number}", fmt.money(record.exchange.total)))
        back += [(w.method(method), fmt.money(amount)) for method, amount in record.extra_paid]
    if record.store_credit is not None:
        back.append((w.store_credit_now, fmt.money(record.store_credit)))
    if back:
        out += [Spacer(1, 1.5 * mm), pairs(ctx, back, st, width)]
    out += [*roll_rule(), Spacer(1, 1 * mm)]
    if code128_encodable(record.number):
        out.append(Code128Flowable(record.number, ctx.font, width=width, bar_height=9 * mm))
    return out
