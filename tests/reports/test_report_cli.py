"""`oms-desktop report NAME ...` for every analytics report, and `report sales` as before."""

import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from oms_desktop.cli.main import main
from oms_desktop.services.analytics.catalog import REPORTS
from oms_desktop.services.analytics.kpis import headline
from oms_desktop.services.analytics.rankings import top_products
from oms_desktop.services.periods import Period

D = Decimal


@pytest.fixture
def demo_range(demo_url: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """--from/--to covering the demo shop's last 60 days."""
    assert main(["--db", demo_url, "--json", "order", "list", "--limit", "1"]) == 0
    newest = json.loads(capsys.readouterr().out)[0]["created_at"][:10]
    end = date.fromisoformat(newest)
    return ["--from", str(end - timedelta(days=59)), "--to", str(end)]


def _period(args: list[str]) -> Period:
    return Period(date.fromisoformat(args[1]), date.fromisoformat(args[3]))


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_prints_json_csv_and_a_table(
    name: str, demo_url: str, demo_range: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_url, "report", name, *demo_range, "--format", "json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), dict)
    assert main(["--db", demo_url, "report", name, *demo_range, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert len(rows[0]) > 2
    assert main(["--db", demo_url, "report", name, *demo_range]) == 0
    table = capsys.readouterr().out.splitlines()
    assert set(table[1]) == {"-", " "}  # the rule under the headers
    assert len(table) >= len(rows) + 1  # every row of the main table, and the rule


def test_kpi_csv_equals_the_service(
    demo_url: str, demo_uow: object, demo_range: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_url, "report", "kpis", *demo_range, "--format", "csv"]) == 0
    rows = {r["key"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    expected = headline(demo_uow, _period(demo_range))  # type: ignore[arg-type]
    assert D(rows["sales"]["current"]) == expected.current.sales > 0
    assert int(rows["orders"]["current"]) == expected.current.orders


def test_options_reach_the_report(
    demo_url: str, demo_uow: object, demo_range: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", demo_url, "report", "top-products", *demo_range, "--by", "quantity", "--limit", "3"]
    assert main([*args, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    expected = top_products(demo_uow, _period(demo_range), by="quantity", limit=3)  # type: ignore[arg-type]
    assert [r["key"] for r in rows] == [r.key for r in expected.rows] and len(rows) == 3
    assert (
        main(
            ["--db", demo_url, "report", "sales-over-time", *demo_range, "--by", "month", "--format", "json"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["granularity"] == "month"


def test_xlsx_and_csv_files(demo_url: str, demo_range: list[str], tmp_path: Path) -> None:
    xlsx = tmp_path / "turnover.xlsx"
    assert (
        main(["--db", demo_url, "report", "turnover", *demo_range, "--format", "xlsx", "--out", str(xlsx)])
        == 0
    )
    assert openpyxl.load_workbook(xlsx).sheetnames == ["turnover", "slow-movers"]
    out = tmp_path / "status.csv"
    assert (
        main(["--db", demo_url, "report", "order-status", *demo_range, "--format", "csv", "--out", str(out)])
        == 0
    )
    assert out.read_text(encoding="utf-8-sig").startswith("status,orders,value,share_percent\n")


def test_presets_and_usage_errors(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_url, "report", "kpis", "--preset", "this-year", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["period"]["start"].endswith("-01-01")
    assert main(["--db", demo_url, "report", "kpis"]) == 2
    assert "--from and --to" in capsys.readouterr().err
    assert main(["--db", demo_url, "report", "kpis", "--from", "2026-02-01", "--to", "2026-01-01"]) == 2
    assert "before it starts" in capsys.readouterr().err
    assert main(["--db", demo_url, "report", "turnover", "--preset", "today", "--format", "xlsx"]) == 2


def test_report_sales_still_works(
    demo_url: str, demo_range: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo_url, "report", "sales", *demo_range, "--by", "channel", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "key,label,orders,units,net,tax,total,cost,margin" and len(lines) >= 3
