"""The quotation: the invoice's layout (shop, bill-to and ship-to, priced lines, tax by rate, total) titled
"Quotation", with its last valid day and no payment lines (services/quotes.py)."""

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.invoice import closing, lines_table, totals_table
from oms_desktop.documents.letterhead import address_boxes, letterhead
from oms_desktop.documents.paging import Part, Progress, build, finished
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings


def render_quotation(order: OrderDetail, settings: ShopSettings) -> bytes:
    """One quotation as PDF bytes."""
    ctx = DocumentContext.for_shop(settings)
    pdf = build([quotation_part(order, ctx)], ctx, title=f"{ctx.words.quotation} {order.number}")
    return finished(pdf)


def render_quotations(
    orders: Sequence[OrderDetail], settings: ShopSettings, *, progress: Progress | None = None
) -> bytes | None:
    """Many quotations in one PDF, each paged on its own; None when `progress` returned False."""
    ctx = DocumentContext.for_shop(settings)
    return build([quotation_part(o, ctx) for o in orders], ctx, title=ctx.words.quotation, progress=progress)


def quotation_part(order: OrderDetail, ctx: DocumentContext) -> Part:
    """The quotation's flowables."""
    w, fmt = ctx.words, ctx.fmt
    facts = [(w.quotation_no, order.number), (w.quotation_date, fmt.day(order.created_at))]
    if order.valid_until is not None:
        day = fmt.day(order.valid_until)
        facts.append((w.valid_until, w.expired_on.format(day=day) if order.lifecycle == "expired" else day))
    if order.customer is not None:
        facts.append((w.customer_no, order.customer.code))
    story = letterhead(ctx, w.quotation, facts)
    story += address_boxes(
        ctx, [(w.bill_to, order.bill_to or w.walk_in), (w.ship_to, order.ship_to or order.bill_to)]
    )
    story += [
        lines_table(order, ctx),
        Spacer(1, 4 * mm),
        KeepTogether(totals_table(order, ctx, payments=False)),
    ]
    story += validity(order, ctx) + closing(order, ctx)
    return Part(w.quotation, order.number, story)


def validity(order: OrderDetail, ctx: DocumentContext) -> list[Flowable]:
    """What the validity means, under the totals."""
    if order.valid_until is None:
        return []
    text = ctx.words.quotation_validity.format(day=ctx.fmt.day(order.valid_until))
    return [Spacer(1, 6 * mm), ctx.para(text)]
