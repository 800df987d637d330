"""A manager's override on the spot: the refusal, then a manager's name (or badge) and PIN."""

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from oms_desktop.domain.errors import NotAllowed
from oms_desktop.domain.user import Actor
from oms_desktop.gui import error_text, operations
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.tasks import TaskRunner


class ApprovalDialog(FormDialog):
    """Asks for the approving manager; `approved(actor)` once their PIN checked out."""

    def __init__(self, tasks: TaskRunner, refused: NotAllowed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.set_texts(self.tr("Manager approval"), self.tr("Approve"))
        self.reason = QLabel(error_text.describe(refused))
        self.reason.setObjectName("approvalReason")
        self.reason.setWordWrap(True)
        self.form.addRow(self.reason)
        self.manager = QLineEdit()
        self.manager.setObjectName("approvalName")
        self.manager.setPlaceholderText(self.tr("Name or badge"))
        self.pin = QLineEdit()
        self.pin.setObjectName("approvalPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.form.addRow(self.tr("Manager"), self.manager)
        self.form.addRow(self.tr("PIN"), self.pin)
        self.approver: Actor | None = None
        permission = refused.permission

        def check(value: tuple[str, str]) -> None:
            # The approver is kept before the dialog closes: whoever waits on `finished` reads it.
            operations.people.check_approver(value[0], value[1], permission).run(
                tasks, self._checked, self.refuse, owner=self
            )

        self.submitted.connect(check)
        self.manager.setFocus()

    def value(self) -> tuple[str, str]:
        if not self.manager.text().strip():
            raise ValueError(self.tr("Type the manager's name or scan their badge"))
        return self.manager.text(), self.pin.text()

    def refuse(self, message: str | BaseException) -> None:
        self.pin.clear()
        super().refuse(message)
        self.pin.setFocus()

    def _checked(self, actor: Actor) -> None:
        self.approver = actor
        self.finish()


def ask_approval(
    tasks: TaskRunner, parent: Callable[[], QWidget | None]
) -> Callable[[NotAllowed, Callable[[Actor], None], Callable[[], None]], None]:
    """The task runner's hook: open the dialog over whatever window is in front, then go on or give up."""

    def ask(refused: NotAllowed, go_on: Callable[[Actor], None], give_up: Callable[[], None]) -> None:
        dialog = ApprovalDialog(tasks, refused, parent())

        def closed(result: int) -> None:
            approver = dialog.approver
            dialog.deleteLater()
            if result and approver is not None:
                go_on(approver)
            else:
                give_up()

        dialog.finished.connect(closed)
        dialog.open()

    return ask
