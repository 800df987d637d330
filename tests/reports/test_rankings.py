"""Top products and customers, channels, payment methods: hand-checked, and against plain SQL on demo data."""

import sqlite3
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.rankings import (
    RankBy,
    sales_by_channel,
    sales_by_payment_method,
    top_customers,
    top_products,
)
from oms_desktop.services.periods import Period
from tests.reports.conftest import bounds, days
from tests.reports.shop import PERIOD, Shop

D = Decimal
SOLD_LINES = """FROM order_lines l JOIN orders o ON o.id = l.order_id
                WHERE o.lifecycle IN ('open', 'completed') AND o.business_day BETWEEN ? AND ?"""


def test_top_products_by_sales_and_by_units(shop: Shop) -> None:
    by_sales = top_products(shop.uow, PERIOD)
    # TEA: O2 316.10 + O3 109.00 + O7 109.00; CUP: O1 28.82 + O3 57.63 + O6 115.26; PEN never sold
    assert [(r.rank, r.key, r.figures.sales, r.figures.units, r.figures.orders) for r in by_sales.rows] == [
        (1, "TEA", D("534.10"), 5, 3),
        (2, "CUP", D("201.71"), 7, 3),
    ]
    tea, cup = by_sales.rows
    assert (tea.figures.net, tea.figures.cost, tea.figures.margin) == (D("490.00"), D("300.00"), D("190.00"))
    assert (cup.figures.net, cup.figures.cost, cup.figures.margin) == (D("178.50"), D("71.40"), D("107.10"))
    assert (tea.label, tea.share_percent, cup.share_percent) == ("龙井绿茶 Longjing", D("72.6"), D("27.4"))
    assert by_sales.total.sales == D("735.81")
    by_units = top_products(shop.uow, PERIOD, by=RankBy.QUANTITY, limit=1)
    assert [(r.key, r.figures.units) for r in by_units.rows] == [("CUP", 7)]


def test_top_customers_leave_walk_ins_and_unsold_orders_out(shop: Shop) -> None:
    ranking = top_customers(shop.uow, PERIOD)
    # 张伟: O2 only (O4 was cancelled); 李娜: O3 only (O5 is a draft)
    assert [(r.key, r.label, r.figures.sales, r.figures.orders) for r in ranking.rows] == [
        ("C-ZHANG", "张伟", D("316.10"), 1),
        ("C-LI", "李娜", D("166.63"), 1),
    ]


def test_sales_by_channel_lists_every_channel(shop: Shop) -> None:
    ranking = sales_by_channel(shop.uow, PERIOD)
    assert [(r.key, r.rank, r.figures.sales, r.figures.orders, r.share_percent) for r in ranking.rows] == [
        ("counter", 2, D("253.08"), 3, D("34.4")),  # O1 + O6 + O7
        ("phone", 1, D("316.10"), 1, D("43.0")),
        ("wholesale", 4, D("0.00"), 0, D("0.0")),
        ("online", 3, D("166.63"), 1, D("22.6")),
    ]


def test_payment_methods_count_money_in_and_refunds_by_their_own_date(shop: Shop) -> None:
    mix = sales_by_payment_method(shop.uow, PERIOD)
    rows = {
        r.method: (r.payments, r.received, r.refunds, r.refunded, r.net, r.share_percent) for r in mix.rows
    }
    assert rows == {
        "cash": (1, D("115.26"), 1, D("20.00"), D("95.26"), D("15.7")),  # O6, and its refund
        "card": (2, D("195.45"), 0, D("0.00"), D("195.45"), D("26.6")),  # O1 + O3
        "mobile_wallet": (2, D("425.10"), 0, D("0.00"), D("425.10"), D("57.8")),  # O2 + O7
    }  # the methods nobody used in the period are left out (eight exist; a shop uses a few)
    assert (mix.received, mix.refunded, mix.net) == (D("735.81"), D("20.00"), D("715.81"))


def test_rankings_match_plain_sql_on_the_demo_shop(
    demo_shop: UnitOfWork, raw_demo: sqlite3.Connection, demo_period: Period
) -> None:
    first, last = days(demo_period)
    expected = raw_demo.execute(
        f"""SELECT p.sku, SUM(l.total_minor), SUM(l.quantity), SUM(l.quantity * l.unit_cost_minor)
            {SOLD_LINES.replace("WHERE", "JOIN products p ON p.id = l.product_id WHERE")}
            GROUP BY p.sku ORDER BY SUM(l.total_minor) DESC, p.sku LIMIT 10""",
        (first, last),
    ).fetchall()
    got = top_products(demo_shop, demo_period)
    assert len(expected) == 10
    assert [(r.key, r.figures.sales, r.figures.units, r.figures.cost) for r in got.rows] == [
        (sku, from_minor(s), u, from_minor(c)) for sku, s, u, c in expected
    ]
    channels = dict(
        raw_demo.execute(
            f"SELECT o.channel, SUM(l.total_minor) {SOLD_LINES} GROUP BY o.channel", (first, last)
        )
    )
    assert {r.key: r.figures.sales for r in sales_by_channel(demo_shop, demo_period).rows} == {
        ch: from_minor(channels.get(ch, 0)) for ch in ("counter", "phone", "wholesale", "online")
    }
    customers = raw_demo.execute(
        f"""SELECT c.code, SUM(l.total_minor) {SOLD_LINES.replace("WHERE", "JOIN customers c ON c.id = o.customer_id WHERE")}
            GROUP BY c.code ORDER BY SUM(l.total_minor) DESC, c.code LIMIT 5""",
        (first, last),
    ).fetchall()
    got_customers = top_customers(demo_shop, demo_period, limit=5).rows
    assert [(r.key, r.figures.sales) for r in got_customers] == [(c, from_minor(s)) for c, s in customers]
    money = {
        (m, k): t
        for m, k, t in raw_demo.execute(
            "SELECT method, kind, SUM(amount_minor) FROM payments WHERE created_at >= ? AND created_at < ? "
            "GROUP BY method, kind",
            bounds(demo_period),
        )
    }
    mix = sales_by_payment_method(demo_shop, demo_period)
    for row in mix.rows:
        assert row.received == from_minor(money.get((row.method, "payment"), 0))
        assert row.refunded == from_minor(money.get((row.method, "refund"), 0))
    assert mix.received == from_minor(sum(t for (_, k), t in money.items() if k == "payment")) > 0
