"""Store credit: a ledger per customer of money the shop owes them in goods.

Every change is a row (issued by a return, spent on a sale, given back when that sale is returned, expired
by a manager, moved out of a duplicate customer into the one it was merged into); the customer's balance
caches their sum and a CHECK keeps it from going below zero.
"""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime


class CreditKind(enum.StrEnum):
    ISSUED = "issued"
    SPENT = "spent"
    EXPIRED = "expired"
    MERGED = "merged"  # moved from a duplicate customer to the one it was merged into (a pair of rows)


class StoreCreditMove(Base):
    __tablename__ = "store_credit_moves"
    __table_args__ = (CheckConstraint("amount_minor <> 0", name="amount_not_zero"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[CreditKind] = mapped_column(
        Enum(CreditKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    amount_minor: Mapped[int] = mapped_column(MINOR_UNITS)  # signed: + issued, - spent or expired
    document: Mapped[str] = mapped_column(String(32), default="")  # the order or return it came with
    note: Mapped[str] = mapped_column(String(200), default="")
    user: Mapped[str] = mapped_column(String(64), default="system")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
