"""Customers: search, add and edit with validation, detail with lifetime value and order history."""

from decimal import Decimal

from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.customer_form import CustomerDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.customers import CustomersModel
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.pages.customers import CustomersPage
from oms_desktop.services import customers, order_pages
from oms_desktop.services.order_filters import OrderFilter
from tests import factories
from tests.gui.helpers import column_texts


def test_search_select_and_see_history_and_lifetime_value(
    qtbot: QtBot, demo_ctx: AppContext, demo_uow: UnitOfWork
) -> None:
    best = max(
        customers.search_customers(demo_uow, ""),
        key=lambda c: customers.customer_stats(demo_uow, c.code).order_count,
    )
    stats = customers.customer_stats(demo_uow, best.code)
    page = CustomersPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 40)

    page.search.setText(best.phone)
    qtbot.waitUntil(lambda: page.model.query().text == best.phone and not page.model.loading)
    assert column_texts(page.model, CustomersModel.COL_CODE) == [best.code]
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.customer is not None and page.customer.code == best.code)
    assert page.name.text() == best.name
    assert page.fields["orders"].text() == str(stats.order_count)
    assert page.fields["value"].text() == f"¥{stats.lifetime_value:,.2f}"
    qtbot.waitUntil(
        lambda: (
            page.history.rowCount()
            == order_pages.count_orders(demo_uow, OrderFilter(customer_code=best.code))
        )
    )
    numbers = column_texts(page.history, OrdersModel.COL_NUMBER)
    expected = [o.number for o in order_pages.list_orders(demo_uow, OrderFilter(customer_code=best.code))]
    assert numbers == expected


def test_add_and_edit_a_customer(qtbot: QtBot, window: MainWindow, sqlite_uow: UnitOfWork) -> None:
    window.show_page(window.CUSTOMERS)
    page = window.customers
    page.new_customer()
    dialog = page.dialog
    assert isinstance(dialog, CustomerDialog)
    dialog.submit()
    assert dialog.message.text() == "The customer needs a name"
    dialog.name.setText("李娜")
    dialog.email.setText("not-an-email")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() == "'not-an-email' is not an e-mail address")
    dialog.email.setText("li.na@example.com")
    dialog.phone.setText("13912345678")
    dialog.billing.setPlainText("北京市朝阳区建国路88号")
    dialog.tier.setCurrentIndex(dialog.tier.findData("wholesale"))
    dialog.credit.setText("5000")
    dialog.submit()
    qtbot.waitUntil(lambda: page.message.text() == "李娜 saved")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    added = customers.search_customers(sqlite_uow, "13912345678")[0]
    assert (added.price_tier, added.credit_limit, added.shipping_address) == (
        "wholesale",
        Decimal("5000.00"),
        "北京市朝阳区建国路88号",
    )
    qtbot.waitUntil(lambda: page.fields["tier"].text() == "Wholesale")
    assert page.table.selectionModel().hasSelection(), "the new customer is selected in the list"

    page.edit_customer()
    edit = page.dialog
    assert isinstance(edit, CustomerDialog) and edit.name.text() == "李娜"
    edit.phone.setText("13900000000")
    edit.submit()
    qtbot.waitUntil(lambda: page.fields["phone"].text() == "13900000000")
    assert customers.get_customer(sqlite_uow, added.code).phone == "13900000000"


def test_customers_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = CustomersModel(demo_ctx.tasks)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtmodeltester.check(model)


def test_a_second_customer_with_the_same_phone_is_saved_with_a_warning(
    qtbot: QtBot, window: MainWindow, sqlite_uow: UnitOfWork
) -> None:
    """Issue 13's list: another customer's phone number was accepted silently."""
    first = factories.customer(sqlite_uow, "王先生")
    customers.update_customer(sqlite_uow, first.code, customers.CustomerInput("王先生", phone="13912345678"))
    window.show_page(window.CUSTOMERS)
    page = window.customers
    page.new_customer()
    dialog = page.dialog
    assert isinstance(dialog, CustomerDialog)
    dialog.name.setText("王太太")
    dialog.phone.setText("139 1234 5678")
    dialog.submit()  # asked first: the dialog says who has the number and waits
    qtbot.waitUntil(lambda: dialog.message.kind == "warning")
    assert dialog.message.text() == f"The same phone or e-mail is also on 王先生 ({first.code}). Save anyway?"
    assert dialog.ok_button.text() == "Save anyway" and dialog.isVisible()
    assert len(customers.search_customers(sqlite_uow, "王")) == 1  # nothing saved yet
    dialog.submit()
    qtbot.waitUntil(lambda: page.message.kind == "warning")
    assert page.message.text() == f"王太太 saved; the same phone or e-mail is also on: 王先生 ({first.code})"
    assert len(customers.search_customers(sqlite_uow, "王")) == 2  # saved all the same
