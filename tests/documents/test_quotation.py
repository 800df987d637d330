"""Quotations on paper: the invoice's layout titled Quotation, its last valid day, no payment lines, in
Chinese and English; `print quote` refuses an order that is no quotation."""

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from oms_desktop.cli import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents.quotation import render_quotation
from oms_desktop.domain import Channel
from oms_desktop.services import orders, quotes
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.records import OrderDetail
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, Shop

MADE = datetime(2026, 12, 4, 4, 0, tzinfo=UTC)  # noon in Shanghai


def squeeze(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def _quotation(uow: UnitOfWork, shop: Shop, days: int = 14) -> OrderDetail:
    made = UnitOfWork(uow.engine, clock=lambda: MADE, zone=uow.zone)
    customer = shop.shipped.customer.code if shop.shipped.customer else ""
    request = OrderRequest(
        lines=[
            LineRequest("TEA-LJ-250", 2, discount=Decimal("8.00")),
            LineRequest("MUG-JP", 1),
            LineRequest("PEN-01", 10),
        ],
        channel=Channel.WHOLESALE,
        customer_code=customer,
        quote_days=days,
        notes="含包装 Gift-wrapped",
    )
    return orders.create_order(made, request).value


def test_chinese_quotation_has_the_invoice_lines_its_validity_and_no_payments(shop: Shop) -> None:
    quote = _quotation(shop.uow, shop)
    text = squeeze(pdf_tools.text(render_quotation(quote, SHOP_ZH)))
    for expected in ("茶香小铺 Tea Corner", "报价单", "报价单号", quote.number, "报价日期", "王小明"):
        assert expected in text, expected
    assert "有效期至 2026年12月18日" in text
    assert "1 TEA-LJ-250 龙井绿茶 Longjing Green Tea 250g 2 89.00 8.00 170.00 9% 15.30" in text
    assert "合计 ¥272.88" in text
    assert "以上报价有效期至 2026年12月18日。订单确认前不预留货品" in text
    assert "含包装 Gift-wrapped" in text
    for payment_words in ("已付款", "待付金额", "发票"):
        assert payment_words not in text, payment_words
    assert quote.total == Decimal("272.88")


def test_english_quotation_and_an_expired_one(shop: Shop) -> None:
    quote = _quotation(shop.uow, shop, days=3)
    text = squeeze(pdf_tools.text(render_quotation(quote, SHOP_EN)))
    assert "Quotation" in text and "Quotation no." in text and "Invoice" not in text
    assert "Valid until Dec 7, 2026" in text
    assert "Total ¥272.88" in text
    assert "These prices are offered until Dec 7, 2026." in text
    assert "Paid" not in text and "Balance due" not in text
    later = UnitOfWork(shop.uow.engine, clock=lambda: MADE + timedelta(days=10), zone=shop.uow.zone)
    quotes.expire_quotes(later)
    expired = orders.get_order(shop.uow, quote.number)
    assert "Valid until Dec 7, 2026 (expired)" in squeeze(pdf_tools.text(render_quotation(expired, SHOP_EN)))
    chinese = squeeze(pdf_tools.text(render_quotation(expired, SHOP_ZH)))
    assert "有效期至 2026年12月7日（已过期）" in chinese


def test_print_quote_writes_it_and_refuses_an_order(
    shop: Shop, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop_settings.save_settings(shop.uow, SHOP_ZH)
    quote = _quotation(shop.uow, shop)
    db = sqlite_url.removeprefix("sqlite:///")
    out = tmp_path / "quote.pdf"
    assert main(["--db", db, "print", "quote", quote.number, "--out", str(out)]) == 0
    stdout, _ = capsys.readouterr()
    assert stdout == f"Wrote quotation of {quote.number} to {out}\n"
    assert "报价单" in pdf_tools.text(out.read_bytes())
    assert main(["--db", db, "print", "quote", shop.shipped.number, "--out", str(tmp_path / "no.pdf")]) == 1
    _, stderr = capsys.readouterr()
    assert stderr == f"oms-desktop: {shop.shipped.number} is not a quotation (it is shipped)\n"
    assert not (tmp_path / "no.pdf").exists()
