"""Stock value over time, low stock and inventory turnover, rebuilt from the ledger."""

import sqlite3
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.money import from_minor
from oms_desktop.services import inventory
from oms_desktop.services.analytics.buckets import Granularity
from oms_desktop.services.analytics.stock import inventory_turnover, low_stock, stock_value_over_time
from oms_desktop.services.periods import Period
from tests.reports.conftest import bounds, days, stamp
from tests.reports.shop import PERIOD, SHOP_ZONE, Shop

D = Decimal


def test_stock_value_at_the_end_of_each_local_day(shop: Shop) -> None:
    series = stock_value_over_time(shop.uow, PERIOD)
    # TEA 60.00, CUP 10.20, PEN 1.50 a unit. Opening: 48 TEA + 30 CUP + 10 PEN = 3,201.00
    assert (series.opening_units, series.opening_value) == (88, D("3201.00"))
    assert [(p.label, p.units, p.value) for p in series.points] == [
        ("2026-03-01", 87, D("3190.80")),  # O1 sold a cup at 00:30 local
        ("2026-03-02", 87, D("3190.80")),  # O2 only reserved
        ("2026-03-03", 84, D("3010.80")),  # O2 shipped 3 TEA
        ("2026-03-04", 104, D("3214.80")),  # 20 cups received
        ("2026-03-05", 101, D("3134.40")),  # O3 shipped 2 CUP + 1 TEA
        ("2026-03-06", 97, D("3093.60")),  # O6: 4 CUP
        ("2026-03-07", 96, D("3033.60")),  # O7: 1 TEA at 23:30
    ]
    assert (series.closing_units, series.closing_value) == (96, D("3033.60"))
    # Now: O8 took a cup and 2 pens were written off after the period.
    assert (series.current_units, series.current_value) == (93, D("3020.40"))
    weekly = stock_value_over_time(shop.uow, PERIOD, Granularity.WEEK)
    assert [(p.day.isoformat(), p.value) for p in weekly.points] == [
        ("2026-03-01", D("3190.80")),
        ("2026-03-07", D("3033.60")),
    ]


def test_low_stock_lists_available_below_the_reorder_point(shop: Shop) -> None:
    low = low_stock(shop.uow, PERIOD)
    assert [(r.sku, r.on_hand, r.available, r.reorder_point, r.shortfall) for r in low.rows] == [
        ("CUP", 42, 42, 50, 8),
        ("PEN", 8, 8, 10, 2),
    ]
    assert low.products == 2
    assert [r.sku for r in low_stock(shop.uow, limit=1).rows] == ["CUP"]


def test_turnover_per_product_and_overall(shop: Shop) -> None:
    t = inventory_turnover(shop.uow, PERIOD)
    rows = {r.sku: r for r in t.rows}
    tea, cup, pen = rows["TEA"], rows["CUP"], rows["PEN"]
    assert (tea.opening_units, tea.closing_units, tea.units_sold, tea.cogs) == (48, 43, 5, D("300.00"))
    assert (tea.average_inventory, tea.turnover, tea.days_of_stock) == (D("2730.00"), D("0.11"), D("63.7"))
    assert (cup.opening_units, cup.closing_units, cup.units_sold, cup.cogs) == (30, 43, 7, D("71.40"))
    assert (cup.average_inventory, cup.turnover, cup.days_of_stock) == (D("372.30"), D("0.19"), D("36.5"))
    assert (pen.opening_units, pen.closing_units, pen.cogs, pen.turnover, pen.days_of_stock) == (
        10, 10, D("0.00"), D("0.00"), None,
    )  # fmt: skip
    # COGS 371.40 (the gross margin's cost) over average inventory (3,201.00 + 3,033.60) / 2 = 3,117.30
    assert (t.cogs, t.opening_value, t.closing_value) == (D("371.40"), D("3201.00"), D("3033.60"))
    assert (t.average_inventory, t.turnover, t.days_of_stock) == (D("3117.30"), D("0.12"), D("58.8"))
    assert [r.sku for r in t.rows] == ["CUP", "TEA", "PEN"]  # fastest first
    assert [r.sku for r in t.slow_movers] == ["PEN", "TEA", "CUP"]  # with stock, slowest first


def test_stock_figures_match_the_full_ledger_on_the_demo_shop(
    demo_shop: UnitOfWork, raw_demo: sqlite3.Connection, demo_period: Period
) -> None:
    lo, hi = bounds(demo_period)  # stock movements: UTC+8 days
    ledger = """SELECT p.sku, p.cost_minor, COALESCE(SUM(m.quantity), 0) FROM products p
                LEFT JOIN stock_movements m ON m.product_id = p.id AND m.created_at < ? GROUP BY p.id"""
    opening = {sku: (cost, q) for sku, cost, q in raw_demo.execute(ledger, (lo,))}
    closing = {sku: (cost, q) for sku, cost, q in raw_demo.execute(ledger, (hi,))}
    cogs = dict(
        raw_demo.execute(
            """SELECT p.sku, SUM(l.quantity * l.unit_cost_minor) FROM order_lines l
               JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
               WHERE o.lifecycle IN ('open', 'completed') AND o.business_day BETWEEN ? AND ?
               GROUP BY p.sku""",
            days(demo_period),
        )
    )
    t = inventory_turnover(demo_shop, demo_period)
    assert len(t.rows) > 30
    for r in t.rows:
        cost = opening[r.sku][0]
        assert (r.opening_units, r.closing_units) == (opening[r.sku][1], closing[r.sku][1]), r.sku
        assert r.cogs == from_minor(cogs.get(r.sku, 0)), r.sku
        average = D(opening[r.sku][1] * cost + closing[r.sku][1] * cost) / 200
        expected = (
            (from_minor(cogs.get(r.sku, 0)) / average).quantize(D("0.01"), ROUND_HALF_UP) if average else None
        )
        assert r.turnover == expected, r.sku
    opening_value = sum(c * q for c, q in opening.values())
    closing_value = sum(c * q for c, q in closing.values())
    assert (t.opening_value, t.closing_value) == (from_minor(opening_value), from_minor(closing_value))
    assert t.cogs == from_minor(sum(cogs.values()))

    series = stock_value_over_time(demo_shop, demo_period)
    for point in series.points[:: max(len(series.points) // 8, 1)]:
        end_of_day = demo_period.utc_bounds(SHOP_ZONE)[0] + timedelta(
            days=(point.day - demo_period.start).days + 1
        )
        (value,) = raw_demo.execute(
            "SELECT SUM(m.quantity * p.cost_minor) FROM stock_movements m JOIN products p ON p.id = m.product_id "
            "WHERE m.created_at < ?",
            (stamp(end_of_day),),
        ).fetchone()
        assert point.value == from_minor(value), point.day

    # The demo restocks as it sells: write three products down below their reorder point first.
    for sku, on_hand, point in raw_demo.execute(
        """SELECT p.sku, SUM(s.on_hand), p.reorder_point FROM products p JOIN stock_levels s ON s.product_id = p.id
           WHERE s.location_id = (SELECT MIN(id) FROM locations) GROUP BY p.id ORDER BY p.sku LIMIT 3"""
    ).fetchall():
        inventory.adjust(demo_shop, sku, point - on_hand - 1, reason="test: below the reorder point")
    (low_count,) = raw_demo.execute(
        """SELECT COUNT(*) FROM (SELECT p.id FROM products p LEFT JOIN stock_levels s ON s.product_id = p.id
           WHERE p.active GROUP BY p.id
           HAVING COALESCE(SUM(s.on_hand), 0) - COALESCE(SUM(s.reserved), 0) < p.reorder_point)"""
    ).fetchone()
    assert low_stock(demo_shop).products == low_count >= 3
