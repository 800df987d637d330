"""Suppliers and purchase orders through the services, on SQLite and PostgreSQL: a PO's life from draft to
received over several deliveries, the cost of what arrived, stock on order, and every refusal leaving the
data as it was."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import AuditRecord, MovementKind, ProductSupplier, StockMovement
from oms_desktop.domain.errors import DomainError, IllegalTransition, NotFound, ValidationError
from oms_desktop.services import catalogue, health, inventory, purchase_orders, suppliers
from oms_desktop.services.purchase_orders import POLineInput, ReceiveLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories


def _shop(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", cost="8.00", stock=10)
    factories.product(uow, "CUP", cost="3.00")
    suppliers.add_supplier(
        uow, SupplierInput(name="Hangzhou Tea", lead_time_days=10, order_cost=Decimal("50"))
    )
    suppliers.set_product_supplier(uow, "TEA", "SUP-001", cost=Decimal("7.50"), pack_size=12, min_qty=24)


def _counts(uow: UnitOfWork) -> tuple[int, int, int]:
    with uow.read() as session:
        return (
            session.scalar(select(func.count()).select_from(StockMovement)) or 0,
            session.scalar(select(func.count()).select_from(AuditRecord)) or 0,
            len(purchase_orders.list_pos(uow)),
        )


def test_supplier_codes_are_numbered_and_a_products_first_supplier_is_preferred(uow: UnitOfWork) -> None:
    _shop(uow)
    second = suppliers.add_supplier(uow, SupplierInput(name="Second", currency="usd")).value
    assert second.code == "SUP-002" and second.currency == "USD"
    terms = suppliers.product_suppliers(uow, "TEA")
    assert [(t.supplier_code, t.preferred, t.cost, t.pack_size) for t in terms] == [
        ("SUP-001", True, Decimal("7.50"), 12)
    ]
    suppliers.set_product_supplier(uow, "TEA", "SUP-002", cost=Decimal("7"), preferred=True)
    assert [(t.supplier_code, t.preferred) for t in suppliers.product_suppliers(uow, "TEA")] == [
        ("SUP-002", True),
        ("SUP-001", False),
    ]
    # Changing the terms of the preferred one keeps it preferred.
    suppliers.set_product_supplier(uow, "TEA", "SUP-002", cost=Decimal("6.90"))
    with uow.read() as session:
        assert session.scalar(select(func.count()).where(ProductSupplier.preferred.is_(True))) == 1
    listed = {s.code: s.products for s in suppliers.list_suppliers(uow)}
    assert listed == {"SUP-001": 1, "SUP-002": 1}


def test_supplier_refusals(uow: UnitOfWork) -> None:
    _shop(uow)
    with pytest.raises(ValidationError, match="already used"):
        suppliers.add_supplier(uow, SupplierInput(name="X", code="sup-001"))
    with pytest.raises(ValidationError, match="lead time"):
        suppliers.add_supplier(uow, SupplierInput(name="X", lead_time_days=-1))
    with pytest.raises(NotFound, match="Unknown supplier"):
        suppliers.set_product_supplier(uow, "TEA", "NOPE", cost=Decimal("1"))
    with pytest.raises(ValidationError, match="pack holds"):
        suppliers.set_product_supplier(uow, "TEA", "SUP-001", cost=Decimal("1"), pack_size=0)


def test_a_po_from_draft_to_received_over_two_deliveries(uow: UnitOfWork) -> None:
    _shop(uow)
    po = purchase_orders.create_po(
        uow, "SUP-001", [POLineInput("TEA", 24), POLineInput("CUP", 10, Decimal("2.40"))]
    )
    draft = po.value
    assert draft.number.startswith("PO-") and draft.state == "draft"
    # The supplier's cost for TEA, the given one for CUP; 24 x 7.50 + 10 x 2.40.
    assert [(x.sku, x.unit_cost) for x in draft.lines] == [("TEA", Decimal("7.50")), ("CUP", Decimal("2.40"))]
    assert draft.total == Decimal("204.00")
    assert po.changes.touches("purchase_orders")
    # A draft is not on order yet.
    assert inventory.stock_levels(uow, "TEA")[0].on_order == 0

    purchase_orders.send_po(uow, draft.number)
    assert inventory.stock_levels(uow, "TEA")[0].on_order == 24
    assert catalogue.find_product(uow, "CUP").on_order == 10

    first = purchase_orders.receive_po(
        uow, draft.number, [ReceiveLineInput("TEA", 12), ReceiveLineInput("CUP", 12, Decimal("2.30"))]
    ).value
    assert first.state == "partly_received"
    tea, cup = first.lines
    assert (tea.received, tea.outstanding, tea.over) == (12, 12, 0)
    assert (cup.received, cup.outstanding, cup.over) == (12, 0, 2)  # two more cups than ordered
    level = inventory.stock_levels(uow, "TEA")[0]
    assert (level.on_hand, level.on_order) == (22, 12)
    # Average cost: (10 x 8.00 + 12 x 7.50) / 22 = 7.7272.. -> 7.73; the cups had none on hand: 2.30.
    assert catalogue.find_product(uow, "TEA").cost == Decimal("7.73")
    assert catalogue.find_product(uow, "CUP").cost == Decimal("2.30")
    moves = inventory.movements(uow, "TEA")
    assert (moves[0].kind, moves[0].quantity, moves[0].unit_cost, moves[0].reason) == (
        MovementKind.RECEIPT.value,
        12,
        Decimal("7.50"),
        draft.number,
    )

    done = purchase_orders.receive_po(uow, draft.number, [ReceiveLineInput("TEA", 12)]).value
    assert done.state == "received" and done.closed_at is not None
    assert len(done.deliveries) == 2
    assert inventory.stock_levels(uow, "TEA")[0].on_order == 0
    with pytest.raises(IllegalTransition, match="sent or partly received"):
        purchase_orders.receive_po(uow, draft.number, [ReceiveLineInput("TEA", 1)])
    assert health.check(uow) == []


def test_close_short_and_cancel(uow: UnitOfWork) -> None:
    _shop(uow)
    a = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 24)]).value.number
    purchase_orders.send_po(uow, a)
    with pytest.raises(IllegalTransition, match="partly received"):
        purchase_orders.close_po(uow, a)
    purchase_orders.receive_po(uow, a, [ReceiveLineInput("TEA", 5)])
    with pytest.raises(IllegalTransition, match="close it short"):
        purchase_orders.cancel_po(uow, a)
    closed = purchase_orders.close_po(uow, a, reason="discontinued").value
    assert closed.state == "closed_short" and closed.lines[0].outstanding == 0
    assert inventory.stock_levels(uow, "TEA")[0].on_order == 0

    b = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 5)]).value.number
    purchase_orders.send_po(uow, b)
    assert purchase_orders.cancel_po(uow, b).value.state == "cancelled"
    assert inventory.stock_levels(uow, "TEA")[0].on_order == 0
    assert [p.state for p in purchase_orders.list_pos(uow, status="cancelled")] == ["cancelled"]


def _refused(uow: UnitOfWork, cases: list[tuple[type[DomainError], str, object]]) -> None:
    before = _counts(uow)
    for kind, words, call in cases:
        with pytest.raises(kind, match=words):
            call()  # type: ignore[operator]
    assert _counts(uow) == before
    assert inventory.stock_levels(uow, "TEA")[0].on_hand == 10


def test_refusals_leave_the_data_as_it_was(uow: UnitOfWork) -> None:
    _shop(uow)
    po = purchase_orders
    number = po.create_po(uow, "SUP-001", [POLineInput("TEA", 24)]).value.number
    _refused(
        uow,
        [
            (ValidationError, "at least one line", lambda: po.create_po(uow, "SUP-001", [])),
            (NotFound, "Unknown SKU", lambda: po.create_po(uow, "SUP-001", [POLineInput("NOPE", 1)])),
            (ValidationError, "above zero", lambda: po.create_po(uow, "SUP-001", [POLineInput("TEA", 0)])),
            (
                ValidationError,
                "more decimals",
                lambda: po.create_po(uow, "SUP-001", [POLineInput("TEA", Decimal("1.5"))]),
            ),
            (
                IllegalTransition,
                "sent or partly",
                lambda: po.receive_po(uow, number, [ReceiveLineInput("TEA", 1)]),
            ),
            (NotFound, "Unknown purchase order", lambda: po.send_po(uow, "PO-2026-999999")),
        ],
    )
    po.send_po(uow, number)
    _refused(
        uow,
        [
            # One line not on the PO refuses the whole delivery: the TEA of it is not booked either.
            (
                ValidationError,
                "not on",
                lambda: po.receive_po(uow, number, [ReceiveLineInput("TEA", 2), ReceiveLineInput("CUP", 1)]),
            ),
            (IllegalTransition, "draft", lambda: po.send_po(uow, number)),
            (IllegalTransition, "draft", lambda: po.add_to_draft(uow, number, [POLineInput("CUP", 1)])),
            (ValidationError, "above zero", lambda: po.receive_po(uow, number, [ReceiveLineInput("TEA", 0)])),
        ],
    )


def test_a_draft_grows_and_the_same_sku_twice_is_one_line(uow: UnitOfWork) -> None:
    _shop(uow)
    number = purchase_orders.create_po(
        uow, "SUP-001", [POLineInput("TEA", 12), POLineInput("TEA", 12)]
    ).value.number
    grown = purchase_orders.add_to_draft(uow, number, [POLineInput("TEA", 6), POLineInput("CUP", 3)]).value
    assert [(x.sku, x.quantity) for x in grown.lines] == [("TEA", 30), ("CUP", 3)]
    assert grown.total == Decimal("30") * Decimal("7.50") + 3 * Decimal("3.00")


def test_a_cashier_receives_but_only_a_manager_orders(uow: UnitOfWork) -> None:
    from oms_desktop.domain.errors import NotAllowed
    from oms_desktop.domain.user import Role
    from oms_desktop.services import users

    _shop(uow)
    users.add_user(uow, "Olivia", Role.OWNER, "1234")
    owner = UnitOfWork(uow.engine)
    owner.sign_in(users.authenticate(owner, "Olivia", "1234"))
    users.add_user(owner, "Ann", Role.CASHIER, "4321")
    cashier = UnitOfWork(uow.engine)
    cashier.sign_in(users.authenticate(cashier, "Ann", "4321"))
    with pytest.raises(NotAllowed):
        purchase_orders.create_po(cashier, "SUP-001", [POLineInput("TEA", 12)])
    number = purchase_orders.create_po(owner, "SUP-001", [POLineInput("TEA", 12)]).value.number
    purchase_orders.send_po(owner, number)
    assert (
        purchase_orders.receive_po(cashier, number, [ReceiveLineInput("TEA", 12)]).value.state == "received"
    )


def test_db_check_names_a_purchase_line_whose_deliveries_do_not_add_up(uow: UnitOfWork) -> None:
    from sqlalchemy import update

    from oms_desktop.domain import PurchaseLine

    _shop(uow)
    number = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 24)]).value.number
    purchase_orders.send_po(uow, number)
    purchase_orders.receive_po(uow, number, [ReceiveLineInput("TEA", 5)])
    assert health.check(uow) == []
    with uow.engine.begin() as conn:
        conn.execute(update(PurchaseLine).values(received=7))
    assert [str(p) for p in health.check(uow)] == [
        f"purchases: {number} TEA: 7 received recorded, its deliveries sum to 5"
    ]


def test_the_same_sku_twice_is_bounded_as_one_line(uow: UnitOfWork) -> None:
    _shop(uow)
    with pytest.raises(ValidationError, match="100000"):
        purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 60_000), POLineInput("TEA", 60_000)])
    number = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 10)]).value.number
    purchase_orders.send_po(uow, number)
    with pytest.raises(ValidationError, match="100000"):
        purchase_orders.receive_po(
            uow, number, [ReceiveLineInput("TEA", 100_000), ReceiveLineInput("TEA", 1)]
        )
    assert inventory.stock_levels(uow, "TEA")[0].on_hand == 10
