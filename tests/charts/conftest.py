"""Report data for the charts: the hand-checked shop (tests/reports/shop.py), an empty period, the demo shop."""

from datetime import date
from typing import Any

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services.analytics.catalog import REPORTS, ReportOptions, run_report
from oms_desktop.services.periods import Period
from tests.reports.shop import PERIOD, SHOP_ZONE, build_shop

OPTIONS = ReportOptions()


@pytest.fixture
def shop_data(sqlite_uow: UnitOfWork) -> dict[str, Any]:
    """Every report for the shop's week, by chart name."""
    uow = build_shop(sqlite_uow).uow
    return {name: run_report(name, uow, PERIOD, OPTIONS) for name in REPORTS}


@pytest.fixture
def empty_data(sqlite_uow: UnitOfWork) -> dict[str, Any]:
    """Every report over an empty database."""
    return {name: run_report(name, sqlite_uow, PERIOD, OPTIONS) for name in REPORTS}


@pytest.fixture
def demo_data(demo_uow: UnitOfWork) -> dict[str, Any]:
    """Every report over the demo shop's year."""
    with demo_uow.read() as session:
        from sqlalchemy import func, select

        from oms_desktop.domain import Order

        last = session.scalar(select(func.max(Order.created_at)))
    assert last is not None
    end = last.astimezone(SHOP_ZONE).date()
    period = Period(date(end.year - 1, end.month, 1), end)
    shop = UnitOfWork(demo_uow.engine, zone=SHOP_ZONE)
    return {name: run_report(name, shop, period, OPTIONS) for name in REPORTS}
