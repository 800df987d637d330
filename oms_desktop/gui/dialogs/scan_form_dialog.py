"""A form dialog whose lines come by scan: Enter in the scan field looks the code up (an empty one submits),
Enter in the results picks, the scan catcher runs while the dialog is shown, and a submit waits for a scan
still on its way. The new-PO and order-change dialogs share it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.scan_catcher import ScanCatcher


class ScanFormDialog(FormDialog):
    """Subclasses set `scan`, `results`, `catcher`, and give `look_up(text)` and `_pick(item)`."""

    scan: QLineEdit
    results: QListWidget
    catcher: ScanCatcher
    _pending = 0  # look-ups under way
    _submit_after = False  # OK was asked while one was

    def look_up(self, text: str) -> None:
        raise NotImplementedError

    def _pick(self, item: QListWidgetItem) -> None:
        raise NotImplementedError

    def _enter_taken(self) -> bool:
        """Whether Enter is this dialog's now (not while it saves)."""
        return True

    def submit(self) -> None:
        if self._pending:
            self._submit_after = True  # a scan still on its way belongs in what is saved
            return
        super().submit()

    def _maybe_submit(self) -> None:
        if self._submit_after and not self._pending:
            self._submit_after = False
            self.submit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._enter_taken():
            focus = self.focusWidget()
            if focus is self.scan:
                event.accept()
                text = self.scan.text()
                self.scan.clear()
                if text.strip():
                    self.look_up(text)
                else:
                    self.submit()
                return
            if focus is self.results:
                event.accept()
                item = self.results.currentItem()
                if item is not None:
                    self._pick(item)
                return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.catcher.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.catcher.stop()
        super().hideEvent(event)
