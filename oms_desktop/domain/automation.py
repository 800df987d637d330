"""Rules the owner sets (a trigger and an action), each firing of one, and the notifications they leave.

Which action goes with which trigger, what a rule's values may be, and how long a failed action waits
before it is tried again are written here once (services/automation.py runs them).

A rule fires at most once per event: a firing is keyed by the rule and the event ("order:SO-2026-000012",
"stock:TEA-1:2026-12-04"), unique in the table. A firing whose action failed keeps its error and is tried
again later; it is never dropped. A notification says what happened by a message code and its fields
(domain/messages.py), so the window says it in the user's language.
"""

import enum
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Boolean, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base, UtcDateTime
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.order import Channel


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e])


class Trigger(enum.StrEnum):
    ORDER_CREATED = "order_created"  # value: a channel, or "" for any
    ORDER_PAID = "order_paid"
    ORDER_OVERDUE = "order_overdue"  # value: days after its due date
    PAID_NOT_SHIPPED = "paid_not_shipped"  # value: hours since it was paid
    STOCK_LOW = "stock_low"  # available below the reorder point
    TILL_VARIANCE = "till_variance"  # a till closed with a count off; value: the least variance, or ""
    STOCK_SUMMARY = "stock_summary"  # once a day: how many products are below their reorder point


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


ORDER_TRIGGERS = frozenset(
    {Trigger.ORDER_CREATED, Trigger.ORDER_PAID, Trigger.ORDER_OVERDUE, Trigger.PAID_NOT_SHIPPED}
)
# What each trigger may set off: an order can be printed (its receipt) or held, a till's Z report printed,
# a low product reordered; anything can be told (a notification, an e-mail).
ACTIONS_FOR: dict[Trigger, frozenset[RuleAction]] = {
    **{
        t: frozenset({RuleAction.NOTIFY, RuleAction.EMAIL, RuleAction.PRINT, RuleAction.HOLD})
        for t in ORDER_TRIGGERS
    },
    Trigger.STOCK_LOW: frozenset({RuleAction.NOTIFY, RuleAction.EMAIL, RuleAction.REORDER}),
    Trigger.STOCK_SUMMARY: frozenset({RuleAction.NOTIFY, RuleAction.EMAIL}),
    Trigger.TILL_VARIANCE: frozenset({RuleAction.NOTIFY, RuleAction.EMAIL, RuleAction.PRINT}),
}

NAME_MOST = 100
DAYS_MOST = 365
HOURS_MOST = 24 * 90
# A failed action is tried again after these waits; after the last try the firing is failed and shown.
RETRY_AFTER = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
ATTEMPTS_MOST = len(RETRY_AFTER) + 1
# A firing a runner is carrying out: another runner leaves it alone this long (then it was lost: retried).
LEASE = timedelta(minutes=10)
_ADDRESS = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")


def retry_wait(attempts: int) -> timedelta | None:
    """How long a firing that has failed `attempts` times waits before its next try; None: no more tries."""
    return RETRY_AFTER[attempts - 1] if 1 <= attempts <= len(RETRY_AFTER) else None


@dataclass(frozen=True)
class RuleValues:
    """What a rule is given, before it is stored: the trigger's value and the action's (see the enums)."""

    name: str
    trigger: Trigger
    action: RuleAction
    channel: str = ""  # order created / paid: only orders of this channel ("": any)
    days: int | None = None  # order overdue: days after the due date
    hours: int | None = None  # paid, not shipped: hours after it was paid
    over: Decimal | None = None  # till variance: only a variance at least this large (None: any)
    email: str = ""  # e-mail: the addresses, comma-separated
    printer: str = ""  # print: the printer's setting ("": this computer's receipt printer)


def stored_values(values: RuleValues) -> tuple[str, str, str]:
    """The rule's name, trigger value and action value as stored; refuses what cannot make a rule."""
    name = " ".join(values.name.split())
    if not name:
        raise ValidationError("rule_name_missing")
    if len(name) > NAME_MOST or not name.isprintable():
        raise ValidationError("rule_name_invalid", most=NAME_MOST)
    trigger, action = values.trigger, values.action
    if action not in ACTIONS_FOR[trigger]:
        raise ValidationError(
            "rule_action_not_for_trigger",
            action=action.value,
            trigger=trigger.value.replace("_", "-"),
            choices=", ".join(sorted(a.value for a in ACTIONS_FOR[trigger])),
        )
    return name, _trigger_value(values), _action_value(values)


def _word(trigger: Trigger) -> str:
    """A trigger as the command line writes it (order-overdue)."""
    return trigger.value.replace("_", "-")


def _trigger_value(values: RuleValues) -> str:
    trigger = values.trigger
    if values.channel and trigger not in (Trigger.ORDER_CREATED, Trigger.ORDER_PAID):
        raise ValidationError("rule_value_not_for_trigger", value="channel", trigger=_word(trigger))
    if values.days is not None and trigger is not Trigger.ORDER_OVERDUE:
        raise ValidationError("rule_value_not_for_trigger", value="days", trigger=_word(trigger))
    if values.hours is not None and trigger is not Trigger.PAID_NOT_SHIPPED:
        raise ValidationError("rule_value_not_for_trigger", value="hours", trigger=_word(trigger))
    if values.over is not None and trigger is not Trigger.TILL_VARIANCE:
        raise ValidationError("rule_value_not_for_trigger", value="over", trigger=_word(trigger))
    if trigger in (Trigger.ORDER_CREATED, Trigger.ORDER_PAID):
        channel = values.channel.strip().lower()
        if channel and channel not in {c.value for c in Channel}:
            raise ValidationError(
                "rule_channel_unknown", channel=channel[:30], choices=", ".join(c.value for c in Channel)
            )
        return channel
    if trigger is Trigger.ORDER_OVERDUE:
        if values.days is None or not 1 <= values.days <= DAYS_MOST:
            raise ValidationError("rule_days_needed", most=DAYS_MOST)
        return str(values.days)
    if trigger is Trigger.PAID_NOT_SHIPPED:
        if values.hours is None or not 1 <= values.hours <= HOURS_MOST:
            raise ValidationError("rule_hours_needed", most=HOURS_MOST)
        return str(values.hours)
    if trigger is Trigger.TILL_VARIANCE and values.over is not None:
        over = values.over
        if not over.is_finite() or over <= 0 or over != over.quantize(Decimal("0.01")) or over > 10**9:
            raise ValidationError("rule_variance_invalid", amount=str(over)[:30])
        return f"{over:.2f}"
    return ""


def _action_value(values: RuleValues) -> str:
    action = values.action
    if values.email and action is not RuleAction.EMAIL:
        raise ValidationError("rule_value_not_for_action", value="email", action=action.value)
    if values.printer and action is not RuleAction.PRINT:
        raise ValidationError("rule_value_not_for_action", value="printer", action=action.value)
    if action is RuleAction.EMAIL:
        return ", ".join(mail_addresses(values.email))
    if action is RuleAction.PRINT:
        printer = values.printer.strip()
        if len(printer) > 200 or not printer.isprintable():
            raise ValidationError("rule_printer_invalid")
        return printer
    return ""


def mail_addresses(text: str) -> list[str]:
    """The addresses of a comma-separated list, each user@host.domain; at least one."""
    found = [a.strip() for a in re.split(r"[,;]", text) if a.strip()]
    if not found:
        raise ValidationError("rule_email_needed")
    for address in found:
        if not _ADDRESS.fullmatch(address) or len(address) > 200:
            raise ValidationError("email_address_invalid", address=address[:80])
    if len(", ".join(found)) > 200:
        raise ValidationError("rule_email_too_long", most=200)
    return found


def days_of(rule: Rule) -> int:
    return int(rule.trigger_value)


def hours_of(rule: Rule) -> int:
    return int(rule.trigger_value)


def least_variance(rule: Rule) -> Decimal:
    """A till-variance rule's threshold (a cent when it has none: any variance)."""
    try:
        return Decimal(rule.trigger_value) if rule.trigger_value else Decimal("0.01")
    except InvalidOperation:
        return Decimal("0.01")
