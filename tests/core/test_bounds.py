"""The documented bounds (domain/bounds.py, docs/bounds.md) are enforced before anything is written, the same
on SQLite and PostgreSQL; within them, reports over the largest amounts add up without overflowing."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, PaymentMethod, Product
from oms_desktop.domain.bounds import MONEY_MAX, ON_HAND_MAX, QUANTITY_MAX
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import catalogue, inventory, orders, reports
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period
from oms_desktop.services.stock_ledger import BulkLedger, BulkLevel
from tests import factories


def _count(uow: UnitOfWork, entity: type) -> int:
    with uow.read() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


@pytest.mark.parametrize("price", ["92233720368547758.07", "1E+30", "1000000000.00", "NaN", "Infinity"])
def test_a_price_beyond_the_bounds_is_refused_and_nothing_is_written(uow: UnitOfWork, price: str) -> None:
    with pytest.raises(ValidationError) as refused:
        catalogue.add_product(uow, ProductInput(sku="BIG-1", name="Typo", price=Decimal(price)))
    assert refused.value.code == "amount_range"
    assert _count(uow, Product) == 0


def test_a_name_postgresql_would_refuse_is_refused_on_both(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as refused:
        catalogue.add_product(uow, ProductInput(sku="LONG-1", name="茶" * 10_000, price=Decimal("1.00")))
    assert refused.value.code == "text_too_long" and "at most 200" in str(refused.value)
    assert _count(uow, Product) == 0


def test_quantities_on_hand_and_order_totals_stay_within_bounds(uow: UnitOfWork) -> None:
    factories.product(uow, "GOLD-1", price=str(MONEY_MAX), stock=10)
    with pytest.raises(ValidationError, match="at most 100000"):
        inventory.receive(uow, "GOLD-1", QUANTITY_MAX + 1)
    with pytest.raises(ValidationError) as refused:
        orders.create_order(uow, OrderRequest(lines=[LineRequest("GOLD-1", 2)], confirm=True))
    assert refused.value.code == "order_total_range"
    assert _count(uow, Order) == 0 and inventory.stock_levels(uow, "GOLD-1")[0].reserved == 0
    # A billion units would take 10,000 receipts: the ledger's bound is shown on a level already near it.
    with uow.engine.begin() as conn:
        ledger = BulkLedger(RowWriter(conn), 1, "MAIN", {7: BulkLevel("SAND-1", ON_HAND_MAX - 5, 0)})
        ledger.receive(7, 5, 1, datetime(2026, 1, 1, tzinfo=UTC))
        with pytest.raises(ValidationError) as beyond:
            ledger.receive(7, 1, 1, datetime(2026, 1, 1, tzinfo=UTC))
    assert beyond.value.code == "on_hand_range" and ledger.levels[7].on_hand == ON_HAND_MAX


def test_reports_over_the_largest_sales_add_up_exactly(uow: UnitOfWork) -> None:
    factories.product(uow, "GOLD-1", price=str(MONEY_MAX), stock=20)
    for _ in range(12):
        orders.create_order(
            uow,
            OrderRequest(
                lines=[LineRequest("GOLD-1", 1)], payments=[PaymentRequest(PaymentMethod.CASH, MONEY_MAX)]
            ),
        )
    today = uow.now().astimezone(uow.zone).date()
    rows = reports.sales(uow, Period(today, today), reports.GroupBy.MONTH)
    assert [r.total for r in rows] == [MONEY_MAX * 12]


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(3000, 1, 1)])
def test_report_periods_at_the_ends_of_the_calendar_are_refused(uow: UnitOfWork, day: date) -> None:
    with pytest.raises(ValidationError) as refused:
        reports.sales(
            uow, Period(min(day, date(2026, 1, 1)), max(day, date(2026, 1, 1))), reports.GroupBy.DAY
        )
    assert refused.value.code == "date_range"
