"""The trail of sensitive actions: who, who approved, when, what, before and after, chained by hash.

Each row's hash covers its own fields and the hash of the row before it, so a row edited or deleted by hand
breaks the chain where it happened; `db check` walks it (services/audit_trail.verify).
"""

import hashlib
import json
from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base, UtcDateTime

GENESIS = "0" * 64


class AuditRecord(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    approver: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32), index=True)
    subject: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(String(500), default="")
    till: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def row_hash(record: AuditRecord) -> str:
    """The hash of a row's own fields and the row before it (microseconds kept: both databases store them)."""
    fields = [
        record.seq,
        record.at.isoformat(timespec="microseconds"),
        record.actor,
        record.approver,
        record.action,
        record.subject,
        record.before,
        record.after,
        record.detail,
        record.till,
        record.prev_hash,
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()
