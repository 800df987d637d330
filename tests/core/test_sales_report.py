"""The sales report, bucketed by the shop's local day, on SQLite and PostgreSQL."""

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.services import orders, reports
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period
from tests import factories

SHANGHAI = timezone(timedelta(hours=8))


def sell_at(uow: UnitOfWork, when: datetime, sku: str, qty: int, customer: str | None = None) -> None:
    clocked = UnitOfWork(uow.engine, clock=lambda: when, zone=SHANGHAI)
    total = orders.quote(clocked, [LineRequest(sku, qty)]).total
    orders.create_order(
        clocked,
        OrderRequest(
            lines=[LineRequest(sku, qty)],
            customer_code=customer,
            payments=[PaymentRequest(PaymentMethod.CARD, total)],
        ),
    )


def test_sales_by_local_day_month_product_and_channel(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", tax=1300, cost="6.00", stock=100)
    factories.product(uow, "PEN", price="2.50", stock=100)
    c = factories.customer(uow, "李娜")
    # 23:30 UTC on 31 March is 07:30 on 1 April in Shanghai: it belongs to April there.
    sell_at(uow, datetime(2026, 3, 31, 23, 30, tzinfo=UTC), "TEA", 2)
    sell_at(uow, datetime(2026, 4, 1, 3, 0, tzinfo=UTC), "PEN", 4, c.code)
    sell_at(uow, datetime(2026, 3, 15, 3, 0, tzinfo=UTC), "TEA", 1)
    # A draft (not a sale) on the same day does not count.
    orders.create_order(
        UnitOfWork(uow.engine, clock=lambda: datetime(2026, 4, 1, 4, tzinfo=UTC), zone=SHANGHAI),
        OrderRequest(lines=[LineRequest("TEA", 9)], channel=Channel.PHONE, customer_code=c.code),
    )
    period = Period(date(2026, 3, 1), date(2026, 4, 30))

    by_day = reports.sales(uow, period, reports.GroupBy.DAY)
    assert [(r.key, r.orders, r.units, r.total) for r in by_day] == [
        ("2026-03-15", 1, 1, Decimal("11.30")),
        ("2026-04-01", 2, 6, Decimal("32.60")),
    ]
    by_month = reports.sales(uow, period, reports.GroupBy.MONTH)
    assert [(r.key, r.net, r.tax, r.cost, r.margin) for r in by_month] == [
        ("2026-03", Decimal("10.00"), Decimal("1.30"), Decimal("6.00"), Decimal("4.00")),
        ("2026-04", Decimal("30.00"), Decimal("2.60"), Decimal("12.00"), Decimal("18.00")),
    ]
    by_product = reports.sales(uow, period, reports.GroupBy.PRODUCT)
    assert [(r.key, r.units, r.total) for r in by_product] == [
        ("TEA", 3, Decimal("33.90")),
        ("PEN", 4, Decimal("10.00")),
    ]
    by_customer = reports.sales(uow, period, reports.GroupBy.CUSTOMER)
    assert [(r.label, r.total) for r in by_customer] == [("", Decimal("33.90")), ("李娜", Decimal("10.00"))]
    by_channel = reports.sales(uow, period, reports.GroupBy.CHANNEL)
    assert [(r.key, r.orders) for r in by_channel] == [("counter", 3)]
    # The day an order counts for is fixed when it is taken: a till in UTC would have booked it on 31 March.
    sell_at_utc = UnitOfWork(uow.engine, clock=lambda: datetime(2026, 3, 31, 23, 45, tzinfo=UTC), zone=UTC)
    total = orders.quote(sell_at_utc, [LineRequest("PEN", 1)]).total
    orders.create_order(
        sell_at_utc,
        OrderRequest(lines=[LineRequest("PEN", 1)], payments=[PaymentRequest(PaymentMethod.CASH, total)]),
    )
    assert [r.key for r in reports.sales(uow, period, reports.GroupBy.DAY)] == [
        "2026-03-15",
        "2026-03-31",
        "2026-04-01",
    ]
