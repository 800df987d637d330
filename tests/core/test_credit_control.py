"""Credit control on SQLite and PostgreSQL: an order on account beyond the customer's limit is refused for a
cashier with the limit, what is owed and the order named, and goes through with a manager's approval,
audited; a limit of 0 means the customer pays before goods leave."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import AuditRecord, Channel, Order, PaymentMethod
from oms_desktop.domain.credit import CreditRefusal, refusal
from oms_desktop.domain.errors import NotAllowed
from oms_desktop.domain.user import Role
from oms_desktop.services import audit_trail, orders, payments, shipping, users
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories


def _people(uow: UnitOfWork) -> tuple[UnitOfWork, UnitOfWork, UnitOfWork]:
    users.add_user(uow, "Olivia", Role.OWNER, "1111")
    owner = UnitOfWork(uow.engine)
    owner.sign_in(users.authenticate(owner, "Olivia", "1111"))
    users.add_user(owner, "Max", Role.MANAGER, "2222")
    users.add_user(owner, "Ann", Role.CASHIER, "3333")
    cashier = UnitOfWork(uow.engine)
    cashier.sign_in(users.authenticate(cashier, "Ann", "3333"))
    approved = UnitOfWork(uow.engine)
    approved.sign_in(users.authenticate(approved, "Ann", "3333"))
    approved.approver = users.authenticate(approved, "Max", "2222")
    return owner, cashier, approved


def _customer(uow: UnitOfWork, limit: str) -> str:
    return factories.customer(uow, "Golden Dragon Wholesale", credit_limit=limit).code


def _draft(uow: UnitOfWork, customer: str, quantity: int) -> str:
    return orders.create_order(
        uow,
        OrderRequest(lines=[LineRequest("TEA", quantity)], channel=Channel.WHOLESALE, customer_code=customer),
    ).value.number


def test_the_rule() -> None:
    assert refusal(1000, 600, 400, goods_leave=False) is None
    assert refusal(1000, 600, 401, goods_leave=True) is CreditRefusal.OVER_LIMIT
    assert refusal(0, 0, 1, goods_leave=False) is None
    assert refusal(0, 0, 1, goods_leave=True) is CreditRefusal.PAY_FIRST
    assert refusal(0, 500, 0, goods_leave=True) is None  # nothing unpaid: nothing goes on account


def test_over_the_limit_a_cashier_is_refused_and_a_manager_approves(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="5.00", stock=500)
    owner, cashier, approved = _people(uow)
    code = _customer(owner, "10.00")
    number = _draft(cashier, code, 103)  # 515.00 on a limit of 10.00
    with pytest.raises(NotAllowed) as refused:
        orders.confirm(cashier, number)
    assert str(refused.value) == (
        f"Golden Dragon Wholesale's credit limit is 10.00: 0.00 is owed already and {number} adds 515.00;"
        " take a payment, or a manager may approve it"
    )
    assert orders.get_order(owner, number).lifecycle == "draft"
    confirmed = orders.confirm(approved, number).value
    assert confirmed.lifecycle == "open"
    row = audit_trail.entries(owner, action="credit_exceeded")[0]
    assert (row.actor, row.approver, row.subject) == ("Ann", "Max", number)


def test_what_is_owed_already_counts(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="100.00", stock=500)
    owner, cashier, _ = _people(uow)
    code = _customer(owner, "1000.00")
    first = _draft(cashier, code, 6)
    orders.confirm(cashier, first)  # 600.00 of 1,000.00
    second = _draft(cashier, code, 5)
    with pytest.raises(NotAllowed, match=r"600\.00 is owed already and .* adds 500\.00"):
        orders.confirm(cashier, second)
    payments.pay(cashier, first, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("200.00")))
    orders.confirm(cashier, second)  # 400.00 + 500.00 is within the limit
    # Created confirmed at once (the counter's wholesale order): checked the same, nothing written when refused.
    with uow.read() as session:
        before = session.scalar(select(func.count()).select_from(Order))
    with pytest.raises(NotAllowed, match=r"900\.00 is owed already"):
        orders.create_order(
            cashier,
            OrderRequest(
                lines=[LineRequest("TEA", 2)], channel=Channel.WHOLESALE, customer_code=code, confirm=True
            ),
        )
    with uow.read() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == before


def test_a_limit_of_zero_pays_before_goods_leave(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", stock=50)
    owner, cashier, approved = _people(uow)
    code = _customer(owner, "0")
    number = _draft(cashier, code, 3)
    orders.confirm(cashier, number)  # nothing leaves yet: no credit
    with pytest.raises(NotAllowed, match=r"pays before goods leave .* 30\.00 unpaid"):
        shipping.ship(cashier, number, carrier="SF", tracking="1")
    payments.pay(cashier, number, PaymentRequest(PaymentMethod.CASH, Decimal("30.00")))
    shipping.ship(cashier, number, carrier="SF", tracking="1")
    cod = _draft(cashier, code, 2)
    orders.confirm(cashier, cod)
    shipping.ship(approved, cod, carrier="SF", tracking="2")  # cash on delivery, approved
    with uow.read() as session:
        assert session.scalar(select(func.count()).where(AuditRecord.action == "credit_exceeded")) == 1


def test_a_shop_without_users_is_its_owner(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", stock=50)
    code = _customer(uow, "0")
    number = _draft(uow, code, 3)
    orders.confirm(uow, number)
    shipping.ship(
        uow, number, carrier="SF", tracking="1"
    )  # the owner decides; the audit says credit was given
    assert audit_trail.entries(uow, action="credit_exceeded")[0].subject == number
