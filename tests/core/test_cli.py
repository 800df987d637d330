"""The headless CLI as a shopkeeper's script would use it: exit codes, messages, JSON."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from oms_desktop.cli import main


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--db", self.db, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self("--json", *args)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(sqlite_url.removeprefix("sqlite:///"), capsys)


def test_a_days_work_from_the_command_line(cli: Cli) -> None:
    assert (
        cli(
            "product",
            "add",
            "--sku",
            "TEA-1",
            "--name",
            "龙井 Longjing",
            "--price",
            "58.00",
            "--barcode",
            "6901234567892",
            "--tax-rate",
            "9",
        )[0]
        == 0
    )
    assert cli("stock", "receive", "6901234567892", "10", "--cost", "30")[0] == 0
    code, out, _ = cli("customer", "add", "--name", "张伟", "--phone", "13800138000", "--address", "上海市")
    assert code == 0
    customer = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("code:"))

    sale = cli.json("order", "create", "--walk-in", "--line", "TEA-1:3", "--pay", "cash", "--tendered", "200")
    assert sale["status"] == "completed" and sale["total"] == "189.66"
    assert sale["payments"][0]["change"] == "10.34"

    phone = cli.json("order", "create", "--customer", customer, "--line", "TEA-1:2", "--channel", "phone")
    number = phone["number"]
    assert cli.json("order", "confirm", number)["status"] == "pending_payment"
    assert (
        cli.json("order", "pay", number, "--amount", "126.44", "--method", "mobile_wallet")["status"]
        == "paid"
    )
    shipped = cli.json("order", "ship", number, "--carrier", "SF", "--tracking", "SF001")
    assert shipped["status"] == "shipped"
    levels = cli.json("stock", "show", "TEA-1")
    assert [(lv["on_hand"], lv["reserved"], lv["available"]) for lv in levels] == [(5, 0, 5)]
    code, out, _ = cli("db", "check")
    assert code == 0 and out.startswith("ok")


def test_refusals_exit_1_with_one_line_on_stderr(cli: Cli) -> None:
    cli("product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5")
    code, out, err = cli("order", "create", "--walk-in", "--line", "TEA-1:3", "--pay", "cash")
    assert (code, out) == (1, "")
    assert err == "oms-desktop: Out of stock: TEA-1 asked 3, available 0 at MAIN\n"
    code, _, err = cli("stock", "receive", "NOPE", "1")
    assert code == 1 and err == "oms-desktop: Unknown SKU or barcode: NOPE\n"
    code, _, err = cli("order", "cancel", "SO-2026-999999")
    assert code == 1 and "Unknown order: SO-2026-999999" in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["stock", "receive", "TEA-1", "ten"], "'ten' is not a quantity"),
        (["product", "add", "--sku", "X", "--name", "X", "--price", "-1"], "-1 cannot be negative"),
        (["product", "add", "--sku", "X", "--name", "X", "--price", "1.005"], "more than two decimal places"),
        (["order", "create", "--walk-in", "--line", "TEA-1"], "is not SKU:QTY"),
        (["report", "sales", "--from", "2026-13-01", "--to", "2026-12-31"], "is not a date"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_usage_exits_2_naming_the_problem(cli: Cli, args: list[str], fragment: str) -> None:
    code, _, err = cli(*args)
    assert code == 2
    assert fragment in err


def test_a_double_submitted_key_prints_the_same_order(cli: Cli) -> None:
    cli("product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5")
    cli("stock", "receive", "TEA-1", "5")
    first = cli.json("order", "create", "--walk-in", "--line", "TEA-1:1", "--pay", "card", "--key", "K1")
    second = cli.json("order", "create", "--walk-in", "--line", "TEA-1:1", "--pay", "card", "--key", "K1")
    assert first["number"] == second["number"]
    assert cli.json("stock", "show", "TEA-1")[0]["on_hand"] == 4
    assert len(cli.json("order", "list")) == 1


def test_sales_report_as_csv_has_exact_money(cli: Cli) -> None:
    cli("product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "0.10", "--tax-rate", "13")
    cli("stock", "receive", "TEA-1", "10")
    for _ in range(3):
        cli("order", "create", "--walk-in", "--line", "TEA-1:1", "--pay", "cash")
    code, out, _ = cli(
        "report", "sales", "--from", "2000-01-01", "--to", "2100-01-01", "--by", "product", "--format", "csv"
    )
    assert code == 0
    assert out.splitlines() == [
        "key,label,orders,units,net,tax,total,cost,margin",
        "TEA-1,Tea,3,3,0.30,0.03,0.33,0.00,0.30",
    ]


def test_db_init_backup_and_restore(cli: Cli, tmp_path: Path) -> None:
    assert cli.json("db", "init")["schema"] == cli.json("db", "init")["latest"]
    target = tmp_path / "copy.sqlite3"
    cli("product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5")
    assert cli("db", "backup", "--to", str(target))[0] == 0
    cli("product", "add", "--sku", "TEA-2", "--name", "Tea 2", "--price", "5")
    assert cli("db", "restore", str(target))[0] == 0
    assert [p["sku"] for p in cli.json("product", "list")] == ["TEA-1"]
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("nope")
    code, _, err = cli("db", "restore", str(bad))
    assert code == 1 and "not a database file" in err


def test_piped_into_head_bytes_that_are_not_text_and_nan_give_no_traceback(tmp_path: Path) -> None:
    """Found by the hostile-input pass: a closed pipe, non-UTF-8 bytes and NaN each gave a traceback."""
    base = [sys.executable, "-m", "oms_desktop", "--data-dir", str(tmp_path / "d")]
    subprocess.run([*base, "demo", "--orders", "30"], check=True, capture_output=True)
    piped = subprocess.run(
        f"{' '.join(base)} order list | head -1", shell=True, capture_output=True, text=True
    )
    assert "Traceback" not in piped.stderr and piped.stdout.startswith("Number")
    for args, code in (
        (["settings", "set", "default-tax-rate", "NaN"], 2),
        (["settings", "set", "shop-name", b"\xff\xfe".decode("utf-8", "surrogateescape")], 2),
    ):
        run = subprocess.run([*base, *args], capture_output=True, text=True, errors="replace")
        assert run.returncode == code and "Traceback" not in run.stderr, (args, run.stderr)
        assert run.stderr.startswith("oms-desktop: error:") and len(run.stderr.strip().splitlines()) == 1


def test_options_work_before_or_after_the_command(cli: Cli) -> None:
    assert cli("product", "add", "--sku", "TEA-9", "--name", "Tea", "--price", "5")[0] == 0
    code, out, err = cli("stock", "show", "TEA-9", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["sku"] == "TEA-9"
    code, out, _ = cli("--json", "stock", "show", "TEA-9")
    assert code == 0 and json.loads(out)[0]["sku"] == "TEA-9"


def test_orders_are_imported_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    assert cli("product", "add", "--sku", "PEN-1", "--name", "Pen", "--price", "3.50")[0] == 0
    assert cli("stock", "receive", "PEN-1", "10")[0] == 0
    good = tmp_path / "orders.csv"
    good.write_text(
        "order_ref,date,channel,customer_code,sku,quantity,unit_price,discount,payment_method,notes\n"
        "C-1,2026-05-01,counter,,PEN-1,2,,,cash,\n",
        encoding="utf-8",
    )
    code, out, err = cli("order", "import", str(good))
    assert code == 0, err
    assert "imported: 1" in out
    code, out, _ = cli("order", "import", str(good))  # again: skipped, nothing doubled
    assert code == 0 and "skipped (imported before): 1" in out
    bad = tmp_path / "bad.csv"
    bad.write_text(good.read_text() + "C-2,2026-05-01,counter,,PEN-1,1,,,cash,,extra\n", encoding="utf-8")
    code, _, err = cli("order", "import", str(bad))
    assert code == 1 and "line 3: 11 fields" in err
    assert cli("order", "import", str(tmp_path / "missing.csv"))[2].strip().endswith("is not a file")
