"""Orders on hold, on SQLite and PostgreSQL: neither packed nor shipped until released, the reason and note
kept and in the history, and the list filtered to what is held."""

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.errors import IllegalTransition, ValidationError
from oms_desktop.services import holds, order_pages, orders, shipping
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories


def _confirmed(uow: UnitOfWork) -> str:
    factories.product(uow, "TEA", stock=5)
    customer = factories.customer(uow).code
    number = orders.create_order(
        uow, OrderRequest(lines=[LineRequest("TEA", 1)], channel=Channel.PHONE, customer_code=customer)
    ).value.number
    orders.confirm(uow, number)
    return number


def test_a_held_order_waits_until_it_is_released(uow: UnitOfWork) -> None:
    number = _confirmed(uow)
    held = holds.hold(uow, number, reason="Address", note="no such street").value
    assert (held.hold_state, held.hold_reason, held.hold_note) == ("held", "address", "no such street")
    assert "pack" not in held.allowed_actions and "ship" not in held.allowed_actions
    assert "release" in held.allowed_actions
    with pytest.raises(IllegalTransition, match="on hold: release it first"):
        shipping.ship(uow, number, carrier="SF", tracking="1")
    with pytest.raises(IllegalTransition, match="on hold already"):
        holds.hold(uow, number, reason="stock", note="again")
    assert [o.number for o in order_pages.list_orders(uow, OrderFilter(held=True))] == [number]

    released = holds.release(uow, number, note="customer called with the right street").value
    assert (released.hold_state, released.hold_note) == ("none", "")
    assert [h.action for h in released.history][-2:] == ["hold", "release"]
    assert released.history[-2].detail == "address: no such street"
    assert order_pages.list_orders(uow, OrderFilter(held=True)) == []
    shipping.ship(uow, number, carrier="SF", tracking="1")


def test_a_hold_needs_a_known_reason_and_a_note(uow: UnitOfWork) -> None:
    number = _confirmed(uow)
    with pytest.raises(ValidationError, match="address, payment, stock or other"):
        holds.hold(uow, number, reason="weather", note="rain")
    with pytest.raises(ValidationError, match="needs a note"):
        holds.hold(uow, number, reason="payment", note="  ")
    with pytest.raises(IllegalTransition, match="not on hold"):
        holds.release(uow, number)
    assert orders.get_order(uow, number).hold_state == "none"
