"""The audit trail of sensitive actions: written in the action's own transaction, chained by hash, read by
person, action and period, and walked by `db check` to find a row edited or deleted by hand."""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.audit_log import GENESIS, AuditRecord, row_hash

_LAST = select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
# PostgreSQL: one writer of the chain at a time (SQLite's BEGIN IMMEDIATE already queues writers).
_PG_LOCK = text("SELECT pg_advisory_xact_lock(7324001)")


def snapshot(values: Mapping[str, object] | None) -> str:
    """Before/after values as compact JSON with exact strings (money stays as it was written)."""
    if not values:
        return ""
    return json.dumps({k: str(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def record(
    session: Session,
    uow: UnitOfWork,
    action: str,
    subject: str = "",
    *,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    detail: str = "",
    actor: str | None = None,
    approver: str | None = None,
) -> AuditRecord:
    """Append one row to the chain, in the caller's transaction (kept only if the action is)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_PG_LOCK)
    last = session.execute(_LAST).first()
    seq, prev = (last[0] + 1, last[1]) if last is not None else (1, GENESIS)
    row = AuditRecord(
        seq=seq,
        at=uow.now().astimezone(UTC),  # hashed as the database hands it back: UTC
        actor=(actor if actor is not None else uow.user)[:64],
        approver=(approver if approver is not None else (uow.approver.name if uow.approver else ""))[:64],
        action=action[:32],
        subject=subject[:64],
        before=snapshot(before),
        after=snapshot(after),
        detail=detail[:500],
        till=uow.till[:64],
        prev_hash=prev,
    )
    row.hash = row_hash(row)
    session.add(row)
    session.flush()
    return row


def head(session: Session) -> str:
    """The hash of the newest row (a Z report keeps it: a row deleted later from before it is detected)."""
    last = session.execute(_LAST).first()
    return last[1] if last is not None else GENESIS


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    approver: str
    action: str
    subject: str
    before: str
    after: str
    detail: str
    till: str


def entries(
    uow: UnitOfWork,
    *,
    person: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """The newest rows first, filtered by person (who did it or approved it), action and period [since, until)."""
    query = select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(limit)
    if person:
        who = person.strip()
        query = query.where((AuditRecord.actor == who) | (AuditRecord.approver == who))
    if action:
        query = query.where(AuditRecord.action == action.strip())
    if since is not None:
        query = query.where(AuditRecord.at >= since)
    if until is not None:
        query = query.where(AuditRecord.at < until)
    with uow.read() as session:
        return [
            AuditRow(
                r.seq, r.at, r.actor, r.approver, r.action, r.subject, r.before, r.after, r.detail, r.till
            )
            for r in session.scalars(query)
        ]


def verify(session: Session, limit: int = 20) -> list[str]:
    """Where the chain is broken: a row whose fields no longer give its hash (edited), a missing number or a
    link to another hash than the row before (deleted or inserted). Empty when the chain holds."""
    found: list[str] = []
    prev, expected_seq = GENESIS, 1
    for row in session.scalars(
        select(AuditRecord).order_by(AuditRecord.seq).execution_options(yield_per=2000)
    ):
        if row.seq != expected_seq:
            found.append(f"audit rows {expected_seq}..{row.seq - 1} are missing (deleted)")
        elif row.prev_hash != prev:
            found.append(f"audit row {row.seq} does not follow the row before it (a row was replaced)")
        if row_hash(row) != row.hash:
            found.append(
                f"audit row {row.seq} ({row.action} by {row.actor}) was changed after it was written"
            )
        prev, expected_seq = row.hash, row.seq + 1
        if len(found) >= limit:
            break
    return found
