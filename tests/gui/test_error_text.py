"""The window says the core's refusals by their code: every catalogue entry has a template here with the
same fields and a Chinese translation, and a real refusal (an unknown barcode, out of stock at the counter, an
order another till moved on) shows in Chinese with its numbers filled in."""

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DomainError, IllegalTransition, OutOfStock
from oms_desktop.domain.messages import MESSAGES, REFUSED
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui import error_text, i18n
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import inventory, orders
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories
from tests.core.test_errors import sample_params
from tests.gui.conftest import ean13
from tests.gui.helpers import scan
from tests.gui.test_orders import select_order

CJK = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{(\w+)\}")
WATER = ean13("690123456791")


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    before = QLocale()
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_every_code_has_a_template_and_no_template_is_stale(qapp: object) -> None:
    templates = error_text.templates()
    assert set(templates) == set(MESSAGES)
    for code, template in templates.items():
        assert set(FIELD.findall(template)) == set(MESSAGES[code].params), code


def test_every_template_has_its_chinese(chinese: None) -> None:
    untranslated = [
        code for code, text in error_text.templates().items() if code != REFUSED and not CJK.search(text)
    ]
    assert not untranslated


def test_every_code_formats_in_chinese_with_its_fields(chinese: None) -> None:
    for code in MESSAGES:
        text = error_text.describe(DomainError(code, **sample_params(code)))
        assert text and "{" not in text, code
    over = DomainError("payment_over_balance", amount=Decimal("1234.5"), number="SO-1", balance=Decimal("20"))
    assert error_text.describe(over) == "付款 1,234.50 超过了订单 SO-1 的待付余额（20.00）"
    phone = DomainError("order_payment_not_positive", method="cash", amount=Decimal("0"))
    assert error_text.describe(phone) == "现金付款金额必须大于零（输入的是 0.00）"
    assert (
        error_text.describe(OutOfStock("TEA-1", 1200, 3, "MAIN"))
        == "缺货：TEA-1 需要 1,200，MAIN 可用数量仅 3"
    )
    # A raise site that passed text for an amount still gets its refusal shown, not a traceback.
    wrong = DomainError("payment_not_positive", amount="abc")
    assert error_text.describe(wrong) == "付款金额必须大于零（输入的是 abc）"


def test_english_window_reads_the_catalogue_text(qapp: object) -> None:
    assert i18n.current() == "en"
    illegal = IllegalTransition("SO-9", "deliver", "pending payment", "reason_ship_first")
    assert (
        error_text.describe(illegal)
        == "Cannot deliver order SO-9: it is Pending payment; it must be shipped first"
    )
    assert error_text.describe(ValueError("'x' is not an amount")) == "'x' is not an amount"


def test_refusals_show_in_chinese_in_the_window(
    qtbot: QtBot, chinese: None, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "DRK-1", name="矿泉水 Water", price="5.00", stock=2, barcode=WATER)
    factories.product(sqlite_uow, "TEA-1", name="龙井 Longjing", price="100.00", stock=5)
    window = open_window()
    counter = window.counter

    # An unknown barcode: nothing added, said in Chinese.
    unknown = ean13("690000000001")
    scan(qtbot, counter.search, unknown)
    assert counter.message.text() == f"未知条码 {unknown}：未加入任何商品"

    # Out of stock at the counter: another till sold a bottle while the cart held two.
    counter.search.clear()
    scan(qtbot, counter.search, WATER)
    scan(qtbot, counter.search, WATER)
    inventory.adjust(sqlite_uow, "DRK-1", -1, reason="sold at till 2")
    counter.pay()
    counter.pay_dialog.submit()
    qtbot.waitUntil(lambda: counter.message.kind == "error" and "缺货" in counter.message.text())
    assert counter.message.text() == "缺货：DRK-1 需要 2，MAIN 可用数量仅 1"
    assert counter.pay_dialog.message.text() == counter.message.text()
    counter.pay_dialog.reject()

    # An order another till packed meanwhile: Pack in this window is refused with the workflow's reason.
    order = orders.create_order(sqlite_uow, OrderRequest(lines=[LineRequest("TEA-1", 1)], confirm=True)).value
    window.show_page(window.ORDERS)
    page = window.orders
    select_order(qtbot, page, order.number)
    detail = page.detail
    assert detail.buttons[Action.PACK].isEnabled()
    orders.pack(sqlite_uow, order.number)
    qtbot.mouseClick(detail.buttons[Action.PACK], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.message.kind == "error")
    assert detail.message.text() == f"订单 {order.number} 无法打包：当前状态为待发货；该订单已经打包"
