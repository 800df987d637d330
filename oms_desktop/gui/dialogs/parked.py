"""Park the sale on the counter with a note (F7), and choose a parked sale to recall (Shift+F7)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui import formatting, labels, operations
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.parked_sales import ParkedRecord


class ParkDialog(FormDialog):
    """A note to find the sale again by ("lady in red coat, getting her wallet"); optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkDialog")
        self.set_texts(self.tr("Park the sale"), self.tr("Park (Enter)"))
        self.note = QLineEdit()
        self.note.setObjectName("parkNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("optional: who it is for, what they went to fetch"))
        self.form.addRow(self.tr("Note"), self.note)
        self.note.setFocus()

    def value(self) -> str:
        return self.note.text().strip()


class RecallDialog(QDialog):
    """The parked sales of this till (or of every till); Enter or a double click recalls the chosen one."""

    chosen = Signal(int)

    def __init__(self, tasks: TaskRunner, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recallDialog")
        self.setWindowTitle(self.tr("Recall a parked sale"))
        self.setMinimumWidth(520)
        self.tasks = tasks
        self.currency = currency
        self.every_till = QCheckBox(self.tr("Every till"))
        self.every_till.setObjectName("recallEveryTill")
        self.list = QListWidget()
        self.list.setObjectName("parkedList")
        self.message = MessageBar(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Recall (Enter)"))
            ok.setObjectName("recallOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Parked sales, oldest first")))
        layout.addWidget(self.every_till)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.every_till.toggled.connect(lambda _on: self.refresh())
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.refresh()

    def refresh(self) -> None:
        operations.parking.parked(self.every_till.isChecked()).run(
            self.tasks, self._show, self.message.show_error, owner=self
        )

    def _show(self, found: list[ParkedRecord]) -> None:
        self.list.clear()
        for sale in found:
            when = formatting.local_time(sale.parked_at)
            text = self.tr("#{number}  {when}  {lines}  {total}  {user} · {till}  {note}").format(
                number=sale.number,
                when=when,
                lines=labels.lines(sale.lines),
                total=formatting.money_with_symbol(sale.total, self.currency),
                user=sale.user,
                till=sale.till,
                note=sale.note,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sale.number)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
            self.message.clear_message()
        else:
            self.message.show_info(self.tr("No sale is parked here"))
        self.list.setFocus()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        super().accept()
