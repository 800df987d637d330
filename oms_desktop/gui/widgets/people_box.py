"""Settings' People box: who works here, with their role; add a person, give a new PIN, disable or enable.
The services decide who may (an owner); the first person added must be the owner."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.changes import Changes
from oms_desktop.services.users import UserRecord

ROLES = ("cashier", "manager", "owner")


class PeopleBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("People"))
        self.setObjectName("peopleBox")
        self.ctx = ctx
        self.people = QListWidget()
        self.people.setObjectName("peopleList")
        self.people.setMaximumHeight(140)
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.role = QComboBox()
        self.role.setObjectName("personRole")
        for role in ROLES:
            self.role.addItem(labels.role(role), role)
        self.pin = QLineEdit()
        self.pin.setObjectName("personPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.badge = QLineEdit()
        self.badge.setObjectName("personBadge")
        self.badge.setPlaceholderText(self.tr("optional: scan their badge"))
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName("addPerson")
        self.pin_button = QPushButton(self.tr("Set new PIN"))
        self.pin_button.setObjectName("setPin")
        self.toggle_button = QPushButton(self.tr("Disable / enable"))
        self.toggle_button.setObjectName("togglePerson")
        self.message = MessageBar(self)
        self.message.setObjectName("peopleMessage")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Badge"), self.badge)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.pin_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.people)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.pin_button.clicked.connect(self.new_pin)
        self.toggle_button.clicked.connect(self.toggle)
        self.people.currentItemChanged.connect(self._chosen)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        operations.people.list_users().run(self.ctx.tasks, self._show, self.message.show_error, owner=self)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.refresh()

    def _show(self, found: list[UserRecord]) -> None:
        self.people.clear()
        for user in found:
            state = "" if user.active else self.tr(" (disabled)")
            item = QListWidgetItem(f"{user.name} — {labels.role(user.role.value)}{state}")
            item.setData(Qt.ItemDataRole.UserRole, (user.name, user.active))
            self.people.addItem(item)
        if not found:
            self.people.addItem(self.tr("Nobody yet: the first person you add is the owner"))
            self.role.setCurrentIndex(self.role.findData("owner"))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if chosen:
            self.name.setText(chosen[0])

    def add(self) -> None:
        operations.people.add_user(
            self.name.text(), self.role.currentData(), self.pin.text(), self.badge.text()
        ).run(self.ctx.tasks, lambda _o: self._done(self.tr("Added")), self.message.show_error, owner=self)

    def new_pin(self) -> None:
        operations.people.set_pin(self.name.text(), self.pin.text()).run(
            self.ctx.tasks, lambda _o: self._done(self.tr("PIN changed")), self.message.show_error, owner=self
        )

    def toggle(self) -> None:
        item = self.people.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not chosen:
            self.message.show_error(self.tr("Choose a person in the list first"))
            return
        name, active = chosen
        operations.people.set_active(name, not active).run(
            self.ctx.tasks, lambda _o: self._done(self.tr("Saved")), self.message.show_error, owner=self
        )

    def _done(self, text: str) -> None:
        self.pin.clear()
        self.badge.clear()
        self.message.show_success(text)
