"""The screen a shop with users opens on, and locks back to: a name (or a badge scanned) and a PIN."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.user import Actor
from oms_desktop.gui import error_text, operations
from oms_desktop.gui.tasks import TaskRunner


class SignInScreen(QWidget):
    """Emits `signed_in(actor)` once the PIN checked out; wrong PINs are said in one line."""

    signed_in = Signal(object)

    def __init__(self, tasks: TaskRunner, shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self.tasks = tasks
        title = QLabel(shop_name)
        title.setObjectName("signInTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Sign in: type your name or scan your badge, then your PIN."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("signInName")
        self.name.setPlaceholderText(self.tr("Name or badge"))
        self.pin = QLineEdit()
        self.pin.setObjectName("signInPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        # A badge scanner types the badge and Enter: Enter in the name field moves on to the PIN.
        self.name.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self._busy = False

    def reset(self, message: str = "") -> None:
        """Empty fields, focus on the name: ready for the next person."""
        self.name.clear()
        self.pin.clear()
        self.message.setText(message)
        self._busy = False
        self.button.setEnabled(True)
        self.name.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        if not self.name.text().strip():
            self.message.setText(self.tr("Type your name or scan your badge"))
            self.name.setFocus()
            return
        self._busy = True
        self.button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        operations.people.sign_in(self.name.text(), self.pin.text()).run(
            self.tasks, self._done, self._refused, owner=self
        )

    def _done(self, actor: Actor) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.pin.clear()
        self.message.clear()
        self.signed_in.emit(actor)

    def _refused(self, error: DomainError) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.message.setText(error_text.describe(error))
        self.pin.clear()
        self.pin.setFocus()
