"""`oms-desktop print ...` as a shopkeeper's script uses it: files written, exit codes, one-line errors."""

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from oms_desktop.cli import main
from oms_desktop.services import settings as shop_settings
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_ZH, Shop

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(shop: Shop, sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    shop_settings.save_settings(shop.uow, SHOP_ZH)
    db = sqlite_url.removeprefix("sqlite:///")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_print_each_document_for_one_order(run: Run, shop: Shop, tmp_path: Path) -> None:
    number = shop.shipped.number
    for kind in ("invoice", "receipt", "packing-slip", "label"):
        out = tmp_path / f"{kind}.pdf"
        code, stdout, stderr = run("print", kind, number, "--out", str(out))
        assert (code, stderr) == (0, ""), kind
        assert number in stdout and str(out) in stdout
        assert number in pdf_tools.text(out.read_bytes()), kind
    assert "合计 ¥272.88" in re.sub(r"[ \t]+", " ", pdf_tools.text((tmp_path / "invoice.pdf").read_bytes()))


def test_unknown_order_is_exit_1_with_one_line(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, stdout, stderr = run("print", "invoice", "SO-1999-000042", "--out", str(out))
    assert code == 1 and stdout == ""
    assert stderr == "oms-desktop: Unknown order: SO-1999-000042\n"
    assert not out.exists()


def test_unwritable_output_is_exit_1(run: Run, shop: Shop, tmp_path: Path) -> None:
    code, _, stderr = run("print", "label", shop.shipped.number, "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and stderr.startswith("oms-desktop: cannot write") and stderr.count("\n") == 1


def test_batch_by_numbers_and_by_status(run: Run, shop: Shop, tmp_path: Path) -> None:
    out = tmp_path / "slips.pdf"
    code, stdout, _ = run("print", "packing-slip", "--orders", shop.shipped.number, shop.packed.number,
                          "--out", str(out))  # fmt: skip
    assert code == 0 and "2 packing slips" in stdout
    assert [pdf_tools.barcodes(out.read_bytes(), page=p) for p in (1, 2)] == [
        [f"CODE-128:{shop.shipped.number}"],
        [f"CODE-128:{shop.packed.number}"],
    ]
    out = tmp_path / "to-ship.pdf"
    code, stdout, _ = run(
        "--json", "print", "label", "--status", "to-ship", "--size", "100x150", "--out", str(out)
    )
    assert code == 0
    assert json.loads(stdout)["items"] == [shop.packed.number]
    assert pdf_tools.page_sizes_mm(out.read_bytes()) == [(100.0, 150.0)]
    code, _, stderr = run("print", "label", "--status", "draft", "--out", str(out))
    assert code == 1 and stderr == "oms-desktop: No orders are draft\n"


def test_receipt_paper_and_language_options(run: Run, shop: Shop, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert (
        run("print", "receipt", shop.sale.number, "--paper", "58mm", "--language", "en", "--out", str(out))[0]
        == 0
    )
    assert pdf_tools.page_sizes_mm(out.read_bytes())[0][0] == 58.0
    text = re.sub(r"[ \t]+", " ", pdf_tools.text(out.read_bytes()))
    assert "Receipt" in text and "Change ¥92.14" in text  # English words, the shop's currency


def test_barcode_labels(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    code, stdout, _ = run("print", "barcode-labels", "--sku", "PEN-01", "6901234567892", "--copies", "2",
                          "--out", str(out))  # fmt: skip
    assert code == 0 and "4 barcode labels (a4-3x8)" in stdout
    assert sorted(pdf_tools.barcodes(out.read_bytes())) == ["EAN-13:6901234567892", "EAN-8:12345670"]
    code, stdout, _ = run("print", "barcode-labels", "--out", str(out))
    assert code == 0 and "4 barcode labels" in stdout  # every active product
    code, _, stderr = run("print", "barcode-labels", "--sku", "NOPE", "--out", str(out))
    assert code == 1 and stderr == "oms-desktop: Unknown SKU or barcode: NOPE\n"
