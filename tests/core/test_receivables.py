"""Receivables against a hand-checked shop, on SQLite and PostgreSQL: each customer's balance aged by days
past due as of any day, partial payments and returns taken off, and payments on account shared over the
oldest open orders first, all or nothing."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import (
    account_payments,
    customers,
    health,
    payments,
    receivables,
    sale_returns,
    shipping,
)
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, confirm, create_order
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from tests import factories

D = date(2026, 6, 30)


def _on(uow: UnitOfWork, days_ago: int) -> UnitOfWork:
    moment = datetime.combine(D - timedelta(days=days_ago), datetime.min.time(), UTC) + timedelta(hours=10)
    return UnitOfWork(uow.engine, clock=lambda: moment, zone=UTC)


def _order(uow: UnitOfWork, customer: str, days_ago: int, quantity: int) -> str:
    at = _on(uow, days_ago)
    number = create_order(
        at, OrderRequest(lines=[LineRequest("TEA", quantity)], channel=Channel.PHONE, customer_code=customer)
    ).value.number
    confirm(at, number)
    return number


def _shop(uow: UnitOfWork) -> dict[str, str]:
    factories.product(uow, "TEA", price="10.00", stock=500)
    w = factories.customer(uow, "Wholesale W", phone="13900000001").code
    x = factories.customer(uow, "Cash X", phone="13900000002", terms_days=0).code
    n = {"W": w, "X": x}
    n["A"] = _order(uow, w, 100, 30)  # 300.00, 100.00 paid 90 days ago: 200.00 owed, due 70 days ago
    payments.pay(_on(uow, 90), n["A"], PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("100.00")))
    n["B"] = _order(uow, w, 45, 15)  # 150.00, due 15 days ago
    n["C"] = _order(uow, w, 10, 8)  # 80.00, not yet due
    n["E"] = _order(uow, w, 200, 10)  # paid in full: owes nothing
    payments.pay(_on(uow, 199), n["E"], PaymentRequest(PaymentMethod.CASH, Decimal("100.00")))
    n["F"] = _order(uow, w, 5, 10)  # 100.00 shipped; 4 came back two days ago: 60.00 owed
    shipping.ship(_on(uow, 4), n["F"], carrier="SF", tracking="1")
    sale_returns.take_back(_on(uow, 2), ReturnRequest(n["F"], items=[ReturnItem("TEA", 4)]))
    n["G"] = _order(uow, x, 95, 5)  # 50.00, due the day it was taken: 95 days late
    return n


def test_ageing_as_of_today_and_as_of_a_day_in_the_past(uow: UnitOfWork) -> None:
    n = _shop(uow)
    today = receivables.receivables(_on(uow, 0))
    assert today.as_of == D
    by_code = {c.code: c for c in today.customers}
    w, x = by_code[n["W"]], by_code[n["X"]]
    assert w.balance == Decimal("490.00")
    assert w.buckets == {
        "not_due": Decimal("140.00"),
        "days_1_30": Decimal("150.00"),
        "days_31_60": Decimal("0"),
        "days_61_90": Decimal("200.00"),
        "over_90": Decimal("0"),
    }
    assert [(o.number, o.balance, o.days_late) for o in w.orders] == [
        (n["A"], Decimal("200.00"), 70),
        (n["B"], Decimal("150.00"), 15),
        (n["C"], Decimal("80.00"), -20),
        (n["F"], Decimal("60.00"), -25),
    ]
    assert (x.balance, x.buckets["over_90"]) == (Decimal("50.00"), Decimal("50.00"))
    assert today.total == Decimal("540.00") and today.customers[0].code == n["W"]

    past = receivables.receivables(_on(uow, 0), as_of=D - timedelta(days=60))
    by_code = {c.code: c for c in past.customers}
    # Sixty days ago: only A (200 owed, 10 days late) and G (35 days late) had been taken.
    assert [(o.number, o.balance, o.bucket) for o in by_code[n["W"]].orders] == [
        (n["A"], Decimal("200.00"), "days_1_30")
    ]
    assert by_code[n["X"]].buckets["days_31_60"] == Decimal("50.00")
    # Ninety-five days ago A was taken and not yet paid at all.
    older = receivables.receivables(_on(uow, 0), as_of=D - timedelta(days=95))
    assert [(c.code, c.balance) for c in older.customers] == [
        (n["W"], Decimal("300.00")),
        (n["X"], Decimal("50.00")),
    ]


def test_a_payment_on_account_goes_to_the_oldest_orders_first(uow: UnitOfWork) -> None:
    n = _shop(uow)
    done = account_payments.pay_on_account(
        _on(uow, 0), n["W"], Decimal("250.00"), PaymentMethod.BANK_TRANSFER
    ).value
    assert [(s.number, s.amount) for s in done.shares] == [
        (n["A"], Decimal("200.00")),
        (n["B"], Decimal("50.00")),
    ]
    assert done.balance_after == Decimal("240.00")
    named = account_payments.pay_on_account(
        _on(uow, 0), n["W"], Decimal("80.00"), PaymentMethod.CASH, orders=[n["C"].lower()]
    ).value
    assert [(s.number, s.amount) for s in named.shares] == [(n["C"], Decimal("80.00"))]
    assert named.balance_after == Decimal("160.00")
    assert health.check(uow) == []


def test_a_payment_beyond_what_is_owed_changes_nothing(uow: UnitOfWork) -> None:
    n = _shop(uow)
    before = receivables.receivables(_on(uow, 0))
    with pytest.raises(ValidationError, match="more than is owed"):
        account_payments.pay_on_account(_on(uow, 0), n["W"], Decimal("490.01"), PaymentMethod.CASH)
    with pytest.raises(ValidationError, match="not an open order"):
        account_payments.pay_on_account(
            _on(uow, 0), n["W"], Decimal("10"), PaymentMethod.CASH, orders=[n["E"]]
        )
    with pytest.raises(ValidationError, match="above zero"):
        account_payments.pay_on_account(_on(uow, 0), n["W"], Decimal("0"), PaymentMethod.CASH)
    assert receivables.receivables(_on(uow, 0)) == before


def test_terms_and_limits_are_a_managers(uow: UnitOfWork) -> None:
    from oms_desktop.domain.errors import NotAllowed
    from oms_desktop.domain.user import Role
    from oms_desktop.services import users

    code = customers.add_customer(uow, CustomerInput(name="W")).value.code
    assert customers.get_customer(uow, code).payment_terms_days == 30
    users.add_user(uow, "Olivia", Role.OWNER, "1234")
    owner = UnitOfWork(uow.engine)
    owner.sign_in(users.authenticate(owner, "Olivia", "1234"))
    users.add_user(owner, "Ann", Role.CASHIER, "4321")
    cashier = UnitOfWork(uow.engine)
    cashier.sign_in(users.authenticate(cashier, "Ann", "4321"))
    with pytest.raises(NotAllowed):
        customers.set_terms(cashier, code, days=60)
    changed = customers.set_terms(owner, code, days=60, credit_limit=Decimal("5000")).value
    assert (changed.payment_terms_days, changed.credit_limit) == (60, Decimal("5000.00"))
    with pytest.raises(ValidationError, match="0 to 365"):
        customers.set_terms(owner, code, days=400)
