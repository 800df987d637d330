"""The demand chart's data of one product on SQLite and PostgreSQL: every day of the 90-day window (zeros
included, the day before left out, a return netted), the same figures as the replenishment list, and on hand
projected over the lead time from available + on order."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import NotFound
from oms_desktop.services import (
    inventory,
    purchase_orders,
    replenishment,
    replenishment_chart,
    sale_returns,
    suppliers,
)
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, create_order
from oms_desktop.services.purchase_orders import POLineInput
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from oms_desktop.services.suppliers import SupplierInput
from tests import factories

TODAY = date(2026, 6, 30)


def _at(uow: UnitOfWork, days_ago: int) -> UnitOfWork:
    moment = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), UTC) + timedelta(
        hours=12
    )
    return UnitOfWork(uow.engine, clock=lambda: moment, zone=UTC)


def _sell(uow: UnitOfWork, sku: str, days_ago: int, quantity: int) -> str:
    return create_order(
        _at(uow, days_ago),
        OrderRequest(
            lines=[LineRequest(sku, quantity)],
            payments=[PaymentRequest(PaymentMethod.CASH, Decimal("20.00") * quantity)],
        ),
    ).value.number


def test_the_demand_chart_of_one_product(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="20.00", cost="10.00")
    factories.product(uow, "CUP", price="20.00")  # sold the same days: not the tea's demand
    inventory.receive(_at(uow, 120), "TEA", 60)
    inventory.receive(_at(uow, 120), "CUP", 60)
    suppliers.add_supplier(uow, SupplierInput(name="Tea Co", lead_time_days=5, order_cost=Decimal("50")))
    suppliers.set_product_supplier(uow, "TEA", "SUP-001", cost=Decimal("9.00"), preferred=True)
    _sell(uow, "TEA", 90, 20)  # the day before the window
    _sell(uow, "TEA", 89, 2)  # the window's first day
    _sell(uow, "TEA", 10, 4)
    _sell(uow, "TEA", 10, 3)  # two sales on one day add up
    sold = _sell(uow, "TEA", 1, 3)
    sale_returns.take_back(_at(uow, 1), ReturnRequest(sold, items=[ReturnItem("TEA", 1)]))
    _sell(uow, "TEA", 0, 5)  # today counts
    _sell(uow, "CUP", 10, 9)
    po = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 12)]).value.number
    purchase_orders.send_po(uow, po)

    data = replenishment_chart.demand_chart(_at(uow, 0), "TEA", today=TODAY)
    assert len(data.demand) == 90
    assert (data.demand[0].day, data.demand[-1].day) == (TODAY - timedelta(days=89), TODAY)
    by_day = {d.day: d.quantity for d in data.demand if d.quantity}
    ago = lambda n: TODAY - timedelta(days=n)  # noqa: E731
    assert by_day == {ago(89): 2, ago(10): 7, ago(1): 2, ago(0): 5}
    assert data.total == 16 and data.sale_days == 4

    figures = replenishment.suggest(_at(uow, 0), codes=["TEA"], today=TODAY)[0]
    assert data.avg_daily_demand == pytest.approx(16 / 90) == figures.avg_daily_demand
    assert (data.safety_stock, data.reorder_point) == (figures.safety_stock, figures.reorder_point)
    assert data.lead_time_days == 5 and not data.too_little_history
    # Available: 60 - 20 - 2 - 7 - 3 + 1 - 5 = 24; on order 12.
    assert (data.available, data.on_order, data.position) == (24, 12, 36)
    assert [p.day for p in data.projection] == [TODAY + timedelta(days=i) for i in range(6)]
    assert [round(p.on_hand, 6) for p in data.projection] == [round(36 - 16 / 90 * i, 6) for i in range(6)]


def test_a_product_without_sales_or_unknown(uow: UnitOfWork) -> None:
    factories.product(uow, "CUP", stock=3)
    data = replenishment_chart.demand_chart(uow, "CUP", today=TODAY)
    assert data.total == 0 and len(data.demand) == 90 and data.too_little_history
    assert data.reorder_point is None and data.safety_stock is None
    assert [p.on_hand for p in data.projection][:2] == [3.0, 3.0]
    with pytest.raises(NotFound):
        replenishment_chart.demand_chart(uow, "NOPE", today=TODAY)
