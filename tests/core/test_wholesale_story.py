"""The wholesale story of issue 15 against a hand-checked shop, on SQLite and PostgreSQL: an order over the
customer's limit refused for a cashier and approved by a manager, an order changed after confirmation,
another shipped in two parts with two labels, an order held and released, a payment on account shared over
the oldest orders, and the ageing and the statement right to the cent.

Hand-checked figures (wholesale prices, before tax):
  A, 1 Sep: TEA 20 x 12.50 = 250.00 + 9% 22.50 = 272.50; CUP 10 x 3.35 = 33.50 + 13% 4.355 -> 4.36 = 37.86;
            total 310.36 (within the 500.00 limit).
  B, 2 Sep: TEA 16 x 12.50 = 200.00 + 18.00 = 218.00; owed 310.36 + 218.00 = 528.36 > 500.00: refused.
     3 Sep, changed: TEA 12 = 150.00 + 13.50 = 163.50; CUP 5 = 16.75 + 2.1775 -> 2.18 = 18.93; total 182.43.
  20 Sep: 400.00 by bank transfer: A 310.36 (paid), B 89.64; B owes 92.79.
  15 Oct: B, due 2 Oct (30 days), is 13 days late: 92.79 in 1-30 days.
"""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents.parcels import shipment_parcel
from oms_desktop.documents.shipping_label import render_shipping_label
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.customer import PriceTier
from oms_desktop.domain.errors import IllegalTransition, NotAllowed
from oms_desktop.domain.user import Role
from oms_desktop.services import (
    account_payments,
    customers,
    health,
    holds,
    inventory,
    order_edits,
    orders,
    receivables,
    shipping,
    statement_view,
    users,
)
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.order_edits import LineChange, OrderEdit
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.periods import Period
from oms_desktop.services.shipping import ShipItem
from tests import factories
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN


def _at(
    uow: UnitOfWork, day: date, who: str, pin: str, approver: tuple[str, str] | None = None
) -> UnitOfWork:
    moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=10)
    at = UnitOfWork(uow.engine, clock=lambda: moment, zone=UTC)
    at.sign_in(users.authenticate(at, who, pin))
    if approver is not None:
        at.approver = users.authenticate(at, *approver)
    return at


def test_the_wholesale_story(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="15.00", wholesale="12.50", tax=900, stock=100)
    factories.product(uow, "CUP", price="4.00", wholesale="3.35", tax=1300, stock=100)
    users.add_user(uow, "Olivia", Role.OWNER, "1111")
    owner = _at(uow, date(2026, 9, 1), "Olivia", "1111")
    users.add_user(owner, "Max", Role.MANAGER, "2222")
    users.add_user(owner, "Ann", Role.CASHIER, "3333")
    dragon = customers.add_customer(
        owner,
        CustomerInput(
            name="Golden Dragon Trading",
            phone="021 6888 1234",
            billing_address="88 Nanjing Road, Shanghai",
            price_tier=PriceTier.WHOLESALE,
            credit_limit=Decimal("500.00"),
        ),
    ).value.code

    def order(day: date, lines: list[LineRequest], uow_: UnitOfWork) -> str:
        return orders.create_order(
            uow_, OrderRequest(lines=lines, channel=Channel.WHOLESALE, customer_code=dragon, confirm=True)
        ).value.number

    sep1 = _at(uow, date(2026, 9, 1), "Ann", "3333")
    a = order(date(2026, 9, 1), [LineRequest("TEA", 20), LineRequest("CUP", 10)], sep1)
    assert orders.get_order(uow, a).total == Decimal("310.36")

    # Over the limit: the cashier is refused, naming the limit, what is owed and the order; a manager approves.
    with pytest.raises(NotAllowed, match=r"500\.00") as refused:
        order(date(2026, 9, 2), [LineRequest("TEA", 16)], _at(uow, date(2026, 9, 2), "Ann", "3333"))
    assert "310.36" in str(refused.value) and "218.00" in str(refused.value)
    b = order(
        date(2026, 9, 2),
        [LineRequest("TEA", 16)],
        _at(uow, date(2026, 9, 2), "Ann", "3333", approver=("Max", "2222")),
    )

    # Changed on the phone the next day: four teas fewer, five cups more, held at once.
    changed = order_edits.edit_order(
        _at(uow, date(2026, 9, 3), "Max", "2222"),
        b,
        OrderEdit(set_lines=[LineChange("TEA", 12), LineChange("CUP", 5)]),
    ).value
    assert changed.total == Decimal("182.43")
    assert changed.history[-1].detail == "TEA 16 → 12; CUP added 5 @ 3.35; total 218.00 → 182.43"
    tea = inventory.stock_levels(uow, "TEA")[0]
    assert (tea.on_hand, tea.reserved) == (100, 32)

    # A ships in two parcels, each with its own label.
    shipping.ship(
        _at(uow, date(2026, 9, 4), "Max", "2222"),
        a,
        carrier="SF",
        tracking="SF1001",
        items=[ShipItem("TEA", 12)],
    )
    shipped = shipping.ship(
        _at(uow, date(2026, 9, 5), "Max", "2222"), a, carrier="EMS", tracking="EA2002CN"
    ).value
    assert shipped.status == "shipped" and [s.lines for s in shipped.shipments] == [
        ((1, 12),),
        ((1, 8), (2, 10)),
    ]
    labels = [pdf_tools.text(render_shipping_label(shipment_parcel(shipped, n), SHOP_EN)) for n in (1, 2)]
    assert "SF1001" in labels[0] and "1 line, 12 pieces" in labels[0]
    assert "EA2002CN" in labels[1] and "2 lines, 18 pieces" in labels[1]

    # B waits while the cheque is checked, then goes on.
    held = holds.hold(_at(uow, date(2026, 9, 6), "Max", "2222"), b, reason="payment", note="cheque bounced")
    with pytest.raises(IllegalTransition, match="on hold"):
        shipping.ship(_at(uow, date(2026, 9, 6), "Max", "2222"), b, carrier="SF", tracking="SF1003")
    assert held.value.hold_state == "held"
    holds.release(_at(uow, date(2026, 9, 7), "Max", "2222"), b, note="paid in cash instead")

    # A payment on account: the oldest order first.
    paid = account_payments.pay_on_account(
        _at(uow, date(2026, 9, 20), "Max", "2222"), dragon, Decimal("400.00"), PaymentMethod.BANK_TRANSFER
    ).value
    assert [(s.number, s.amount) for s in paid.shares] == [(a, Decimal("310.36")), (b, Decimal("89.64"))]
    assert paid.balance_after == Decimal("92.79")

    aged = receivables.receivables(uow, as_of=date(2026, 10, 15), customer=dragon)
    (balance,) = aged.customers
    assert balance.balance == Decimal("92.79")
    assert balance.buckets["days_1_30"] == Decimal("92.79") and balance.buckets["not_due"] == 0
    assert [(o.number, o.due, o.days_late) for o in balance.orders] == [(b, date(2026, 10, 2), 13)]

    view = statement_view.statement(uow, dragon, Period(date(2026, 9, 1), date(2026, 9, 30)))
    assert (view.opening, view.debits, view.credits, view.closing) == (
        Decimal("0.00"),
        Decimal("492.79"),
        Decimal("400.00"),
        Decimal("92.79"),
    )
    assert health.check(uow) == []
