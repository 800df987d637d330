"""`oms-desktop import` as a newcomer meets it: options before or after the command, a dry run first, the
file again adding nothing, refused lines named, a mapping given as a file or as a saved preset."""

import json
from pathlib import Path

import pytest

from oms_desktop import import_presets
from oms_desktop.services.import_layouts import Format, Kind
from tests.core.test_cli import Cli

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def cli(sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    made = Cli(sqlite_url.removeprefix("sqlite:///"), capsys)
    made.data = tmp_path / "data"  # type: ignore[attr-defined]
    return made


def test_a_shopify_export_dry_run_first_then_for_real_then_again(cli: Cli) -> None:
    code, out, err = cli("import", "products", str(DATA / "oms-products.csv"))
    assert code == 0, err
    assert "added: 5" in out and "stock counts booked as adjustments: 5" in out
    assert cli("customer", "add", "--name", "张伟", "--phone", "13800138000", "--address", "上海市")[0] == 0

    code, out, err = cli("--json", "import", "orders", str(DATA / "shopify-orders.csv"), "--dry-run")
    assert code == 0, err
    dry = json.loads(out)
    assert (dry["format"], dry["dry_run"], dry["added"], dry["written"], dry["refused"]) == (
        "shopify",
        True,
        5,
        False,
        [],
    )
    assert cli("order", "list")[1].count("SO-") == 0

    code, out, err = cli("import", "orders", str(DATA / "shopify-orders.csv"), "--json")  # --json after it
    assert code == 0, err
    done = json.loads(out)
    assert done["numbers"] == dry["numbers"] and done["total"] == "863.00" and done["paid"] == "527.00"
    assert done["statuses"] == {"cancelled": 2, "paid": 1, "pending_payment": 1, "shipped": 1}

    code, out, _ = cli("import", "orders", str(DATA / "shopify-orders.csv"))
    assert code == 0 and "added: 0" in out and "imported before (skipped): 5" in out


def test_refused_lines_are_named_and_skip_bad_rows_takes_the_rest(cli: Cli, tmp_path: Path) -> None:
    cli("import", "products", str(DATA / "oms-products.csv"))
    bad = tmp_path / "orders.csv"
    bad.write_text(
        "order_ref,sku,quantity,channel,payment_method\n"
        "A,MUG-BLUE,1,counter,cash\n"
        "B,NO-SUCH,1,counter,cash\n"
        "C,MUG-BLUE,two,counter,cash\n"
        "D,HONEY-500,1,counter,cash\n",
        encoding="utf-8",
    )
    code, _, err = cli("import", "orders", str(bad))
    assert code == 1
    assert err.splitlines() == [
        "oms-desktop: Nothing was imported:",
        "line 3: unknown SKU or barcode NO-SUCH",
        "line 4: quantity 'two' is not a number (like 3 or 0.255)",
    ]
    code, out, _ = cli("import", "orders", str(bad), "--dry-run")
    assert code == 1 and "refused lines: 2, nothing would be imported" in out and "would be added: 2" in out
    code, out, err = cli("import", "--skip-bad-rows", "orders", str(bad))  # an option before the kind
    assert code == 0, err
    assert "added: 2" in out and "refused lines: 2, left out" in out and "  line 3: unknown SKU" in out


def test_a_mapping_file_or_a_saved_preset(cli: Cli, tmp_path: Path) -> None:
    cli("import", "products", str(DATA / "oms-products.csv"))
    theirs = tmp_path / "bestand.csv"
    # Semicolons, as a spreadsheet in much of Europe saves CSV.
    theirs.write_text("Artikel;Bestand\nMUG-BLUE;55\nHONEY-500;20\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"sku": "Artikel", "on_hand": "Bestand"}), encoding="utf-8")
    code, out, err = cli("import", "stock", str(theirs), "--mapping", str(mapping), "--dry-run")
    assert code == 0, err
    assert "would be updated: 2" in out
    data = cli.data  # type: ignore[attr-defined]
    import_presets.save(data, "Lager", {"sku": "Artikel", "on_hand": "Bestand"}, Kind.STOCK, Format.OMS)
    code, out, err = cli("--data-dir", str(data), "import", "stock", str(theirs), "--mapping", "Lager")
    assert code == 0, err
    assert "updated: 2" in out
    code, _, err = cli("--data-dir", str(data), "import", "stock", str(theirs), "--mapping", "Nope")
    assert code == 1 and "Nope is neither a mapping file nor a saved import preset" in err
    code, _, err = cli("import", "stock", str(tmp_path / "missing.csv"))
    assert code == 1 and err.strip().endswith("missing.csv is not a file")
    code, _, err = cli("import", "stock", str(theirs), "--format", "shopify")
    assert code == 1 and "The shopify format has no stock: choose one of oms" in err
