"""The hand-checked shop (on SQLite and PostgreSQL) and plain-SQL helpers over the demo shop."""

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from oms_desktop.db.engine import sqlite_path
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services.periods import Period
from tests.reports.shop import SHOP_ZONE, Shop, build_shop


@pytest.fixture
def shop(uow: UnitOfWork) -> Shop:
    return build_shop(uow)


@pytest.fixture
def demo_shop(demo_uow: UnitOfWork) -> UnitOfWork:
    """The demo shop's database, read as a shop in UTC+8 (for payments, shipments and stock movements)."""
    return UnitOfWork(demo_uow.engine, zone=SHOP_ZONE)


@pytest.fixture
def raw_demo(demo_url: str) -> Iterator[sqlite3.Connection]:
    """The demo shop through the plain sqlite3 module: the independent side of the comparisons."""
    path = sqlite_path(demo_url)
    assert path is not None
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def stamp(moment: datetime) -> str:
    """A UTC instant as SQLAlchemy stores it in SQLite (naive text), for comparisons in raw SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def parse(text: str) -> datetime:
    """A stored timestamp -> aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def demo_period(raw_demo: sqlite3.Connection) -> Period:
    """The last 90 local (UTC+8) days of the demo shop's trade."""
    (last,) = raw_demo.execute("SELECT MAX(created_at) FROM orders").fetchone()
    end = parse(last).astimezone(SHOP_ZONE).date()
    return Period(end - timedelta(days=89), end)


def days(period: Period) -> tuple[int, int]:
    """The period's first and last business day (YYYYMMDD), for orders.business_day in raw SQL."""
    return period.start.year * 10000 + period.start.month * 100 + period.start.day, (
        period.end.year * 10000 + period.end.month * 100 + period.end.day
    )


def bounds(period: Period) -> tuple[str, str]:
    lo, hi = period.utc_bounds(SHOP_ZONE)
    return stamp(lo), stamp(hi)


def local_day(text: str) -> date:
    return parse(text).astimezone(SHOP_ZONE).date()
