"""The notification centre and the rules in the window, on SQLite and PostgreSQL: the bell counts what the
rules left, its list says it in the window's language, a click goes to the order or the product and marks
it read; the window runs the rules on a thread of its own; Settings' Rules box adds and removes rules."""

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.automation import RuleAction, RuleValues, Trigger
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.widgets.notification_bell import NotificationBell
from oms_desktop.services import automation, notifications, orders
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories
from tests.gui.conftest import make_window, open_ctx


@pytest.fixture
def shop_uow(db_url: str) -> Iterator[UnitOfWork]:
    engine = make_engine(db_url)
    yield UnitOfWork(engine)
    engine.dispose()


@pytest.fixture
def shop_ctx(db_url: str, tmp_path: Path, shop_uow: UnitOfWork) -> Iterator[AppContext]:
    context = open_ctx(db_url, tmp_path / "data")
    yield context
    context.close()


def _earlier(uow: UnitOfWork) -> UnitOfWork:
    """The same shop a minute ago: the rules made then see what happens now."""
    moment = datetime.now(UTC) - timedelta(minutes=1)
    return UnitOfWork(uow.engine, clock=lambda: moment)


def _sale(uow: UnitOfWork) -> str:
    return orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA", 1)], payments=[PaymentRequest(PaymentMethod.CASH, Decimal("10.00"))]
        ),
    ).value.number


def _bell(window: MainWindow) -> NotificationBell:
    bell = window.findChild(NotificationBell, "notificationBell")
    assert bell is not None
    return bell


def test_the_bell_counts_and_a_click_goes_to_the_order_or_product(
    qtbot: QtBot, shop_uow: UnitOfWork, shop_ctx: AppContext
) -> None:
    factories.product(shop_uow, "TEA", price="10.00", stock=3, reorder_point=5)
    automation.add_rule(
        _earlier(shop_uow),
        RuleValues(name="Every order", trigger=Trigger.ORDER_CREATED, action=RuleAction.NOTIFY),
    )
    automation.add_rule(
        _earlier(shop_uow), RuleValues(name="Low", trigger=Trigger.STOCK_LOW, action=RuleAction.NOTIFY)
    )
    number = _sale(shop_uow)
    automation.run_rules(shop_uow)

    window = make_window(qtbot, shop_ctx)
    window.rule_runner.stop()  # this test runs the rules itself
    bell = _bell(window)
    qtbot.waitUntil(lambda: bell.text() == "2")
    assert "2 unread" in bell.toolTip()

    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    items = bell.popup.items
    qtbot.waitUntil(lambda: bell.popup.isVisible() and items.count() == 2)
    texts = [items.item(i).text() for i in range(items.count())]
    assert any(t.startswith(f"New Counter order {number}: 10.00") for t in texts)
    assert any(t.startswith("TEA Product TEA is low: 2 available, reorder point 5") for t in texts)
    assert all(items.item(i).font().bold() for i in range(items.count()))  # unread

    order_row = next(i for i in range(items.count()) if number in items.item(i).text())
    rect = items.visualItemRect(items.item(order_row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.orders)
    qtbot.waitUntil(
        lambda: window.orders.detail.detail is not None and window.orders.detail.detail.number == number
    )
    qtbot.waitUntil(lambda: bell.text() == "1")
    assert not bell.popup.isVisible()

    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bell.popup.isVisible() and items.count() == 2)
    product_row = next(i for i in range(items.count()) if "TEA Product TEA is low" in items.item(i).text())
    rect = items.visualItemRect(items.item(product_row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.stock)
    assert window.stock.search.text() == "TEA"
    qtbot.waitUntil(lambda: bell.text() == "")
    assert notifications.unread_count(shop_uow) == 0

    # Read all at once from the list, after the next run told two more.
    _sale(shop_uow)
    _sale(shop_uow)
    automation.run_rules(shop_uow)
    bell.refresh()
    qtbot.waitUntil(lambda: bell.text() == "2")
    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bell.popup.isVisible() and bell.popup.read_all.isEnabled())
    qtbot.mouseClick(bell.popup.read_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bell.text() == "" and not bell.popup.read_all.isEnabled())
    bell.popup.hide()
    window.close()


def test_the_window_runs_the_rules_on_a_thread_of_its_own(
    qtbot: QtBot, shop_uow: UnitOfWork, shop_ctx: AppContext
) -> None:
    factories.product(shop_uow, "TEA", price="10.00", stock=10)
    automation.add_rule(
        _earlier(shop_uow), RuleValues(name="Orders", trigger=Trigger.ORDER_CREATED, action=RuleAction.NOTIFY)
    )
    number = _sale(shop_uow)
    window = make_window(qtbot, shop_ctx)
    runner, bell = window.rule_runner, _bell(window)
    threads: list[str] = []
    original = runner._work

    def watched() -> object:
        threads.append(threading.current_thread().name)
        return original()

    runner._work = watched  # type: ignore[method-assign]
    assert runner.run_now()
    assert not runner.run_now()  # one run at a time
    with qtbot.waitSignal(runner.ran, timeout=10_000) as ran:
        pass
    summary, unread = ran.args
    assert (summary.found, summary.notified, unread) == (1, 1, 1)
    assert threads and threads[0].startswith("oms-rules") and threads[0] != threading.current_thread().name
    qtbot.waitUntil(lambda: bell.text() == "1")
    (told,) = notifications.list_notifications(shop_uow)
    assert told.subject == number
    window.close()
    assert not runner.run_now()  # stopped with the window


def test_settings_rules_box_adds_and_removes_rules(qtbot: QtBot, shop_ctx: AppContext) -> None:
    window = make_window(qtbot, shop_ctx)
    window.rule_runner.stop()
    window.show_page(window.SETTINGS)
    box = window.settings.rules
    qtbot.waitUntil(lambda: box.rules.count() == 1)
    assert box.rules.item(0).text() == "No rules yet: add one below"

    box.name.setText("Unpaid 7 days")
    box.trigger.setCurrentIndex(box.trigger.findData("order_overdue"))
    assert box.form.isRowVisible(box.number) and not box.form.isRowVisible(box.channel)
    assert [box.action.itemData(i) for i in range(box.action.count())] == ["notify", "email", "print", "hold"]
    box.number.setValue(7)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Unpaid 7 days" in box.rules.item(0).text())
    assert (
        box.rules.item(0)
        .text()
        .startswith("#1 Unpaid 7 days: An order is unpaid 7 days after its due date → notify")
    )

    # What cannot be a rule is said in one line, and nothing is added.
    box.name.setText("Mail")
    box.trigger.setCurrentIndex(box.trigger.findData("stock_low"))
    assert [box.action.itemData(i) for i in range(box.action.count())] == ["notify", "email", "reorder"]
    box.action.setCurrentIndex(box.action.findData("email"))
    box.target.setText("not an address")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.kind == "error")
    assert "not an address is not an e-mail address" in box.message.text()
    assert box.rules.count() == 1

    box.rules.setCurrentRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: box.rules.count() == 1 and box.rules.item(0).text() == "No rules yet: add one below"
    )
    window.close()
