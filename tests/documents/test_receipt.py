"""Till receipts on 80 mm and 58 mm rolls: amounts, change, and a page as long as the receipt."""

import re

from oms_desktop.documents.receipt import RECEIPT_58, render_receipt
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, Shop


def squeeze(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def test_cash_receipt_shows_lines_totals_tendered_and_change(shop: Shop) -> None:
    pdf = render_receipt(shop.sale, SHOP_ZH)
    text = squeeze(pdf_tools.text(pdf))
    assert "茶香小铺 Tea Corner" in text and "购物小票" in text and shop.sale.number in text
    assert "龙井绿茶 Longjing Green Tea 250g" in text and "1 × 89.00 89.00" in text
    assert "3 × 3.20 9.60" in text
    assert "小计 ¥98.60" in text
    assert "税额 9% ¥8.01" in text and "税额 13% ¥1.25" in text
    assert "合计 ¥107.86" in text
    assert "现金 ¥107.86" in text and "实收 ¥200.00" in text and "找零 ¥92.14" in text
    assert "待付金额" not in text
    assert pdf_tools.barcodes(pdf) == [f"CODE-128:{shop.sale.number}"]


def test_receipt_paper_widths_and_a_page_as_long_as_the_content(shop: Shop) -> None:
    wide = pdf_tools.page_sizes_mm(render_receipt(shop.sale, SHOP_ZH))
    narrow_pdf = render_receipt(shop.sale, SHOP_ZH, RECEIPT_58)
    narrow = pdf_tools.page_sizes_mm(narrow_pdf)
    assert wide[0][0] == 80.0 and narrow[0][0] == 58.0
    three_lines = pdf_tools.page_sizes_mm(render_receipt(shop.shipped, SHOP_ZH))
    assert 80 < wide[0][1] < three_lines[0][1] < 250  # one more line, a longer strip
    # 58 mm is narrow: the barcode must still scan and the totals still fit on their lines.
    assert pdf_tools.barcodes(narrow_pdf) == [f"CODE-128:{shop.sale.number}"]
    assert "合计 ¥107.86" in squeeze(pdf_tools.text(narrow_pdf))


def test_discount_partial_payment_and_balance(shop: Shop) -> None:
    text = squeeze(pdf_tools.text(render_receipt(shop.shipped, SHOP_EN)))
    assert "2 × 89.00 178.00" in text and "Discount -8.00" in text
    assert "Subtotal ¥255.50" in text and "Discount -¥8.00" in text
    assert "Total ¥272.88" in text
    assert "Bank transfer ¥100.00" in text
    assert "Balance due ¥172.88" in text
