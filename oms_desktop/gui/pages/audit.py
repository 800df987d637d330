"""Audit: the trail of sensitive actions (sign-ins that failed, users, settings, the till's cash, refunds,
returns, voids, discounts, price overrides, stock adjustments, backups), newest first, by person, action
and period. Read-only: the trail is written by the actions themselves and checked by `db check`."""

import json
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.formatting import local_time
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.operations.audit import AuditFilter
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.analytics.presets import local_today
from oms_desktop.services.audit_trail import AuditRow
from oms_desktop.services.changes import Changes

translate = QCoreApplication.translate
DEFAULT_DAYS = 7  # the period shown first: the last week, today included

# The actions the core writes to the trail, in the order the filter offers them.
ACTIONS = (
    "sign_in_failed",
    "user_add",
    "user_disable",
    "user_enable",
    "user_pin",
    "settings",
    "till_open",
    "cash_in",
    "cash_out",
    "no_sale",
    "till_close",
    "refund",
    "return",
    "void",
    "discount",
    "price_override",
    "stock_adjust",
    "backup",
    "restore",
)


def action_words(value: str) -> str:
    """An audited action in the window's language (an unknown one as it is stored)."""
    words = {
        "sign_in_failed": translate("AuditAction", "Sign-in failed"),
        "user_add": translate("AuditAction", "User added"),
        "user_disable": translate("AuditAction", "User disabled"),
        "user_enable": translate("AuditAction", "User enabled"),
        "user_pin": translate("AuditAction", "PIN changed"),
        "settings": translate("AuditAction", "Settings changed"),
        "till_open": translate("AuditAction", "Till opened"),
        "cash_in": translate("AuditAction", "Cash in"),
        "cash_out": translate("AuditAction", "Cash out"),
        "no_sale": translate("AuditAction", "Drawer opened (no sale)"),
        "till_close": translate("AuditAction", "Till closed"),
        "refund": translate("AuditAction", "Refund"),
        "return": translate("AuditAction", "Return"),
        "void": translate("AuditAction", "Void"),
        "discount": translate("AuditAction", "Discount"),
        "price_override": translate("AuditAction", "Price override"),
        "stock_adjust": translate("AuditAction", "Stock adjusted"),
        "backup": translate("AuditAction", "Backup"),
        "restore": translate("AuditAction", "Restore"),
    }
    return words.get(value, value)


def snapshot_text(stored: str) -> str:
    """Before/after values as stored ('{"amount": "20.00"}') read as "amount: 20.00"; anything else as is."""
    if not stored:
        return ""
    try:
        values = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(values, dict):
        return stored
    return ", ".join(f"{key}: {value}" for key, value in values.items() if value != "")


class AuditModel(RowsModel[AuditRow]):
    """Audit rows as the service gives them (newest first)."""

    (
        COL_WHEN,
        COL_WHO,
        COL_APPROVER,
        COL_ACTION,
        COL_SUBJECT,
        COL_BEFORE,
        COL_AFTER,
        COL_DETAIL,
        COL_TILL,
    ) = range(9)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Approved by"),
            self.tr("Action"),
            self.tr("Subject"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Detail"),
            self.tr("Till"),
        ]

    def text(self, row: AuditRow, column: int) -> str:
        values = (
            local_time(row.at),
            row.actor,
            row.approver,
            action_words(row.action),
            row.subject,
            snapshot_text(row.before),
            snapshot_text(row.after),
            row.detail,
            row.till,
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: AuditRow, column: int) -> int | str:
        return row.seq if column == self.COL_WHEN else self.text(row, column)

    def decoration(self, row: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.COL_BEFORE,
            self.COL_AFTER,
            self.COL_DETAIL,
        ):
            return self.text(row, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ACTION:
            return row.action  # the stored code, as the command line's `audit list --action` takes it
        return None


class AuditPage(QWidget):
    """Filters (person, action, period) over the read-only trail, newest first."""

    loaded = Signal()  # the rows for the filters as they were when asked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self._stale = True
        self._generation = 0
        self._shown: AuditFilter | None = None  # the filters of the rows on screen

        title = QLabel(self.tr("Audit trail"))
        title.setObjectName("pageTitle")
        self.person = QLineEdit()
        self.person.setObjectName("auditPerson")
        self.person.setPlaceholderText(self.tr("Who did or approved it"))
        self.person.setClearButtonEnabled(True)
        self.person.setMaximumWidth(220)
        self.person.returnPressed.connect(self.refresh)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for value in ACTIONS:
            self.action.addItem(action_words(value), value)
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        today = local_today(ctx.zone)
        self.first_day = self._date_edit("auditFrom", today - timedelta(days=DEFAULT_DAYS - 1))
        self.last_day = self._date_edit("auditTo", today)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("auditRefresh")
        self.refresh_button.setToolTip(self.tr("Read the trail again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Person"), self.person),
            (self.tr("Action"), self.action),
            (self.tr("From"), self.first_day),
            (self.tr("To"), self.last_day),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.refresh_button)
        filters.addStretch()

        self.rows = AuditModel(self)
        self.table = make_table("auditTable", self, sortable=False)
        self.table.setModel(self.rows)
        M = AuditModel
        set_columns(
            self.table,
            {
                M.COL_WHEN: 125,
                M.COL_WHO: 90,
                M.COL_APPROVER: 90,
                M.COL_ACTION: 150,
                M.COL_SUBJECT: 110,
                M.COL_BEFORE: 150,
                M.COL_AFTER: 190,
                M.COL_DETAIL: 150,
                M.COL_TILL: 70,
            },
        )
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.message = MessageBar(self)
        self.message.setObjectName("auditMessage")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.person, self.action)
        self.setTabOrder(self.action, self.first_day)
        self.setTabOrder(self.first_day, self.last_day)
        self.setTabOrder(self.last_day, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        QShortcut(
            QKeySequence("F5"), self, self.refresh, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        ctx.bus.changed.connect(self._on_changed)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        # Not on every digit typed: when the date is complete (Enter, Tab) or picked from the calendar.
        edit.editingFinished.connect(self._date_finished)
        return edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def filters(self) -> AuditFilter:
        return AuditFilter(
            person=self.person.text().strip(),
            action=str(self.action.currentData() or ""),
            first_day=self.first_day.date().toPython(),  # type: ignore[arg-type]
            last_day=self.last_day.date().toPython(),  # type: ignore[arg-type]
        )

    def _date_finished(self) -> None:
        if self.filters() != self._shown:
            self.refresh()

    def refresh(self) -> None:
        """Read the rows for the filters now; an answer overtaken by a newer question is dropped."""
        self._stale = False
        self._generation += 1
        generation, flt = self._generation, self.filters()
        operations.audit.entries(flt).run(
            self.ctx.tasks,
            lambda rows: self._arrived(generation, flt, rows),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _arrived(self, generation: int, flt: AuditFilter, rows: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._shown = flt
        self.rows.set_rows(rows)
        self.message.clear_message()
        if len(rows) >= flt.limit:
            self.count.setText(
                self.tr(
                    "The newest {count} rows: narrow the person, action or period to see older ones"
                ).format(count=flt.limit)
            )
        else:
            self.count.setText(self.tr("Rows: {count}").format(count=len(rows)))
        self.loaded.emit()

    def _failed(self, generation: int, error: DomainError) -> None:
        if generation != self._generation:
            return
        self.message.show_error(error)
        self.loaded.emit()

    def _on_changed(self, _changes: Changes) -> None:
        # Most actions that change something may have written to the trail.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
