"""Stocktakes on SQLite and PostgreSQL: counted against the books at the moment of counting, so sales and
receipts during the count are neither lost nor counted twice; one adjustment per difference."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import IllegalTransition, ValidationError
from oms_desktop.services import health, inventory, stocktakes
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, create_order
from tests import factories


def _sell(uow: UnitOfWork, sku: str, quantity: int) -> None:
    create_order(
        uow,
        OrderRequest(
            lines=[LineRequest(sku, quantity)],
            payments=[PaymentRequest(PaymentMethod.CASH, Decimal(10) * quantity)],
        ),
    )


def _on_hand(uow: UnitOfWork, sku: str) -> int:
    return int(inventory.stock_levels(uow, sku)[0].on_hand)


def test_a_count_with_sales_and_receipts_while_it_is_open(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=20)
    factories.product(uow, "CUP", stock=10)
    factories.product(uow, "MUG", stock=5)
    count = stocktakes.start_count(uow, note="year end").value
    assert count.state == "open" and [(x.sku, x.snapshot) for x in count.lines] == [
        ("CUP", 10),
        ("MUG", 5),
        ("TEA", 20),
    ]
    _sell(uow, "TEA", 2)  # sold before TEA is counted: the shelf shows 18 less what is missing
    stocktakes.set_count(uow, count.number, "TEA", 17)  # one tin is missing
    _sell(uow, "TEA", 3)  # sold after it was counted
    inventory.receive(uow, "CUP", 4)  # arrived before the cups were counted
    for _ in range(13):  # scanned one by one, from two devices
        stocktakes.set_count(uow, count.number, "CUP", 1, add=True)
    shown = stocktakes.get_count(uow, count.number)
    tea = next(x for x in shown.lines if x.sku == "TEA")
    cup = next(x for x in shown.lines if x.sku == "CUP")
    assert (tea.snapshot, tea.book_at_count, tea.counted, tea.difference) == (20, 18, 17, -1)
    assert (cup.book_at_count, cup.counted, cup.difference) == (14, 13, -1)

    done = stocktakes.finish_count(uow, count.number).value
    assert done.state == "finished"
    # The tin missing, and the three sold after counting: 17 - 3; the cup missing; the mug not counted.
    assert (_on_hand(uow, "TEA"), _on_hand(uow, "CUP"), _on_hand(uow, "MUG")) == (14, 13, 5)
    adjustments = [m for m in inventory.movements(uow, "TEA") if m.kind == "adjustment"]
    assert [(m.quantity, m.reason) for m in adjustments] == [(-1, f"stocktake {count.number}")]
    assert health.check(uow) == []
    with pytest.raises(IllegalTransition, match="closed"):
        stocktakes.set_count(uow, count.number, "TEA", 1)


def test_count_refusals(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=2)
    factories.product(uow, "CUP", stock=2)
    count = stocktakes.start_count(uow, codes=["TEA"]).value
    with pytest.raises(ValidationError, match="not part of"):
        stocktakes.set_count(uow, count.number, "CUP", 1)
    with pytest.raises(ValidationError, match="negative"):
        stocktakes.set_count(uow, count.number, "TEA", -1)
    with pytest.raises(ValidationError, match="more decimals"):
        stocktakes.set_count(uow, count.number, "TEA", Decimal("0.5"))
    cancelled = stocktakes.cancel_count(uow, count.number).value
    assert cancelled.state == "cancelled" and _on_hand(uow, "TEA") == 2
    with pytest.raises(IllegalTransition):
        stocktakes.finish_count(uow, count.number)
