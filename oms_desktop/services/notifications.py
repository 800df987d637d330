"""Notifications: what the rules (services/automation.py) tell the shop, for the window's bell and
`oms-desktop notifications list`.

A notification is a message code of domain/messages.py with its fields (stored as JSON, amounts as exact
strings), so the window says it in its own language and the command line in English. It may be about an
order or a product (where a click in the window goes). Reading one marks it read; none is ever deleted.
"""

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.automation import Notification, Rule
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.messages import MESSAGES, Kind, Param, english
from oms_desktop.services.changes import Changes, Outcome

NOTIFICATIONS = "notifications"  # the kind of change a new or read notification is
LIST_MOST = 500


@dataclass(frozen=True)
class NotificationRecord:
    id: int
    code: str
    params: dict[str, Param]
    subject_kind: str  # "order", "product" or ""
    subject: str  # the order number or SKU a click goes to
    rule: str  # the rule that left it ("" when there is none)
    created_at: datetime
    read_at: datetime | None

    @property
    def text(self) -> str:
        """The English text (the command line, the log, an e-mail)."""
        return english(self.code, self.params)

    @property
    def unread(self) -> bool:
        return self.read_at is None


def _stored(params: dict[str, Param]) -> str:
    return json.dumps({k: str(v) if isinstance(v, Decimal) else v for k, v in params.items()}, sort_keys=True)


def _fields(code: str, stored: str) -> dict[str, Param]:
    """The stored fields back, each as its kind wants it (amounts as Decimal)."""
    try:
        raw = json.loads(stored or "{}")
    except ValueError:
        raw = {}
    message = MESSAGES.get(code)
    kinds = message.params if message is not None else {}
    fields: dict[str, Param] = {}
    for name in kinds:
        value = raw.get(name, "")
        fields[name] = value if isinstance(value, int | str) else str(value)
    for name, kind in kinds.items():
        if kind in (Kind.MONEY, Kind.NUMBER) and isinstance(fields[name], str):
            with contextlib.suppress(ArithmeticError):
                fields[name] = Decimal(str(fields[name]))
    return fields


def add(
    session: Session,
    uow: UnitOfWork,
    code: str,
    params: dict[str, Param],
    *,
    subject_kind: str = "",
    subject: str = "",
    rule_id: int | None = None,
) -> Notification:
    """Leave a notification, in the caller's transaction (the one writer of notifications)."""
    if code not in MESSAGES or set(params) != set(MESSAGES[code].params):
        raise TypeError(f"notification {code!r} with fields {sorted(params)}")
    row = Notification(
        code=code,
        params=_stored(params),
        subject_kind=subject_kind,
        subject=subject[:64],
        rule_id=rule_id,
        created_at=uow.now(),
        read_at=None,
    )
    session.add(row)
    session.flush()
    return row


def list_notifications(
    uow: UnitOfWork, *, unread_only: bool = False, limit: int = 100
) -> list[NotificationRecord]:
    """The newest first (at most `limit`, up to 500)."""
    with uow.read() as session:
        query = select(Notification, Rule.name).outerjoin(Rule, Rule.id == Notification.rule_id)
        if unread_only:
            query = query.where(Notification.read_at.is_(None))
        query = query.order_by(Notification.created_at.desc(), Notification.id.desc())
        rows = session.execute(query.limit(max(1, min(limit, LIST_MOST)))).all()
        return [
            NotificationRecord(
                id=n.id,
                code=n.code,
                params=_fields(n.code, n.params),
                subject_kind=n.subject_kind,
                subject=n.subject,
                rule=name or "",
                created_at=n.created_at,
                read_at=n.read_at,
            )
            for n, name in rows
        ]


def unread_count(uow: UnitOfWork) -> int:
    """How many notifications nobody has read yet (the bell's number)."""
    with uow.read() as session:
        return int(session.scalar(select(func.count()).where(Notification.read_at.is_(None))) or 0)


def mark_read(uow: UnitOfWork, ids: list[int] | None = None) -> Outcome[int]:
    """Mark these notifications read (None: every unread one); how many were unread. An unknown id is
    refused and nothing is marked."""

    def action(session: Session) -> Outcome[int]:
        if ids is not None:
            known = set(session.scalars(select(Notification.id).where(Notification.id.in_(ids))))
            missing = sorted(set(ids) - known)
            if missing:
                raise NotFound("unknown_notification", number=missing[0])
        query = update(Notification).where(Notification.read_at.is_(None)).values(read_at=uow.now())
        if ids is not None:
            query = query.where(Notification.id.in_(ids))
        count = getattr(session.execute(query), "rowcount", 0)
        return Outcome(int(count or 0), Changes.of(NOTIFICATIONS, ids or ()))

    return uow.run(action)
