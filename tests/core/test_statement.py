"""A customer's statement against a hand-checked shop, on SQLite and PostgreSQL: the opening balance, each
order on account, payment and return of the period with the balance after it, the closing balance and its
ageing, all to the cent and agreeing with receivables; a sale paid at the counter is no part of it.

The shop (today is 2026-06-30, terms 30 days) is tests/core/test_receivables.py's, plus for Wholesale W:
H 2026-06-10 100.00, 90.00 paid on 06-11, shipped, half of it back on 06-27 (50.00 of goods: 10.00 was
still owed, 40.00 goes back), K 2026-06-20 paid at the counter, and 250.00 on account on 06-29 (A 200.00
then B 50.00). Statement of 2026-05-01 .. 2026-06-30:

    opening (end of 04-30)  A 300.00 - 100.00 paid                       200.00
    05-16  B  order  150.00                                              350.00
    06-10  H  order  100.00                                              450.00
    06-11  H  payment                 90.00                              360.00
    06-20  C  order   80.00                                              440.00
    06-25  F  order  100.00                                              540.00
    06-27  H  return (RT)             10.00  (of 50.00: the rest was paid back)  530.00
    06-28  F  return (RT)             40.00                              490.00
    06-29  A  payment                200.00                              290.00
    06-29  B  payment                 50.00                              240.00
    closing                                                              240.00
    ageing as of 06-30: B 100.00 15 days late (1-30), C 80.00 and F 60.00 not yet due
"""

from datetime import date
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import NotFound
from oms_desktop.services import account_payments, payments, receivables, sale_returns, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, create_order
from oms_desktop.services.periods import Period
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from oms_desktop.services.statement_view import LineKind, statement
from tests.core.test_receivables import _on, _order, _shop

PERIOD = Period(date(2026, 5, 1), date(2026, 6, 30))
ZERO = Decimal("0")


def statement_shop(uow: UnitOfWork) -> dict[str, str]:
    n = _shop(uow)
    n["H"] = _order(uow, n["W"], 20, 10)
    payments.pay(_on(uow, 19), n["H"], PaymentRequest(PaymentMethod.CASH, Decimal("90.00")))
    shipping.ship(_on(uow, 18), n["H"], carrier="SF", tracking="2")
    sale_returns.take_back(_on(uow, 3), ReturnRequest(n["H"], items=[ReturnItem("TEA", 5)]))
    n["K"] = create_order(
        _on(uow, 10),
        OrderRequest(
            lines=[LineRequest("TEA", 2)],
            customer_code=n["W"],
            payments=[PaymentRequest(PaymentMethod.CASH, Decimal("20.00"))],
        ),
    ).value.number
    account_payments.pay_on_account(
        _on(uow, 1), n["W"], Decimal("250.00"), PaymentMethod.BANK_TRANSFER, reference="BANK-77"
    )
    return n


def test_the_statement_of_a_hand_checked_account(uow: UnitOfWork) -> None:
    n = statement_shop(uow)
    view = statement(_on(uow, 0), n["W"], PERIOD)
    assert view.opening == Decimal("200.00")
    got = [(ln.day.isoformat(), ln.kind, ln.order, ln.debit, ln.credit, ln.balance) for ln in view.lines]
    o, p, r = LineKind.ORDER, LineKind.PAYMENT, LineKind.RETURN
    d = Decimal
    assert got == [
        ("2026-05-16", o, n["B"], d("150.00"), ZERO, d("350.00")),
        ("2026-06-10", o, n["H"], d("100.00"), ZERO, d("450.00")),
        ("2026-06-11", p, n["H"], ZERO, d("90.00"), d("360.00")),
        ("2026-06-20", o, n["C"], d("80.00"), ZERO, d("440.00")),
        ("2026-06-25", o, n["F"], d("100.00"), ZERO, d("540.00")),
        ("2026-06-27", r, n["H"], ZERO, d("10.00"), d("530.00")),
        ("2026-06-28", r, n["F"], ZERO, d("40.00"), d("490.00")),
        ("2026-06-29", p, n["A"], ZERO, d("200.00"), d("290.00")),
        ("2026-06-29", p, n["B"], ZERO, d("50.00"), d("240.00")),
    ]
    assert all(ln.order != n["K"] for ln in view.lines)  # paid at the counter: not on account
    assert view.lines[0].due == date(2026, 6, 15) and view.lines[2].due is None
    assert view.lines[-1].method == "bank_transfer" and view.lines[-1].document == "BANK-77"
    assert view.lines[5].document.startswith("RT")
    assert (view.debits, view.credits) == (Decimal("430.00"), Decimal("390.00"))
    assert view.closing == Decimal("240.00")
    assert view.ageing == {
        "not_due": Decimal("140.00"),
        "days_1_30": Decimal("100.00"),
        "days_31_60": ZERO,
        "days_61_90": ZERO,
        "over_90": ZERO,
    }
    assert [(o.number, o.balance) for o in view.open_orders] == [
        (n["B"], Decimal("100.00")),
        (n["C"], Decimal("80.00")),
        (n["F"], Decimal("60.00")),
    ]


def test_every_period_agrees_with_receivables(uow: UnitOfWork) -> None:
    """Opening + debits - credits is the closing, and both are receivables' own, for any FROM..TO."""
    n = statement_shop(uow)
    today = _on(uow, 0)
    days = [date(2026, 1, 1), date(2026, 3, 22), date(2026, 4, 1), date(2026, 6, 10), date(2026, 6, 27)]
    for code in (n["W"], n["X"]):
        for start in days:
            for end in (d for d in [*days, date(2026, 6, 30)] if d >= start):
                view = statement(today, code, Period(start, end))
                owed = receivables.receivables(today, as_of=end, customer=code).customers
                assert view.closing == (owed[0].balance if owed else ZERO), (code, start, end)
                assert view.opening + view.debits - view.credits == view.closing, (code, start, end)
                if view.lines:
                    assert view.lines[-1].balance == view.closing
                assert sum(view.ageing.values(), ZERO) == view.closing


def test_a_period_before_any_order_and_an_unknown_customer(uow: UnitOfWork) -> None:
    n = statement_shop(uow)
    quiet = statement(_on(uow, 0), n["W"], Period(date(2025, 1, 1), date(2025, 1, 31)))
    assert (quiet.opening, quiet.lines, quiet.closing) == (ZERO, [], ZERO)
    with pytest.raises(NotFound):
        statement(_on(uow, 0), "C-NOBODY", PERIOD)


def test_a_customer_without_account_orders_has_an_empty_statement(uow: UnitOfWork) -> None:
    n = statement_shop(uow)
    create_order(
        _on(uow, 2),
        OrderRequest(lines=[LineRequest("TEA", 1)], channel=Channel.PHONE, customer_code=n["X"]),
    )  # a draft: not confirmed, owes nothing yet
    view = statement(_on(uow, 0), n["X"], Period(date(2026, 6, 1), date(2026, 6, 30)))
    assert view.opening == view.closing == Decimal("50.00")
    assert view.lines == [] and view.ageing["over_90"] == Decimal("50.00")
