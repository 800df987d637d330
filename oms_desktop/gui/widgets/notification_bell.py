"""The notification centre: a bell with the unread count (in the main window's status bar) that opens the
list of what the rules said. A click on a notification marks it read and goes to its order or product;
"Mark all read" clears the count. The texts are the message codes said in the window's language
(gui/error_text.py)."""

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import error_text, formatting, operations, resources
from oms_desktop.gui.context import AppContext
from oms_desktop.services.changes import Changes
from oms_desktop.services.notifications import NOTIFICATIONS, NotificationRecord

SHOWN = 100  # the newest notifications the list shows
LIST_STYLE = """
QListWidget#notificationItems::item { border-bottom: 1px solid #d9d9d9; }
QListWidget#notificationItems::item:hover { background: #e8f3e8; }
"""
BELL_STYLE = """
QToolButton#notificationBell[unread="true"] { color: #b00020; font-weight: bold; }
"""


class NotificationList(QFrame):
    """The list the bell opens (a popup: a click elsewhere closes it)."""

    chosen = Signal(object)  # NotificationRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Notifications"))
        self.title.setObjectName("notificationTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.read_all = QPushButton(self.tr("Mark all read"))
        self.read_all.setObjectName("markAllRead")
        self.items = QListWidget()
        self.items.setObjectName("notificationItems")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items.setAlternatingRowColors(True)
        self.items.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.items.setStyleSheet(LIST_STYLE)
        self.items.setSpacing(3)  # not the style's padding: Qt leaves it out of a wrapped item's height
        self.items.setCursor(Qt.CursorShape.PointingHandCursor)
        self.items.itemActivated.connect(self._activated)
        self.items.itemClicked.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing yet. Rules you add in Settings leave their notifications here."))
        self.empty.setObjectName("notificationsEmpty")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.read_all)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.items, 1)
        column.addWidget(self.empty)
        self.resize(460, 420)

    def show_rows(self, rows: list[NotificationRecord]) -> None:
        self.items.clear()
        for row in rows:
            when = formatting.local_time(row.created_at)
            said = error_text.message_text(row.code, row.params)
            where = self.tr("rule {rule}").format(rule=row.rule) if row.rule else ""
            item = QListWidgetItem(f"{said}\n{when}   {where}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(self._goes_to(row))
            if row.unread:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.items.addItem(item)
        self.empty.setVisible(not rows)
        self.items.setVisible(bool(rows))
        self.read_all.setEnabled(any(r.unread for r in rows))

    def _goes_to(self, row: NotificationRecord) -> str:
        if row.subject_kind == "order" and row.subject:
            return self.tr("Click to open order {number}").format(number=row.subject)
        if row.subject_kind == "product" and row.subject:
            return self.tr("Click to open product {sku}").format(sku=row.subject)
        if row.subject_kind == "product":
            return self.tr("Click to open Products & Stock")
        return ""

    def _activated(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, NotificationRecord):
            self.chosen.emit(row)


class NotificationBell(QToolButton):
    """The bell and its count; `open_order(number)` and `open_product(sku)` ("": the stock page) when a
    notification is clicked."""

    open_order = Signal(str)
    open_product = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.ctx = ctx
        self.unread = 0
        self.setIcon(resources.icon("bell"))
        self.setIconSize(QSize(18, 18))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setStyleSheet(BELL_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.popup = NotificationList(self)
        self.popup.chosen.connect(self._chosen)
        self.popup.read_all.clicked.connect(self.mark_all_read)
        self.clicked.connect(self.show_list)
        ctx.bus.changed.connect(self._on_changed)
        self.show_count(0)
        self.refresh()

    def show_count(self, unread: int) -> None:
        """The count on the bell (shown from a rules' run or a read of the database)."""
        self.unread = unread
        self.setText(str(unread) if unread else "")
        self.setToolTip(
            self.tr("{count} unread: click to see them").format(count=unread)
            if unread
            else self.tr("Notifications: none unread")
        )
        self.setProperty("unread", bool(unread))
        self.style().unpolish(self)
        self.style().polish(self)

    def show_count_of_run(self, _summary: object, unread: int) -> None:
        """What a rules' run (gui/rule_runner.py) found unread."""
        self.show_count(unread)

    def refresh(self) -> None:
        operations.rules.unread_count().run(self.ctx.tasks, self.show_count, self._failed, owner=self)

    def show_list(self) -> None:
        """Open the list above the bell, the newest first (read on the database worker)."""
        operations.rules.list_notifications(SHOWN).run(self.ctx.tasks, self._listed, self._failed, owner=self)

    def _listed(self, rows: list[NotificationRecord]) -> None:
        self.popup.show_rows(rows)
        corner = self.mapToGlobal(QPoint(self.width(), 0))
        self.popup.move(corner.x() - self.popup.width(), corner.y() - self.popup.height() - 4)
        self.popup.show()
        self.popup.items.setFocus()

    def mark_all_read(self) -> None:
        operations.rules.mark_read(None).run(
            self.ctx.tasks, lambda _o: self.show_list(), self._failed, owner=self
        )

    def _chosen(self, row: NotificationRecord) -> None:
        self.popup.hide()
        if row.unread:
            operations.rules.mark_read([row.id]).run(self.ctx.tasks, None, self._failed, owner=self)
        if row.subject_kind == "order" and row.subject:
            self.open_order.emit(row.subject)
        elif row.subject_kind == "product":
            self.open_product.emit(row.subject)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(NOTIFICATIONS):
            self.refresh()

    def _failed(self, error: DomainError) -> None:
        self.setToolTip(error_text.describe(error))
