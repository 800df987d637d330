"""Invoices: what the customer reads, in Chinese and English, and long orders over several pages."""

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents.invoice import render_invoice
from oms_desktop.services import orders
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, Shop


def squeeze(text: str) -> str:
    """Layout text with runs of spaces made single, so table rows read as one line."""
    return re.sub(r"[ \t]+", " ", text)


def test_chinese_invoice_shows_shop_customer_lines_and_exact_totals(shop: Shop) -> None:
    order = shop.shipped
    text = squeeze(pdf_tools.text(render_invoice(order, SHOP_ZH)))

    for expected in (
        "茶香小铺 Tea Corner",
        "上海市黄浦区南京东路100号",
        "税号 91310000MA1K2345X",
        "发票",
        "王小明",
        "上海市浦东新区人民路1号",
        order.number,
        order.customer.code if order.customer else "?",
    ):
        assert expected in text
    # SKU, name, qty, unit price, discount, amount (net), tax rate, tax
    assert "1 TEA-LJ-250 龙井绿茶 Longjing Green Tea 250g 2 89.00 8.00 170.00 9% 15.30" in text
    assert "2 MUG-JP 有田焼マグカップ Arita mug 1 45.50 45.50 13% 5.92" in text
    assert "3 PEN-01 中性笔 Gel pen 0.5mm 10 3.20 32.00 13% 4.16" in text
    assert "小计 ¥255.50" in text
    assert "折扣 -¥8.00" in text
    assert "折后金额 ¥247.50" in text
    assert "税额 9%（计税金额 ¥170.00） ¥15.30" in text
    assert "税额 13%（计税金额 ¥77.50） ¥10.08" in text
    assert "合计 ¥272.88" in text
    assert "已付款 ¥100.00" in text
    assert "待付金额 ¥172.88" in text
    assert "请于30天内付款。" in text and "感谢您的惠顾。" in text and "请在工作日送货" in text
    assert "第 1 页，共 1 页" in text
    # The figures printed are the order's own.
    assert order.total == Decimal("272.88") and order.balance == Decimal("172.88")


def test_english_invoice_uses_english_words_and_the_shops_currency(shop: Shop) -> None:
    text = squeeze(pdf_tools.text(render_invoice(shop.shipped, SHOP_EN, issued=date(2026, 12, 1))))
    assert "Invoice" in text and "Bill to" in text and "Ship to" in text
    assert "Invoice date Dec 1, 2026" in text
    assert "Tax 13% on ¥77.50 ¥10.08" in text
    assert "Total ¥272.88" in text
    assert "Balance due ¥172.88" in text
    assert "Page 1 of 1" in text
    usd = squeeze(pdf_tools.text(render_invoice(shop.shipped, replace(SHOP_EN, currency="USD"))))
    assert "Total $272.88" in usd


def test_the_font_is_embedded_so_chinese_shows_on_any_machine(shop: Shop) -> None:
    table = pdf_tools.fonts(render_invoice(shop.shipped, SHOP_ZH))
    rows = [line for line in table.splitlines() if "WenQuanYi" in line]
    assert rows, table
    assert all(" yes " in row for row in rows)  # the "emb" column
    assert "STSong" not in table


def test_walk_in_invoice_says_so(shop: Shop) -> None:
    text = pdf_tools.text(render_invoice(shop.sale, SHOP_ZH))
    assert "散客" in text
    assert "¥107.86" in text


def test_letter_paper_from_the_settings(shop: Shop) -> None:
    pdf = render_invoice(shop.shipped, replace(SHOP_EN, paper_size="Letter"))
    assert pdf_tools.page_sizes_mm(pdf) == [(215.9, 279.4)]
    assert pdf_tools.page_sizes_mm(render_invoice(shop.shipped, SHOP_EN)) == [(210.0, 297.0)]


def test_logo_is_printed_when_set_and_skipped_when_missing(shop: Shop, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), (200, 30, 30)).save(logo)
    with_logo = render_invoice(shop.shipped, replace(SHOP_ZH, logo_path=str(logo)))
    import io

    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(with_logo)).pages[0].images) == 1
    missing = render_invoice(shop.shipped, replace(SHOP_ZH, logo_path=str(tmp_path / "gone.png")))
    assert "合计 ¥272.88" in squeeze(pdf_tools.text(missing))


@pytest.fixture
def long_order(sqlite_uow: UnitOfWork) -> str:
    lines = []
    for i in range(1, 61):
        factories.product(
            sqlite_uow, f"BULK-{i:02d}", price=f"{i}.25", stock=10, tax=1300, name=f"散装商品 Bulk item {i}"
        )
        lines.append(LineRequest(f"BULK-{i:02d}", 2))
    buyer = factories.customer(sqlite_uow, "李雷")
    return orders.create_order(
        sqlite_uow, OrderRequest(lines=lines, channel=orders.Channel.WHOLESALE, customer_code=buyer.code)
    ).value.number


def test_a_long_invoice_runs_over_pages_with_the_header_repeated(
    sqlite_uow: UnitOfWork, long_order: str
) -> None:
    order = orders.get_order(sqlite_uow, long_order)
    pdf = render_invoice(order, SHOP_ZH)
    pages = [squeeze(t) for t in pdf_tools.page_texts(pdf)]
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert "货号 商品 数量 单价" in page  # the table header on every page
        assert f"第 {n} 页，共 {len(pages)} 页" in page
        assert ("（续）" in page) == (n > 1)
    everything = "\n".join(pages)
    for i in range(1, 61):
        assert len(re.findall(rf"\bBULK-{i:02d}\b", everything)) == 1
    # sum of 2 x (i + 0.25) for i = 1..60 = 3690.00; tax 13% per line, rounded per line
    assert order.subtotal == Decimal("3690.00")
    assert f"合计 ¥{order.total:,}" in pages[-1]
    assert all("合计" not in page for page in pages[:-1])
