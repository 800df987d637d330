"""The receipt printer and its drawer, as the window uses them: the job is built and sent on the CPU pool
(a printer that does not answer takes seconds); the drawer opened without a sale is audited first
(operations.till.open_drawer).

The printing package (python-escpos, PIL) is imported when something is printed, not when the window
starts: importing it costs 0.7 s."""

from collections.abc import Callable
from pathlib import Path

from oms_desktop import this_computer
from oms_desktop.domain import Channel
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import TillReport


def printer_set(data_dir: Path) -> bool:
    return bool(this_computer.load(data_dir).printer)


def after_sale(data_dir: Path, order: OrderDetail, shop: ShopSettings) -> Callable[[], None] | None:
    """What a paid counter sale sends to this till's printer, read once: the drawer opens for cash, the
    receipt prints when cash opened the drawer or auto-print is on; None when nothing is sent."""
    mine = this_computer.load(data_dir)
    if order.channel != Channel.COUNTER.value or not mine.printer:
        return None
    cash = any(p.method == "cash" and p.kind == "payment" for p in order.payments)
    if not (cash or mine.auto_print):
        return None
    return _receipt_work(mine, order, shop, open_drawer=cash)


def print_receipt(
    data_dir: Path, order: OrderDetail, shop: ShopSettings, *, open_drawer: bool
) -> Callable[[], None]:
    """Work for the CPU pool: the receipt (and the drawer pulse for cash) on this computer's printer."""
    return _receipt_work(this_computer.load(data_dir), order, shop, open_drawer=open_drawer)


def _receipt_work(
    mine: this_computer.ThisComputer, order: OrderDetail, shop: ShopSettings, *, open_drawer: bool
) -> Callable[[], None]:

    def work() -> None:
        from oms_desktop.printing.escpos_receipt import receipt_job
        from oms_desktop.printing.send import send

        job = receipt_job(
            order, shop, columns=mine.printer_columns, text_mode=mine.printer_text, open_drawer=open_drawer
        )
        send(mine.printer, job)

    return work


def kick_drawer(data_dir: Path) -> Callable[[], None]:
    """Work for the CPU pool: the drawer pulse on this computer's printer."""
    setting = this_computer.load(data_dir).printer

    def work() -> None:
        from oms_desktop.printing.escpos_till import drawer_job
        from oms_desktop.printing.send import send

        send(setting, drawer_job())

    return work


def print_till_report(data_dir: Path, report: TillReport, shop: ShopSettings) -> Callable[[], None]:
    """Work for the CPU pool: an X or Z report on this computer's receipt printer."""
    mine = this_computer.load(data_dir)

    def work() -> None:
        from oms_desktop.printing.escpos_till import till_report_job
        from oms_desktop.printing.send import send

        send(
            mine.printer,
            till_report_job(report, shop, columns=mine.printer_columns, text_mode=mine.printer_text),
        )

    return work
