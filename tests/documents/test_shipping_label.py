"""Shipping labels: the recipient in large type, and tracking barcode and QR code that scan."""

import re

from oms_desktop.documents.shipping_label import LABEL_100X150, render_shipping_label
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, Shop


def test_label_for_a_shipped_order(shop: Shop) -> None:
    order = shop.shipped
    pdf = render_shipping_label(order, SHOP_ZH)
    assert pdf_tools.page_sizes_mm(pdf) == [(101.6, 152.4)]  # 4 x 6 in
    text = re.sub(r"[ \t]+", " ", pdf_tools.text(pdf))
    assert "寄件人" in text and "茶香小铺 Tea Corner" in text and "上海市黄浦区南京东路100号" in text
    assert "收件人" in text and "王小明" in text and "13800138000" in text
    assert "SF Express 顺丰" in text and "SF1234567890123" in text
    assert "3 种商品，共 13 件" in text
    assert sorted(pdf_tools.barcodes(pdf)) == sorted([f"QR-Code:{order.number}", "CODE-128:SF1234567890123"])


def test_label_before_shipping_has_the_qr_code_and_says_not_shipped(shop: Shop) -> None:
    pdf = render_shipping_label(shop.packed, SHOP_EN, LABEL_100X150)
    assert pdf_tools.page_sizes_mm(pdf) == [(100.0, 150.0)]
    text = pdf_tools.text(pdf)
    assert "Alice Smith" in text and "Tokyo 150-0002" in text and "渋谷区" in text
    assert "not shipped yet" in text and "1 line, 4 pieces" in text
    assert pdf_tools.barcodes(pdf) == [f"QR-Code:{shop.packed.number}"]
