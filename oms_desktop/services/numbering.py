"""Human order numbers: SO-2026-000123, one gap-free counter per prefix and year."""

from sqlalchemy import Connection, bindparam, insert, update
from sqlalchemy.orm import Session

from oms_desktop.domain import Sequence

_TAKE_NEXT = (  # built once: every sale takes a number
    update(Sequence)
    .where(Sequence.name == bindparam("counter"))
    .values(last_value=Sequence.last_value + 1)
    .returning(Sequence.last_value)
)


def next_number(session: Session, prefix: str, year: int) -> str:
    """The next number of `prefix` in the shop's calendar `year`."""
    name = f"{prefix}-{year}"
    value = session.connection().execute(_TAKE_NEXT, {"counter": name}).scalar()
    if value is None:
        # First number of the year; a concurrent first insert fails on the key and the action is retried.
        session.execute(insert(Sequence).values(name=name, last_value=1))
        value = 1
    return f"{name}-{value:06d}"


def reserve_block(conn: Connection | Session, prefix: str, year: int, count: int) -> int:
    """Take `count` consecutive numbers at once (bulk imports); returns the first."""
    name = f"{prefix}-{year}"
    last = conn.execute(
        update(Sequence)
        .where(Sequence.name == name)
        .values(last_value=Sequence.last_value + count)
        .returning(Sequence.last_value)
    ).scalar()
    if last is None:
        conn.execute(insert(Sequence).values(name=name, last_value=count))
        last = count
    return int(last) - count + 1


def next_code(session: Session, prefix: str) -> str:
    """The next code of a series that does not restart each year (suppliers: SUP-001)."""
    value = session.connection().execute(_TAKE_NEXT, {"counter": prefix}).scalar()
    if value is None:
        session.execute(insert(Sequence).values(name=prefix, last_value=1))
        value = 1
    return f"{prefix}-{value:03d}"
