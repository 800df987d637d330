"""Order status breakdown, completion rate and time from order to shipment."""

import sqlite3
from collections import Counter
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services.analytics.fulfilment import fulfilment, order_status
from oms_desktop.services.periods import Period
from tests.reports.conftest import days, parse
from tests.reports.shop import PERIOD, Shop

D = Decimal


def test_status_breakdown_counts_every_order_created_in_the_period(shop: Shop) -> None:
    breakdown = order_status(shop.uow, PERIOD)
    rows = {r.status: (r.orders, r.value) for r in breakdown.rows if r.orders}
    assert rows == {
        "completed": (4, D("569.18")),  # O1, O2 (delivered and paid), O6 (partly refunded), O7
        "shipped": (1, D("166.63")),  # O3
        "cancelled": (1, D("109.00")),  # O4
        "draft": (1, D("3.99")),  # O5
    }
    assert breakdown.orders == 7
    assert [r.status for r in breakdown.rows] == [  # every status, in workflow order
        "quote", "draft", "pending_payment", "paid", "to_ship", "partly_shipped", "shipped", "completed",
        "cancelled", "returned", "expired",
    ]  # fmt: skip
    assert {r.status: r.share_percent for r in breakdown.rows}["completed"] == D("57.1")


def test_processing_time_and_completion_rate(shop: Shop) -> None:
    f = fulfilment(shop.uow, PERIOD)
    total = f.total
    # O2 took 30 h from order to shipment, O3 48 h; counter sales have no shipment and are left out.
    assert (total.shipped, total.average_hours, total.longest_hours) == (2, D("39.00"), D("48.00"))
    # Six orders that are not drafts; O1, O2, O6, O7 are completed, O4 cancelled.
    assert (total.orders, total.completed, total.cancelled, total.completion_percent) == (6, 4, 1, D("66.7"))
    by_channel = {c.channel: c for c in f.channels}
    phone, online, counter = by_channel["phone"], by_channel["online"], by_channel["counter"]
    assert (phone.orders, phone.completed, phone.cancelled, phone.completion_percent) == (2, 1, 1, D("50.0"))
    assert (phone.shipped, phone.average_hours, online.average_hours) == (1, D("30.00"), D("48.00"))
    assert (counter.orders, counter.completion_percent, counter.shipped, counter.average_hours) == (
        3, D("100.0"), 0, None,
    )  # fmt: skip
    assert by_channel["wholesale"].completion_percent is None


def test_fulfilment_matches_a_python_calculation_over_raw_demo_rows(
    demo_shop: UnitOfWork, raw_demo: sqlite3.Connection, demo_period: Period
) -> None:
    rows = raw_demo.execute(
        """SELECT o.lifecycle, o.status, o.created_at, o.shipped_at,
                  EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id)
           FROM orders o WHERE o.business_day BETWEEN ? AND ?""",
        days(demo_period),
    ).fetchall()
    waits = [
        (parse(shipped) - parse(created)).total_seconds() for _, _, created, shipped, sent in rows if sent
    ]
    expected_hours = (Decimal(sum(waits)) / len(waits) / 3600).quantize(D("0.01"))
    f = fulfilment(demo_shop, demo_period)
    assert len(waits) > 5
    assert (f.total.shipped, f.total.average_hours) == (len(waits), expected_hours)
    not_draft = [r for r in rows if r[0] != "draft"]
    assert f.total.orders == len(not_draft)
    assert f.total.completed == sum(1 for r in rows if r[0] == "completed")
    statuses = Counter(r[1] for r in rows)
    breakdown = order_status(demo_shop, demo_period)
    assert {r.status: r.orders for r in breakdown.rows if r.orders} == dict(statuses)
    assert breakdown.orders == len(rows)
