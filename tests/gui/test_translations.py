"""The window in Simplified Chinese: every string of the GUI has its translation (and a new one without it
fails here), the compiled .qm matches the .ts, the window and Qt's own buttons speak Chinese, the frequent
refusals of the core are said in Chinese, and the language follows the system or the user's choice."""

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod, PriceTier
from oms_desktop.domain.errors import DomainError, IllegalTransition
from oms_desktop.domain.order import FulfilmentState, PaymentState, Status
from oms_desktop.domain.order_workflow import ORDERS, Action
from oms_desktop.domain.payment import PaymentKind
from oms_desktop.domain.stock import MovementKind
from oms_desktop.gui import error_text, formatting, i18n, labels
from oms_desktop.gui.app import WindowHolder, start_language
from oms_desktop.gui.context import UI_STATE_FILE, AppContext
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services import orders
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.periods import computer_zone_name, zone_names
from oms_desktop.this_computer import default_till_name
from scripts import translations
from tests import factories
from tests.gui.conftest import make_window

CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{\w*\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def back_to_english(locale: QLocale) -> None:
    """English again, and Qt's default locale as it was: the other tests read English and C formats."""
    i18n.install("en")
    QLocale.setDefault(locale)


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    """The window in Chinese for one test."""
    before = QLocale()
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    back_to_english(before)


# --- the translation files ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_entry_has_its_translation(language: str) -> None:
    entries = messages(translations.ts_path(language))
    assert len(entries) > 400
    bad = [
        f"{context}: {source!r}"
        for (context, source), translation in entries.items()
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}
        or not (translation.text or "").strip()
    ]
    assert not bad, (
        f"{len(bad)} strings lack a translation (run make translations, then translate):\n" + "\n".join(bad)
    )


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_placeholders_and_shortcut_keys(language: str) -> None:
    """A lost {name} raises KeyError at run time; a lost & loses the Alt shortcut."""
    wrong = []
    for (context, source), translation in messages(translations.ts_path(language)).items():
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        if re.search(r"&\w", source) and not re.search(r"&\w", text):
            wrong.append(f"{context}: {source!r} -> {text!r} (shortcut key)")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_ts_holds_every_string_of_the_sources(language: str, tmp_path: Path) -> None:
    """lupdate over the GUI's sources into a copy: a string added to the code and not to the .ts (or a
    string gone from the code) shows up as a difference."""
    committed = translations.ts_path(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.lupdate(fresh)
    before, after = set(messages(committed)), set(messages(fresh))
    new = sorted(after - before)
    gone = sorted(before - after)
    assert not new and not gone, (
        "resources/translations is out of date with oms_desktop/gui: run `make translations` and translate.\n"
        f"new strings: {new}\ngone strings: {gone}"
    )


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    translations.lrelease(translations.ts_path(language), qm)
    committed = translations.qm_path(language)
    assert committed.exists(), f"{committed} is missing: run `make translations`"
    assert committed.read_bytes() == qm.read_bytes(), (
        f"{committed.name} is older than its .ts: run `make translations`"
    )


# --- which language ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("system", "expected"),
    [("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_US", "en"), ("de_DE", "en"), ("C", "en")],
)
def test_the_window_follows_the_system_language(system: str, expected: str) -> None:
    assert i18n.system_language(QLocale(system)) == expected
    assert i18n.resolve(i18n.SYSTEM, QLocale(system)) == expected
    assert i18n.resolve("en", QLocale("zh_CN")) == "en"  # a choice beats the system


def test_the_stored_choice_is_installed_at_start(qapp: object, tmp_path: Path) -> None:
    ui = QSettings(str(tmp_path / UI_STATE_FILE), QSettings.Format.IniFormat)
    assert i18n.stored_choice(ui) == i18n.SYSTEM
    i18n.store_choice(ui, "zh_CN")
    before = QLocale()
    try:
        assert start_language(tmp_path) == "zh_CN"
        assert labels.status("to_ship") == "待发货"
        assert QLocale().name() == "zh_CN"
    finally:
        back_to_english(before)
    assert labels.status("to_ship") == "To ship"


# --- what the user sees ------------------------------------------------------------------------------


def test_stored_values_have_chinese_words(chinese: None) -> None:
    words = {
        labels.status: [s.value for s in Status],
        labels.channel: [c.value for c in Channel],
        labels.payment_method: [m.value for m in PaymentMethod],
        labels.payment_kind: [k.value for k in PaymentKind],
        labels.payment_state: [s.value for s in PaymentState],
        labels.fulfilment_state: [s.value for s in FulfilmentState],
        labels.movement_kind: [k.value for k in MovementKind],
        labels.price_tier: [t.value for t in PriceTier],
        labels.action: [a.value for a in Action],
    }
    untranslated = [
        f"{fn.__name__}({v!r})" for fn, values in words.items() for v in values if not CJK.search(fn(v))
    ]
    assert not untranslated
    assert set(labels.STATUSES) == {s.value for s in Status}  # the orders page can filter on every status
    assert labels.status("returned") == "已退货" and labels.action("return") == "退货"
    reasons = ORDERS.reasons()
    assert not [r for r in reasons if not CJK.search(error_text.reason_text(r))]


def test_money_follows_the_locale_with_the_shop_currency(chinese: None) -> None:
    assert formatting.money_with_symbol(Decimal("-1234.5"), "CNY") == "-¥1,234.50"
    assert formatting.money_with_symbol(Decimal("8"), "usd") == "$8.00"
    assert formatting.money_with_symbol(Decimal("1200"), "JPY") == "¥1,200"
    assert formatting.money(Decimal("1234567.8")) == "1,234,567.80"
    assert formatting.current_locale().language == "zh"


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def header_texts(model: QAbstractItemModel) -> list[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def test_the_main_window_speaks_chinese(qtbot: QtBot, chinese: None, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    assert nav_texts(window) == [
        "收银台",
        "订单",
        "商品与库存",
        "客户",
        "图表",
        "设置",
        "交接班",
        "审计",
        "采购",
    ]
    assert window.counter.pay_button.text() == "收款 (F8)"
    assert window.user_label.text() == "操作员：cashier"
    window.show_page(window.ORDERS)
    assert header_texts(window.orders.table.model())[:5] == ["订单号", "日期", "客户", "渠道", "状态"]
    statuses = [window.orders.status.itemText(i) for i in range(window.orders.status.count())]
    assert {"待付款", "已付款", "待发货", "已发货", "已完成", "已取消", "已退货"} <= set(statuses)
    window.show_page(window.STOCK)
    assert {"货号", "条码", "在库数量", "已预留", "可用数量", "再订货点"} <= set(
        header_texts(window.stock.table.model())
    )
    window.show_page(window.SETTINGS)
    assert window.settings.window_language.currentText().startswith("跟随系统")
    window.close()


def test_standard_dialog_buttons_speak_chinese(qtbot: QtBot, chinese: None, ctx: AppContext) -> None:
    """Qt's own words (OK, Cancel) come from qtbase_zh_CN.qm."""
    window = make_window(qtbot, ctx)
    window.show_page(window.STOCK)
    window.stock.new_product()
    dialog = window.stock.dialog
    assert dialog is not None
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert "取消" in texts or "取消(C)" in texts, texts
    assert dialog.windowTitle() == "新建商品"
    dialog.reject()
    window.close()


# Words that stay as they are in a Chinese window: names, codes, units and keys.
KEPT = re.compile(
    r"OMS Desktop|My Shop|cashier|Ctrl|Alt|Shift|Del|Esc|Enter|F\d+|SKU|CSV|Excel|PDF|PNG|EAN|UPC|CNY|USD|EUR|"
    r"GBP|HKD|JPY|A4|Letter|English|pcs|MAIN|Shop floor|xlsx|png|jpe?g|pdf|csv|Shopify|WooCommerce|"
    # a receipt printer's address as it is typed (network:HOST:PORT...) and the encoding GB18030
    r"GB18030|\bnetwork:[\w.:\[\]]*|\busb:[\w:\[\]]*|\bserial:[\w:\[\]]*|\bfile:[\w\[\]]*"
)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for the words a user reads: labels, buttons, titles, tabs, placeholders, combo items,
    list items, table headers and tooltips."""
    seen: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text:
            seen.append((f"{type(widget).__name__}#{widget.objectName()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add(widget, widget.item(row).text())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            for text in header_texts(widget.model()):
                add(widget, text)
    return seen


def test_no_english_is_left_in_the_chinese_window(qtbot: QtBot, chinese: None, ctx: AppContext) -> None:
    """Every page walked widget by widget: what is not a name, a code or a key is Chinese. Catches a string
    that never went through tr() (lupdate cannot see it) as well as one the .qm lacks."""
    window = make_window(qtbot, ctx)
    for page in range(window.stack.count()):
        window.show_page(page)
        qtbot.wait(50)
    # The data folder's paths and time zone names (Asia/Shanghai) are shown as they are; the longest first,
    # before its parent folder.
    data = sorted(
        [
            ctx.database,
            str(ctx.config.data_dir),
            str(ctx.config.backup_dir),
            str(ctx.config.log_file),
            computer_zone_name(),
            default_till_name(),  # this computer's name, the till's name until one is set
        ],
        key=len,
        reverse=True,
    )
    english = []
    for where, text in visible_texts(window):
        if text in zone_names():
            continue
        rest = text
        for value in data:
            rest = rest.replace(value, "")
        rest = KEPT.sub("", rest)
        if re.search(r"[A-Za-z]{2,}", rest):
            english.append(f"{where}: {text!r}")
    assert not english, "English in the Chinese window:\n" + "\n".join(sorted(set(english)))
    window.close()


def test_switching_the_window_language_in_settings_rebuilds_the_window(qtbot: QtBot, ctx: AppContext) -> None:
    before = QLocale()
    holder = WindowHolder(ctx)
    first = holder.open()
    qtbot.addWidget(first)
    first.resize(1200, 700)
    try:
        first.show_page(first.SETTINGS)
        combo = first.settings.window_language
        combo.setCurrentIndex(combo.findData("zh_CN"))
        assert i18n.stored_choice(ctx.ui) == "zh_CN"
        qtbot.waitUntil(lambda: holder.window is not first)
        window = holder.window
        assert window is not None
        qtbot.addWidget(window)
        assert nav_texts(window)[0] == "收银台"
        assert window.stack.currentWidget() is window.settings
        assert window.settings.message.text() == "窗口语言已切换为简体中文"
        assert window.settings.window_language.currentData() == "zh_CN"
        assert window.height() == 700  # the layout was kept
        window.counter.reprice()
        assert window.counter.total.text() == "¥0.00"

        combo = window.settings.window_language
        combo.setCurrentIndex(combo.findData("en"))
        qtbot.waitUntil(lambda: holder.window is not window)
        assert holder.window is not None
        qtbot.addWidget(holder.window)
        assert nav_texts(holder.window)[0] == "Counter"
        assert holder.window.settings.message.text() == "The window is now in English"
    finally:
        back_to_english(before)
        if holder.window is not None:
            holder.window.close()


# --- the core's refusals -----------------------------------------------------------------------------


def test_core_refusals_are_said_in_chinese_by_their_code(
    qtbot: QtBot, chinese: None, sqlite_uow: UnitOfWork
) -> None:
    factories.product(sqlite_uow, "TEA-1", name="Oolong 乌龙茶", price="45.00", stock=1)
    refusals = []
    for code, quantity in (("TEA-1", 5), ("NOPE-1", 1)):
        with pytest.raises(DomainError) as caught:
            orders.create_order(sqlite_uow, OrderRequest(lines=[LineRequest(code, quantity)], confirm=True))
        refusals.append(caught.value)
    bar = MessageBar()
    qtbot.addWidget(bar)
    shown = []
    for error in refusals:
        bar.show_error(error)
        shown.append(bar.text())
    assert shown[0] == "缺货：TEA-1 需要 5，MAIN 可用数量仅 1", shown[0]
    assert shown[1] == "未知的货号或条码：NOPE-1"
    illegal = IllegalTransition("SO-2026-000007", "ship", "cancelled", "reason_ship_needs_confirmed")
    assert (
        error_text.describe(illegal)
        == "订单 SO-2026-000007 无法发货：当前状态为已取消；只有已确认的订单才能发货"
    )
    free = DomainError("Something only the English knows")
    assert error_text.describe(free) == "Something only the English knows"  # no code: the English text
    bar.show_error(free)
    assert bar.text() == "Something only the English knows"
