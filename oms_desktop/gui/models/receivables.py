"""What customers owe as of a day: one row per customer with the five ageing buckets and a total row
(ReceivablesModel), and the open orders behind the chosen customer's balance (OpenOrdersModel)."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from oms_desktop.gui.formatting import minor, money
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.services.receivables import BUCKETS, CustomerBalance, OpenOrder, Receivables


@dataclass(frozen=True)
class BalanceRow:
    """A customer's row, or the total row (no customer) under them."""

    code: str
    name: str
    terms_days: int | None
    credit_limit: Decimal | None
    balance: Decimal
    buckets: dict[str, Decimal]
    customer: CustomerBalance | None = field(default=None, compare=False)

    @property
    def is_total(self) -> bool:
        return self.customer is None


class ReceivablesModel(RowsModel[BalanceRow]):
    """Customers who owe something, the largest balance first, then the total of every column."""

    COL_CODE, COL_NAME, COL_TERMS, COL_BALANCE = range(4)
    COL_BUCKET = 4  # the five ageing buckets follow, in receivables.BUCKETS order
    COL_LIMIT = COL_BUCKET + len(BUCKETS)
    RIGHT_ALIGNED = frozenset({COL_TERMS, COL_BALANCE, COL_LIMIT, *range(COL_BUCKET, COL_LIMIT)})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.found: Receivables | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Customer"),
            self.tr("Terms"),
            self.tr("Balance"),
            self.tr("Not yet due"),
            self.tr("1–30 days"),
            self.tr("31–60 days"),
            self.tr("61–90 days"),
            self.tr("Over 90 days"),
            self.tr("Credit limit"),
        ]

    def show(self, found: Receivables) -> None:
        self.found = found
        rows = [
            BalanceRow(c.code, c.name, c.terms_days, c.credit_limit, c.balance, c.buckets, c)
            for c in found.customers
        ]
        rows.append(BalanceRow("", self.tr("Total"), None, None, found.total, found.totals))
        self.set_rows(rows)

    def text(self, row: BalanceRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_TERMS:
            return "" if row.terms_days is None else self.tr("{days} d").format(days=row.terms_days)
        if column == self.COL_BALANCE:
            return money(row.balance)
        if self.COL_BUCKET <= column < self.COL_LIMIT:
            amount = row.buckets[BUCKETS[column - self.COL_BUCKET]]
            return money(amount) if amount else ""
        if column == self.COL_LIMIT:
            return money(row.credit_limit)
        return ""

    def sort_key(self, row: BalanceRow, column: int) -> int | str:
        if column == self.COL_TERMS:
            return row.terms_days or 0
        if column == self.COL_BALANCE:
            return minor(row.balance)
        if self.COL_BUCKET <= column < self.COL_LIMIT:
            return minor(row.buckets[BUCKETS[column - self.COL_BUCKET]])
        if column == self.COL_LIMIT:
            return minor(row.credit_limit)
        return self.text(row, column)

    def decoration(self, row: BalanceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        over_limit = row.credit_limit is not None and row.credit_limit > 0 and row.balance > row.credit_limit
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and over_limit
            and column in (self.COL_BALANCE, self.COL_LIMIT)
        ):
            return self.tr("Owes more than the credit limit")
        return None

    def row_of(self, code: str) -> int | None:
        return self.find(lambda row: row.code == code and not row.is_total)


class OpenOrdersModel(RowsModel[OpenOrder]):
    """The orders behind one customer's balance, the oldest first: day, due date, days late and owed."""

    COL_NUMBER, COL_DAY, COL_DUE, COL_LATE, COL_TOTAL, COL_PAID, COL_OWED = range(7)
    RIGHT_ALIGNED = frozenset({COL_LATE, COL_TOTAL, COL_PAID, COL_OWED})

    def headers(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Day"),
            self.tr("Due"),
            self.tr("Days late"),
            self.tr("Due amount"),
            self.tr("Paid"),
            self.tr("Owed"),
        ]

    def text(self, row: OpenOrder, column: int) -> str:
        match column:
            case self.COL_NUMBER:
                return row.number
            case self.COL_DAY:
                return row.day.isoformat()
            case self.COL_DUE:
                return row.due.isoformat()
            case self.COL_LATE:
                return f"{row.days_late:,}" if row.days_late > 0 else ""
            case self.COL_TOTAL:
                return money(row.total)
            case self.COL_PAID:
                return money(row.paid) if row.paid else ""
            case self.COL_OWED:
                return money(row.balance)
        return ""

    def sort_key(self, row: OpenOrder, column: int) -> int | str:
        match column:
            case self.COL_LATE:
                return row.days_late
            case self.COL_TOTAL:
                return minor(row.total)
            case self.COL_PAID:
                return minor(row.paid)
            case self.COL_OWED:
                return minor(row.balance)
        return self.text(row, column)

    def decoration(self, row: OpenOrder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.days_late <= 0:
            return self.tr("Not yet due")
        return None
