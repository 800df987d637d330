"""The customer's statement as the customer reads it: opening balance, the period's lines with the balance
after each, closing balance and ageing (tests/core/test_statement.py's hand-checked account), in English
and Chinese, on A4 and Letter, over several pages, and from the command line."""

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from oms_desktop.cli import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents.statement import render_statement
from oms_desktop.domain import PaymentMethod
from oms_desktop.services import customers, payments
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.orders import PaymentRequest
from oms_desktop.services.periods import Period
from oms_desktop.services.statement_view import statement
from tests.core.test_receivables import _on, _order
from tests.core.test_statement import PERIOD, statement_shop
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH


def squeeze(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def row(start: str, end: str, text: str) -> bool:
    """Whether one line of the text starts with `start` and ends with `end`."""
    return re.search(rf"^{re.escape(start)}[^\n]* {re.escape(end)}$", text, re.MULTILINE) is not None


def test_the_statement_in_english(sqlite_uow: UnitOfWork) -> None:
    n = statement_shop(sqlite_uow)
    customers.update_customer(
        sqlite_uow,
        n["W"],
        CustomerInput(name="Wholesale W", phone="1", billing_address="8 Tea Street\nHangzhou"),
    )
    pdf = render_statement(statement(_on(sqlite_uow, 0), n["W"], PERIOD), SHOP_EN)
    assert pdf_tools.page_sizes_mm(pdf) == [(210.0, 297.0)]
    text = squeeze(pdf_tools.text(pdf))
    assert "Statement" in text and n["W"] in text and "May 1, 2026 – Jun 30, 2026" in text
    assert "Wholesale W" in text and "8 Tea Street" in text and "30 days" in text
    assert "Opening balance on May 1, 2026 200.00" in text
    # Each line: date, document, description, due, debit or credit, and the balance after it.
    assert f"May 16, 2026 {n['B']} Order Jun 15, 2026 150.00 350.00" in text
    assert f"Jun 11, 2026 {n['H']} Payment, Cash 90.00 360.00" in text
    assert re.search(rf"Jun 27, 2026 RT-\S+ Return, {n['H']} 10.00 530.00", text)
    # A payment's reference wraps under its method in the narrow description column.
    assert row(f"Jun 29, 2026 {n['A']} Payment, Bank transfer", "200.00 290.00", text)
    assert row(f"Jun 29, 2026 {n['B']} Payment, Bank transfer", "50.00 240.00", text)
    assert len(re.findall(r"^ ref\. BANK-77$", text, re.MULTILINE)) == 2
    assert n["K"] not in text  # paid at the counter
    assert "Closing balance on Jun 30, 2026 ¥240.00" in text
    assert "Orders on account ¥430.00" in text and "Payments and returns ¥390.00" in text
    # The ageing: five buckets and the total, as of TO.
    assert "Not yet due 1–30 days 31–60 days 61–90 days Over 90 days Total owed" in text
    assert "¥140.00 ¥100.00 ¥0.00 ¥0.00 ¥0.00 ¥240.00" in text
    assert "Please pay what is past due" in text


def test_the_statement_in_chinese_on_letter(sqlite_uow: UnitOfWork) -> None:
    n = statement_shop(sqlite_uow)
    view = statement(_on(sqlite_uow, 0), n["W"], PERIOD)
    pdf = render_statement(view, replace(SHOP_ZH, paper_size="Letter"))
    assert pdf_tools.page_sizes_mm(pdf) == [(215.9, 279.4)]
    assert "WenQuanYi" in pdf_tools.fonts(pdf) and " yes " in pdf_tools.fonts(pdf)
    text = squeeze(pdf_tools.text(pdf))
    assert "对账单" in text and "期初余额（2026年5月1日） 200.00" in text
    assert f"2026年5月16日 {n['B']} 赊账订单 2026年6月15日 150.00 350.00" in text
    assert "期末余额（2026年6月30日） ¥240.00" in text
    assert "未到期 逾期 1–30 天" in text and "¥140.00 ¥100.00 ¥0.00 ¥0.00 ¥0.00 ¥240.00" in text


def test_a_long_statement_runs_over_pages_with_its_head_row(sqlite_uow: UnitOfWork) -> None:
    n = statement_shop(sqlite_uow)
    for days_ago in range(40, 20, -1):
        number = _order(sqlite_uow, n["W"], days_ago, 1)
        payments.pay(_on(sqlite_uow, days_ago), number, PaymentRequest(PaymentMethod.CASH, Decimal("4.00")))
    view = statement(_on(sqlite_uow, 0), n["W"], Period(date(2026, 1, 1), date(2026, 6, 30)))
    assert view.closing == Decimal("240.00") + 20 * Decimal("6.00")
    pages = [squeeze(t) for t in pdf_tools.page_texts(render_statement(view, SHOP_EN))]
    assert len(pages) >= 2
    assert all("Date Document Description Due Debit Credit Balance" in t for t in pages)
    assert f"Statement {n['W']} (continued)" in pages[1] and "Page 2 of" in pages[1]
    assert "Closing balance on Jun 30, 2026 ¥360.00" in pages[-1]


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(sqlite_uow: UnitOfWork, sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    shop_settings.save_settings(sqlite_uow, SHOP_ZH)
    db = sqlite_url.removeprefix("sqlite:///")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_print_statement_from_the_command_line(run: Run, sqlite_uow: UnitOfWork, tmp_path: Path) -> None:
    n = statement_shop(sqlite_uow)
    out = tmp_path / "statement.pdf"
    args = ["print", "statement", n["W"], "--from", "2026-05-01", "--to", "2026-06-30", "--out", str(out)]
    code, stdout, stderr = run(*args)
    assert (code, stderr) == (0, "")
    assert stdout == f"Wrote statement of {n['W']} for 2026-05-01 to 2026-06-30 to {out}\n"
    text = squeeze(pdf_tools.text(out.read_bytes()))
    assert "对账单" in text and "¥240.00" in text
    code, _, _ = run(*args, "--language", "en")
    assert code == 0 and "Closing balance on Jun 30, 2026 ¥240.00" in squeeze(
        pdf_tools.text(out.read_bytes())
    )
    code, _, stderr = run(
        "print", "statement", n["W"], "--from", "2026-06-30", "--to", "2026-05-01", "--out", str(out)
    )
    assert code == 2 and "before it starts" in stderr
    code, _, stderr = run(
        "print", "statement", "C-NOBODY", "--from", "2026-05-01", "--to", "2026-06-30", "--out", str(out)
    )
    assert code == 1 and "C-NOBODY" in stderr
