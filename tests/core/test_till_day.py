"""A till's day on both databases: a float, cash and card sales, cash paid out, a blind close with a
variance a manager approves, a Z report numbered without gaps and kept as it was closed."""

from decimal import Decimal

import pytest
from sqlalchemy import text

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.denominations import parse_count
from oms_desktop.domain.errors import NotAllowed, ValidationError
from oms_desktop.domain.till import CashMoveKind
from oms_desktop.services import health, orders, payments, till
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests.core.test_people import staffed


def sale(uow: UnitOfWork, method: PaymentMethod, quantity: int = 1, tendered: str | None = None) -> str:
    total = orders.quote(uow, [LineRequest("TEA", quantity)]).total
    pay = PaymentRequest(method, total, Decimal(tendered) if tendered else None)
    return orders.create_order(uow, OrderRequest([LineRequest("TEA", quantity)], payments=[pay])).value.number


def test_a_day_from_float_to_z_report(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.till = "T1"
    uow.sign_in(people["Ann"])
    with pytest.raises(ValidationError, match="Till T1 is not open"):
        sale(uow, PaymentMethod.CASH)  # cash needs an open till once the shop has users
    till.open_till(uow, Decimal("200.00"))
    with pytest.raises(ValidationError, match="already open"):
        till.open_till(uow, Decimal("50.00"))
    sale(uow, PaymentMethod.CASH, 2, tendered="100")  # 61.00 in cash, 39.00 change
    card = sale(uow, PaymentMethod.CARD)  # 30.50 by card: not in the drawer
    cash = sale(uow, PaymentMethod.CASH)
    payments.refund(uow.approved_by(people["Max"]), cash, Decimal("10.00"), PaymentMethod.CASH)
    with pytest.raises(NotAllowed):
        till.move_cash(uow, CashMoveKind.CASH_OUT, Decimal("20.00"), "window cleaner")
    till.move_cash(uow.approved_by(people["Max"]), CashMoveKind.CASH_OUT, Decimal("20.00"), "window cleaner")
    with pytest.raises(ValidationError, match="cannot be paid out"):
        till.move_cash(uow.approved_by(people["Max"]), CashMoveKind.CASH_OUT, Decimal("9999"), "x")

    blind = till.status(uow)  # the cashier's X report: no expected cash
    assert blind.expected_cash.is_zero() and blind.expected_cash.is_signed()
    # expected = 200 + 61.00 + 30.50 - 10.00 - 20.00 = 261.50; counted 255.50: 6.00 short (limit 5.00)
    counted = parse_count("100x2,50x1,1x5,0.5x1", "CNY")
    with pytest.raises(NotAllowed, match="close a till"):
        till.close_till(uow, counted=counted)
    z = till.close_till(uow.approved_by(people["Max"]), counted=counted).value
    assert (z.z_number, z.expected_cash, z.counted_cash, z.variance) == (
        1,
        Decimal("261.50"),
        Decimal("255.50"),
        Decimal("-6.00"),
    )
    assert {m.method: m.amount for m in z.sales} == {"cash": Decimal("91.50"), "card": Decimal("30.50")}
    assert {m.method: m.amount for m in z.refunds} == {"cash": Decimal("10.00")}
    assert (z.sales_count, z.returns_count, z.overrides) == (3, 0, 3)  # a refund of money only is no return
    assert [(p.face, p.pieces) for p in z.counted] == [
        (Decimal("100"), 2),
        (Decimal("50"), 1),
        (Decimal("1"), 5),
        (Decimal("0.5"), 1),
    ]
    assert z.approved_by == "Max" and z.closed_by == "Ann"
    assert [c.name for c in z.cashiers] == ["Ann"]

    # The next session is Z 2; a sale after closing and card refunds later do not change Z 1.
    till.open_till(uow, Decimal("100.00"))
    sale(uow, PaymentMethod.CASH)
    assert till.z_report(uow, 1) == z
    assert till.close_till(uow, counted_total=Decimal("130.50")).value.z_number == 2
    assert [n for n, _ in till.z_numbers(uow)] == [2, 1]
    assert card and health.check(uow) == []


def test_a_z_report_edited_after_closing_is_found_by_db_check(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.till = "T2"
    uow.sign_in(people["Max"])
    till.open_till(uow, Decimal("50.00"))
    till.close_till(uow, counted_total=Decimal("50.00"))
    with uow.engine.begin() as conn:
        conn.execute(text("UPDATE till_sessions SET report = replace(report, '\"50.00\"', '\"500.00\"')"))
    found = [str(p) for p in health.check(uow)]
    assert any("T2 Z1 differs" in f for f in found), found


def test_counts_are_read_strictly(uow: UnitOfWork) -> None:
    assert parse_count("100x2, 20×3 ,1x7", "CNY") == {Decimal("100"): 2, Decimal("20"): 3, Decimal("1"): 7}
    for bad, words in (("100x", "not a count"), ("7x2", "not a note or coin of CNY"), ("abc", "not a count")):
        with pytest.raises(ValidationError, match=words):
            parse_count(bad, "CNY")


def test_two_tills_have_their_own_sessions_and_numbers(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Max"])
    for name in ("A", "B"):
        uow.till = name
        till.open_till(uow, Decimal("10.00"))
    uow.till = "A"
    sale(uow, PaymentMethod.CASH)
    report_a = till.close_till(uow, counted_total=Decimal("40.50")).value
    uow.till = "B"
    report_b = till.close_till(uow, counted_total=Decimal("10.00")).value
    assert (report_a.z_number, report_a.sales_count, report_b.z_number, report_b.sales_count) == (1, 1, 1, 0)


def test_returns_and_voids_are_counted_apart_in_the_z_report(uow: UnitOfWork) -> None:
    from oms_desktop.services import returns

    people = staffed(uow)
    uow.till = "T3"
    uow.sign_in(people["Max"])
    till.open_till(uow, Decimal("100.00"))
    kept, returned, voided = (sale(uow, PaymentMethod.CASH) for _ in range(3))
    returns.return_order(uow, returned, reason="wrong size")
    returns.return_order(uow, voided, reason="rung up twice", void=True)
    z = till.close_till(uow, counted_total=Decimal("130.50")).value
    assert (z.sales_count, z.returns_count, z.voids) == (3, 1, 1)
    assert z.expected_cash == Decimal("130.50") and kept


def test_quick_tenders_are_the_next_round_amounts_of_the_notes() -> None:
    from oms_desktop.domain.denominations import quick_tenders

    assert quick_tenders(Decimal("68.42"), "CNY") == [Decimal("70.00"), Decimal("80.00"), Decimal("100.00")]
    assert quick_tenders(Decimal("100.00"), "CNY") == []  # a round amount: Exact is the only button
    assert quick_tenders(Decimal("999"), "EUR") == [Decimal("1000.00")]
    assert quick_tenders(Decimal("0"), "USD") == []
