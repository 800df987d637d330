"""Headline numbers: the hand-checked shop on both databases, and the demo shop against plain SQL."""

import sqlite3
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.kpis import headline
from oms_desktop.services.periods import Period
from tests.reports.conftest import bounds, days
from tests.reports.shop import PERIOD, Shop

D = Decimal


def test_headline_of_the_hand_checked_week(shop: Shop) -> None:
    h = headline(shop.uow, PERIOD)
    now = h.current
    # O1 28.82 + O2 316.10 + O3 166.63 + O6 115.26 + O7 109.00; not O4 (cancelled), O5 (draft), O8 (next day)
    assert (now.orders, now.units, now.sales) == (5, 12, D("735.81"))
    assert (now.net, now.cost, now.margin) == (D("668.50"), D("371.40"), D("297.10"))
    assert now.margin_percent == D("44.4")  # 297.10 / 668.50
    assert now.average_order_value == D("147.16")  # 735.81 / 5
    assert (h.refunds, h.refund_count) == (D("20.00"), 1)
    before = h.previous
    assert h.previous_period == Period(
        PERIOD.start.replace(month=2, day=22), PERIOD.start.replace(month=2, day=28)
    )
    assert (before.orders, before.units, before.sales, before.margin) == (1, 2, D("218.00"), D("80.00"))
    assert (h.previous_refunds, h.previous_refund_count) == (D("0.00"), 0)
    changes = {k.key: k.change for k in h.kpis}
    assert changes == {
        "sales": D("237.5"),  # (735.81 - 218.00) / 218.00
        "orders": D("400.0"),
        "average_order_value": D("-32.5"),  # 147.16 vs 218.00
        "units": D("500.0"),
        "gross_margin": D("271.4"),  # 297.10 vs 80.00
        "margin_percent": D("4.4"),  # percentage points: 44.4 - 40.0
        "refunds": None,  # nothing refunded before: no percentage
    }


def test_an_empty_period_has_zeros_and_no_ratios(shop: Shop) -> None:
    h = headline(shop.uow, Period(PERIOD.end.replace(year=2025), PERIOD.end.replace(year=2025)))
    assert (h.current.orders, h.current.sales, h.current.average_order_value) == (0, D("0.00"), None)
    assert all(k.change is None for k in h.kpis)


def test_headline_matches_plain_sql_on_the_demo_shop(
    demo_shop: UnitOfWork, raw_demo: sqlite3.Connection, demo_period: Period
) -> None:
    for period in (demo_period, demo_period.previous()):
        orders, units, sales, net, cost = raw_demo.execute(
            """SELECT COUNT(DISTINCT o.id), SUM(l.quantity), SUM(l.total_minor), SUM(l.total_minor - l.tax_minor),
                      SUM(l.quantity * l.unit_cost_minor)
               FROM order_lines l JOIN orders o ON o.id = l.order_id
               WHERE o.lifecycle IN ('open', 'completed') AND o.business_day BETWEEN ? AND ?""",
            days(period),
        ).fetchone()
        (refunds,) = raw_demo.execute(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM payments WHERE kind = 'refund' "
            "AND created_at >= ? AND created_at < ?",
            bounds(period),
        ).fetchone()
        got = headline(demo_shop, period)
        assert orders > 10  # the comparison means something only with real trade in the period
        assert (got.current.orders, got.current.units) == (orders, units)
        assert (got.current.sales, got.current.net) == (from_minor(sales), from_minor(net))
        assert (got.current.cost, got.current.margin) == (from_minor(cost), from_minor(net - cost))
        assert got.refunds == from_minor(refunds)
