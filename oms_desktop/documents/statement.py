"""A customer's statement of account (services.statement_view.StatementView): the shop and the customer,
the opening balance, each order on account, payment and return of the period with the balance after it,
the closing balance and its ageing by days past due. Every figure is the view's, to the cent.
"""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.letterhead import address_boxes, letterhead
from oms_desktop.documents.paging import Part, build, column_widths, content_width, finished
from oms_desktop.documents.styles import INK, RULE, SHADE, lines_table_style
from oms_desktop.domain.customer import address_block
from oms_desktop.services.receivables import BUCKETS
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.statement_view import LineKind, StatementLine, StatementView

# Date, Document, (description takes the rest), Due, Debit, Credit, Balance
COLUMNS = (23 * mm, 29 * mm, None, 23 * mm, 21 * mm, 21 * mm, 23 * mm)
AMOUNTS_FROM = 4


def render_statement(view: StatementView, settings: ShopSettings) -> bytes:
    """One statement as PDF bytes, on the shop's paper and in its document language."""
    ctx = DocumentContext.for_shop(settings)
    title = f"{ctx.words.statement} {view.customer.code}"
    return finished(build([statement_part(view, ctx)], ctx, title=title))


def statement_part(view: StatementView, ctx: DocumentContext) -> Part:
    """The statement's flowables."""
    w, fmt, c = ctx.words, ctx.fmt, view.customer
    period = w.period_range.format(start=fmt.day(view.period.start), end=fmt.day(view.period.end))
    facts = [
        (w.customer_no, c.code),
        (w.statement_period, period),
        (w.statement_date, fmt.day(view.period.end)),
        (w.payment_terms, w.terms(c.payment_terms_days)),
    ]
    story = letterhead(ctx, w.statement, facts)
    customer = address_block(c.name, c.billing_address.strip(), c.phone.strip())
    story += address_boxes(ctx, [(w.customer, customer), (w.account_summary, summary_table(view, ctx))])
    story += [lines_table(view, ctx), Spacer(1, 6 * mm), KeepTogether(ageing_block(view, ctx))]
    story += closing(view, ctx)
    return Part(w.statement, c.code, story)


def summary_table(view: StatementView, ctx: DocumentContext) -> Table:
    """Opening, what was charged and credited, closing (and the credit limit), amounts on the right."""
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    rows = [
        (w.opening_balance.format(day=fmt.day(view.period.start)), view.opening),
        (w.charged, view.debits),
        (w.credited, view.credits),
        (w.closing_balance.format(day=fmt.day(view.period.end)), view.closing),
    ]
    if view.customer.credit_limit:
        rows.append((w.credit_limit, view.customer.credit_limit))
    cells = [[ctx.para(label, st.body), ctx.para(fmt.money(amount), st.cell_right)] for label, amount in rows]
    box = (content_width(ctx) - 6 * mm) / 2 - 12  # the address box less its padding
    table = Table(cells, colWidths=[box - 28 * mm, 28 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("LINEABOVE", (0, 3), (-1, 3), 0.6, INK),
            ]
        )
    )
    return table


def description(line: StatementLine, ctx: DocumentContext) -> str:
    w = ctx.words
    if line.kind is LineKind.ORDER:
        return w.line_order
    if line.kind is LineKind.RETURN:
        return w.line_return.format(order=line.order)
    method = w.method(line.method)
    if line.document.strip():
        return w.line_payment_ref.format(method=method, reference=line.document.strip())
    return w.line_payment.format(method=method)


def lines_table(view: StatementView, ctx: DocumentContext) -> Table:
    """Opening balance, the period's lines by day with the balance after each, closing balance; the head
    row repeats on every page."""
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    heads = [w.date, w.document, w.description, w.due_date, w.debit, w.credit, w.running_balance]
    rows: list[list[object]] = [ctx.head_row(heads, AMOUNTS_FROM)]

    def balance_row(label: str, amount: str) -> list[object]:
        return [ctx.para(label, st.cell), "", "", "", "", "", ctx.para(amount, st.cell_right)]

    rows.append(
        balance_row(w.opening_balance.format(day=fmt.day(view.period.start)), fmt.number(view.opening))
    )
    for ln in view.lines:
        document = ln.document if ln.kind is LineKind.RETURN else ln.order
        cells = [fmt.day(ln.day), document, description(ln, ctx), fmt.day(ln.due) if ln.due else ""]
        numbers = [
            fmt.number(ln.debit) if ln.debit else "",
            fmt.number(ln.credit) if ln.credit else "",
            fmt.number(ln.balance),
        ]
        rows.append(
            [ctx.para(text, st.cell) for text in cells] + [ctx.para(n, st.cell_right) for n in numbers]
        )
    if not view.lines:
        rows.append([ctx.para(w.no_movements, st.muted), "", "", "", "", "", ""])
    closing_label = w.closing_balance.format(day=fmt.day(view.period.end))
    rows.append(
        [ctx.para(closing_label, st.big), "", "", "", "", "", ctx.para(fmt.money(view.closing), st.big_right)]
    )
    table = Table(rows, colWidths=column_widths(ctx, COLUMNS), repeatRows=1)
    style = lines_table_style()
    # The opening and closing balances read across to the balance column.
    for row in (1, len(rows) - 1):
        style.add("SPAN", (0, row), (5, row))
    if not view.lines:
        style.add("SPAN", (0, 2), (-1, 2))
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    table.setStyle(style)
    return table


def ageing_block(view: StatementView, ctx: DocumentContext) -> list[Flowable]:
    """The closing balance by days past due as of TO: five buckets and their total, in one row."""
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    heads = [w.bucket(b) for b in BUCKETS] + [w.ageing_total]
    amounts = [fmt.money(view.ageing[b]) for b in BUCKETS] + [fmt.money(view.closing)]
    width = content_width(ctx) / len(heads)
    table = Table(
        [ctx.head_row(heads, 0), [ctx.para(a, st.cell_right) for a in amounts]],
        colWidths=[width] * len(heads),
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (-1, 1), (-1, 1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    title = w.ageing_title.format(day=fmt.day(view.period.end))
    return [ctx.para(title, st.heading), Spacer(1, 1.5 * mm), table]


def closing(view: StatementView, ctx: DocumentContext) -> list[Flowable]:
    """The shop's payment terms, and the request to pay what is past due when something is."""
    w, st = ctx.words, ctx.styles
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    if ctx.settings.payment_terms.strip():
        story += [
            ctx.para(w.payment_terms, st.heading),
            ctx.para(ctx.settings.payment_terms),
            Spacer(1, 3 * mm),
        ]
    if view.closing > view.ageing["not_due"]:
        story.append(ctx.para(w.statement_request, st.body))
    return story
