"""The Problems view (services/order_problems.py), on SQLite and PostgreSQL: each problem found where it is
and not where it is not, the list paged and sorted in SQL, the overdue rule the receivables' own, the
setting of days and `order list --problems`."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from oms_desktop.cli import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Order, PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import holds, order_pages, orders, payments, receivables, settings, shipping
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.order_problems import AsOf, Problem, ProblemFinder, problems_of
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories

TODAY = date(2026, 6, 30)
PROBLEMS = OrderFilter(problems=True)


def _on(uow: UnitOfWork, days_ago: int) -> UnitOfWork:
    """The shop as it is `days_ago` days before TODAY, at 10:00 UTC (the shop's zone)."""
    moment = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), UTC) + timedelta(
        hours=10
    )
    return UnitOfWork(uow.engine, clock=lambda: moment, zone=UTC)


def _order(uow: UnitOfWork, customer: str, days_ago: int, quantity: int = 1, sku: str = "TEA") -> str:
    return orders.create_order(
        _on(uow, days_ago),
        OrderRequest([LineRequest(sku, quantity)], Channel.PHONE, customer, confirm=True),
    ).value.number


def _pay(uow: UnitOfWork, number: str, days_ago: int, amount: str | None = None) -> None:
    due = orders.get_order(uow, number).balance if amount is None else Decimal(amount)
    payments.pay(_on(uow, days_ago), number, PaymentRequest(PaymentMethod.BANK_TRANSFER, due))


def _found(uow: UnitOfWork) -> dict[str, tuple[str, ...]]:
    """The Problems view today: order number -> its problems."""
    return {r.number: r.problems for r in order_pages.list_orders(_on(uow, 0), PROBLEMS, limit=500)}


@pytest.fixture
def shop(uow: UnitOfWork) -> dict[str, str]:
    factories.product(uow, "TEA", price="10.00", stock=100)
    factories.product(uow, "RARE", price="50.00", stock=1, backorder=True)
    return {
        "W": factories.customer(uow, "Wholesale W", wholesale=True, phone="13900000001").code,  # 30 days
        "X": factories.customer(uow, "Cash X", phone="13900000002", terms_days=0).code,
    }


def test_an_order_on_hold_is_a_problem_until_it_is_released(uow: UnitOfWork, shop: dict[str, str]) -> None:
    number = _order(uow, shop["W"], 1)
    _pay(uow, number, 1)
    assert _found(uow) == {}
    holds.hold(uow, number, reason="address", note="no such street")
    assert _found(uow) == {number: (Problem.HELD.value,)}
    holds.release(uow, number)
    assert _found(uow) == {}


def test_overdue_payment_is_on_account_past_its_due_date_with_a_balance(
    uow: UnitOfWork, shop: dict[str, str]
) -> None:
    w, x = shop["W"], shop["X"]
    late = _order(uow, w, 31)  # due 30 days after its day: one day late
    due_today = _order(uow, w, 30)  # due today: not late yet
    part_paid = _order(uow, w, 45, 3)
    _pay(uow, part_paid, 40, "10.00")  # 20.00 still owed
    paid = _order(uow, w, 60)
    _pay(uow, paid, 50)
    shipping.ship(_on(uow, 49), paid, carrier="SF", tracking="SF9")
    cash_late = _order(uow, x, 1)  # terms 0: due the day it was taken, late the next
    cash_today = _order(uow, x, 0)
    overdue = (Problem.OVERDUE_PAYMENT.value,)
    assert _found(uow) == {late: overdue, part_paid: overdue, cash_late: overdue}
    assert due_today not in _found(uow) and paid not in _found(uow) and cash_today not in _found(uow)
    # The same rule as the receivables report: what it ages past due is what the view calls overdue.
    report = receivables.receivables(_on(uow, 0))
    past_due = {o.number for c in report.customers for o in c.orders if o.days_late > 0}
    assert past_due == {late, part_paid, cash_late}
    detail = problems_of(_on(uow, 0), part_paid)
    assert (detail.due, detail.owed) == (TODAY - timedelta(days=15), Decimal("20.00"))


def test_backordered_orders_wait_for_goods(uow: UnitOfWork, shop: dict[str, str]) -> None:
    first = _order(uow, shop["W"], 2, 1, "RARE")  # takes the one on the shelf
    second = _order(uow, shop["W"], 1, 1, "RARE")  # waits for it
    assert _found(uow) == {second: (Problem.BACKORDERED.value,)}
    assert first not in _found(uow)


def test_paid_but_not_shipped_after_the_days_of_the_setting(uow: UnitOfWork, shop: dict[str, str]) -> None:
    w = shop["W"]
    slow = _order(uow, w, 10)
    _pay(uow, slow, 4)  # paid 4 days ago: past the default 3
    fresh = _order(uow, w, 10)
    _pay(uow, fresh, 2)
    shipped = _order(uow, w, 10)
    _pay(uow, shipped, 5)
    shipping.ship(_on(uow, 4), shipped, carrier="SF", tracking="SF1")
    assert _found(uow) == {slow: (Problem.PAID_NOT_SHIPPED.value,)}
    assert problems_of(_on(uow, 0), slow).paid_days == 4
    current = settings.get_settings(uow)
    settings.save_settings(uow, replace(current, paid_unshipped_days=5))
    assert _found(uow) == {}
    settings.save_settings(uow, replace(current, paid_unshipped_days=1))
    assert set(_found(uow)) == {slow, fresh}


def test_the_setting_is_a_whole_number_of_days(uow: UnitOfWork) -> None:
    current = settings.get_settings(uow)
    assert current.paid_unshipped_days == 3
    for days in (0, 366):
        with pytest.raises(ValidationError) as refused:
            settings.save_settings(uow, replace(current, paid_unshipped_days=days))
        assert str(refused.value) == f"A paid order shows as not shipped after 1 to 365 days ({days} is not)"
    for text in ("abc", "1.5", "-2", "٣"):
        with pytest.raises(ValueError):
            settings.decode("paid_unshipped_days", text)
    assert settings.decode("paid_unshipped_days", " 7 ") == 7


def test_no_address_is_an_order_the_rule_would_refuse(uow: UnitOfWork, shop: dict[str, str]) -> None:
    number = _order(uow, shop["W"], 1)
    shipped = _order(uow, shop["W"], 1)
    _pay(uow, shipped, 1)
    shipping.ship(_on(uow, 1), shipped, carrier="SF", tracking="SF2")
    bare = factories.customer(uow, "Li Na", phone="", address="").code
    draft = orders.create_order(uow, OrderRequest([LineRequest("TEA", 1)], Channel.ONLINE, bare)).value.number
    counter = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 1)], Channel.COUNTER, bare, confirm=True)
    ).value.number
    with uow.write() as s:  # confirmed and shipped before the rule: history, and an order that waits
        s.execute(update(Order).where(Order.number.in_([number, shipped])).values(ship_to="Wholesale W"))
    found = _found(uow)
    assert found[number] == (Problem.NO_ADDRESS.value,)
    assert found[draft] == (Problem.NO_ADDRESS.value,)
    assert shipped not in found and counter not in found
    assert problems_of(uow, number).missing == "address,phone"


def test_an_order_with_several_problems_names_each_in_order(uow: UnitOfWork, shop: dict[str, str]) -> None:
    number = _order(uow, shop["X"], 5, 1, "RARE")
    second = _order(uow, shop["X"], 4, 1, "RARE")  # waits for goods, unpaid past its due date
    holds.hold(uow, second, reason="stock", note="ask the supplier")
    assert _found(uow)[second] == ("held", "overdue_payment", "backordered")
    assert _found(uow)[number] == ("overdue_payment",)


def test_the_view_is_paged_and_sorted_in_sql_and_counted(uow: UnitOfWork, shop: dict[str, str]) -> None:
    numbers = [_order(uow, shop["X"], days) for days in (9, 8, 7, 6, 5)]  # all overdue
    _order(uow, shop["X"], 0)  # not yet
    today = _on(uow, 0)
    assert order_pages.count_orders(today, PROBLEMS) == 5
    first = order_pages.order_page(today, PROBLEMS, sort="number", descending=False, limit=2)
    second = order_pages.order_page(
        today, PROBLEMS, sort="number", descending=False, after=first.cursor, limit=2
    )
    third = order_pages.order_page(
        today, PROBLEMS, sort="number", descending=False, after=second.cursor, limit=2
    )
    assert [r.number for r in first.rows + second.rows + third.rows] == numbers
    assert third.cursor is None and all(r.problems == ("overdue_payment",) for r in third.rows)
    # The other filters narrow it as they narrow any list; outside the view a row names no problems.
    assert order_pages.count_orders(today, OrderFilter(problems=True, channel=Channel.WHOLESALE)) == 0
    assert {r.problems for r in order_pages.list_orders(today)} == {()}


def test_the_finder_reads_the_orders_of_a_page_only(uow: UnitOfWork, shop: dict[str, str]) -> None:
    late = _order(uow, shop["X"], 3)
    other = _order(uow, shop["X"], 3)
    with uow.read() as s:
        ids = {number: oid for number, oid in s.execute(select(Order.number, Order.id))}
        found = ProblemFinder(s, AsOf(datetime(2026, 6, 30, 10, tzinfo=UTC), UTC)).of([ids[late]])
    assert found == {ids[late]: (Problem.OVERDUE_PAYMENT,)} and ids[other] not in found


def test_order_list_problems_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "oms.sqlite3")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("product", "add", "--sku", "TEA", "--name", "Tea", "--price", "5.00")[0] == 0
    assert run("stock", "receive", "TEA", "10")[0] == 0
    customer = ("--name", "Li Na", "--code", "C-LI", "--phone", "13900001111", "--address", "88 Wensan Road")
    assert run("customer", "add", *customer)[0] == 0
    code, out, _ = run("--json", "order", "create", "--customer", "C-LI", "--line", "TEA:1", "--confirm")
    number = out.split('"number": "')[1].split('"')[0]
    assert number not in run("order", "list", "--problems")[1]
    assert run("order", "hold", number, "--reason", "payment", "--note", "cheque bounced")[0] == 0
    code, out, _ = run("order", "list", "--problems")
    assert code == 0
    head, _rule, row = out.splitlines()[:3]
    assert head.split()[-1] == "Problems" and row.startswith(number) and row.endswith("on hold")
    assert run("settings", "set", "paid-unshipped-days", "5")[1].count("paid_unshipped_days: 5") == 1
    code, _, err = run("settings", "set", "paid-unshipped-days", "0")
    assert code == 1 and "1 to 365 days (0 is not)" in err
    code, _, err = run("settings", "set", "paid-unshipped-days", "soon")
    assert code == 2 and "not a whole number of days" in err
