"""Sales over time: local-day buckets, weeks from Monday, months, and the previous period alongside."""

import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.buckets import Granularity, buckets
from oms_desktop.services.analytics.sales_series import sales_over_time
from oms_desktop.services.periods import Period
from tests.reports.shop import PERIOD, Shop

D = Decimal


def test_daily_sales_fall_on_the_local_day(shop: Shop) -> None:
    series = sales_over_time(shop.uow, PERIOD, Granularity.DAY)
    assert [(p.label, p.sales, p.orders) for p in series.points] == [
        ("2026-03-01", D("28.82"), 1),  # 00:30 local, still 02-28 in UTC
        ("2026-03-02", D("316.10"), 1),
        ("2026-03-03", D("166.63"), 1),
        ("2026-03-04", D("0.00"), 0),  # the cancelled order is no sale
        ("2026-03-05", D("0.00"), 0),  # nor is the draft
        ("2026-03-06", D("115.26"), 1),
        ("2026-03-07", D("109.00"), 1),  # 23:30 local; O8 at 00:10 the next day stays out
    ]
    # The previous period lines up day for day: 02-25 sits under 03-04.
    assert [p.previous_sales for p in series.points] == [D("0.00")] * 3 + [D("218.00")] + [D("0.00")] * 3
    assert (series.sales, series.orders, series.previous_sales, series.previous_orders) == (
        D("735.81"), 5, D("218.00"), 1,
    )  # fmt: skip


def test_weeks_start_on_monday_and_months_are_calendar_months(shop: Shop) -> None:
    weeks = sales_over_time(shop.uow, PERIOD, Granularity.WEEK)
    # 2026-03-01 is a Sunday: it closes the week of Monday 02-23.
    assert [(p.label, p.first, p.last, p.sales, p.previous_sales) for p in weeks.points] == [
        ("2026-02-23", date(2026, 3, 1), date(2026, 3, 1), D("28.82"), D("0.00")),
        ("2026-03-02", date(2026, 3, 2), date(2026, 3, 7), D("706.99"), D("218.00")),
    ]
    months = sales_over_time(shop.uow, PERIOD, Granularity.MONTH)
    assert [(p.label, p.sales, p.orders) for p in months.points] == [("2026-03", D("735.81"), 5)]


def test_buckets_cover_every_day_once() -> None:
    period = Period(date(2025, 12, 30), date(2026, 3, 2))
    for granularity in Granularity:
        days = [d for b in buckets(period, granularity) for d in b.days()]
        assert days == [period.start + timedelta(days=i) for i in range(period.days)]
    assert [b.label for b in buckets(period, Granularity.MONTH)] == [
        "2025-12",
        "2026-01",
        "2026-02",
        "2026-03",
    ]


@pytest.mark.parametrize("granularity", list(Granularity))
def test_series_matches_a_python_sum_over_raw_demo_rows(
    demo_shop: UnitOfWork, raw_demo: sqlite3.Connection, demo_period: Period, granularity: Granularity
) -> None:
    per_day: dict[date, int] = defaultdict(int)
    for day, total in raw_demo.execute(
        "SELECT business_day, total_minor FROM orders WHERE lifecycle IN ('open', 'completed')"
    ):
        per_day[date(day // 10000, day // 100 % 100, day % 100)] += total
    series = sales_over_time(demo_shop, demo_period, granularity)
    shift = timedelta(days=demo_period.days)
    for p in series.points:
        days = [p.first + timedelta(days=i) for i in range((p.last - p.first).days + 1)]
        assert p.sales == from_minor(sum(per_day[d] for d in days)), p.label
        assert p.previous_sales == from_minor(sum(per_day[d - shift] for d in days)), p.label
    in_period = sum(v for d, v in per_day.items() if demo_period.start <= d <= demo_period.end)
    assert series.sales == from_minor(in_period) > 0
