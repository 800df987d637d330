"""Shipping an order in parts, on SQLite and PostgreSQL: each parcel carries some lines or quantities, the
rest stays reserved, the order is shipped when nothing is left, and each parcel keeps what it carried."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.errors import IllegalTransition, ValidationError
from oms_desktop.services import backorders, health, holds, inventory, orders, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.shipping import ShipItem
from tests import factories


def _held(uow: UnitOfWork, sku: str) -> tuple[Decimal, Decimal]:
    level = inventory.stock_levels(uow, sku)[0]
    return Decimal(level.on_hand), Decimal(level.reserved)


def _confirmed(uow: UnitOfWork, *lines: tuple[str, int]) -> str:
    customer = factories.customer(uow).code
    return orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest(sku, qty) for sku, qty in lines],
            channel=Channel.WHOLESALE,
            customer_code=customer,
            confirm=True,
        ),
    ).value.number


def test_an_order_ships_in_two_parcels(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=10)
    factories.product(uow, "CUP", stock=4)
    number = _confirmed(uow, ("TEA", 6), ("CUP", 2))

    first = shipping.ship(
        uow, number, carrier="SF", tracking="SF100", items=[ShipItem("TEA", 4), ShipItem("CUP", 2)]
    ).value
    assert (first.status, first.fulfilment_state) == ("partly_shipped", "partly_shipped")
    assert [(ln.sku, ln.shipped, ln.to_ship) for ln in first.lines] == [("TEA", 4, 2), ("CUP", 2, 0)]
    assert first.shipments[0].lines == ((1, 4), (2, 2))
    assert _held(uow, "TEA") == (6, 2)  # four left, two still held for the order
    assert _held(uow, "CUP") == (2, 0)
    assert "ship" in first.allowed_actions and "cancel" not in first.allowed_actions
    assert health.check(uow) == []

    last = shipping.ship(uow, number, carrier="SF", tracking="SF101").value  # all that is left
    assert (last.status, last.fulfilment_state) == ("shipped", "shipped")
    assert last.shipments[1].lines == ((1, 2),)
    assert [(h.action, h.to_status) for h in last.history[-2:]] == [
        ("ship_part", "partly_shipped"),
        ("ship", "shipped"),
    ]
    assert last.history[-2].detail.endswith("TEA 4, CUP 2")
    assert _held(uow, "TEA") == (4, 0)
    assert health.check(uow) == []
    delivered = shipping.deliver(uow, number).value
    assert all(s.delivered_at is not None for s in delivered.shipments)


def test_a_parcel_that_asks_too_much_is_refused_whole(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=10)
    factories.product(uow, "CUP", stock=4)
    factories.product(uow, "PEN", stock=4)
    number = _confirmed(uow, ("TEA", 3), ("CUP", 1))
    before = orders.get_order(uow, number)
    with pytest.raises(ValidationError, match="has 3 of TEA left to ship, not 4"):
        shipping.ship(uow, number, carrier="SF", tracking="1", items=[ShipItem("CUP", 1), ShipItem("TEA", 4)])
    with pytest.raises(ValidationError, match="PEN is not on order"):
        shipping.ship(uow, number, carrier="SF", tracking="1", items=[ShipItem("PEN", 1)])
    with pytest.raises(ValidationError):
        shipping.ship(uow, number, carrier="SF", tracking="1", items=[ShipItem("TEA", 0)])
    assert orders.get_order(uow, number) == before
    assert _held(uow, "TEA") == (10, 3) and _held(uow, "CUP") == (4, 1)
    # The same product twice in one parcel adds up.
    both = shipping.ship(
        uow, number, carrier="SF", tracking="2", items=[ShipItem("TEA", 1), ShipItem("TEA", 2)]
    ).value
    assert both.lines[0].to_ship == 0 and both.status == "partly_shipped"


def test_what_is_there_ships_while_a_short_line_waits(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=1, backorder=True)
    factories.product(uow, "CUP", stock=4)
    number = _confirmed(uow, ("TEA", 3), ("CUP", 2))
    with pytest.raises(ValidationError, match="waits for goods"):
        shipping.ship(uow, number, carrier="SF", tracking="1")  # the whole order: two teas short
    with pytest.raises(ValidationError, match="waits for goods"):
        shipping.ship(uow, number, carrier="SF", tracking="1", items=[ShipItem("TEA", 2)])
    part = shipping.ship(
        uow, number, carrier="SF", tracking="1", items=[ShipItem("CUP", 2), ShipItem("TEA", 1)]
    ).value
    assert part.status == "partly_shipped"
    assert [(s.sku, s.short) for s in backorders.waiting_for(uow, number)] == [("TEA", 2)]
    assert _held(uow, "TEA") == (0, 2)
    assert health.check(uow) == []


def test_a_held_or_refunded_order_ships_no_part(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=10)
    number = _confirmed(uow, ("TEA", 3))
    holds.hold(uow, number, reason="address", note="no street number")
    with pytest.raises(IllegalTransition, match="on hold"):
        shipping.ship(uow, number, carrier="SF", tracking="1", items=[ShipItem("TEA", 1)])
    holds.release(uow, number)
    shipping.ship(uow, number, carrier="SF", tracking="1", items=[ShipItem("TEA", 1)])
    with pytest.raises(IllegalTransition, match="left the shop"):
        orders.cancel(uow, number)
