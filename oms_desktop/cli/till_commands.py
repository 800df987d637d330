"""till open / cash-in / cash-out / drawer / status (the X report) / close (blind count) / report / list."""

import argparse
from decimal import Decimal
from pathlib import Path

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.domain.denominations import parse_count
from oms_desktop.domain.till import CashMoveKind
from oms_desktop.services import till
from oms_desktop.services.settings import get_settings
from oms_desktop.services.till_reports import TillReport


def add(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser(
        "till", help="this till's session: float, cash in/out, cash-up, Z report"
    ).add_subparsers(dest="till_command", required=True)
    o = t.add_parser("open", help="open this till with a float")
    o.add_argument("--float", dest="float_amount", type=A.non_negative_amount, required=True)
    o.set_defaults(func=till_open)
    for name, kind, helptext in (
        ("cash-in", CashMoveKind.CASH_IN, "cash paid into the drawer (not a sale)"),
        ("cash-out", CashMoveKind.CASH_OUT, "cash paid out of the drawer (not a refund)"),
    ):
        p = t.add_parser(name, help=helptext)
        p.add_argument("amount", type=A.amount)
        p.add_argument("--reason", required=True)
        p.set_defaults(func=till_cash, kind=kind)
    d = t.add_parser("drawer", help="open the drawer without a sale (recorded)")
    d.add_argument("--reason", default="")
    d.add_argument("--printer", help="the printer the drawer hangs on (default: this computer's)")
    d.set_defaults(func=till_drawer)
    t.add_parser("status", help="the X report: what this session took so far").set_defaults(func=till_status)
    c = t.add_parser("close", help="close with a blind count: the notes and coins first, then the variance")
    how = c.add_mutually_exclusive_group(required=True)
    how.add_argument("--count", help="face value x pieces, like 100x2,50x1,20x3,1x7")
    how.add_argument("--counted", type=A.amount, help="the cash counted, as one amount")
    c.add_argument("--out", type=Path, help="also write the Z report as a PDF")
    c.set_defaults(func=till_close)
    r = t.add_parser("report", help="a Z report as it was closed (a reprint)")
    r.add_argument("number", type=A.whole)
    r.add_argument("--out", type=Path, help="write it as a PDF")
    r.add_argument("--print", dest="to_printer", action="store_true", help="print it on the receipt printer")
    r.set_defaults(func=till_report)
    t.add_parser("list", help="this till's Z reports").set_defaults(func=till_list)


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def show_report(ctx: Context, report: TillReport) -> None:
    if ctx.json:
        ctx.show(report)
        return
    zone = ctx.uow.zone
    title = f"Z report {report.z_number}" if report.z_number is not None else "X report (open)"
    opened = report.opened_at.astimezone(zone)
    print(f"{title} · till {report.till} · opened {opened:%Y-%m-%d %H:%M} by {report.opened_by}")
    if report.closed_at is not None:
        approved = f" (approved by {report.approved_by})" if report.approved_by else ""
        print(f"closed {report.closed_at.astimezone(zone):%Y-%m-%d %H:%M} by {report.closed_by}{approved}")
    print(f"float: {_money(report.float_amount)}")
    for m in report.sales:
        print(f"sales {m.method}: {_money(m.amount)} ({m.count})")
    for m in report.refunds:
        print(f"refunds {m.method}: {_money(m.amount)} ({m.count})")
    print(f"cash in: {_money(report.cash_in)}  cash out: {_money(report.cash_out)}")
    if not report.expected_hidden:
        print(f"expected cash: {_money(report.expected_cash)}")
    if report.counted_cash is not None:
        print(f"counted: {_money(report.counted_cash)}  variance: {report.variance:+.2f}")
    print(
        f"sales: {report.sales_count}  returns: {report.returns_count}  discounts: {_money(report.discounts)}  "
        f"voids: {report.voids}  overrides: {report.overrides}  no sale: {report.no_sales}"
    )
    for c in report.cashiers:
        print(f"cashier {c.name}: {c.sales} sales, {_money(c.taken)} taken, {_money(c.refunded)} refunded")


def till_open(ctx: Context) -> int:
    show_report(ctx, till.open_till(ctx.uow, ctx.args.float_amount).value)
    return 0


def till_cash(ctx: Context) -> int:
    a = ctx.args
    show_report(ctx, till.move_cash(ctx.uow, a.kind, a.amount, a.reason).value)
    return 0


def till_drawer(ctx: Context) -> int:
    from oms_desktop import this_computer
    from oms_desktop.printing.connection import parse_setting
    from oms_desktop.printing.escpos_till import drawer_job
    from oms_desktop.printing.send import send

    setting = ctx.args.printer or this_computer.load(ctx.config.data_dir).printer
    parse_setting(setting)  # a printer that cannot be named is refused before the drawer is recorded
    till.open_drawer(ctx.uow, ctx.args.reason)
    send(setting, drawer_job())
    ctx.show({"drawer": "opened", "till": ctx.uow.till})
    return 0


def till_status(ctx: Context) -> int:
    show_report(ctx, till.status(ctx.uow))
    return 0


def till_close(ctx: Context) -> int:
    a = ctx.args
    uow = ctx.uow
    if a.count is not None:
        counted = parse_count(a.count, get_settings(uow).currency)
        report = till.close_till(uow, counted=counted).value
    else:
        report = till.close_till(uow, counted_total=a.counted).value
    show_report(ctx, report)
    return _write_pdf(ctx, report) if a.out is not None else 0


def till_report(ctx: Context) -> int:
    a = ctx.args
    report = till.z_report(ctx.uow, a.number)
    if a.out is not None and _write_pdf(ctx, report):
        return 1
    if a.to_printer:
        from oms_desktop import this_computer
        from oms_desktop.printing.escpos_till import till_report_job
        from oms_desktop.printing.send import send

        mine = this_computer.load(ctx.config.data_dir)
        send(
            mine.printer,
            till_report_job(
                report, get_settings(ctx.uow), columns=mine.printer_columns, text_mode=mine.printer_text
            ),
        )
    if a.out is None and not a.to_printer:
        show_report(ctx, report)
    return 0


def _write_pdf(ctx: Context, report: TillReport) -> int:
    """The report as a PDF at --out (written whole or not at all); 1 when it could not be written."""
    from oms_desktop.cli.print_commands import write_document
    from oms_desktop.documents.z_report import render_till_report

    settings = get_settings(ctx.uow)
    what = f"Z report {report.z_number} of till {report.till}"
    return write_document(ctx, lambda: render_till_report(report, settings), what, [])


def till_list(ctx: Context) -> int:
    found = till.z_numbers(ctx.uow)
    zone = ctx.uow.zone
    ctx.show(
        [{"z": n, "closed": at} for n, at in found],
        ["Z", "Closed"],
        [[n, at.astimezone(zone).strftime("%Y-%m-%d %H:%M")] for n, at in found],
    )
    return 0
