"""Changing an order after it was saved, on SQLite and PostgreSQL: lines added, removed and changed with the
stock held again in the same transaction, refusals that leave everything as it was, the history and the
audit trail saying before and after, and a paid order whose total drops owing the difference back."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import IllegalTransition, OutOfStock, ValidationError
from oms_desktop.services import audit_trail, health, inventory, order_edits, orders, payments, shipping
from oms_desktop.services.order_edits import LineChange, OrderEdit
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.shipping import ShipItem
from tests import factories


def _held(uow: UnitOfWork, sku: str) -> tuple[Decimal, Decimal]:
    level = inventory.stock_levels(uow, sku)[0]
    return Decimal(level.on_hand), Decimal(level.reserved)


def _order(uow: UnitOfWork, *lines: tuple[str, int], confirm: bool = True) -> str:
    customer = factories.customer(uow).code
    return orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest(sku, qty) for sku, qty in lines],
            channel=Channel.PHONE,
            customer_code=customer,
            confirm=confirm,
        ),
    ).value.number


@pytest.fixture
def goods(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="4.50", stock=10)
    factories.product(uow, "RICE", price="20.00", stock=3)
    factories.product(uow, "CUP", price="12.00", stock=5)


@pytest.mark.usefixtures("goods")
def test_a_confirmed_order_changes_and_holds_its_new_quantities(uow: UnitOfWork) -> None:
    number = _order(uow, ("TEA", 2), ("RICE", 1))
    edited = order_edits.edit_order(
        uow,
        number,
        OrderEdit(
            set_lines=[LineChange("TEA", 3), LineChange("CUP", 1)],
            remove=["RICE"],
            ship_to="李四\n北京市朝阳区建国路88号\n13900139000",
        ),
    ).value
    assert [(ln.sku, ln.quantity) for ln in edited.lines] == [("TEA", 3), ("CUP", 1)]
    assert edited.total == Decimal("25.50")  # 3 x 4.50 + 12.00
    assert edited.ship_to.startswith("李四")
    assert _held(uow, "TEA") == (10, 3)
    assert _held(uow, "RICE") == (3, 0)  # released
    assert _held(uow, "CUP") == (5, 1)
    last = edited.history[-1]
    assert last.action == "edit"
    assert last.detail == (
        "TEA 2 → 3; CUP added 1 @ 12.00; RICE removed; ship-to changed; total 29.00 → 25.50"
    )
    row = audit_trail.entries(uow, action="order_edit")[0]
    assert row.subject == number and "RICE 1 @ 20.00" in row.before and "CUP 1 @ 12.00" in row.after
    assert health.check(uow) == []


@pytest.mark.usefixtures("goods")
def test_a_change_beyond_the_shelf_is_refused_and_nothing_moves(uow: UnitOfWork) -> None:
    number = _order(uow, ("TEA", 2), ("RICE", 1))
    before = orders.get_order(uow, number)
    with pytest.raises(OutOfStock):
        order_edits.edit_order(
            uow, number, OrderEdit(set_lines=[LineChange("TEA", 1), LineChange("RICE", 4)])
        )
    assert orders.get_order(uow, number) == before
    assert _held(uow, "TEA") == (10, 2) and _held(uow, "RICE") == (3, 1)
    with pytest.raises(ValidationError, match="Nothing to change"):
        order_edits.edit_order(uow, number, OrderEdit())
    with pytest.raises(ValidationError, match="Nothing to change"):
        order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("TEA", 2)]))
    with pytest.raises(ValidationError, match="CUP is not on order"):
        order_edits.edit_order(uow, number, OrderEdit(remove=["CUP"]))
    with pytest.raises(ValidationError, match="at least one line"):
        order_edits.edit_order(uow, number, OrderEdit(remove=["TEA", "RICE"]))
    assert orders.get_order(uow, number) == before


@pytest.mark.usefixtures("goods")
def test_a_draft_changes_without_holding_stock(uow: UnitOfWork) -> None:
    number = _order(uow, ("TEA", 2), confirm=False)
    edited = order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("TEA", 9)])).value
    assert edited.status == "draft" and edited.lines[0].quantity == 9
    assert _held(uow, "TEA") == (10, 0)


@pytest.mark.usefixtures("goods")
def test_a_paid_order_whose_total_drops_owes_the_difference_back(uow: UnitOfWork) -> None:
    number = _order(uow, ("TEA", 4))
    payments.pay(uow, number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("18.00")))
    edited = order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("TEA", 3)])).value
    assert (edited.total, edited.paid, edited.payment_state) == (Decimal("13.50"), Decimal("18.00"), "paid")
    assert edited.owed_back == Decimal("4.50")
    refunded = payments.refund(
        uow, number, Decimal("4.50"), PaymentMethod.BANK_TRANSFER, "one tea fewer"
    ).value
    assert refunded.owed_back == 0 and refunded.balance == 0
    more = order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("TEA", 5)])).value
    assert (more.balance, more.payment_state) == (Decimal("9.00"), "partially_paid")


@pytest.mark.usefixtures("goods")
def test_a_price_and_a_discount_change_with_the_rules_of_the_counter(uow: UnitOfWork) -> None:
    number = _order(uow, ("TEA", 2))
    edited = order_edits.edit_order(
        uow, number, OrderEdit(set_lines=[LineChange("TEA", 2, Decimal("4.00"), Decimal("0.50"))])
    ).value
    assert (edited.lines[0].unit_price, edited.lines[0].discount, edited.total) == (
        Decimal("4.00"),
        Decimal("0.50"),
        Decimal("7.50"),
    )
    assert "TEA price 4.50 → 4.00; TEA discount 0.00 → 0.50" in edited.history[-1].detail
    assert [r.action for r in audit_trail.entries(uow, action="price_override")] == ["price_override"]
    with pytest.raises(ValidationError):
        order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("TEA", 2, None, Decimal("50"))]))


@pytest.mark.usefixtures("goods")
def test_what_left_cannot_be_changed_and_the_rest_can(uow: UnitOfWork) -> None:
    number = _order(uow, ("TEA", 5), ("CUP", 2))
    shipping.ship(uow, number, carrier="SF", tracking="SF1", items=[ShipItem("TEA", 3)])
    with pytest.raises(ValidationError, match="cannot go below the 3 already shipped"):
        order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("TEA", 2)]))
    with pytest.raises(ValidationError, match="cannot go below the 3 already shipped"):
        order_edits.edit_order(uow, number, OrderEdit(remove=["TEA"]))
    # The customer wants no more: what is still to ship is taken off, and the order is shipped.
    done = order_edits.edit_order(
        uow, number, OrderEdit(set_lines=[LineChange("TEA", 3)], remove=["CUP"])
    ).value
    assert (done.status, done.fulfilment_state) == ("shipped", "shipped")
    assert _held(uow, "TEA") == (7, 0) and _held(uow, "CUP") == (5, 0)
    with pytest.raises(IllegalTransition, match="shipped already"):
        order_edits.edit_order(uow, number, OrderEdit(ship_to="elsewhere"))
    assert health.check(uow) == []


@pytest.mark.usefixtures("goods")
def test_a_refused_raise_speaks_of_the_whole_line(uow: UnitOfWork) -> None:
    number = _order(uow, ("RICE", 2))  # 3 on the shelf, 2 held for this order
    with pytest.raises(OutOfStock) as short:
        order_edits.edit_order(uow, number, OrderEdit(set_lines=[LineChange("RICE", 5)]))
    assert (short.value.sku, short.value.asked, short.value.available) == ("RICE", 5, 3)
