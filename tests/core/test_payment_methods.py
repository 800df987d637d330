"""WeChat Pay, Alipay and UnionPay card are payment methods of their own (issue 13's list), and the methods
the counter offers are a shop setting."""

from dataclasses import replace
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import orders
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.settings import get_settings, offered_methods, save_settings
from tests import factories


def test_a_sale_paid_by_wechat_and_alipay_keeps_both_names(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="10.00", stock=5)
    request = OrderRequest(
        [LineRequest("TEA-1", 2)],
        payments=[
            PaymentRequest(PaymentMethod.WECHAT_PAY, Decimal("12.00")),
            PaymentRequest(PaymentMethod.ALIPAY, Decimal("8.00")),
        ],
    )
    sale = orders.create_order(uow, request).value
    assert [(p.method, p.amount) for p in sale.payments] == [
        ("wechat_pay", Decimal("12.00")),
        ("alipay", Decimal("8.00")),
    ]
    assert [(p.method, p.amount) for p in orders.get_order(uow, sale.number).payments] == [
        ("wechat_pay", Decimal("12.00")),
        ("alipay", Decimal("8.00")),
    ]


def test_the_methods_offered_are_a_setting_checked_by_name(uow: UnitOfWork) -> None:
    settings = get_settings(uow)
    assert offered_methods(settings)[:5] == [
        PaymentMethod.CASH,
        PaymentMethod.CARD,
        PaymentMethod.WECHAT_PAY,
        PaymentMethod.ALIPAY,
        PaymentMethod.UNIONPAY,
    ]
    save_settings(uow, replace(settings, payment_methods="alipay, cash"))
    assert offered_methods(get_settings(uow)) == [PaymentMethod.ALIPAY, PaymentMethod.CASH]
    for bad in ("cash,bitcoin", "", " , "):
        with pytest.raises(ValidationError, match="Unknown payment method"):
            save_settings(uow, replace(settings, payment_methods=bad))
    assert get_settings(uow).payment_methods == "alipay, cash"
