"""The till's Z report (closed, counted, with a variance) and X report (a blind reading) on the receipt roll."""

import re
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from oms_desktop.documents.receipt import RECEIPT_58
from oms_desktop.documents.z_report import render_till_report
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import (
    CashierTotal,
    CashMoveLine,
    CountedPiece,
    MethodTotal,
    TillReport,
)
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH

D = Decimal
EN = replace(SHOP_EN, time_zone="Asia/Shanghai")
ZH = replace(SHOP_ZH, time_zone="Asia/Shanghai")
HEAD = "3fa9c2d41b7e8f0a5c6d2e1f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 22, hour, minute, tzinfo=UTC)


# Float 200 + cash sales 312 - cash refunds 20 + cash in 50 - cash out 100 = 442 expected; 439 counted.
CLOSED = TillReport(
    till="TILL-1",
    z_number=7,
    currency="CNY",
    opened_at=at(0, 30),
    opened_by="王小红",
    closed_at=at(10, 5),
    closed_by="Alice Chen",
    approved_by="Manager Li",
    float_amount=D("200.00"),
    sales=(
        MethodTotal("cash", D("312.00"), 9),
        MethodTotal("card", D("1250.50"), 5),
        MethodTotal("mobile_wallet", D("345.60"), 4),
    ),
    refunds=(MethodTotal("cash", D("20.00"), 1), MethodTotal("card", D("89.00"), 1)),
    cash_in=D("50.00"),
    cash_out=D("100.00"),
    expected_cash=D("442.00"),
    counted_cash=D("439.00"),
    counted=(
        CountedPiece(D("100"), 3, D("300.00")),
        CountedPiece(D("20"), 6, D("120.00")),
        CountedPiece(D("5"), 3, D("15.00")),
        CountedPiece(D("1"), 3, D("3.00")),
        CountedPiece(D("0.5"), 2, D("1.00")),
    ),
    variance=D("-3.00"),
    sales_count=18,
    returns_count=2,
    discounts=D("46.80"),
    voids=3,
    overrides=2,
    no_sales=1,
    cashiers=(
        CashierTotal("Alice Chen", 11, D("1500.10"), D("89.00")),
        CashierTotal("王小红", 7, D("408.00"), D("20.00")),
    ),
    moves=(
        CashMoveLine("cash_in", D("50.00"), "零钱补充 Change top-up", "王小红", "", at(2, 15)),
        CashMoveLine("cash_out", D("100.00"), "Window cleaner", "Alice Chen", "Manager Li", at(6, 40)),
        CashMoveLine("no_sale", D("0"), "Change for parking", "Alice Chen", "", at(7, 1)),
    ),
    audit_head=HEAD,
)
# The open session read by a cashier who may not see the expected cash (a blind count).
READING = replace(
    CLOSED,
    z_number=None,
    closed_at=None,
    closed_by="",
    approved_by="",
    expected_cash=D("-0"),
    counted_cash=None,
    counted=(),
    variance=None,
    audit_head="",
)


def text_of(pdf: bytes) -> str:
    return re.sub(r"[ \t]+", " ", pdf_tools.text(pdf))


def test_z_report_in_english_shows_every_figure() -> None:
    pdf = render_till_report(CLOSED, EN)
    text = text_of(pdf)
    assert pdf_tools.page_count(pdf) == 1
    assert "Z report No. 7" in text and "Tea Corner" in text
    assert "Till TILL-1" in text and "Currency CNY" in text
    # Times in the shop's zone (Asia/Shanghai, UTC+8), not the computer's.
    assert "Opened by 王小红" in text and "Opened at 2026-11-22 08:30" in text
    assert "Closed by Alice Chen" in text and "Closed at 2026-11-22 18:05" in text
    assert "Approved by Manager Li" in text
    assert "Cash 9 312.00" in text and "Card 5 1,250.50" in text and "Mobile wallet 4 345.60" in text
    assert "Total 18 1,908.10" in text
    assert "Cash 1 20.00" in text and "Card 1 89.00" in text and "Total 2 109.00" in text
    assert "Net sales 1,799.10" in text
    assert "Float 200.00" in text and "Cash sales 312.00" in text and "Cash refunds -20.00" in text
    assert "Cash in 50.00" in text and "Cash out -100.00" in text
    assert "Expected cash 442.00" in text and "Counted cash 439.00" in text
    assert "Variance -3.00" in text
    pieces = text.replace("× ", "×")  # pdftotext may or may not keep the space after ×
    assert "100.00 ×3 300.00" in pieces and "0.50 ×2 1.00" in pieces and "Total 439.00" in text
    assert "Sales 18" in text and "Returns 2" in text and "Voids 3" in text
    assert "Manager overrides 2" in text and "Drawer opened without sale 1" in text
    assert "Discounts given 46.80" in text
    assert "Alice Chen 11 1,500.10 89.00" in text and "王小红 7 408.00 20.00" in text
    assert "2026-11-22 14:40 · Alice Chen · approved by Manager Li" in text and "Window cleaner" in text
    assert "No sale" in text and "Change for parking" in text
    assert f"Audit chain {HEAD[:16]}" in text and HEAD[:17] not in text
    assert "Blind count" not in text


def test_z_report_in_chinese() -> None:
    text = text_of(render_till_report(CLOSED, ZH))
    assert "Z报表（交班报表）第 7 号" in text and "茶香小铺 Tea Corner" in text
    assert "收银台 TILL-1" in text and "开班时间 2026-11-22 08:30" in text and "交班人 Alice Chen" in text
    assert "现金 9 312.00" in text and "移动支付 4 345.60" in text and "净销售额 1,799.10" in text
    assert "备用金 200.00" in text and "现金取出 -100.00" in text
    assert "应有现金 442.00" in text and "实点现金 439.00" in text and "差额 -3.00" in text
    assert "按面额清点" in text and "作废笔数 3" in text and "无销售开钱箱次数 1" in text
    assert "批准人 Manager Li" in text and f"审计链 {HEAD[:16]}" in text


@pytest.mark.parametrize("variance, printed", [(D("2.50"), "+2.50"), (D("0.00"), "0.00")])
def test_variance_keeps_its_sign(variance: Decimal, printed: str) -> None:
    counted = CLOSED.expected_cash + variance
    report = replace(CLOSED, counted_cash=counted, variance=variance)
    text = text_of(render_till_report(report, EN))
    assert f"Variance {printed}" in text and f"Counted cash {counted:,.2f}" in text


@pytest.mark.parametrize(
    "settings, title, expected",
    [(EN, "X report (not closed)", "Expected cash"), (ZH, "X报表（未交班）", "应有现金")],
)
def test_x_report_hides_the_expected_cash_of_a_blind_count(
    settings: ShopSettings, title: str, expected: str
) -> None:
    text = text_of(render_till_report(READING, settings))
    assert title in text and f"{expected} —" in text
    assert "442.00" not in text
    # Not closed: no closing rows, no count, no variance, no fingerprint.
    for word in (
        "Closed at",
        "Counted cash",
        "Variance",
        "Audit chain",
        "交班时间",
        "实点现金",
        "差额",
        "审计链",
    ):
        assert word not in text
    assert "1,799.10" in text  # the rest of the reading is all there


def test_x_report_shows_the_expected_cash_to_whoever_may_see_it() -> None:
    text = text_of(render_till_report(replace(READING, expected_cash=D("442.00")), EN))
    assert "Expected cash 442.00" in text and "Blind count" not in text


def test_a_reading_without_refunds_and_a_narrow_roll() -> None:
    report = replace(READING, refunds=(), moves=(), cashiers=())
    pdf = render_till_report(report, EN, RECEIPT_58)
    text = text_of(pdf)
    assert "Refunds by payment method\nnone" in text
    assert "Net sales 1,908.10" in text
    width, height = pdf_tools.page_sizes_mm(pdf)[0]
    assert width == 58.0 and 80 < height < 250
