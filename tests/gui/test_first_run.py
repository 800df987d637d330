"""The first start: on a new shop a wizard asks for the window language, the shop's details and demo data
before the main window; it saves the settings (configured) and makes the demo data when asked; it does not
come back on a configured shop, and a smoke run never shows it."""

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from oms_desktop.config import Config
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import app as gui_app
from oms_desktop.gui import i18n
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs import first_run
from oms_desktop.gui.dialogs.first_run import DemoSize, FirstRunWizard
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import demo, order_pages, product_search, settings, users
from oms_desktop.services.settings import ShopSettings

SMALL_DEMO = DemoSize(orders=30, products=20, customers=10)


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> Iterator[FirstRunWizard]:
    before = QLocale()
    dialog = FirstRunWizard(ctx, demo_size=SMALL_DEMO)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    i18n.install("en")  # a test may have switched to Chinese; the next ones read English
    QLocale.setDefault(before)


def fill_shop(wizard: FirstRunWizard) -> None:
    """What a shopkeeper types on the second page."""
    wizard.next()
    page = wizard.shop
    assert wizard.currentPage() is page
    page.shop_name.setText("福满多便利店 Lucky Mart")
    page.address.setPlainText("上海市黄浦区南京东路 100 号")
    page.tax_id.setText("91310000MA1K000000")
    page.currency.setCurrentText("usd")
    page.tax_rate.setText("9")


def finish(qtbot: QtBot, wizard: FirstRunWizard, *, timeout: int = 5000) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.owner  # left empty: a one-person shop
    wizard.next()
    assert wizard.currentPage() is wizard.demo_page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=timeout)


def test_the_wizard_is_needed_on_a_new_shop_only(ctx: AppContext, sqlite_uow: UnitOfWork) -> None:
    assert first_run.needed(ctx)
    settings.save_settings(sqlite_uow, ShopSettings(shop_name="Configured", configured=True))
    ctx.shop = settings.get_settings(sqlite_uow)
    assert not first_run.needed(ctx)


def test_a_shop_with_data_but_no_saved_settings_gets_no_wizard(demo_ctx: AppContext) -> None:
    """A database that was filled before the wizard existed (or from the command line) is in use."""
    assert not demo_ctx.shop.configured
    assert not first_run.needed(demo_ctx)


def test_the_wizard_saves_the_shop_settings(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_uow: UnitOfWork
) -> None:
    assert wizard.demo_page.demo.isChecked()  # demo data is offered, ticked
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wizard.next()
    wizard.shop.shop_name.clear()
    assert not next_button.isEnabled()  # a shop needs a name
    wizard.back()
    fill_shop(wizard)
    assert next_button.isEnabled()
    wizard.demo_page.demo.setChecked(False)
    finish(qtbot, wizard)
    stored = settings.get_settings(sqlite_uow)
    assert stored.shop_name == "福满多便利店 Lucky Mart"
    assert stored.address == "上海市黄浦区南京东路 100 号"
    assert (stored.tax_id, stored.currency, stored.default_tax_rate) == (
        "91310000MA1K000000",
        "USD",
        Decimal(9),
    )
    assert stored.language == "en" and stored.configured
    assert demo.is_empty(sqlite_uow)  # no demo data when unticked
    assert wizard.ctx.shop == stored  # the window opens with them


def test_a_wrong_tax_rate_keeps_the_wizard_on_its_page(wizard: FirstRunWizard) -> None:
    fill_shop(wizard)
    wizard.shop.tax_rate.setText("thirteen")
    wizard.next()
    assert wizard.currentPage() is wizard.shop
    assert wizard.shop.message.text() == "The default tax rate must be a number, e.g. 13"
    wizard.shop.tax_rate.setText("130")
    wizard.next()
    assert wizard.shop.message.text() == "The default tax rate must be between 0 and 100%"
    wizard.shop.tax_rate.setText("13%")
    wizard.next()
    assert wizard.currentPage() is wizard.owner


def test_the_wizard_makes_demo_data_when_ticked(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_uow: UnitOfWork
) -> None:
    fill_shop(wizard)
    finish(qtbot, wizard, timeout=60000)
    assert wizard.summary is not None and wizard.summary.orders == SMALL_DEMO.orders
    assert len(product_search.search_products(sqlite_uow, "", limit=100)) == SMALL_DEMO.products
    assert len(order_pages.list_orders(sqlite_uow, limit=100)) == SMALL_DEMO.orders
    assert settings.get_settings(sqlite_uow).configured


def test_choosing_chinese_turns_the_wizard_chinese_and_the_documents_too(
    qtbot: QtBot, wizard: FirstRunWizard, ctx: AppContext, sqlite_uow: UnitOfWork
) -> None:
    assert wizard.welcome.title() == "Welcome to OMS Desktop"
    combo = wizard.welcome.language
    combo.setCurrentIndex(combo.findData("zh_CN"))
    # Qt posts the LanguageChange events: the words change at the next turn of the event loop.
    qtbot.waitUntil(lambda: wizard.welcome.title() == "欢迎使用 OMS Desktop")
    assert wizard.windowTitle() == "设置 OMS Desktop"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "下一步(&N) >"
    assert i18n.stored_choice(ctx.ui) == "zh_CN"  # the window will open in Chinese too
    fill_shop(wizard)
    assert wizard.shop.title() == "您的店铺"
    assert wizard.shop.document_language.currentData() == "zh_CN"  # documents follow, unless changed
    wizard.demo_page.demo.setChecked(False)
    assert wizard.demo_page.demo.text() == "为店铺填充演示数据"
    finish(qtbot, wizard)
    stored = settings.get_settings(sqlite_uow)
    assert stored.language == "zh_CN"
    assert stored.payment_terms == "请于 30 天内付款。"  # printed on Chinese invoices


def test_first_start_shows_the_wizard_before_the_window(qtbot: QtBot, ctx: AppContext) -> None:
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, FirstRunWizard)
        dialog.reject()  # Cancel: the window opens with the defaults

    QTimer.singleShot(200, answer)
    assert gui_app.first_start(ctx)
    assert seen == ["FirstRunWizard"]
    assert not ctx.shop.configured and ctx.shop.shop_name == "My Shop"


def test_first_start_skips_the_wizard_on_a_configured_shop(ctx: AppContext, sqlite_uow: UnitOfWork) -> None:
    settings.save_settings(sqlite_uow, ShopSettings(shop_name="Tea House", configured=True))
    ctx.shop = settings.get_settings(sqlite_uow)
    assert not gui_app.first_start(ctx)


def test_a_smoke_run_shows_no_wizard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[object] = []

    def exec_(wizard: FirstRunWizard) -> int:
        shown.append(wizard)
        return 0

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", exec_)
    before = QLocale()
    try:
        code = gui_app.run(
            Config(data_dir=tmp_path / "data", db_url=f"sqlite:///{tmp_path / 'new.sqlite3'}"), smoke=True
        )
    finally:
        QLocale.setDefault(before)  # run() set the window's locale; the next tests expect the system's
    assert code == 0 and "completed" in capsys.readouterr().out
    assert shown == []


def test_default_payment_terms_follow_the_document_language(window: MainWindow) -> None:
    """Printed on invoices: the default terms in the invoice's language; the shop's own words are kept."""
    page = window.settings
    assert page.terms.text() == ShopSettings.payment_terms == i18n.DEFAULT_PAYMENT_TERMS["en"]
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert page.terms.text() == "请于 30 天内付款。"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.terms.text() == "Payment due within 30 days."
    page.terms.setText("Net 14, bank transfer")
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert page.terms.text() == "Net 14, bank transfer"


def test_the_wizard_makes_the_owner_who_then_signs_in(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_uow: UnitOfWork
) -> None:
    fill_shop(wizard)
    wizard.next()
    owner = wizard.owner
    owner.name.setText("Olivia")
    owner.pin.setText("12")
    wizard.next()
    assert wizard.currentPage() is owner and owner.message.text() == "A PIN is 4 to 8 digits"
    owner.pin.setText("2468")
    owner.again.setText("2460")
    wizard.next()
    assert wizard.currentPage() is owner and owner.message.text() == "The two PINs differ"
    owner.again.setText("2468")
    wizard.next()
    wizard.demo_page.demo.setChecked(False)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)
    assert [(u.name, u.role.value) for u in users.list_users(sqlite_uow)] == [("Olivia", "owner")]
    assert users.authenticate(sqlite_uow, "Olivia", "2468").name == "Olivia"
