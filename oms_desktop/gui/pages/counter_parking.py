"""The counter's sale kept safe: saved beside the database as it changes (and put back when the window
opens again), parked with a note (F7) and recalled (Shift+F7)."""

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import labels, operations
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.parked import ParkDialog, RecallDialog
from oms_desktop.services.changes import Outcome
from oms_desktop.services.parked_sales import ParkedRecord
from oms_desktop.services.sale import Sale

if TYPE_CHECKING:
    from oms_desktop.gui.pages.counter import CounterPage

log = logging.getLogger(__name__)
KEEP_AFTER_MS = 300  # a burst of scans is kept once, after it


class CounterParking(QObject):
    def __init__(self, page: "CounterPage") -> None:
        super().__init__(page)
        self.page = page
        self.folder = page.ctx.config.data_dir
        self.park_dialog: ParkDialog | None = None
        self.recall_dialog: RecallDialog | None = None
        self._keep = QTimer(self)
        self._keep.setSingleShot(True)
        self._keep.setInterval(KEEP_AFTER_MS)
        self._keep.timeout.connect(self.keep_now)

    # --- the sale being rung up -----------------------------------------------------------------------

    def keep_soon(self) -> None:
        self._keep.start()

    def keep_now(self) -> None:
        """Keep the sale as it stands (on the CPU pool: the disk's flush never holds up a scan)."""
        self._keep.stop()
        work = operations.parking.keep_open_sale(self.folder, self.page.sale)
        self.page.ctx.tasks.run_cpu(work, None, self.page.message.show_error, owner=self)

    def keep_at_once(self) -> None:
        """Kept before this returns (the window closes, or is rebuilt in another language and reads it)."""
        self._keep.stop()
        try:
            operations.parking.keep_open_sale(self.folder, self.page.sale)()
        except DomainError as exc:  # closing goes on; the reason is in the log
            log.warning("%s", exc)

    def restore_kept(self) -> None:
        """The sale that was on the counter when the window last closed, back on it."""
        kept = operations.parking.open_sale_kept(self.folder)
        if kept is None or not kept.lines:
            return
        self.page.show_sale(kept)
        self.page.message.show_info(
            self.tr("The sale in progress was kept: {lines}").format(lines=labels.lines(len(kept.lines)))
        )

    # --- parked sales ---------------------------------------------------------------------------------

    def park(self) -> None:
        """F7: put the sale aside with a note and serve the next customer."""
        if not self.page.sale.lines:
            self.page.message.show_error(self.tr("The cart is empty: there is nothing to park"))
            return
        dialog = ParkDialog(self.page)
        sale, total = self.page.sale.copy(), self.page.total_due
        dialog.bind(
            self.page.ctx.tasks, lambda note: operations.parking.park(sale, note, total), self._parked
        )
        self.park_dialog = open_dialog(dialog)

    def _parked(self, outcome: Outcome[ParkedRecord]) -> None:
        self.page.show_sale(Sale())
        self.page.message.show_success(
            self.tr("Sale parked as #{number}; Shift+F7 recalls it").format(number=outcome.value.number)
        )
        self.page.focus_search()

    def recall(self) -> None:
        """Shift+F7: choose a parked sale and put it back on the counter (an empty one)."""
        if self.page.sale.lines:
            self.page.message.show_error(
                self.tr("Finish or park the sale on the counter first (F7), then recall another")
            )
            return
        dialog = RecallDialog(self.page.ctx.tasks, self.page.ctx.shop.currency, self.page)
        dialog.chosen.connect(self._chosen)
        self.recall_dialog = open_dialog(dialog)

    def _chosen(self, number: int) -> None:
        operations.parking.recall(number).run(self.page.ctx.tasks, self._recalled, self._refused, owner=self)

    def _recalled(self, outcome: Outcome[Sale]) -> None:
        sale = outcome.value
        self.page.show_sale(sale)
        self.page.message.show_success(
            self.tr("Parked sale recalled: {lines}").format(lines=labels.lines(len(sale.lines)))
        )
        self.page.focus_search()

    def _refused(self, error: DomainError) -> None:
        self.page.message.show_error(error)
