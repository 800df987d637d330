"""Packing slips: what is in the parcel, no prices, and the order number as a barcode that scans."""

import re

from oms_desktop.documents.packing_slip import render_packing_slip
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, Shop


def test_packing_slip_lists_the_goods_without_prices(shop: Shop) -> None:
    order = shop.shipped
    pdf = render_packing_slip(order, SHOP_ZH)
    text = re.sub(r"[ \t]+", " ", pdf_tools.text(pdf))
    assert "装箱单" in text and order.number in text
    assert "王小明" in text and "上海市浦东新区人民路1号" in text
    assert "1 TEA-LJ-250 龙井绿茶 Longjing Green Tea 250g 2" in text
    assert "2 MUG-JP 有田焼マグカップ Arita mug 1" in text
    assert "3 PEN-01 中性笔 Gel pen 0.5mm 10" in text
    assert "3 种商品，共 13 件" in text
    assert "请在工作日送货 Deliver on weekdays" in text
    for price in ("¥", "89.00", "45.50", "272.88"):
        assert price not in text


def test_the_order_number_barcode_scans(shop: Shop) -> None:
    pdf = render_packing_slip(shop.packed, SHOP_EN)
    assert pdf_tools.barcodes(pdf) == [f"CODE-128:{shop.packed.number}"]
    text = pdf_tools.text(pdf)
    assert "Packing slip" in text and "Alice Smith" in text and "渋谷区" in text
    assert "1 line, 4 pieces" in text
