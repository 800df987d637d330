"""Returns and exchanges on both databases: partial returns until all is back, money by the ways it was
paid or to store credit, the damaged location, an exchange paying or refunding the difference, and store
credit that is spent and never goes below zero."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod, RefundTo
from oms_desktop.domain.errors import IllegalTransition, ValidationError
from oms_desktop.services import health, inventory, orders, returns, store_credit
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.sale_returns import ExchangeRequest, ReturnItem, ReturnRequest, exchange, take_back
from tests import factories

CASH, CARD = PaymentMethod.CASH, PaymentMethod.CARD


def _sale(uow: UnitOfWork, *lines: LineRequest, pays: tuple = (CASH,), customer: str | None = None) -> str:
    total = orders.quote(uow, lines, customer).total
    split = [PaymentRequest(m, a) for m, a in zip(pays, _split(total, len(pays)), strict=True)]
    req = OrderRequest(lines=lines, payments=split, customer_code=customer)
    return orders.create_order(uow, req).value.number


def _split(total: Decimal, parts: int) -> list[Decimal]:
    if parts == 1:
        return [total]
    first = (total / parts).quantize(Decimal("0.01"))
    return [first, total - first]


def _on_hand(uow: UnitOfWork, sku: str, location: str = "MAIN") -> int:
    return next(lv.on_hand for lv in inventory.stock_levels(uow, sku) if lv.location_code == location)


def test_a_line_comes_back_in_parts_until_all_is_back_to_the_cent(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", tax=1300, stock=10)
    # 3 x 10.00 - 1.00 discount = 29.00, tax 13% = 3.77: 32.77, which does not split evenly in three
    number = _sale(uow, LineRequest("TEA", 3, discount=Decimal("1.00")))
    first = take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)], reason="too strong")).value
    assert first.total == Decimal("10.92") and first.refunds == (("cash", Decimal("10.92")),)
    assert _on_hand(uow, "TEA") == 8
    detail = orders.get_order(uow, number)
    assert (detail.status, detail.returned, detail.paid, detail.balance) == (
        "completed",
        Decimal("10.92"),
        Decimal("21.85"),
        Decimal("0.00"),
    )
    with pytest.raises(ValidationError, match="TEA: 3 cannot come back; 3 were sold and 2 are still out"):
        take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 3)]))
    rest = take_back(uow, ReturnRequest(number)).value  # nothing named: the rest
    assert first.total + rest.total == Decimal("32.77")
    assert _on_hand(uow, "TEA") == 10
    detail = orders.get_order(uow, number)
    assert detail.payment_state == "refunded" and detail.returns == [first.number, rest.number]
    with pytest.raises(ValidationError, match="has been brought back already"):
        take_back(uow, ReturnRequest(number))
    assert not health.check(uow)


def test_money_goes_back_by_the_ways_it_was_paid_largest_first(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="30.00", stock=10)
    factories.product(uow, "CUP", price="10.00", stock=10)
    number = _sale(uow, LineRequest("TEA", 1), LineRequest("CUP", 1), pays=(CARD, CASH))  # 20.00 each
    out = take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)])).value
    assert out.refunds == (("card", Decimal("20.00")), ("cash", Decimal("10.00")))


def test_to_store_credit_then_spent_and_never_below_zero(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="25.00", stock=10)
    walk_in = _sale(uow, LineRequest("TEA", 2))
    with pytest.raises(ValidationError, match="Store credit belongs to a customer"):
        take_back(uow, ReturnRequest(walk_in, [ReturnItem("TEA", 1)], RefundTo.STORE_CREDIT))
    assert _on_hand(uow, "TEA") == 8  # the refusal left everything as it was
    zhang = factories.customer(uow).code
    out = take_back(
        uow, ReturnRequest(walk_in, [ReturnItem("TEA", 1)], RefundTo.STORE_CREDIT, customer_code=zhang)
    ).value
    assert out.store_credit == Decimal("25.00") and out.refunds == (("store_credit", Decimal("25.00")),)
    # spent on the next sale, together with cash
    lines = [LineRequest("TEA", 2)]
    paid = [
        PaymentRequest(PaymentMethod.STORE_CREDIT, Decimal("25.00")),
        PaymentRequest(CASH, Decimal("25.00")),
    ]
    orders.create_order(uow, OrderRequest(lines, customer_code=zhang, payments=paid))
    assert store_credit.statement(uow, zhang).balance == Decimal("0.00")
    with pytest.raises(ValidationError, match=r"has 0\.00 of store credit: 25\.00 cannot come out of it"):
        orders.create_order(
            uow,
            OrderRequest(
                [LineRequest("TEA", 1)],
                customer_code=zhang,
                payments=[PaymentRequest(PaymentMethod.STORE_CREDIT, Decimal("25.00"))],
            ),
        )
    kinds = [m.kind for m in store_credit.statement(uow, zhang).moves]
    assert kinds == ["spent", "issued"]
    assert not health.check(uow)


def test_damaged_goods_go_to_the_damaged_location_not_the_shelf(uow: UnitOfWork) -> None:
    factories.product(uow, "CUP", price="8.00", stock=5)
    number = _sale(uow, LineRequest("CUP", 2))
    take_back(uow, ReturnRequest(number, [ReturnItem("CUP", 1)], reason="cracked", damaged=True))
    assert _on_hand(uow, "CUP") == 3 and _on_hand(uow, "CUP", "DAMAGED") == 1


def test_an_exchange_pays_the_difference_in_one_transaction(uow: UnitOfWork) -> None:
    factories.product(uow, "TEE-M", price="50.00", stock=3)
    factories.product(uow, "TEE-L", price="50.00", stock=3)
    factories.product(uow, "HOODIE", price="80.00", stock=1)
    number = _sale(uow, LineRequest("TEE-M", 1))
    with pytest.raises(ValidationError, match=r"cost 30\.00 more"):
        exchange(uow, ExchangeRequest(number, [ReturnItem("TEE-M", 1)], [LineRequest("HOODIE", 1)]))
    assert _on_hand(uow, "TEE-M") == 2 and _on_hand(uow, "HOODIE") == 1  # nothing half-done
    out = exchange(
        uow, ExchangeRequest(number, [ReturnItem("TEE-M", 1)], [LineRequest("HOODIE", 1)], pay=CARD)
    ).value
    assert out.refunds == (("exchange", Decimal("50.00")),) and out.extra_paid == (
        ("card", Decimal("30.00")),
    )
    assert out.exchange is not None and out.exchange.total == Decimal("80.00")
    assert [(p.method, p.amount) for p in out.exchange.payments] == [
        ("exchange", Decimal("50.00")),
        ("card", Decimal("30.00")),
    ]
    assert _on_hand(uow, "TEE-M") == 3 and _on_hand(uow, "HOODIE") == 0
    assert not health.check(uow)


def test_an_exchange_for_less_refunds_the_rest_the_way_it_was_paid(uow: UnitOfWork) -> None:
    factories.product(uow, "TEE", price="50.00", stock=3)
    factories.product(uow, "SOCKS", price="12.00", stock=3)
    number = _sale(uow, LineRequest("TEE", 1), pays=(CARD,))
    out = exchange(uow, ExchangeRequest(number, [ReturnItem("TEE", 1)], [LineRequest("SOCKS", 1)])).value
    assert out.refunds == (("exchange", Decimal("12.00")), ("card", Decimal("38.00")))
    assert out.exchange is not None and out.exchange.status == "completed"


def test_what_was_never_sold_or_is_not_paid_does_not_come_back(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="5.00", stock=5)
    factories.product(uow, "CUP", price="5.00", stock=5)
    number = _sale(uow, LineRequest("TEA", 1))
    with pytest.raises(ValidationError, match="CUP is not on"):
        take_back(uow, ReturnRequest(number, [ReturnItem("CUP", 1)]))
    zhang = factories.customer(uow).code
    draft = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 1)], customer_code=zhang, confirm=True)
    ).value.number
    with pytest.raises(IllegalTransition):
        take_back(uow, ReturnRequest(draft, [ReturnItem("TEA", 1)]))


def test_after_a_partial_return_the_whole_return_takes_the_rest_and_void_is_refused(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="5.00", stock=5)
    number = _sale(uow, LineRequest("TEA", 3))
    take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)]))
    with pytest.raises(ValidationError, match="cannot be voided"):
        returns.return_order(uow, number, void=True)
    detail = returns.return_order(uow, number, reason="all of it").value
    assert detail.returned == Decimal("15.00") and detail.paid == 0
    assert _on_hand(uow, "TEA") == 5


def test_reports_take_returns_off_on_their_day_and_the_z_report_counts_them(uow: UnitOfWork) -> None:
    from oms_desktop.services import reports, till
    from oms_desktop.services.periods import Period

    factories.product(uow, "TEA", price="10.00", cost="4.00", stock=10)
    factories.product(uow, "CUP", price="6.00", stock=10)
    uow.till = "T1"
    till.open_till(uow, Decimal("50.00"))
    number = _sale(uow, LineRequest("TEA", 3), LineRequest("CUP", 1))
    take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 2)]))
    today = orders.get_order(uow, number).created_at.astimezone(uow.zone).date()
    period = Period(today, today)
    (day,) = reports.sales(uow, period, reports.GroupBy.DAY)
    assert (day.orders, day.units, day.total, day.cost) == (1, 2, Decimal("16.00"), Decimal("4.00"))
    by_product = {r.key: (r.units, r.total) for r in reports.sales(uow, period, reports.GroupBy.PRODUCT)}
    assert by_product == {"TEA": (1, Decimal("10.00")), "CUP": (1, Decimal("6.00"))}
    report = till.status(uow)
    assert report.returns_count == 1 and report.expected_cash == Decimal("66.00")


# --- found by the hostile pass: money goes back the way it came in, whatever path the goods take back


def test_goods_from_an_exchange_give_their_money_back_the_way_the_first_sale_was_paid(
    uow: UnitOfWork,
) -> None:
    factories.product(uow, "CUP", price="20.00", stock=5)
    number = _sale(uow, LineRequest("CUP", 1), pays=(CARD,))
    swapped = exchange(uow, ExchangeRequest(number, [ReturnItem("CUP", 1)], [LineRequest("CUP", 1)])).value
    assert swapped.exchange is not None
    back = returns.return_order(uow, swapped.exchange.number).value  # the whole new sale
    assert [(p.kind, p.method, p.amount) for p in back.payments if p.kind == "refund"] == [
        ("refund", "card", Decimal("20.00"))
    ]


def test_a_whole_return_gives_store_credit_back_as_credit_and_cash_as_cash(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="30.00", stock=5)
    zhang = factories.customer(uow).code
    first = _sale(uow, LineRequest("TEA", 1), customer=zhang)
    take_back(uow, ReturnRequest(first, [ReturnItem("TEA", 1)], RefundTo.STORE_CREDIT))  # 30.00 credit
    paid = [
        PaymentRequest(PaymentMethod.STORE_CREDIT, Decimal("30.00")),
        PaymentRequest(CASH, Decimal("30.00")),
    ]
    second = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 2)], customer_code=zhang, payments=paid)
    )
    returns.return_order(uow, second.value.number)
    assert store_credit.statement(uow, zhang).balance == Decimal("30.00")
    assert not health.check(uow)


def test_partial_returns_of_a_weighed_line_take_one_item_off_once(uow: UnitOfWork) -> None:
    from oms_desktop.services import catalogue, reports
    from oms_desktop.services.catalogue import ProductInput
    from oms_desktop.services.periods import Period

    catalogue.add_product(
        uow, ProductInput(sku="TEA", name="Tea", price=Decimal("10.00"), unit="kg", decimals=3)
    )
    inventory.receive(uow, "TEA", Decimal("1"))
    factories.product(uow, "CUP", price="5.00", stock=5)
    number = _sale(uow, LineRequest("TEA", Decimal("0.25")), LineRequest("CUP", 3))
    for _ in range(5):
        take_back(uow, ReturnRequest(number, [ReturnItem("TEA", Decimal("0.05"))]))
    day = orders.get_order(uow, number).created_at.astimezone(uow.zone).date()
    (row,) = reports.sales(uow, Period(day, day), reports.GroupBy.DAY)
    assert row.units == 3  # four items sold, the weighed one all back


def test_goods_still_come_back_after_their_money_went_back(uow: UnitOfWork) -> None:
    from oms_desktop.services import payments

    factories.product(uow, "CUP", price="10.00", stock=5)
    number = _sale(uow, LineRequest("CUP", 3))
    take_back(uow, ReturnRequest(number, [ReturnItem("CUP", 1)]))
    payments.refund(uow, number, Decimal("20.00"), CASH, "goodwill")  # the rest of the money, goods kept
    rest = take_back(uow, ReturnRequest(number)).value
    assert rest.refunds == () and rest.total == Decimal("20.00")  # the goods, and nothing paid twice
    assert _on_hand(uow, "CUP") == 5 and not health.check(uow)
    assert "return" not in orders.get_order(uow, number).allowed_actions  # all of it is back


def test_the_cashiers_return_limit_counts_what_came_back_of_the_sale_so_far(uow: UnitOfWork) -> None:
    from oms_desktop.domain.errors import NotAllowed
    from tests.core.test_people import staffed

    people = staffed(uow)
    uow.sign_in(people["Olivia"])
    factories.product(uow, "MUG", price="40.00", stock=10)
    number = _sale(uow, LineRequest("MUG", 3))  # 120.00, above the 100.00 limit
    uow.sign_in(people["Ann"])  # a cashier
    take_back(uow, ReturnRequest(number, [ReturnItem("MUG", 1)]))
    take_back(uow, ReturnRequest(number, [ReturnItem("MUG", 1)]))
    with pytest.raises(NotAllowed):
        take_back(uow, ReturnRequest(number, [ReturnItem("MUG", 1)]))  # 120.00 in all


def test_store_credit_goes_to_the_sales_own_customer_and_reasons_are_bounded(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", stock=5)
    zhang = factories.customer(uow).code
    li = factories.customer(uow, "Li").code
    number = _sale(uow, LineRequest("TEA", 2), customer=zhang)
    with pytest.raises(ValidationError, match="the store credit goes to them, not another"):
        take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)], RefundTo.STORE_CREDIT, customer_code=li))
    with pytest.raises(ValidationError, match="for store credit only"):
        take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)], customer_code=zhang))
    with pytest.raises(ValidationError, match=r"reason is too long: at most 200 characters \(got 201\)"):
        take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)], reason="x" * 201))
    factories.product(uow, "CUP", price="5.00", stock=5)
    with pytest.raises(ValidationError, match="CUP is not on"):  # not "too many decimals for a cup"
        take_back(uow, ReturnRequest(number, [ReturnItem("CUP", Decimal("0.5"))]))
    assert _on_hand(uow, "TEA") == 3  # the refusals left the stock as it was


def test_a_return_by_another_way_than_it_was_paid_needs_a_manager(uow: UnitOfWork) -> None:
    from oms_desktop.domain.errors import NotAllowed
    from tests.core.test_people import staffed

    people = staffed(uow)
    uow.sign_in(people["Olivia"])
    factories.product(uow, "MUG", price="10.00", stock=5)
    number = _sale(uow, LineRequest("MUG", 2), pays=(CARD,))
    uow.sign_in(people["Ann"])
    take_back(uow, ReturnRequest(number, [ReturnItem("MUG", 1)]))
    with pytest.raises(NotAllowed):
        returns.return_order(uow, number, method=PaymentMethod.WECHAT_PAY)  # the rest, another way
    rest = returns.return_order(uow.approved_by(people["Max"]), number, method=PaymentMethod.WECHAT_PAY).value
    assert [p.method for p in rest.payments if p.kind == "refund"] == ["card", "wechat_pay"]


def test_a_return_can_be_read_back_as_it_was_made(uow: UnitOfWork) -> None:
    from oms_desktop.domain.errors import NotFound
    from oms_desktop.services.sale_returns import get_return

    factories.product(uow, "TEE", price="50.00", stock=3)
    factories.product(uow, "HOODIE", price="80.00", stock=1)
    number = _sale(uow, LineRequest("TEE", 1), pays=(CARD,))
    made = exchange(
        uow, ExchangeRequest(number, [ReturnItem("TEE", 1)], [LineRequest("HOODIE", 1)], pay=CASH)
    ).value
    assert get_return(uow, made.number.lower()) == made
    with pytest.raises(NotFound, match="Unknown return: RT-2026-999999"):
        get_return(uow, "RT-2026-999999")


def test_goods_back_from_an_order_on_account_lower_what_is_due_and_may_complete_it(uow: UnitOfWork) -> None:
    from oms_desktop.domain import Channel
    from oms_desktop.services import payments, shipping

    factories.product(uow, "TEA", price="10.00", stock=5)
    zhang = factories.customer(uow).code
    number = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 3)], channel=Channel.PHONE, customer_code=zhang, confirm=True)
    ).value.number
    shipping.ship(uow, number, carrier="SF", tracking="SF1")
    shipping.deliver(uow, number)
    payments.pay(uow, number, PaymentRequest(CASH, Decimal("20.00")))  # 10.00 still owed
    back = take_back(uow, ReturnRequest(number, [ReturnItem("TEA", 1)])).value
    assert back.refunds == ()  # nothing was paid for it: it only comes off what is owed
    detail = orders.get_order(uow, number)
    assert (detail.balance, detail.status) == (Decimal("0.00"), "completed")
    assert not health.check(uow)


def test_a_return_receipt_names_the_goods_the_money_back_and_scans_as_the_return(uow: UnitOfWork) -> None:
    from oms_desktop.documents.return_receipt import render_return_receipt
    from oms_desktop.services import settings as shop_settings
    from tests.documents import pdf_tools

    factories.product(uow, "TEA", price="25.00", stock=5, name="Longjing")
    zhang = factories.customer(uow).code
    number = _sale(uow, LineRequest("TEA", 2), customer=zhang)
    back = take_back(
        uow, ReturnRequest(number, [ReturnItem("TEA", 1)], RefundTo.STORE_CREDIT, reason="too strong")
    )
    pdf = render_return_receipt(back.value, shop_settings.get_settings(uow))
    text = " ".join(pdf_tools.text(pdf).split())
    assert f"Return no. {back.value.number} Order no. {number} too strong" in text
    assert "1 × TEA 25.00" in text and "Goods back ¥25.00" in text
    assert "Money back (Store credit) ¥25.00 Store credit now ¥25.00" in text
    assert pdf_tools.barcodes(pdf) == [f"CODE-128:{back.value.number}"]
