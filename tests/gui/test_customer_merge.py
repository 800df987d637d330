"""The Customers page's Merge…: the duplicates of the selected customer offered first, any other by search,
a confirmation that says what will move, and the duplicate gone from the list afterwards."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.sale_return import RefundTo
from oms_desktop.gui.dialogs.customer_merge import MergeCustomerDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.customers import CustomersModel
from oms_desktop.services import customer_merge, customers, sale_returns
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, confirm, create_order
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from tests import factories
from tests.gui.helpers import column_texts


def _shop(uow: UnitOfWork) -> tuple[str, str, str]:
    factories.product(uow, "TEA", price="10.00", stock=50)
    add = customers.add_customer
    keep = add(
        uow, CustomerInput("王先生", phone="13800138000", billing_address="上海市人民路1号")
    ).value.code
    drop = add(
        uow, CustomerInput("王先生", phone="138 0013 8000", email="wang@example.com", billing_address="上海")
    ).value.code
    other = add(uow, CustomerInput("赵女士", phone="13900139000")).value.code
    number = create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA", 3)],
            channel=Channel.PHONE,
            customer_code=drop,
            ship_to="杭州市文三路1号",
        ),
    ).value.number
    confirm(uow, number)
    sold = create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA", 2)],
            channel=Channel.COUNTER,
            customer_code=drop,
            payments=(PaymentRequest(PaymentMethod.CASH, Decimal("20.00")),),
        ),
    ).value.number
    sale_returns.take_back(
        uow, ReturnRequest(sold, items=[ReturnItem("TEA", 1)], refund_to=RefundTo.STORE_CREDIT)
    )
    return keep, drop, other


def test_merge_a_duplicate_into_the_selected_customer(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_uow: UnitOfWork
) -> None:
    keep, drop, other = _shop(sqlite_uow)
    window = open_window()
    window.show_page(window.CUSTOMERS)
    page = window.customers
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert not page.merge_button.isEnabled()
    row = page.model.row_of(keep)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.customer is not None and page.customer.code == keep)
    assert page.merge_button.isEnabled()
    page.merge_button.click()
    dialog = page.merge_dialog
    assert isinstance(dialog, MergeCustomerDialog)
    qtbot.waitUntil(lambda: dialog.choices.count() == 1)  # the one with the same phone, offered at once
    assert dialog.chosen() == drop and dialog.merge_button.isEnabled()
    assert dialog.caption.text() == "Customers with the same phone or e-mail"

    dialog.search.setText("赵")  # any other customer by search; the customer kept is never offered
    qtbot.waitUntil(lambda: dialog.chosen() == other)
    dialog.search.setText("王")
    qtbot.waitUntil(lambda: dialog.choices.count() == 1 and dialog.chosen() == drop)

    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible())
    text = dialog.confirm.text()
    assert f"王先生 ({drop}) will be merged into 王先生 ({keep})." in text
    assert "Orders that move: 2" in text and "Returns that move: 1" in text
    assert "Owed on account: ¥30.00 (then ¥30.00 in all)" in text
    assert "Store credit: ¥10.00 (then ¥10.00 in all)" in text
    assert "Filled in from 王先生: e-mail" in text
    assert f"{drop} can no longer be used. This cannot be undone." in text
    assert customers.get_customer(sqlite_uow, drop).store_credit == Decimal("10.00")  # asked, not done

    yes = next(b for b in dialog.confirm.buttons() if b.objectName() == "mergeConfirmYes")
    yes.click()
    qtbot.waitUntil(lambda: page.message.kind == "success")
    assert page.message.text() == f"王先生 ({drop}) merged into 王先生: 2 orders moved"
    qtbot.waitUntil(
        lambda: sorted(column_texts(page.model, CustomersModel.COL_CODE)) == sorted([keep, other])
    )
    qtbot.waitUntil(lambda: page.fields["store_credit"].text() == "¥10.00")
    assert page.fields["email"].text() == "wang@example.com"
    qtbot.waitUntil(lambda: page.history.rowCount() == 2)
    with pytest.raises(NotFound, match=f"{drop} was merged into {keep}"):
        customers.get_customer(sqlite_uow, drop)


def test_a_refused_merge_is_said_in_the_dialog_and_nothing_moves(
    qtbot: QtBot, open_window: Callable[[], MainWindow], sqlite_uow: UnitOfWork
) -> None:
    keep, drop, _other = _shop(sqlite_uow)
    window = open_window()
    window.show_page(window.CUSTOMERS)
    page = window.customers
    qtbot.waitUntil(lambda: page.model.row_of(keep) is not None)
    page.table.selectRow(page.model.row_of(keep) or 0)
    qtbot.waitUntil(lambda: page.customer is not None and page.customer.code == keep)
    page.merge_customer()
    dialog = page.merge_dialog
    assert isinstance(dialog, MergeCustomerDialog)
    qtbot.waitUntil(lambda: dialog.chosen() == drop)
    third = customers.add_customer(sqlite_uow, CustomerInput("王先生", phone="13800138000")).value.code
    customer_merge.merge_customers(sqlite_uow, third, drop)  # another till merged it meanwhile
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.message.kind == "error")
    assert dialog.message.text() == f"{drop} was merged into {third} 王先生: use {third}"
    assert dialog.confirm is None and dialog.isVisible()
    assert customers.get_customer(sqlite_uow, keep).store_credit == Decimal("0.00")
