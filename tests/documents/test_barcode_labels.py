"""Product label sheets: name, price with tax, and a barcode that scans as the product's code."""

import re

import pytest

from oms_desktop.documents.barcode_labels import A4_3X8, LETTER_3X10, price_with_tax, render_barcode_labels
from oms_desktop.documents.paging import finished
from oms_desktop.services import product_search
from oms_desktop.services.records import ProductRecord
from tests import factories
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, Shop


def products(shop: Shop) -> list[ProductRecord]:
    return product_search.search_products(shop.uow, "", limit=10)


def test_every_label_shows_its_price_and_scans(shop: Shop) -> None:
    pdf = finished(render_barcode_labels(products(shop), SHOP_ZH))
    assert pdf_tools.page_sizes_mm(pdf) == [(210.0, 297.0)]
    text = re.sub(r"[ \t]+", " ", pdf_tools.text(pdf))
    # price before tax + tax, as the till charges it: 89.00 + 9% = 97.01, 45.50 + 13% = 51.415 -> 51.42
    for name, price in (("龙井绿茶 Longjing Green Tea 250g", "¥97.01"), ("有田焼マグカップ Arita mug", "¥51.42"),
                        ("中性笔 Gel pen 0.5mm", "¥3.62"), ("Butter cookies", "¥13.56")):  # fmt: skip
        assert name in text and price in text
    assert "含税 9%" in text and "含税 13%" in text
    assert sorted(pdf_tools.barcodes(pdf)) == [
        "CODE-128:MUG-JP",  # no barcode: the SKU
        "EAN-13:0036000291452",  # UPC-A, which zbar reads as EAN-13 with a leading 0
        "EAN-13:6901234567892",
        "EAN-8:12345670",
    ]


def test_price_with_tax_rounds_like_the_till(shop: Shop) -> None:
    by_sku = {p.sku: p for p in products(shop)}
    assert str(price_with_tax(by_sku["MUG-JP"])) == "51.42"
    assert str(price_with_tax(by_sku["PEN-01"])) == "3.62"


def test_copies_fill_sheets_and_skip_leaves_used_labels(shop: Shop) -> None:
    items = products(shop)
    assert A4_3X8.per_page == 24
    pdf = finished(render_barcode_labels(items, SHOP_EN, copies=7))  # 28 labels
    assert pdf_tools.page_count(pdf) == 2
    pdf = finished(
        render_barcode_labels(items[:1], SHOP_EN, copies=2, skip=23)
    )  # the last slot, then a new sheet
    assert pdf_tools.page_count(pdf) == 2
    assert len(pdf_tools.barcodes(pdf, page=1)) == 1 and len(pdf_tools.barcodes(pdf, page=2)) == 1


def test_letter_sheet_labels_scan(shop: Shop) -> None:
    pdf = finished(render_barcode_labels(products(shop), SHOP_EN, LETTER_3X10))
    assert pdf_tools.page_sizes_mm(pdf) == [(215.9, 279.4)]
    assert len(pdf_tools.barcodes(pdf, dpi=200)) == 4


@pytest.mark.parametrize("sku", ["茶-001"])
def test_a_code_that_cannot_be_a_barcode_is_said_so(shop: Shop, sku: str) -> None:
    product = factories.product(shop.uow, sku, price="5.00", name="散装茶")
    text = pdf_tools.text(finished(render_barcode_labels([product], SHOP_ZH)))
    assert "散装茶" in text and "无条码" in text


def test_long_names_are_cut_short_and_long_codes_are_not_squeezed(shop: Shop) -> None:
    name = "超长商品名称 Extra long product name " * 6
    product = factories.product(shop.uow, "X" * 60, price="9.90", name=name, tax=0)
    pdf = finished(render_barcode_labels([product], SHOP_EN))
    text = re.sub(r"\s+", " ", pdf_tools.text(pdf))
    assert "超长商品名称 Extra long" in text and "…" in text and name.strip() not in text
    assert (
        "¥9.90" in text and "(code too long for a barcode)" in text
    )  # 60 characters of Code 128 do not fit 58 mm
    assert pdf_tools.barcodes(pdf) == []
