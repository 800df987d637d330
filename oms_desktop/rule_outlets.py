"""Where the rules' printing and e-mail go (services/automation.Outlets): this computer's receipt printer
(or the one the rule names), ESC/POS jobs built by oms_desktop/printing, and the shop's mail server
through oms_desktop/mailer.py. The command line, the window and a server make one with their data folder.
"""

from pathlib import Path

from oms_desktop import mailer, this_computer
from oms_desktop.printing.escpos_receipt import receipt_job
from oms_desktop.printing.escpos_till import till_report_job
from oms_desktop.printing.send import send
from oms_desktop.services.automation import Mail
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import TillReport


class ShopOutlets:
    """A printer that is not there refuses (`printer_unreachable`, `printer_not_set`): the firing retries."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def _printer(self, printer: str) -> tuple[str, int, str]:
        mine = this_computer.load(self.data_dir)
        return printer or mine.printer, mine.printer_columns, mine.printer_text

    def print_receipt(self, printer: str, order: OrderDetail, settings: ShopSettings) -> None:
        setting, columns, text = self._printer(printer)
        send(setting, receipt_job(order, settings, columns=columns, text_mode=text))

    def print_till_report(self, printer: str, report: TillReport, settings: ShopSettings) -> None:
        setting, columns, text = self._printer(printer)
        send(setting, till_report_job(report, settings, columns=columns, text_mode=text))

    def send_mail(self, mail: Mail) -> None:
        mailer.send(mail)
