"""The till's X and Z reports as ESC/POS bytes (what documents/z_report.py shows on PDF), and the
drawer's pulse on its own.

Amounts print without the currency sign (the header names the currency once) and the variance with its
sign, "-3.00" short and "+3.00" over. A blind count's report (expected cash Decimal("-0")) leaves the
expected cash out altogether: whoever prints it may not see what the drawer should hold.
"""

from collections.abc import Sequence
from decimal import Decimal

from oms_desktop.printing.job import Job
from oms_desktop.printing.shop_text import ShopText
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import MethodTotal, TillReport

FINGERPRINT = 16  # hex digits of the audit chain's head, as on the PDF report
INDENT = 2


def till_report_job(
    report: TillReport, settings: ShopSettings, *, columns: int = 42, text_mode: str = "gb18030"
) -> bytes:
    """The X report (`report.z_number` None: a reading of the open session) or the Z report, for a
    printer `columns` wide, ending with a cut. `text_mode` is "gb18030" or "image"."""
    job = Job(columns=columns, text_mode_name=text_mode)
    shop = ShopText.for_shop(settings, report.currency)
    w, fmt = shop.words, shop.fmt

    job.text(settings.shop_name, align="centre", bold=True, double=True)
    title = w.x_report if report.z_number is None else w.z_report.format(number=report.z_number)
    job.text(title, align="centre", bold=True)
    job.blank()
    job.pair(w.till, report.till)
    job.pair(w.currency, report.currency)
    job.pair(w.opened_by, report.opened_by)
    job.pair(w.opened_at, shop.moment(report.opened_at))
    if report.z_number is not None or report.closed_at is not None:
        job.pair(w.closed_by, report.closed_by or "-")
        job.pair(w.closed_at, shop.moment(report.closed_at) if report.closed_at else "-")
        job.pair(w.approved_by, report.approved_by or "-")

    def section(heading: str) -> None:
        job.rule()
        job.text(heading, bold=True)

    def methods(totals: Sequence[MethodTotal]) -> None:
        if not totals:
            job.text(" " * INDENT + w.none)
            return
        for m in totals:
            job.pair(f"{w.method(m.method)} ({fmt.quantity(m.count)})", fmt.number(m.amount), indent=INDENT)
        count = sum(m.count for m in totals)
        amount = sum((m.amount for m in totals), Decimal("0"))
        job.pair(f"{w.total} ({fmt.quantity(count)})", fmt.number(amount), bold=True)

    section(w.sales_by_method)
    methods(report.sales)
    section(w.refunds_by_method)
    methods(report.refunds)
    job.blank()
    job.pair(w.net_sales, fmt.number(report.net_sales), bold=True)

    cash_sales = next((m.amount for m in report.sales if m.method == "cash"), Decimal("0"))
    cash_refunds = next((m.amount for m in report.refunds if m.method == "cash"), Decimal("0"))
    section(w.cash_drawer)
    job.pair(w.float_amount, fmt.number(report.float_amount), indent=INDENT)
    job.pair(w.cash_sales, fmt.number(cash_sales), indent=INDENT)
    job.pair(w.cash_refunds, fmt.number(-cash_refunds), indent=INDENT)
    job.pair(w.cash_in, fmt.number(report.cash_in), indent=INDENT)
    job.pair(w.cash_out, fmt.number(-report.cash_out), indent=INDENT)
    hidden = report.expected_hidden
    if not hidden:
        job.pair(w.expected_cash, fmt.number(report.expected_cash), bold=True)
    if report.counted_cash is not None:
        job.pair(w.counted_cash, fmt.number(report.counted_cash), bold=True)
        if report.variance is not None:
            job.pair(w.variance, signed(fmt.number(report.variance), report.variance), bold=True)
    if hidden:
        job.text(w.blind_count)

    if report.counted:
        section(w.counted_by_face)
        for piece in report.counted:
            face = f"{fmt.number(piece.face)} x {fmt.quantity(piece.pieces)}"
            job.pair(face, fmt.number(piece.amount), indent=INDENT)
        job.pair(w.total, fmt.number(sum((p.amount for p in report.counted), Decimal("0"))), bold=True)

    section(w.counts)
    job.pair(w.sales_count, fmt.quantity(report.sales_count), indent=INDENT)
    job.pair(w.returns_count, fmt.quantity(report.returns_count), indent=INDENT)
    job.pair(w.voids, fmt.quantity(report.voids), indent=INDENT)
    job.pair(w.overrides, fmt.quantity(report.overrides), indent=INDENT)
    job.pair(w.no_sales, fmt.quantity(report.no_sales), indent=INDENT)
    job.pair(w.discounts_given, fmt.number(report.discounts), indent=INDENT)

    if report.cashiers:
        section(w.by_cashier)
        for cashier in report.cashiers:
            job.pair(cashier.name, f"{w.cashier_sales} {fmt.quantity(cashier.sales)}")
            job.pair(w.taken, fmt.number(cashier.taken), indent=INDENT)
            job.pair(w.refunded, fmt.number(cashier.refunded), indent=INDENT)

    if report.moves:
        section(w.cash_moves)
        for move in report.moves:
            amount = -move.amount if move.kind == "cash_out" else move.amount
            job.pair(w.move_kind(move.kind), fmt.number(amount) if move.amount else "")
            who = [shop.moment(move.at), move.user]
            if move.approved_by:
                who.append(w.move_approved.format(name=move.approved_by))
            job.text(" " * INDENT + ", ".join(who))
            if move.reason.strip():
                job.text(" " * INDENT + move.reason.strip())

    if report.audit_head:
        job.rule()
        job.text(f"{w.audit_chain} {report.audit_head[:FINGERPRINT]}", align="centre")
    job.cut()
    return job.output()


def drawer_job() -> bytes:
    """Just the pulse that opens the cash drawer plugged into the printer (a no-sale opening)."""
    job = Job()
    job.kick_drawer()
    return job.output()


def signed(text: str, amount: Decimal) -> str:
    """A formatted amount with its sign always shown: "+2.00", "-3.00", "0.00"."""
    return f"+{text}" if amount > 0 else text
