"""Orders end to end through the services, on SQLite and on PostgreSQL."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import AuditEntry, Channel, Order, PaymentMethod, StockMovement
from oms_desktop.domain.errors import IllegalTransition, NotFound, OutOfStock, ValidationError
from oms_desktop.services import health, inventory, orders, payments, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories

CASH = PaymentMethod.CASH


def stock(uow: UnitOfWork, sku: str) -> tuple[int, int]:
    level = inventory.stock_levels(uow, sku)[0]
    return level.on_hand, level.reserved


def count(uow: UnitOfWork, entity: type) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def counter_sale(uow: UnitOfWork, *lines: LineRequest, key: str | None = None, tendered: str | None = None):
    total = orders.quote(uow, lines).total
    pay = PaymentRequest(CASH, total, Decimal(tendered) if tendered else None)
    return orders.create_order(uow, OrderRequest(lines=lines, payments=[pay], idempotency_key=key))


def test_counter_sale_totals_change_and_stock(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="58.00", tax=900, stock=10, name="龙井绿茶 Longjing")
    factories.product(uow, "PEN-1", price="3.50", tax=1300, stock=5)
    out = counter_sale(
        uow, LineRequest("TEA-1", 3), LineRequest("PEN-1", 2, discount=Decimal("1.00")), tendered="200"
    )
    d = out.value
    # 3 x 58.00 = 174.00, tax 9% = 15.66; 2 x 3.50 - 1.00 = 6.00, tax 13% = 0.78
    assert (d.subtotal, d.discount, d.tax, d.total) == (
        Decimal("181.00"),
        Decimal("1.00"),
        Decimal("16.44"),
        Decimal("196.44"),
    )
    assert d.status == "completed" and d.paid == d.total and d.balance == 0
    assert d.change_given == Decimal("3.56")
    assert [(b.rate, b.net, b.tax) for b in d.tax_bands] == [
        (Decimal("9"), Decimal("174.00"), Decimal("15.66")),
        (Decimal("13"), Decimal("6.00"), Decimal("0.78")),
    ]
    assert stock(uow, "TEA-1") == (7, 0)
    assert stock(uow, "PEN-1") == (3, 0)
    assert d.lines[0].name == "龙井绿茶 Longjing"
    assert out.changes.orders and out.changes.stock
    assert [h.action for h in d.history] == ["create", "checkout"]
    assert health.check(uow) == []


def test_the_same_key_twice_makes_one_order(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="10.00", stock=10)
    first = counter_sale(uow, LineRequest("TEA-1", 2), key="till1-0001")
    again = counter_sale(uow, LineRequest("TEA-1", 2), key="till1-0001")
    assert again.value.number == first.value.number
    assert not again.changes
    assert count(uow, Order) == 1
    assert stock(uow, "TEA-1") == (8, 0)


def test_oversell_is_refused_and_nothing_is_written(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="10.00", stock=2)
    factories.product(uow, "PEN-1", price="1.00", stock=50)
    movements_before = count(uow, StockMovement)
    with pytest.raises(OutOfStock) as err:
        counter_sale(uow, LineRequest("PEN-1", 1), LineRequest("TEA-1", 3))
    assert str(err.value) == "Out of stock: TEA-1 asked 3, available 2 at MAIN"
    assert count(uow, Order) == 0
    assert count(uow, StockMovement) == movements_before
    assert stock(uow, "PEN-1") == (50, 0)


def test_two_lines_of_one_product_are_checked_together(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="10.00", stock=3)
    with pytest.raises(OutOfStock, match="asked 4, available 3"):
        counter_sale(uow, LineRequest("TEA-1", 2), LineRequest("TEA-1", 2))


def test_backorder_products_may_go_below_zero(uow: UnitOfWork) -> None:
    factories.product(uow, "MADE-1", price="5.00", stock=1, backorder=True)
    counter_sale(uow, LineRequest("MADE-1", 3))
    assert stock(uow, "MADE-1") == (-2, 0)
    assert health.check(uow) == []


def test_phone_order_confirm_ship_deliver_pay(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="100.00", stock=10, tax=1300)
    c = factories.customer(uow)
    draft = orders.create_order(
        uow, OrderRequest(lines=[LineRequest("TEA-1", 4)], channel=Channel.PHONE, customer_code=c.code)
    ).value
    assert draft.status == "draft" and stock(uow, "TEA-1") == (10, 0)
    assert draft.ship_to.startswith("张伟")
    confirmed = orders.confirm(uow, draft.number).value
    assert confirmed.status == "pending_payment"
    assert stock(uow, "TEA-1") == (10, 4)
    assert inventory.stock_levels(uow, "TEA-1")[0].available == 6
    paid = payments.pay(
        uow, draft.number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("452.00"))
    ).value
    assert paid.status == "paid" and paid.payment_state == "paid"
    assert orders.pack(uow, draft.number).value.status == "to_ship"
    shipped = shipping.ship(uow, draft.number, carrier="SF Express", tracking="SF1234567890").value
    assert shipped.status == "shipped"
    assert shipped.shipments[0].tracking_number == "SF1234567890"
    assert stock(uow, "TEA-1") == (6, 0)
    done = shipping.deliver(uow, draft.number).value
    assert done.status == "completed"
    assert [h.action for h in done.history] == [
        "create",
        "confirm",
        "pay",
        "pack",
        "ship",
        "deliver",
        "complete",
    ]
    assert [h.to_status for h in done.history][-1] == "completed"
    assert all(h.user == "system" for h in done.history)
    assert health.check(uow) == []


def test_partial_payments_then_delivery_completes_only_when_paid(uow: UnitOfWork) -> None:
    factories.product(uow, "RICE", price="50.00", stock=100)
    c = factories.customer(uow, "批发商", wholesale=True)
    d = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("RICE", 10)], channel=Channel.WHOLESALE, customer_code=c.code, confirm=True
        ),
    ).value
    payments.pay(uow, d.number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("200.00")))
    shipping.ship(uow, d.number, carrier="ZTO", tracking="ZT1")
    after = shipping.deliver(uow, d.number).value
    assert after.status == "pending_payment" and after.balance == Decimal("300.00")
    with pytest.raises(ValidationError, match=r"more than the balance due .* \(300.00\)"):
        payments.pay(uow, d.number, PaymentRequest(PaymentMethod.CASH, Decimal("300.01")))
    final = payments.pay(
        uow, d.number, PaymentRequest(PaymentMethod.CASH, Decimal("300.00"), Decimal("500"))
    ).value
    assert final.status == "completed"
    assert final.payments[-1].change == Decimal("200.00")


def test_cancel_releases_reservation_and_paid_orders_need_a_refund(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="20.00", stock=5)
    c = factories.customer(uow)
    d = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA-1", 5)], channel=Channel.PHONE, customer_code=c.code, confirm=True
        ),
    ).value
    assert stock(uow, "TEA-1") == (5, 5)
    payments.pay(uow, d.number, PaymentRequest(PaymentMethod.CARD, Decimal("40.00")))
    with pytest.raises(IllegalTransition) as err:
        orders.cancel(uow, d.number)
    assert str(err.value) == (
        f"Cannot cancel order {d.number}: it is pending payment; refund the payments before cancelling"
    )
    refunded = payments.refund(
        uow, d.number, Decimal("40.00"), PaymentMethod.CARD, "customer cancelled"
    ).value
    assert refunded.payment_state == "refunded" and refunded.paid == 0
    cancelled = orders.cancel(uow, d.number, "customer cancelled").value
    assert cancelled.status == "cancelled"
    assert stock(uow, "TEA-1") == (5, 0)
    assert health.check(uow) == []


def test_confirming_more_than_available_is_refused(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="20.00", stock=3)
    c = factories.customer(uow)
    first = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA-1", 2)], channel=Channel.PHONE, customer_code=c.code, confirm=True
        ),
    ).value
    second = orders.create_order(
        uow, OrderRequest(lines=[LineRequest("TEA-1", 2)], channel=Channel.PHONE, customer_code=c.code)
    ).value
    with pytest.raises(OutOfStock, match="asked 2, available 1"):
        orders.confirm(uow, second.number)
    assert orders.get_order(uow, second.number).status == "draft"
    assert stock(uow, "TEA-1") == (3, 2)
    # A counter sale cannot take the reserved units either.
    with pytest.raises(OutOfStock, match="asked 2, available 1"):
        counter_sale(uow, LineRequest("TEA-1", 2))
    assert first.status == "pending_payment"


def test_wholesale_customers_get_their_price_tier(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="20.00", wholesale="15.00", stock=50)
    c = factories.customer(uow, "批发商", wholesale=True)
    q = orders.quote(uow, [LineRequest("TEA-1", 10)], c.code)
    assert q.total == Decimal("150.00")
    assert orders.quote(uow, [LineRequest("TEA-1", 10)]).total == Decimal("200.00")


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (OrderRequest(lines=[]), "at least one line"),
        (OrderRequest(lines=[LineRequest("TEA-1", 0)]), "quantity of TEA-1 must be above zero"),
        (OrderRequest(lines=[LineRequest("TEA-1", -2)]), "quantity of TEA-1 must be above zero"),
        (OrderRequest(lines=[LineRequest("TEA-1", 1, Decimal("-1"))]), "price of TEA-1 cannot be negative"),
        (OrderRequest(lines=[LineRequest("TEA-1", 1, discount=Decimal("11"))]), "more than the line"),
        (OrderRequest(lines=[LineRequest("NOPE", 1)]), "Unknown SKU or barcode: NOPE"),
        (
            OrderRequest(lines=[LineRequest("TEA-1", 1)], channel=Channel.PHONE),
            "phone order needs a customer",
        ),
        (OrderRequest(lines=[LineRequest("TEA-1", 1)], customer_code="C-404"), "Unknown customer: C-404"),
        (
            OrderRequest(lines=[LineRequest("TEA-1", 1)], payments=[PaymentRequest(CASH, Decimal("9.99"))]),
            "do not match the total of 10.00",
        ),
    ],
)
def test_bad_orders_are_refused_with_a_message_and_nothing_written(
    uow: UnitOfWork, request_: OrderRequest, message: str
) -> None:
    factories.product(uow, "TEA-1", price="10.00", stock=5)
    with pytest.raises((ValidationError, NotFound), match=message):
        orders.create_order(uow, request_)
    assert count(uow, Order) == 0
    assert stock(uow, "TEA-1") == (5, 0)


def test_order_numbers_count_up_per_year(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="1.00", stock=10)
    numbers = [counter_sale(uow, LineRequest("TEA-1", 1)).value.number for _ in range(3)]
    year = numbers[0].split("-")[1]
    assert numbers == [f"SO-{year}-000001", f"SO-{year}-000002", f"SO-{year}-000003"]


def test_every_transition_is_audited(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="1.00", stock=10)
    c = factories.customer(uow)
    d = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA-1", 1)], channel=Channel.PHONE, customer_code=c.code, confirm=True
        ),
    ).value
    orders.cancel(uow, d.number, "duplicate")
    with uow.read() as s:
        rows = [
            (r.action, r.from_status, r.to_status, r.detail)
            for r in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert [r[:3] for r in rows] == [
        ("create", "", "draft"),
        ("confirm", "draft", "pending_payment"),
        ("cancel", "pending_payment", "cancelled"),
    ]
    assert rows[-1][3] == "duplicate"


def test_a_counter_sale_brought_back_is_returned_refunded_and_no_longer_a_sale(uow: UnitOfWork) -> None:
    from datetime import date

    from oms_desktop.services import reports, returns
    from oms_desktop.services.periods import Period

    factories.product(uow, "TEA-1", price="20.00", stock=5)
    sale = counter_sale(uow, LineRequest("TEA-1", 2)).value
    assert stock(uow, "TEA-1") == (3, 0)
    back = returns.return_order(uow, sale.number, method=PaymentMethod.CASH, reason="wrong size").value
    assert (back.status, back.payment_state, back.paid) == ("returned", "refunded", Decimal("0.00"))
    assert [(p.kind, p.amount) for p in back.payments] == [
        ("payment", Decimal("40.00")),
        ("refund", Decimal("40.00")),
    ]
    assert back.allowed_actions == []
    assert stock(uow, "TEA-1") == (5, 0)
    assert inventory.movements(uow, "TEA-1")[0].kind == "return"
    everything = Period(date(2000, 1, 1), date(2100, 1, 1))
    assert reports.sales(uow, everything, reports.GroupBy.DAY) == []
    assert health.check(uow) == []


def test_money_goes_back_before_shipping_by_refund_and_after_by_return(uow: UnitOfWork) -> None:
    from oms_desktop.services import returns

    factories.product(uow, "TEA-1", price="10.00", stock=10)
    c = factories.customer(uow)
    d = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA-1", 3)], channel=Channel.PHONE, customer_code=c.code, confirm=True
        ),
    ).value
    payments.pay(uow, d.number, PaymentRequest(PaymentMethod.CARD, Decimal("30.00")))
    shipping.ship(uow, d.number, carrier="EMS", tracking="E1")
    with pytest.raises(IllegalTransition, match="take them back with a return"):
        payments.refund(uow, d.number, Decimal("30.00"), PaymentMethod.CARD)
    back = returns.return_order(uow, d.number, method=PaymentMethod.CARD, reason="refused at the door").value
    assert (back.status, back.paid, back.balance) == ("returned", Decimal("0.00"), Decimal("0.00"))
    assert stock(uow, "TEA-1") == (10, 0)
    assert health.check(uow) == []


def test_a_free_order_needs_no_payment(uow: UnitOfWork) -> None:
    factories.product(uow, "SAMPLE", price="0.00", stock=10)
    c = factories.customer(uow)
    gift = orders.create_order(uow, OrderRequest(lines=[LineRequest("SAMPLE", 1)], checkout=True)).value
    assert (gift.status, gift.total) == ("completed", Decimal("0.00"))
    d = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("SAMPLE", 2)], channel=Channel.PHONE, customer_code=c.code, confirm=True
        ),
    ).value
    assert d.status == "paid" and "pay" not in d.allowed_actions
    shipping.ship(uow, d.number, carrier="EMS", tracking="E2")
    assert shipping.deliver(uow, d.number).value.status == "completed"
    assert stock(uow, "SAMPLE") == (7, 0)


def test_order_numbers_follow_the_shops_new_year(uow: UnitOfWork) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    factories.product(uow, "TEA-1", price="1.00", stock=10)
    shanghai = timezone(timedelta(hours=8))
    # 1 January 01:00 in Shanghai is still 31 December in UTC.
    till = UnitOfWork(uow.engine, clock=lambda: datetime(2026, 12, 31, 17, tzinfo=UTC), zone=shanghai)
    total = orders.quote(till, [LineRequest("TEA-1", 1)]).total
    sale = orders.create_order(
        till, OrderRequest(lines=[LineRequest("TEA-1", 1)], payments=[PaymentRequest(CASH, total)])
    ).value
    assert sale.number == "SO-2027-000001"


def test_a_sku_may_not_be_another_products_barcode(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", barcode="6901234567892")
    with pytest.raises(ValidationError, match="SKU 6901234567892 is the barcode of TEA-1"):
        factories.product(uow, "6901234567892")


def test_lifetime_value_counts_sales_only(uow: UnitOfWork) -> None:
    from oms_desktop.services import customers

    factories.product(uow, "TEA-1", price="100.00", stock=10)
    c = factories.customer(uow)
    orders.create_order(
        uow, OrderRequest(lines=[LineRequest("TEA-1", 5)], channel=Channel.PHONE, customer_code=c.code)
    )
    orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA-1", 1)], channel=Channel.PHONE, customer_code=c.code, confirm=True
        ),
    )
    stats = customers.customer_stats(uow, c.code)
    assert (stats.order_count, stats.lifetime_value) == (1, Decimal("100.00"))


def test_large_sums_fit(uow: UnitOfWork) -> None:
    """Rupiah and dong run into the tens of millions: past 32-bit integers of minor units."""
    factories.product(uow, "BIKE", price="25000000.00", stock=3)
    sale = counter_sale(uow, LineRequest("BIKE", 2)).value
    assert sale.total == Decimal("50000000.00") and sale.paid == sale.total


def test_a_ship_to_typed_at_the_counter_carries_the_customers_name_and_phone(uow: UnitOfWork) -> None:
    """Issue 13's list: labels and slips of counter-entered orders had no recipient name or phone."""
    from oms_desktop.services import customers
    from oms_desktop.services.customers import CustomerInput

    factories.product(uow, "RICE", price="50.00", stock=10)
    wang = customers.add_customer(uow, CustomerInput("王先生", phone="13800138000")).value

    def order(ship_to: str | None) -> str:
        request = OrderRequest(
            [LineRequest("RICE", 1)], Channel.PHONE, wang.code, confirm=True, ship_to=ship_to
        )
        return orders.create_order(uow, request).value.ship_to

    assert order("杭州市西湖区文三路 1 号") == "王先生\n杭州市西湖区文三路 1 号\n13800138000"
    with pytest.raises(ValidationError) as nowhere:  # no address on file, none typed: nowhere to send it
        order(None)
    assert str(nowhere.value).startswith("The ship-to of 王先生's phone order lacks an address:")
    typed = "李女士\n杭州市上城区 2 号\n13900139000"  # another recipient, written out by the cashier
    assert order(typed) == typed
