"""Every action of the order table, from every state an order can reach, through the services.

Allowed: the service succeeds and the stored states are the row's targets (then the automatic follow-ups the
table names); the history ends with the row's action. Refused: the service raises IllegalTransition with the
table's own reason, and nothing changes. Runs on SQLite and PostgreSQL.
"""

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import IllegalTransition
from oms_desktop.domain.messages import MESSAGES
from oms_desktop.domain.order import FulfilmentState, HoldState, Lifecycle, PaymentState
from oms_desktop.domain.order_workflow import ORDERS, Action, derive_payment
from oms_desktop.services import (
    health,
    holds,
    order_edits,
    orders,
    payments,
    quotes,
    returns,
    sale_returns,
    shipping,
)
from oms_desktop.services.order_edits import LineChange, OrderEdit
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from oms_desktop.services.shipping import ShipItem
from tests import factories

CASH = PaymentMethod.CASH


def _pay(uow: UnitOfWork, number: str, amount: str | None = None) -> None:
    due = orders.get_order(uow, number).balance
    payments.pay(uow, number, PaymentRequest(CASH, Decimal(amount) if amount else (due or Decimal("1.00"))))


def _refund_all(uow: UnitOfWork, number: str) -> None:
    paid = orders.get_order(uow, number).paid
    payments.refund(uow, number, paid or Decimal("1.00"), CASH)


def _expire_later(uow: UnitOfWork, number: str) -> None:
    """Expiry a month on, when a fortnight's quotation is past its last valid day."""
    later = UnitOfWork(uow.engine, clock=lambda: uow.now() + timedelta(days=30), zone=uow.zone)
    quotes.expire_quotes(later, numbers=[number])


# How to bring a new order to each state users can reach, as a list of steps after it is created (as a
# draft, or as a fortnight's quotation for the states in QUOTED).
Setup = Callable[[UnitOfWork, str], None]
QUOTED = ("quote", "expired")
STATES: dict[str, list[Setup]] = {
    "quote": [],
    "expired": [_expire_later],
    "draft": [],
    "open": [lambda u, n: orders.confirm(u, n)],
    "open, part paid": [lambda u, n: orders.confirm(u, n), lambda u, n: _pay(u, n, "5.00")],
    "open, paid": [lambda u, n: orders.confirm(u, n), _pay],
    "packed": [lambda u, n: orders.confirm(u, n), lambda u, n: orders.pack(u, n)],
    "held": [
        lambda u, n: orders.confirm(u, n),
        lambda u, n: holds.hold(u, n, reason="payment", note="bounced"),
    ],
    "packed, held": [
        lambda u, n: orders.confirm(u, n),
        lambda u, n: orders.pack(u, n),
        lambda u, n: holds.hold(u, n, reason="stock", note="check the box"),
    ],
    "paid, packed": [lambda u, n: orders.confirm(u, n), _pay, lambda u, n: orders.pack(u, n)],
    "partly shipped": [
        lambda u, n: orders.confirm(u, n),
        lambda u, n: order_edits.edit_order(u, n, OrderEdit(set_lines=[LineChange("TEA-1", 4)])),
        lambda u, n: shipping.ship(u, n, carrier="EMS", tracking="E0", items=[ShipItem("TEA-1", 1)]),
    ],
    "shipped": [
        lambda u, n: orders.confirm(u, n),
        lambda u, n: shipping.ship(u, n, carrier="EMS", tracking="E1"),
    ],
    "paid, shipped": [
        lambda u, n: orders.confirm(u, n),
        _pay,
        lambda u, n: shipping.ship(u, n, carrier="EMS", tracking="E1"),
    ],
    "delivered, unpaid": [
        lambda u, n: orders.confirm(u, n),
        lambda u, n: shipping.ship(u, n, carrier="EMS", tracking="E1"),
        lambda u, n: shipping.deliver(u, n),
    ],
    "completed": [
        lambda u, n: orders.confirm(u, n),
        _pay,
        lambda u, n: shipping.ship(u, n, carrier="EMS", tracking="E1"),
        lambda u, n: shipping.deliver(u, n),
    ],
    "refunded": [lambda u, n: orders.confirm(u, n), _pay, _refund_all],
    "cancelled": [lambda u, n: orders.cancel(u, n)],
    "returned": [
        lambda u, n: orders.confirm(u, n),
        lambda u, n: shipping.ship(u, n, carrier="EMS", tracking="E1"),
        lambda u, n: returns.return_order(u, n, method=CASH),
    ],
}

# One service call per action on an existing order (checkout happens as a counter sale is created, and
# completion is automatic: both are checked through the rows that lead to them).
ACTIONS: dict[Action, Callable[[UnitOfWork, str], object]] = {
    Action.CONFIRM: lambda u, n: orders.confirm(u, n),
    Action.PAY: _pay,
    Action.REFUND: _refund_all,
    Action.RETURN: lambda u, n: returns.return_order(u, n, method=CASH),
    Action.RETURN_LINES: lambda u, n: sale_returns.take_back(u, ReturnRequest(n, [ReturnItem("TEA-1", 1)])),
    Action.PACK: lambda u, n: orders.pack(u, n),
    Action.SHIP: lambda u, n: shipping.ship(u, n, carrier="SF", tracking="SF1"),
    Action.SHIP_PART: lambda u, n: shipping.ship(
        u, n, carrier="SF", tracking="SF2", items=[ShipItem("TEA-1", 1)]
    ),
    Action.EDIT: lambda u, n: order_edits.edit_order(u, n, OrderEdit(set_lines=[LineChange("TEA-1", 3)])),
    Action.DELIVER: lambda u, n: shipping.deliver(u, n),
    Action.CANCEL: lambda u, n: orders.cancel(u, n, "test"),
    Action.HOLD: lambda u, n: holds.hold(u, n, reason="address", note="no such street"),
    Action.RELEASE: lambda u, n: holds.release(u, n),
    Action.EXPIRE: _expire_later,
}


def test_every_row_of_the_table_is_walked() -> None:
    # Taken on their own: completion after pay and deliver; shipped in full when an edit takes off the rest
    # (tests/core/test_order_edits.py).
    walked = set(ACTIONS) | {
        Action.CREATE,
        Action.QUOTE,  # every order of STATES in QUOTED is made by it
        Action.CHECKOUT,
        Action.COMPLETE,
        Action.SHIPPED_IN_FULL,
    }
    assert walked == {Action(step.action) for step in ORDERS}


def _states(d: OrderDetail) -> tuple[Lifecycle, PaymentState, FulfilmentState, HoldState]:
    return (
        Lifecycle(d.lifecycle),
        PaymentState(d.payment_state),
        FulfilmentState(d.fulfilment_state),
        HoldState(d.hold_state),
    )


def _expected(
    before: OrderDetail, after: OrderDetail, action: Action
) -> tuple[Lifecycle, PaymentState, FulfilmentState, HoldState]:
    """The row's targets applied to the states before, the payment derived from the stored amounts, then the
    automatic follow-ups the row names."""
    lc, pay, ful, hold = _states(before)
    doc = SimpleNamespace(
        number=before.number,
        lifecycle=lc,
        payment_state=pay,
        fulfilment_state=ful,
        hold_state=hold,
        total_minor=int(after.total * 100),
        paid_minor=int(after.paid * 100),
        returned_minor=int(after.returned * 100),
        refunded_any=any(p.kind == "refund" for p in after.payments),
    )
    step = ORDERS.step(action)
    ORDERS.move(doc, step, after.created_at, derive_payment)
    for follower in ORDERS.followers(doc, step):
        ORDERS.move(doc, follower, after.created_at, derive_payment)
    return doc.lifecycle, doc.payment_state, doc.fulfilment_state, doc.hold_state


@pytest.mark.parametrize("action", list(ACTIONS), ids=str)
def test_each_action_from_each_state_does_what_the_table_says(uow: UnitOfWork, action: Action) -> None:
    factories.product(uow, "TEA-1", price="20.00", tax=900, stock=500)
    customer = factories.customer(uow).code
    for name, setup in STATES.items():
        request = OrderRequest(
            lines=[LineRequest("TEA-1", 2)],
            channel=Channel.PHONE,
            customer_code=customer,
            quote_days=14 if name in QUOTED else None,
        )
        number = orders.create_order(uow, request).value.number
        for step in setup:
            step(uow, number)
        before = orders.get_order(uow, number)
        reason = ORDERS.refusal(
            SimpleNamespace(
                **dict(
                    zip(
                        ("lifecycle", "payment_state", "fulfilment_state", "hold_state"),
                        _states(before),
                        strict=True,
                    )
                )
            ),
            action,
        )
        if reason is None:
            ACTIONS[action](uow, number)
            after = orders.get_order(uow, number)
            assert _states(after) == _expected(before, after, action), (name, action)
            done = [h.action for h in after.history[len(before.history) :]]
            assert done[0] == action.value, (name, done)
        else:
            with pytest.raises(IllegalTransition) as refused:
                ACTIONS[action](uow, number)
            assert refused.value.reason == reason, (name, action, str(refused.value))
            assert str(refused.value).endswith(MESSAGES[reason].text)
            assert orders.get_order(uow, number) == before, (name, action)
    assert not health.check(uow)


def test_checkout_and_create_follow_their_rows(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="20.00", tax=900, stock=5)
    sale = orders.create_order(
        uow,
        OrderRequest(lines=[LineRequest("TEA-1", 2)], payments=[PaymentRequest(CASH, Decimal("43.60"))]),
    ).value
    checkout = ORDERS.step(Action.CHECKOUT)
    assert (Lifecycle(sale.lifecycle), FulfilmentState(sale.fulfilment_state)) == (
        checkout.target("lifecycle"),
        checkout.target("fulfilment_state"),
    )
    assert sale.payment_state == "paid"
    assert [h.action for h in sale.history] == ["create", "checkout"]
    assert [(h.from_status, h.to_status) for h in sale.history] == [("", "draft"), ("draft", "completed")]
    draft = orders.create_order(uow, OrderRequest(lines=[LineRequest("TEA-1", 1)])).value
    assert (draft.lifecycle, draft.payment_state, draft.fulfilment_state) == (
        "draft",
        "unpaid",
        "unfulfilled",
    )
    assert [h.action for h in draft.history] == ["create"]
