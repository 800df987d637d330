"""Rules the owner sets (a trigger and an action), each firing of one, and the notifications they leave.

A rule fires at most once per event: a firing is keyed by the rule and the event ("order:SO-2026-000012",
"stock:TEA-1:2026-12-04"), unique in the table. A firing whose action failed keeps its error and is tried
again later; it is never dropped. A notification says what happened by a message code and its fields
(domain/messages.py), so the window says it in the user's language.
"""

import enum
from datetime import datetime

from sqlalchemy import Boolean, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base, UtcDateTime


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e])


class Trigger(enum.StrEnum):
    ORDER_CREATED = "order_created"  # value: a channel, or "" for any
    ORDER_PAID = "order_paid"
    ORDER_OVERDUE = "order_overdue"  # value: days after its due date
    PAID_NOT_SHIPPED = "paid_not_shipped"  # value: hours since it was paid
    STOCK_LOW = "stock_low"  # available below the reorder point
    TILL_VARIANCE = "till_variance"  # a till closed with a count off


class RuleAction(enum.StrEnum):
    NOTIFY = "notify"
    PRINT = "print"  # value: the document, and the printer setting
    HOLD = "hold"  # the order is put on hold (reason other, the rule's name as note)
    REORDER = "reorder"  # a draft purchase order is created or extended
    EMAIL = "email"  # value: the address


class FiringState(enum.StrEnum):
    PENDING = "pending"  # to be carried out (again, after a failure)
    DONE = "done"
    FAILED = "failed"  # given up after the last try; shown, never lost


class Rule(Base):
    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    trigger: Mapped[Trigger] = mapped_column(_enum(Trigger))
    trigger_value: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[RuleAction] = mapped_column(_enum(RuleAction))
    action_value: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class RuleFiring(Base):
    __tablename__ = "rule_firings"
    __table_args__ = (
        UniqueConstraint("rule_id", "event_key"),
        Index("ix_rule_firings_state_next", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("rules.id"))
    event_key: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(64), default="")  # the order number or SKU it is about
    fired_at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[FiringState] = mapped_column(_enum(FiringState))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_read_created", "read_at", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64))  # a message code of domain/messages.py
    params: Mapped[str] = mapped_column(Text, default="{}")  # its fields, as JSON
    subject_kind: Mapped[str] = mapped_column(String(16), default="")  # "order", "product" or ""
    subject: Mapped[str] = mapped_column(String(64), default="")  # where a click goes
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("rules.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
