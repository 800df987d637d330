"""Putting an order on hold: why (address, payment, stock, other) and what the problem is, both required."""

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from oms_desktop.domain.errors import ValidationError
from oms_desktop.gui import labels
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.services.holds import NOTE_MOST


@dataclass(frozen=True)
class Hold:
    reason: str  # address, payment, stock or other
    note: str


class HoldDialog(FormDialog):
    """The reason from the four and a note; an empty note is the core's refusal, said in the dialog."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdDialog")
        self.set_texts(self.tr("Put order {number} on hold").format(number=number), self.tr("Put on hold"))
        self.reason = QComboBox()
        self.reason.setObjectName("holdReason")
        for value in labels.HOLD_REASONS:
            self.reason.addItem(labels.hold_reason(value), value)
        self.note = QLineEdit()
        self.note.setObjectName("holdNote")
        self.note.setMaxLength(NOTE_MOST)
        self.note.setPlaceholderText(self.tr("e.g. no such street: call the customer"))
        self.form.addRow(QLabel(self.tr("It is neither packed nor shipped until it is released.")))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Note"), self.note)
        self.note.setFocus()

    def value(self) -> Hold:
        note = self.note.text().strip()
        if not note:
            raise ValidationError("hold_note_missing")  # the core's words (error_text), before asking it
        return Hold(str(self.reason.currentData()), note)
