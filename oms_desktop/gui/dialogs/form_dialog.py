"""The shape every input dialog shares: a form, a message line, OK that submits once, and a refusal
from the core shown in the dialog (which stays open so that the user can correct the input)."""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui.operations import Op
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.message_bar import MessageBar

T = TypeVar("T")


class FormDialog(QDialog):
    """Subclasses call `set_texts`, fill `form` and implement `value()` (raise ValueError or DomainError
    to refuse).

    OK emits `submitted(value)` and disables itself until `finish()` or `refuse(message)`, so pressing
    Enter twice submits once.
    """

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self._busy = False
        self.form = QFormLayout()
        self.message = MessageBar(self)
        self.message.setObjectName("dialogMessage")
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("dialogOk")
        self.ok_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)

    def set_texts(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)

    def value(self) -> Any:
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        if self._busy:
            return
        try:
            value = self.value()
        except (ValueError, DomainError) as exc:
            self.message.show_error(exc)
            return
        self._busy = True
        self.buttons.setEnabled(False)
        self.message.show_info(self.tr("Working…"))
        self.submitted.emit(value)

    def refuse(self, message: str | BaseException) -> None:
        """The action was refused: say why and let the user correct the input."""
        self._busy = False
        self.buttons.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.message.show_error(message)

    def finish(self) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.accept()

    def bind(
        self,
        tasks: TaskRunner,
        operation: Callable[[Any], Op[T]],
        done: Callable[[T], None] | None = None,
        *,
        label: str | None = None,
    ) -> None:
        """On submit run the operation made from the dialog's value (`operation(value)`); close on success,
        show the refusal otherwise."""

        def succeeded(result: T) -> None:
            self.finish()
            if done is not None:
                done(result)

        def run(value: Any) -> None:
            operation(value).run(
                tasks,
                succeeded,
                self.refuse,
                label=label,
                owner=self,
            )

        self.submitted.connect(run)

    def reject(self) -> None:
        # Closing while the action runs would lose its answer: wait for it (the result may be a refusal).
        if not self._busy:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter while the action is running must neither close the dialog nor submit again.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._busy:
            event.accept()
            return
        super().keyPressEvent(event)
