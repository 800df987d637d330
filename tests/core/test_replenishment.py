"""Replenishment's figures against a hand computation, for a history the test writes itself (zero days,
a day outside the window, a return), on SQLite and PostgreSQL; and the formulas' edge cases."""

import math
import statistics
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from statistics import NormalDist

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.replenishment import Demand, Terms, order_units, plan
from oms_desktop.services import inventory, purchase_orders, replenishment, sale_returns, suppliers
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, create_order
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from oms_desktop.services.suppliers import SupplierInput
from tests import factories

TODAY = date(2026, 6, 30)


def _at(uow: UnitOfWork, days_ago: int) -> UnitOfWork:
    moment = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), UTC) + timedelta(
        hours=12
    )
    return UnitOfWork(uow.engine, clock=lambda: moment, zone=UTC)


def _sell(uow: UnitOfWork, days_ago: int, quantity: int) -> str:
    at = _at(uow, days_ago)
    order = create_order(
        at,
        OrderRequest(
            lines=[LineRequest("TEA", quantity)],
            payments=[PaymentRequest(PaymentMethod.CASH, Decimal("20.00") * quantity)],
        ),
    ).value
    return order.number


def _history(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="20.00", cost="10.00")
    inventory.receive(_at(uow, 120), "TEA", 120)
    suppliers.add_supplier(uow, SupplierInput(name="Tea Co", lead_time_days=9, order_cost=Decimal("50")))
    suppliers.set_product_supplier(uow, "TEA", "SUP-001", cost=Decimal("9.00"), pack_size=6, min_qty=12)
    _sell(uow, 90, 100)  # the day before the window: not counted
    _sell(uow, 89, 2)  # the window's first day
    _sell(uow, 10, 7)
    sold = _sell(uow, 1, 3)
    sale_returns.take_back(_at(uow, 1), ReturnRequest(sold, items=[ReturnItem("TEA", 1)]))
    _sell(uow, 0, 5)  # today counts


def test_figures_equal_a_hand_computation(uow: UnitOfWork) -> None:
    _history(uow)
    daily = [0.0] * 90
    daily[89 - 89], daily[89 - 10], daily[89 - 1], daily[89 - 0] = 2, 7, 3 - 1, 5
    mean, sigma = statistics.fmean(daily), statistics.stdev(daily)
    z = NormalDist().inv_cdf(0.95)
    safety = z * sigma * math.sqrt(9)
    reorder = mean * 9 + safety
    eoq = math.sqrt(2 * (mean * 365) * 50 / (10.00 * 0.25))
    available = 120 - 100 - 2 - 7 - 3 + 1 - 5
    assert available <= reorder  # the history was written to need an order
    wanted = max(eoq, reorder - available)
    expected = math.ceil(wanted / 6) * 6

    (row,) = replenishment.suggest(uow, today=TODAY, codes=["TEA"])
    assert row.available == available and row.sale_days == 4
    assert math.isclose(row.avg_daily_demand, mean, rel_tol=1e-12)
    assert math.isclose(row.std_daily_demand, sigma, rel_tol=1e-9)
    assert row.lead_time_days == 9 and round(row.z, 3) == 1.645
    assert row.safety_stock is not None and math.isclose(row.safety_stock, safety, rel_tol=1e-9)
    assert row.reorder_point is not None and math.isclose(row.reorder_point, reorder, rel_tol=1e-9)
    assert row.eoq is not None and math.isclose(row.eoq, eoq, rel_tol=1e-9)
    assert row.suggested_qty == expected == 54
    assert not row.too_little_history

    # Turned into a draft PO, it is not suggested again; sent, it is on order.
    made = replenishment.create_pos(uow, today=TODAY).value
    (po,) = made.purchase_orders
    assert [(x.sku, x.quantity, x.unit_cost) for x in po.lines] == [("TEA", 54, Decimal("9.00"))]
    (again,) = replenishment.suggest(uow, today=TODAY, codes=["TEA"])
    assert again.in_draft == 54 and again.suggested_qty == 0
    purchase_orders.send_po(uow, po.number)
    (sent,) = replenishment.suggest(uow, today=TODAY, codes=["TEA"])
    assert (sent.on_order, sent.in_draft, sent.suggested_qty) == (54, 0, 0)


def test_too_little_history_says_so_unless_the_owner_pinned_a_reorder_point(uow: UnitOfWork) -> None:
    factories.product(uow, "CUP", cost="3.00")
    _at(uow, 0)
    (row,) = replenishment.suggest(uow, today=TODAY, codes=["CUP"])
    assert row.too_little_history and row.reorder_point is None and row.suggested_qty == 0
    pinned = replenishment.pin_reorder_point(uow, "CUP", 10).value
    assert pinned.pinned and pinned.reorder_point == 10
    # No supplier: no ordering cost, so no EOQ beyond the gap to the reorder point.
    assert pinned.suggested_qty == 10
    unpinned = replenishment.pin_reorder_point(uow, "CUP", None).value
    assert unpinned.too_little_history and unpinned.suggested_qty == 0


def test_refresh_writes_computed_reorder_points_on_products_not_pinned(uow: UnitOfWork) -> None:
    _history(uow)
    assert replenishment.refresh_reorder_points(uow, today=TODAY).value == 1
    (level,) = inventory.stock_levels(uow, "TEA")
    (row,) = replenishment.suggest(uow, today=TODAY, codes=["TEA"])
    assert row.reorder_point is not None and level.reorder_point == math.ceil(row.reorder_point)
    assert level.low  # 4 available under a reorder point of 7


def test_the_formulas_edge_cases() -> None:
    terms = Terms(lead_time_days=4, order_cost=Decimal("20"), unit_cost=Decimal("0"))
    busy = Demand(total=30, sum_squares=30, sale_days=30)
    figures = plan(busy, terms, position=0, decimals=0)
    assert figures.eoq is None  # nothing to hold: EOQ cannot be computed, the gap is ordered
    assert figures.suggested_units == math.ceil(figures.reorder_point or 0)
    assert plan(busy, terms, position=1000, decimals=0).suggested_units == 0  # enough stock: nothing
    # Packs and minimums; weighed goods in grams.
    assert order_units(5.0, 0, 6, 0) == 6
    assert order_units(13.0, 0, 6, 24) == 24
    assert order_units(2.0000000001, 0, 1, 0) == 2
    assert order_units(1.2345, 3, 500, 0) == 1500
