"""A split payment is one transaction: every part is recorded, or none is and the refusal says why."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import orders, payments
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories


def confirmed_order(uow: UnitOfWork) -> str:
    factories.product(uow, "RICE", price="50.00", stock=100)
    c = factories.customer(uow, "批发商", wholesale=True)
    request = OrderRequest(
        lines=[LineRequest("RICE", 6)], channel=Channel.WHOLESALE, customer_code=c.code, confirm=True
    )
    return orders.create_order(uow, request).value.number  # 300.00 due


def test_cash_and_card_together_pay_the_order(uow: UnitOfWork) -> None:
    number = confirmed_order(uow)
    outcome = payments.take_payments(
        uow,
        number,
        [
            PaymentRequest(PaymentMethod.CASH, Decimal("100.00"), Decimal("120.00")),
            PaymentRequest(PaymentMethod.CARD, Decimal("200.00"), reference="POS 42"),
        ],
    )
    paid = outcome.value
    assert paid.payment_state == "paid" and paid.balance == Decimal("0.00")
    assert [(p.method, p.amount) for p in paid.payments] == [
        ("cash", Decimal("100.00")),
        ("card", Decimal("200.00")),
    ]
    assert paid.payments[0].change == Decimal("20.00")
    assert [h.action for h in paid.history].count("pay") == 1
    assert outcome.changes.orders and paid.id in outcome.changes.order_ids


@pytest.mark.parametrize(
    ("second", "why"),
    [
        (
            PaymentRequest(PaymentMethod.CARD, Decimal("250.00")),
            r"A payment of 350.00 is more than the balance due",
        ),
        (PaymentRequest(PaymentMethod.CASH, Decimal("50.00"), Decimal("20")), r"tendered 20 is less than"),
        (PaymentRequest(PaymentMethod.CARD, Decimal("0")), r"must be above zero"),
    ],
)
def test_when_the_second_payment_is_refused_nothing_is_written(
    uow: UnitOfWork, second: PaymentRequest, why: str
) -> None:
    number = confirmed_order(uow)
    first = PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("100.00"))
    with pytest.raises(ValidationError, match=why):
        payments.take_payments(uow, number, [first, second])
    after = orders.get_order(uow, number)
    assert after.payments == [] and after.paid == Decimal("0.00") and after.payment_state == "unpaid"
    assert [h.action for h in after.history] == ["create", "confirm"]
