"""The invoice: shop, bill-to and ship-to, priced lines, tax by rate, total, paid and balance due.

Amounts follow the order exactly: a line's amount is its net (quantity x unit price - discount), tax is
listed per line and per rate, and subtotal - discount + tax = total. When the order's prices include tax,
a line's amount is what was paid for it, subtotal - discount = total, and the tax in it is listed by rate.
"""

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.letterhead import address_boxes, letterhead
from oms_desktop.documents.paging import Part, Progress, build, column_widths, finished
from oms_desktop.documents.styles import INK, RULE, SHADE, lines_table_style
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings

# No., SKU, (item takes the rest), Qty, Unit price, Discount, Amount, Tax %, Tax
FIXED_COLUMNS = (10 * mm, 22 * mm, None, 12 * mm, 20 * mm, 16 * mm, 22 * mm, 12 * mm, 18 * mm)
TOTALS_WIDTH = (62 * mm, 30 * mm)


def render_invoice(order: OrderDetail, settings: ShopSettings, *, issued: date | None = None) -> bytes:
    """One invoice as PDF bytes; `issued` defaults to the order's date."""
    ctx = DocumentContext.for_shop(settings)
    pdf = build([invoice_part(order, ctx, issued=issued)], ctx, title=f"{ctx.words.invoice} {order.number}")
    return finished(pdf)


def render_invoices(
    orders: Sequence[OrderDetail], settings: ShopSettings, *, progress: Progress | None = None
) -> bytes | None:
    """Many invoices in one PDF, each paged on its own; None when `progress` returned False."""
    ctx = DocumentContext.for_shop(settings)
    return build([invoice_part(o, ctx) for o in orders], ctx, title=ctx.words.invoice, progress=progress)


def invoice_part(order: OrderDetail, ctx: DocumentContext, *, issued: date | None = None) -> Part:
    """The invoice's flowables."""
    w, fmt = ctx.words, ctx.fmt
    facts = [(w.invoice_no, order.number), (w.invoice_date, fmt.day(issued or order.created_at))]
    facts.append((w.order_date, fmt.day(order.created_at)))
    if order.customer is not None:
        facts.append((w.customer_no, order.customer.code))
    story = letterhead(ctx, w.invoice, facts)
    story += address_boxes(
        ctx, [(w.bill_to, order.bill_to or w.walk_in), (w.ship_to, order.ship_to or order.bill_to)]
    )
    story += [lines_table(order, ctx), Spacer(1, 4 * mm), KeepTogether(totals_table(order, ctx))]
    story += closing(order, ctx)
    return Part(w.invoice, order.number, story)


def lines_table(order: OrderDetail, ctx: DocumentContext) -> Table:
    """The priced lines; the header row repeats on every page."""
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    amount = w.amount_included if order.tax_included else w.amount
    heads = [w.line_no, w.sku, w.item, w.quantity, w.unit_price, w.discount, amount, w.tax_rate, w.tax]
    rows: list[list[object]] = [ctx.head_row(heads, 3)]
    for ln in order.lines:
        numbers = [
            fmt.quantity(ln.quantity),
            fmt.number(ln.unit_price),
            fmt.number(ln.discount) if ln.discount else "",
            fmt.number(ln.total if order.tax_included else ln.net),
            fmt.percent(ln.tax_rate),
            fmt.number(ln.tax),
        ]
        rows.append(
            [ctx.para(str(ln.line_no), st.cell), ctx.para(ln.sku, st.cell), ctx.para(ln.name, st.cell)]
            + [ctx.para(n, st.cell_right) for n in numbers]
        )
    table = Table(rows, colWidths=column_widths(ctx, FIXED_COLUMNS), repeatRows=1)
    table.setStyle(lines_table_style())
    return table


def totals_table(order: OrderDetail, ctx: DocumentContext, *, payments: bool = True) -> Table:
    """Subtotal, discount, tax by rate, total, paid and balance due (without `payments`, as a quotation: up
    to the total), right-aligned under the lines."""
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    rows: list[tuple[str, str]] = [(w.subtotal, fmt.money(order.subtotal))]
    if order.discount:
        rows.append((w.discount, fmt.money(-order.discount)))
        if not order.tax_included:
            rows.append((w.net, fmt.money(order.subtotal - order.discount)))
    band_word = w.tax_band_included if order.tax_included else w.tax_band
    bands = [
        (band_word.format(rate=fmt.percent(band.rate), net=fmt.money(band.net)), fmt.money(band.tax))
        for band in order.tax_bands
    ]
    if not order.tax_included:  # added on top: before the total
        rows += bands
    total_row = len(rows)
    rows.append((w.total, fmt.money(order.total)))
    if order.tax_included:  # inside the total: after it
        rows += bands
    if payments:
        rows.append((w.paid, fmt.money(order.paid)))
        rows.append((w.balance_due, fmt.money(order.balance)))
    shaded = len(rows) - 1 if payments else total_row  # the balance due, or a quotation's total
    emphasised = (total_row, shaded)
    styled = [
        [ctx.para(text, st.big_right if i in emphasised else st.cell_right) for text in row]
        for i, row in enumerate(rows)
    ]
    table = Table(styled, colWidths=TOTALS_WIDTH, hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, INK),
                ("LINEABOVE", (0, shaded), (-1, shaded), *((0.4, RULE) if payments else (0.8, INK))),
                ("BACKGROUND", (0, shaded), (-1, shaded), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def closing(order: OrderDetail, ctx: DocumentContext) -> list[Flowable]:
    """Payment terms and notes (the shop's standing notes, then the order's own)."""
    w, st = ctx.words, ctx.styles
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    if ctx.settings.payment_terms.strip():
        story += [
            ctx.para(w.payment_terms, st.heading),
            ctx.para(ctx.settings.payment_terms),
            Spacer(1, 3 * mm),
        ]
    notes = "\n".join(n.strip() for n in (ctx.settings.invoice_notes, order.notes) if n.strip())
    if notes:
        story += [ctx.para(w.notes, st.heading), ctx.para(notes)]
    return story
