"""Cancel a purchase order, or close it short: why, in a few words (kept in the audit trail)."""

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from oms_desktop.gui.dialogs.form_dialog import FormDialog

REASON_LENGTH = 200


class POReasonDialog(FormDialog):
    """`closing`: close short (the rest will not come); otherwise cancel the whole PO."""

    def __init__(self, number: str, closing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poReasonDialog")
        if closing:
            self.set_texts(self.tr("Close {number} short").format(number=number), self.tr("Close short"))
            hint = self.tr("What is still to come will not come: nothing of it stays on order.")
        else:
            self.set_texts(self.tr("Cancel {number}").format(number=number), self.tr("Cancel the PO"))
            hint = self.tr("The supplier will send nothing of it: nothing of it stays on order.")
        note = QLabel(hint)
        note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("poReason")
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("optional: why"))
        self.form.addRow(note)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def value(self) -> str:
        return self.reason.text().strip()
