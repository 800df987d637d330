"""Goods sold by weight on both databases: quantities to the gram kept exactly in stock, the ledger, orders,
returns and reports; a product's decimals fixed once it moved; and the barcodes a shop's scale prints."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.barcode import gtin_check_digit
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.scale_barcode import ScaleValue, parse_rules, read
from oms_desktop.services import catalogue, counter, health, inventory, orders, reports
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period
from oms_desktop.services.sale import Sale
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest, take_back
from tests import factories

D = Decimal


def _tea(uow: UnitOfWork, sku: str = "LONGJING", barcode: str | None = None) -> None:
    """Longjing tea at 88.00 a kilogram, weighed to the gram."""
    data = ProductInput(
        sku=sku, name="Longjing loose", price=D("88.00"), cost=D("40.00"), unit="kg", decimals=3
    )
    catalogue.add_product(uow, ProductInput(**{**data.__dict__, "barcode": barcode}))
    inventory.receive(uow, sku, D("2.5"))


def _sell(uow: UnitOfWork, *lines: LineRequest) -> str:
    total = orders.quote(uow, lines).total
    req = OrderRequest(lines=lines, payments=[PaymentRequest(PaymentMethod.CASH, total)])
    return orders.create_order(uow, req).value.number


def test_a_weighed_sale_keeps_the_gram_in_stock_the_ledger_and_the_order(uow: UnitOfWork) -> None:
    _tea(uow)
    factories.product(uow, "CUP", price="12.00", stock=5)
    number = _sell(uow, LineRequest("LONGJING", D("0.255")), LineRequest("CUP", 2))
    sale = orders.get_order(uow, number)
    tea = sale.lines[0]
    assert (tea.quantity, tea.gross, tea.total) == (D("0.255"), D("22.44"), D("22.44"))  # 0.255 x 88.00
    assert sale.total == D("46.44")
    (level,) = inventory.stock_levels(uow, "LONGJING")
    assert level.on_hand == D("2.245") and level.decimals == 3
    assert [m.quantity for m in inventory.movements(uow, "LONGJING")] in (
        [D("-0.255"), D("2.5")],
        [D("2.5"), D("-0.255")],
    )
    assert not health.check(uow)  # on hand equals the ledger; the order's items and cost agree with its lines


def test_more_decimals_than_the_unit_has_are_refused(uow: UnitOfWork) -> None:
    _tea(uow)
    factories.product(uow, "CUP", price="12.00", stock=5)
    with pytest.raises(
        ValidationError, match=r"LONGJING: 0\.2555 has more decimals than its unit allows \(3\)"
    ):
        orders.quote(uow, [LineRequest("LONGJING", D("0.2555"))])
    with pytest.raises(ValidationError, match=r"CUP: 1\.5 has more decimals than its unit allows \(0\)"):
        orders.quote(uow, [LineRequest("CUP", D("1.5"))])
    with pytest.raises(ValidationError, match=r"than its unit allows \(0\)"):
        inventory.receive(uow, "CUP", D("0.5"))


def test_a_products_decimals_are_fixed_once_its_stock_moved(uow: UnitOfWork) -> None:
    _tea(uow)
    tea = catalogue.find_product(uow, "LONGJING")
    changed = ProductInput(sku="LONGJING", name="Longjing loose", price=D("88.00"), unit="kg", decimals=2)
    with pytest.raises(ValidationError, match="cannot become 2"):
        catalogue.update_product(uow, tea.id, changed)
    fresh = catalogue.add_product(uow, ProductInput(sku="RICE", name="Rice", price=D("6.00"))).value
    catalogue.update_product(
        uow, fresh.id, ProductInput(sku="RICE", name="Rice", price=D("6.00"), decimals=1)
    )
    assert catalogue.find_product(uow, "RICE").decimals == 1


def test_part_of_a_weighed_line_comes_back(uow: UnitOfWork) -> None:
    _tea(uow)
    number = _sell(uow, LineRequest("LONGJING", D("0.5")))  # 44.00
    back = take_back(uow, ReturnRequest(number, [ReturnItem("LONGJING", D("0.125"))])).value
    assert back.total == D("11.00") and back.lines[0].quantity == D("0.125")
    assert inventory.stock_levels(uow, "LONGJING")[0].on_hand == D("2.125")
    day = orders.get_order(uow, number).created_at.astimezone(uow.zone).date()
    (row,) = reports.sales(uow, Period(day, day), reports.GroupBy.PRODUCT)
    assert (row.units, row.total, row.cost) == (D("0.375"), D("33.00"), D("15.00"))
    assert not health.check(uow)


def _scale_code(prefix: str, item: str, value: str) -> str:
    body = prefix + item + value
    return body + str(gtin_check_digit(body))


def test_scale_barcodes_are_read_by_the_shops_rules() -> None:
    rules = parse_rules("21:5:weight:3, 22:5:price:2")
    weighed = read(_scale_code("21", "00123", "00255"), rules)
    assert weighed is not None and (weighed.code, weighed.kind, weighed.value) == (
        "00123",
        ScaleValue.WEIGHT,
        D("0.255"),
    )
    priced = read(_scale_code("22", "00042", "01250"), rules)
    assert priced is not None and (priced.kind, priced.value) == (ScaleValue.PRICE, D("12.50"))
    assert read("2100123002550", rules) is None  # a wrong check digit is no scale barcode
    assert read(_scale_code("69", "01234", "56789"), rules) is None  # no rule for the prefix
    with pytest.raises(ValidationError, match="Scale barcode rule '21:5:weight' is not understood"):
        parse_rules("21:5:weight")


def test_the_counter_sells_what_the_scale_printed(uow: UnitOfWork) -> None:
    _tea(uow, barcode=None)
    catalogue.add_product(
        uow, ProductInput(sku="123", name="Sweets bag", price=D("0.00"), allow_backorder=True)
    )
    current = shop_settings.get_settings(uow)
    shop_settings.save_settings(
        uow,
        shop_settings.ShopSettings(**{**current.__dict__, "scale_barcodes": "21:5:weight:3,22:5:price:2"}),
    )
    catalogue.update_product(
        uow,
        catalogue.find_product(uow, "LONGJING").id,
        ProductInput(
            sku="LONGJING", name="Longjing loose", price=D("88.00"), barcode="00777", unit="kg", decimals=3
        ),
    )
    found = counter.scan(uow, Sale(), _scale_code("21", "00777", "00255"))
    assert found.product is not None and found.product.sku == "LONGJING" and found.quantity == D("0.255")
    assert found.quote is not None and found.quote.total == D("22.44")
    priced = counter.scan(uow, Sale(), _scale_code("22", "00123", "01250"))  # the code without its zeros: 123
    assert priced.price == D("12.50") and priced.quote is not None and priced.quote.total == D("12.50")
    with pytest.raises(ValidationError, match="No product has the scale code 00999"):
        counter.scan(uow, Sale(), _scale_code("21", "00999", "00100"))
    with pytest.raises(ValidationError, match="LONGJING is sold by weight"):
        counter.scan(uow, Sale(), _scale_code("22", "00777", "01000"))


def test_scale_rules_that_could_never_work_as_meant_are_refused() -> None:
    for rules, message in (
        ("21:5:weight:3,21:5:price:2", "Two scale barcode rules start with 21"),
        ("２１:5:weight:3", "is not understood"),  # full-width digits never come out of a scanner
        ("21:٥:weight:3", "is not understood"),
        ("22:5:price:3", "is not understood"),  # an amount has cents, not tenths of them
        (",".join(f"{20 + i}:5:weight:3" for i in range(11)), "At most 10 scale barcode rules"),
    ):
        with pytest.raises(ValidationError, match=message):
            parse_rules(rules)
    assert len(parse_rules("21:5:weight:3,,, 22:5:price:2,")) == 2


def test_settings_refuse_limits_and_reasons_that_cannot_be_shown_as_typed(uow: UnitOfWork) -> None:
    current = shop_settings.get_settings(uow)
    for change, message in (
        ({"cashier_return_limit": D("0.001")}, "at most two decimals"),
        ({"cashier_return_limit": D("1E+3")}, "at most two decimals"),
        ({"discount_reasons": "x" * 100}, "Discount reasons"),
        ({"discount_reasons": "Loyal\ncustomer"}, "Discount reasons"),
    ):
        with pytest.raises(ValidationError, match=message):
            shop_settings.save_settings(uow, shop_settings.ShopSettings(**{**current.__dict__, **change}))
    assert shop_settings.get_settings(uow) == current
