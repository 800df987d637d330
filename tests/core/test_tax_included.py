"""Prices with tax included: the shelf price is what the customer pays and the tax is worked out of it.
Receipt, invoice, reports and the Z report agree to the cent over random carts (domain/pricing.py states
the one rounding rule)."""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oms_desktop.db.backup import online_backup
from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.pricing import price_line
from oms_desktop.services import orders, reports, till
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period
from tests import factories


def _include_tax(uow: UnitOfWork) -> None:
    current = shop_settings.get_settings(uow)
    shop_settings.save_settings(
        uow, shop_settings.ShopSettings(**{**current.__dict__, "prices_include_tax": True})
    )


def test_a_shelf_price_rings_up_as_printed(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="26.99", tax=1300, stock=5)
    before = orders.quote(uow, [LineRequest("TEA", 1)])
    assert before.total == Decimal("30.50")  # a shop that prices before tax adds 13%
    _include_tax(uow)
    quote = orders.quote(uow, [LineRequest("TEA", 1)])
    assert (quote.total, quote.tax) == (Decimal("26.99"), Decimal("3.11"))  # 26.99 x 13 / 113 = 3.105
    sale = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 1)], payments=[PaymentRequest(PaymentMethod.CASH, quote.total)])
    ).value
    assert (sale.total, sale.tax, sale.tax_included) == (Decimal("26.99"), Decimal("3.11"), True)
    assert sale.tax_bands[0].net == Decimal("23.88")


def test_wholesale_prices_stay_before_tax(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="26.99", wholesale="20.00", tax=1300, stock=5)
    _include_tax(uow)
    trader = factories.customer(uow, wholesale=True).code
    assert orders.quote(uow, [LineRequest("TEA", 1)], trader).total == Decimal("22.60")


def test_an_order_keeps_its_rule_when_the_setting_changes(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", tax=1300, stock=5)
    _include_tax(uow)
    customer = factories.customer(uow).code
    number = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 1)], customer_code=customer, confirm=True)
    ).value.number
    current = shop_settings.get_settings(uow)
    shop_settings.save_settings(
        uow, shop_settings.ShopSettings(**{**current.__dict__, "prices_include_tax": False})
    )
    assert orders.get_order(uow, number).total == Decimal("10.00")


RATES = st.sampled_from([0, 300, 600, 900, 1300])
LINE = st.tuples(
    st.integers(1, 9),  # quantity
    st.integers(1, 99_999),  # unit price in cents, tax included
    RATES,
    st.integers(0, 100),  # discount, percent of the line
)


@settings(max_examples=25, deadline=None)
@given(carts=st.lists(st.lists(LINE, min_size=1, max_size=5), min_size=1, max_size=3))
def test_receipt_invoice_reports_and_z_report_agree_to_the_cent(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, carts: list
) -> None:
    target = tmp_path_factory.mktemp("cents") / "shop.sqlite3"
    online_backup(sqlite_template, target)
    engine = make_engine(f"sqlite:///{target}")
    try:
        _agree(UnitOfWork(engine), carts)
    finally:
        engine.dispose()


def _agree(uow: UnitOfWork, carts: list) -> None:
    _include_tax(uow)
    uow.till = "T1"
    till.open_till(uow, Decimal("0"))
    made: set[str] = set()
    sales = []
    for cart in carts:
        requests = []
        for quantity, cents, rate, off in cart:
            sku = f"P{cents}-{rate}"
            if sku not in made:
                factories.product(uow, sku, price=f"{Decimal(cents) / 100:.2f}", tax=rate, backorder=True)
                made.add(sku)
            discount = (Decimal(quantity * cents) * off / 10000).quantize(Decimal("0.01"))
            requests.append(LineRequest(sku, quantity, discount=discount))
        total = orders.quote(uow, requests).total
        pay = [PaymentRequest(PaymentMethod.CARD, total)] if total else []
        sale = orders.create_order(uow, OrderRequest(requests, payments=pay, checkout=True)).value
        sales.append(sale)
        # The receipt and the invoice print the lines, the tax bands and the totals of this detail.
        for line, (quantity, cents, rate, _off) in zip(sale.lines, cart, strict=True):
            price = price_line(quantity, cents, int(line.discount * 100), rate, True)
            assert (int(line.total * 100), int(line.tax * 100)) == (price.total, price.tax)
            assert line.total == quantity * line.unit_price - line.discount  # the shelf price, as printed
        assert sum(b.tax for b in sale.tax_bands) == sale.tax
        assert sum(b.net for b in sale.tax_bands) + sale.tax == sale.total
        assert sum(ln.total for ln in sale.lines) == sale.total == sale.subtotal - sale.discount
    day = sales[0].created_at.astimezone(uow.zone).date()
    (row,) = reports.sales(uow, Period(day, day), reports.GroupBy.DAY)
    assert (row.total, row.tax) == (sum(s.total for s in sales), sum(s.tax for s in sales))
    assert row.net + row.tax == row.total
    z = till.status(uow)
    assert sum((m.amount for m in z.sales), Decimal(0)) == row.total


def test_receipt_and_invoice_show_the_tax_inside_the_total(uow: UnitOfWork) -> None:
    from oms_desktop.documents.invoice import render_invoice
    from oms_desktop.documents.receipt import render_receipt
    from tests.documents import pdf_tools

    factories.product(uow, "TEA", price="26.99", tax=1300, stock=5, name="Longjing")
    factories.product(uow, "CUP", price="12.00", tax=900, stock=5, name="Cup")
    _include_tax(uow)
    lines = [LineRequest("TEA", 2), LineRequest("CUP", 1)]
    pay = [PaymentRequest(PaymentMethod.CASH, Decimal("65.98"))]
    sale = orders.create_order(uow, OrderRequest(lines, payments=pay)).value
    shop = shop_settings.get_settings(uow)
    receipt = " ".join(pdf_tools.text(render_receipt(sale, shop)).split())
    assert "2 × 26.99 53.98" in receipt and "Total ¥65.98 incl. 9% tax ¥0.99 incl. 13% tax ¥6.21" in receipt
    invoice = " ".join(pdf_tools.text(render_invoice(sale, shop)).split())
    assert "Amount incl." in invoice and "Total ¥65.98" in invoice  # the heading wraps in its column
    assert "Incl. tax 13% (net ¥47.77) ¥6.21" in invoice
