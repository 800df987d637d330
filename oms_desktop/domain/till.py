"""A till's session: opened with a float, cash paid in and out, closed with a blind count and a Z report.

A till is a name per computer. It has at most one open session (a partial unique index). The Z report is
numbered per till without gaps when the session closes, and is kept as it was printed: a closed session's
report is stored whole (`report`) and reprinted from there, never recomputed.
"""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime


class SessionState(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CashMoveKind(enum.StrEnum):
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
    NO_SALE = "no_sale"  # the drawer opened without a sale: no money, but counted and audited


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class TillSession(Base):
    __tablename__ = "till_sessions"
    __table_args__ = (
        Index(
            "ux_till_sessions_open",
            "till",
            unique=True,
            sqlite_where=text("state = 'open'"),
            postgresql_where=text("state = 'open'"),
        ),
        UniqueConstraint("till", "z_number", name="uq_till_sessions_z"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    till: Mapped[str] = mapped_column(String(64))
    state: Mapped[SessionState] = mapped_column(_enum(SessionState))
    float_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    opened_by: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    z_number: Mapped[int | None] = mapped_column(Integer)
    expected_minor: Mapped[int | None] = mapped_column(MINOR_UNITS)
    counted_minor: Mapped[int | None] = mapped_column(MINOR_UNITS)
    report: Mapped[str] = mapped_column(Text, default="")  # the Z report as JSON, as it was closed

    moves: Mapped[list["CashMove"]] = relationship(
        back_populates="session", order_by="CashMove.id", cascade="all, delete-orphan"
    )


class CashMove(Base):
    __tablename__ = "till_cash_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("till_sessions.id"), index=True)
    kind: Mapped[CashMoveKind] = mapped_column(_enum(CashMoveKind))
    amount_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    reason: Mapped[str] = mapped_column(String(200), default="")
    user: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime)

    session: Mapped[TillSession] = relationship(back_populates="moves")
