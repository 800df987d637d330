"""Customers matching a search by name, phone, code or e-mail, read a page at a time."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import labels
from oms_desktop.gui.formatting import minor, money
from oms_desktop.gui.models.base import SearchedPagedModel
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services import customers
from oms_desktop.services.changes import Changes
from oms_desktop.services.records import CustomerRecord


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: the search text and the sort, both applied by the database."""

    text: str = ""
    sort: str = "name"
    descending: bool = False


class CustomersModel(SearchedPagedModel[CustomerRecord]):
    """The customer list, searched and sorted in the database; any change to customers reads it again."""

    COL_CODE, COL_NAME, COL_PHONE, COL_EMAIL, COL_TIER, COL_CREDIT = range(6)
    RIGHT_ALIGNED = frozenset({COL_CREDIT})
    SORT_KEYS = {
        COL_CODE: "code",
        COL_NAME: "name",
        COL_PHONE: "phone",
        COL_EMAIL: "email",
        COL_TIER: "tier",
        COL_CREDIT: "credit",
    }

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None, *, idle: bool = False) -> None:
        super().__init__(tasks, CustomerQuery(), parent, idle=idle)
        tasks.bus.changed.connect(self.on_changed)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Price tier"),
            self.tr("Credit limit"),
        ]

    def text(self, row: CustomerRecord, column: int) -> str:
        match column:
            case self.COL_CODE:
                return row.code
            case self.COL_NAME:
                return row.name
            case self.COL_PHONE:
                return row.phone
            case self.COL_EMAIL:
                return row.email
            case self.COL_TIER:
                return labels.price_tier(row.price_tier)
            case self.COL_CREDIT:
                return money(row.credit_limit)
        return ""

    def sort_key(self, row: CustomerRecord, column: int) -> int | str:
        if column == self.COL_CREDIT:
            return minor(row.credit_limit)
        return self.text(row, column)

    def load_page(
        self, uow: UnitOfWork, query: CustomerQuery, cursor: Any, limit: int
    ) -> tuple[list[CustomerRecord], Any]:
        offset = cursor or 0
        rows = customers.search_customers(
            uow, query.text, limit=limit, offset=offset, sort=query.sort, descending=query.descending
        )
        return rows, (offset + len(rows) if len(rows) == limit else None)

    def row_of(self, code: str) -> int | None:
        return self.find(lambda row: row.code == code)

    def on_changed(self, changes: Changes) -> None:
        if changes.customers and not self.idle:
            self.reload()
