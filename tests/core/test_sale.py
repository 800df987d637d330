"""The sale being rung up, without a database or a window: scan rules, edits, parking round trip."""

import json
from decimal import Decimal

import pytest

from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services.orders import LineRequest, PaymentRequest
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.sale import Sale, parse_scan


def product(
    pid: int, sku: str, price: str, *, barcode: str | None = None, active: bool = True
) -> ProductRecord:
    return ProductRecord(
        id=pid,
        sku=sku,
        barcode=barcode,
        name=f"Product {sku}",
        unit="each",
        price=Decimal(price),
        wholesale_price=None,
        cost=Decimal("0"),
        tax_rate=Decimal("13"),
        reorder_point=0,
        active=active,
        allow_backorder=False,
    )


TEA = product(1, "TEA-1", "12.50", barcode="6901234567892")
SEEDS = product(2, "SNK-1", "3.20")


def test_scans_add_lines_and_the_same_code_again_adds_one() -> None:
    sale = Sale()
    assert parse_scan("6901234567892") == (1, "6901234567892")
    assert parse_scan(" 3*6901234567892 ") == (3, "6901234567892")
    assert parse_scan("12 x SNK-1") == (12, "SNK-1")
    assert sale.add_product(TEA) == 0
    assert sale.add_product(SEEDS, 3) == 1
    assert sale.add_product(TEA) == 0
    assert sale.add_again("6901234567892", 3) == 0
    assert sale.add_again("NOPE") is None
    assert [(line.sku, line.quantity) for line in sale.lines] == [("TEA-1", 5), ("SNK-1", 3)]
    assert sale.units == 8


def test_edits_are_checked_and_a_refused_edit_changes_nothing() -> None:
    sale = Sale()
    sale.add_product(TEA, 2)
    with pytest.raises(
        ValidationError, match=r"quantity of TEA-1 must be above 0 and at most 100000 \(got 0\)"
    ):
        sale.set_quantity(0, 0)
    with pytest.raises(ValidationError, match=r"price of TEA-1 cannot be negative"):
        sale.set_price(0, Decimal("-1"))
    with pytest.raises(ValidationError, match=r"more than the line \(25.00\)"):
        sale.set_discount(0, Decimal("25.01"))
    with pytest.raises(ValidationError, match="no longer sold"):
        sale.add_product(product(3, "OLD", "1.00", active=False))
    assert sale.lines[0].quantity == 2 and sale.lines[0].unit_price == Decimal("12.50")
    sale.set_quantity(0, 4)
    sale.set_price(0, Decimal("10.00"))
    sale.set_discount(0, Decimal("5.00"))
    assert sale.requests() == [LineRequest("TEA-1", 4, Decimal("10.00"), Decimal("5.00"))]


def test_remove_clear_and_restore_and_a_new_key_after_each_sale() -> None:
    sale = Sale()
    first_key = sale.key
    sale.add_product(TEA)
    sale.add_product(SEEDS)
    sale.remove([0])
    assert [line.sku for line in sale.lines] == ["SNK-1"]
    cleared = sale.clear()
    assert sale.lines == [] and sale.key != first_key
    sale.restore(cleared)
    assert [line.sku for line in sale.lines] == ["SNK-1"]
    key = sale.key
    sale.set_customer("C-1", "张伟")
    sale.completed()
    assert sale.lines == [] and sale.customer_code is None and sale.key != key


def test_a_counter_sale_and_a_phone_order_become_their_requests() -> None:
    sale = Sale()
    sale.add_product(TEA, 2)
    cash = PaymentRequest(PaymentMethod.CASH, Decimal("28.25"), Decimal("30"))
    paid = sale.to_request([cash])
    assert paid.channel is Channel.COUNTER and list(paid.payments) == [cash]
    assert paid.idempotency_key == sale.key and not paid.confirm
    sale.set_sale_type(Channel.PHONE)
    sale.set_customer("C-1", "张伟")
    sale.ship_to = "上海市浦东新区人民路1号\n"
    order = sale.to_request()
    assert order.channel is Channel.PHONE and order.confirm and not order.payments
    assert order.customer_code == "C-1" and order.ship_to == "上海市浦东新区人民路1号"
    with pytest.raises(ValidationError):
        sale.set_sale_type(Channel.ONLINE)


def test_a_parked_sale_comes_back_the_same_through_json() -> None:
    sale = Sale()
    sale.add_product(TEA, 2)
    sale.add_product(SEEDS, 3)
    sale.set_price(1, Decimal("2.995"))
    sale.set_discount(0, Decimal("0.10"))
    sale.set_sale_type(Channel.WHOLESALE)
    sale.set_customer("C-7", "杭州王氏便利店")
    sale.ship_to = "杭州市西湖区"
    sale.notes = "call first"
    text = json.dumps(sale.to_dict())
    assert "2.995" in text and "12.50" in text  # money as exact strings, never floats
    back = Sale.from_dict(json.loads(text))
    assert back.to_dict() == sale.to_dict()
    assert back.lines == sale.lines and back.key == sale.key
    assert back.to_request() == sale.to_request()


def test_a_damaged_or_newer_parked_sale_is_refused_in_one_line() -> None:
    good = Sale()
    good.add_product(TEA)
    data = good.to_dict()
    with pytest.raises(ValidationError, match="format 2"):
        Sale.from_dict(data | {"format": 2})
    with pytest.raises(ValidationError, match="cannot be read"):
        Sale.from_dict(data | {"lines": [{"sku": "X"}]})
    with pytest.raises(ValidationError, match="cannot be read"):
        Sale.from_dict(data | {"lines": [data["lines"][0] | {"list_price": "abc"}]})


def test_a_percent_off_a_line_and_a_discount_on_the_whole_sale_to_the_cent() -> None:
    """Issue 13's list: "10%" was refused; there was no discount on the whole sale."""
    from decimal import Decimal as D

    from oms_desktop.domain.errors import ValidationError as Refused
    from oms_desktop.domain.pricing import spread

    sale = Sale()
    sale.add_product(product(1, "TEA", "12.50"))
    sale.add_product(product(2, "SEED", "3.20"), 2)
    sale.add_product(product(3, "CUP", "0.05"))
    sale.set_discount_percent(0, D("10"))
    assert sale.lines[0].discount == D("1.25")
    with pytest.raises(Refused, match="0 to 100%"):
        sale.set_discount_percent(0, D("110"))
    given = sale.discount_sale(percent=D("10"))  # of 12.50 + 6.40 + 0.05 = 18.95: 1.90 (1.895 up)
    assert given == D("1.90")
    assert [line.discount for line in sale.lines] == [D("1.25"), D("0.64"), D("0.01")]
    assert sum(line.discount for line in sale.lines) == given
    assert sale.discount_sale(amount=D("5.00")) == D("5.00")
    assert sum(line.discount for line in sale.lines) == D("5.00")
    with pytest.raises(Refused, match="more than the sale"):
        sale.discount_sale(amount=D("19.00"))
    # The shares always add up, never exceed a line, and follow the weights.
    for amount, weights in ((7, [1, 1, 1, 1]), (100, [3, 3, 3]), (1, [5, 5]), (999, [1000, 1])):
        parts = spread(amount, weights)
        assert sum(parts) == min(amount, sum(weights)) and all(
            p <= w for p, w in zip(parts, weights, strict=True)
        )
