"""The import wizard, from the Orders page: a Shopify export is found from its header, its columns shown (a
field's column can be chosen and saved as a preset), its first rows previewed with their problems, a dry
run says what would happen and writes nothing, and the import runs in the background; a bad row refuses
the file unless the bad rows are skipped."""

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from oms_desktop import import_presets
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import i18n
from oms_desktop.gui.dialogs.import_wizard import ImportWizard
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import inventory, orders
from oms_desktop.services.import_layouts import Kind
from oms_desktop.services.import_source import read_file
from tests import factories
from tests.gui.test_translations import KEPT, back_to_english, visible_texts

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    before = QLocale()
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    back_to_english(before)


def _shop(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-LJ-250", name="西湖龙井 Longjing Tea 250g", price="128.00", tax=900, stock=40)
    factories.product(uow, "MUG-BLUE", name="Blue porcelain mug 青花瓷杯", price="45.00", tax=1300, stock=60)
    factories.product(
        uow, "CUP-SET-6", name="茶杯六件套 Tea cup set of 6", price="168.00", tax=1300, stock=12
    )
    factories.product(uow, "HONEY-500", name="洋槐蜂蜜 Acacia honey 500g", price="68.00", tax=900, stock=25)


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    window.show_page(window.ORDERS)
    qtbot.mouseClick(window.orders.import_button, LEFT)
    wizard = window.orders.import_wizard
    qtbot.waitUntil(wizard.isVisible)
    wizard.file_page.path.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    return wizard


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)


def test_a_shopify_export_is_previewed_checked_and_imported(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    _shop(sqlite_uow)
    window = open_window()
    path = tmp_path / "orders_export.csv"
    shutil.copy(DATA / "shopify-orders.csv", path)
    wizard = _open(qtbot, window, path)
    _next(qtbot, wizard)
    columns = wizard.columns_page
    qtbot.waitUntil(columns.isComplete)
    assert (
        columns.summary.text()
        == "Shopify orders export (found from the header) · UTF-8 · 7 rows read as 5 records"
    )
    assert columns.rows.rowCount() == 7 and columns.rows.verticalHeaderItem(0).text() == "2"
    sku = columns.fields.findChild(QComboBox, "importColumn_sku")
    assert sku is not None and sku.currentText() == "Lineitem sku"
    assert columns.problems.count() == 0 and columns.message.kind == "success"

    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete)
    assert check.result.text().splitlines()[:2] == [
        "Dry run: nothing was written.",
        "Would add 5 orders (SO-2026-000001 – SO-2026-000005)",
    ]
    assert inventory.stock_levels(sqlite_uow, "MUG-BLUE")[0].reserved == 0  # the dry run wrote nothing

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.imported)
    assert check.result.text().splitlines()[0] == "Added 5 orders (SO-2026-000001 – SO-2026-000005)"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Close"
    assert orders.get_order(sqlite_uow, "SO-2026-000001").status == "shipped"
    assert inventory.stock_levels(sqlite_uow, "MUG-BLUE")[0].reserved == 3
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 5)  # the list heard of the new orders
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_a_column_chosen_by_hand_is_read_and_kept_as_a_preset(
    qtbot: QtBot,
    sqlite_uow: UnitOfWork,
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _shop(sqlite_uow)
    window = open_window()
    path = tmp_path / "counts.csv"
    path.write_text("Artikel,Gezählt\nMUG-BLUE,55\nHONEY-500,zwanzig\n", encoding="utf-8")
    wizard = _open(qtbot, window, path)
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData(Kind.STOCK.value))
    _next(qtbot, wizard)
    columns = wizard.columns_page
    qtbot.waitUntil(lambda: columns.w.preview is not None)
    assert not columns.isComplete()  # the header lacks sku and on_hand
    assert "the header lacks the column(s) sku, on_hand" in columns.problems.lines()[0]
    for field, column in (("sku", "Artikel"), ("on_hand", "Gezählt")):
        combo = columns.fields.findChild(QComboBox, f"importColumn_{field}")
        assert combo is not None
        combo.setCurrentIndex(combo.findData(column))
    qtbot.waitUntil(
        lambda: (
            columns.isComplete()
            and columns.w.preview is not None
            and columns.w.preview.columns.get("sku") == "Artikel"
        )
    )
    assert columns.problems.lines() == ["Line 3: Gezählt 'zwanzig' is not a number (like 3 or 0.255)"]
    monkeypatch.setattr(
        "oms_desktop.gui.dialogs.import_wizard.QInputDialog.getText", lambda *a, **k: ("Lager", True)
    )
    columns.save_preset.click()
    assert columns.message.text() == "Saved as the preset Lager"
    saved = import_presets.load(window.ctx.config.data_dir, "Lager")
    assert saved.columns == {"sku": "Artikel", "on_hand": "Gezählt"} and saved.kind is Kind.STOCK

    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check._checked)
    assert not check.isComplete()  # all or nothing: the bad line refuses the file
    assert check.problems.lines()[0] == "Line 3: Gezählt 'zwanzig' is not a number (like 3 or 0.255)"
    check.skip.setChecked(True)
    qtbot.waitUntil(check.isComplete)
    assert "Would add 0, update 1; 0 unchanged" in check.result.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.imported)
    assert inventory.stock_levels(sqlite_uow, "MUG-BLUE")[0].on_hand == 55


def test_a_file_that_cannot_be_read_says_why_on_the_columns_page(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(128, 256)) * 8)
    wizard = _open(qtbot, window, path)
    _next(qtbot, wizard)
    columns = wizard.columns_page
    qtbot.waitUntil(lambda: columns.message.kind == "error")
    assert (
        columns.message.text()
        == "photo.csv is neither UTF-8 nor GB18030 text; save it as 'CSV UTF-8' and try again"
    )
    assert not columns.isComplete()
    wizard.reject()


def test_the_wizard_speaks_chinese(
    qtbot: QtBot, chinese: None, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    """Its own words are Chinese on every page; what the file says (its column names, its rows) stays."""
    _shop(sqlite_uow)
    window = open_window()
    path = tmp_path / "orders.csv"
    shutil.copy(DATA / "woocommerce-orders.csv", path)
    wizard = _open(qtbot, window, path)
    english = _english(wizard.file_page, [str(path)])
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.columns_page.isComplete)
    assert (
        wizard.columns_page.summary.text()
        == "WooCommerce 订单导出（按表头识别）· UTF-8 · 7 行，读出 6 条记录"
    )
    header = read_file(path).header
    english += _english(wizard.columns_page, [*header, "UTF-8"])
    fields = wizard.columns_page.fields
    named = [fields.item(row, 0).text() for row in range(fields.rowCount())]
    english += [f"field {text!r}" for text in named if not re.search(r"[\u4e00-\u9fff]", text)]
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.check_page.isComplete)
    english += _english(wizard.check_page, ["SO-2026-000001", "SO-2026-000006"])
    assert (
        wizard.check_page.result.text().splitlines()[1] == "将添加 6 个订单 (SO-2026-000001 – SO-2026-000006)"
    )
    assert not english, "English in the Chinese wizard:\n" + "\n".join(sorted(set(english)))
    wizard.reject()


def _english(page: QWidget, data: list[str]) -> list[str]:
    found = []
    for where, text in visible_texts(page):
        rest = text
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, "")
        rest = KEPT.sub("", rest)
        if re.search(r"[A-Za-z]{2,}", rest) and "importColumn_" not in where:
            found.append(f"{where}: {text!r}")
    return found
