"""What the hostile pass over purchasing and stocktakes found (tests/support/hostile_purchasing.py,
docs/hostile-inputs-purchasing.md), on SQLite and PostgreSQL: each refusal leaves the data as it was."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import StockMovement, Stocktake, Supplier
from oms_desktop.domain.errors import IllegalTransition, ValidationError
from oms_desktop.services import inventory, purchase_orders, stocktakes, suppliers
from oms_desktop.services.purchase_orders import POLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories


def _rows(uow: UnitOfWork) -> tuple[int, int, int]:
    with uow.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Supplier)) or 0,
            session.scalar(select(func.count()).select_from(Stocktake)) or 0,
            session.scalar(select(func.count()).select_from(StockMovement)) or 0,
        )


def test_a_numbered_supplier_skips_the_codes_typed_by_hand(uow: UnitOfWork) -> None:
    # The series' next code was typed in by hand first: numbering used to hit it and fail on the unique key.
    suppliers.add_supplier(uow, SupplierInput(name="Typed", code="SUP-001"))
    suppliers.add_supplier(uow, SupplierInput(name="Typed too", code="sup-002"))
    numbered = suppliers.add_supplier(uow, SupplierInput(name="Numbered")).value
    assert numbered.code == "SUP-003"
    assert suppliers.add_supplier(uow, SupplierInput(name="Next")).value.code == "SUP-004"


@pytest.mark.parametrize("code", ["first\nsecond", "a\x1b[2Jb", "two words", "\u202eevil", "tab\there"])
def test_a_supplier_code_is_one_printable_word(uow: UnitOfWork, code: str) -> None:
    before = _rows(uow)
    with pytest.raises(ValidationError) as refused:
        suppliers.add_supplier(uow, SupplierInput(name="X", code=code))
    assert refused.value.code == "supplier_code_invalid"
    assert "\n" not in str(refused.value) and "\x1b" not in str(refused.value)
    assert _rows(uow) == before


def test_a_product_is_in_one_open_count_of_a_location_at_a_time(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=50)
    factories.product(uow, "CUP", stock=10)
    first = stocktakes.start_count(uow, codes=["TEA"]).value
    before = _rows(uow)
    # Two counts of TEA, both counted 45 before either was finished, used to book -5 twice: 40 on hand.
    with pytest.raises(ValidationError) as refused:
        stocktakes.start_count(uow, codes=["CUP", "TEA"])
    assert refused.value.code == "count_overlaps"
    assert str(refused.value) == (
        f"TEA is already being counted in {first.number} at MAIN: finish or cancel that count first"
    )
    assert _rows(uow) == before
    stocktakes.start_count(uow, codes=["CUP"])  # another product is counted meanwhile
    stocktakes.set_count(uow, first.number, "TEA", 45)
    stocktakes.finish_count(uow, first.number)
    assert inventory.stock_levels(uow, "TEA")[0].on_hand == 45
    again = stocktakes.start_count(uow, codes=["TEA"]).value  # once finished, TEA may be counted again
    stocktakes.cancel_count(uow, again.number)
    stocktakes.start_count(uow, codes=["TEA"])  # and after a cancelled count too


def test_the_command_line_says_the_refusals_in_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from oms_desktop.cli import main

    db = sqlite_url.removeprefix("sqlite:///")

    def cli(*args: str) -> tuple[int, str]:
        code = main(["--db", db, *args])
        return code, capsys.readouterr().err

    assert cli("supplier", "add", "--name", "Typed", "--code", "SUP-001")[0] == 0
    code, err = cli("supplier", "add", "--name", "Numbered")  # was: unexpected error (IntegrityError)
    assert (code, err) == (0, "")
    code, err = cli("supplier", "add", "--name", "X", "--code", "first\nsecond")
    assert code == 1 and err == (
        "oms-desktop: A supplier code is one word of letters, digits and signs, without spaces"
        " (first\\nsecond is not)\n"
    )
    assert cli("product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5")[0] == 0
    assert cli("stock", "count", "start", "--sku", "TEA-1")[0] == 0
    code, err = cli("stock", "count", "start")
    assert code == 1 and err.count("\n") == 1
    assert "TEA-1 is already being counted in ST-" in err and "finish or cancel that count first" in err


def test_an_empty_order_number_to_print_is_an_unknown_order(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from oms_desktop.cli import main

    # Found by the fuzz: `print receipt '' --out x.pdf` ended in AttributeError ('NoneType' ... 'replace').
    code = main(
        [
            "--db",
            sqlite_url.removeprefix("sqlite:///"),
            "print",
            "receipt",
            "",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Unknown order" in err, err


def test_a_refused_move_names_a_purchase_order_or_a_stocktake_not_an_order(uow: UnitOfWork) -> None:
    # They used to read "Cannot send order PO-..." and "Cannot finish order ST-...".
    factories.product(uow, "TEA", stock=5)
    suppliers.add_supplier(uow, SupplierInput(name="Tea"))
    po = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 5)]).value
    purchase_orders.cancel_po(uow, po.number)
    with pytest.raises(IllegalTransition) as refused:
        purchase_orders.send_po(uow, po.number)
    assert str(refused.value) == (
        f"Cannot send purchase order {po.number}: it is cancelled; "
        "only a draft purchase order can be changed or sent"
    )
    count = stocktakes.start_count(uow, codes=["TEA"]).value
    stocktakes.cancel_count(uow, count.number)
    with pytest.raises(IllegalTransition) as refused:
        stocktakes.finish_count(uow, count.number)
    assert (
        str(refused.value) == f"Cannot finish stocktake {count.number}: it is cancelled; the count is closed"
    )
