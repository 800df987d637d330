"""Orders assigned to a person (SQLite and PostgreSQL): "my orders", a user's name as it is written, the
history saying who gave it to whom."""

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.user import Role
from oms_desktop.services import assignment, order_pages, orders, users
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories


def test_my_orders(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=5)
    customer = factories.customer(uow).code
    first, second = (
        orders.create_order(
            uow, OrderRequest(lines=[LineRequest("TEA", 1)], channel=Channel.PHONE, customer_code=customer)
        ).value.number
        for _ in range(2)
    )
    users.add_user(uow, "Olivia", Role.OWNER, "1111")
    owner = UnitOfWork(uow.engine)
    owner.sign_in(users.authenticate(owner, "Olivia", "1111"))
    users.add_user(owner, "Ann Lee", Role.CASHIER, "3333")
    given = assignment.assign(owner, first, "  ann   lee ").value
    assert given.assigned_to == "Ann Lee"
    assert given.history[-1].action == "assign" and given.history[-1].detail == "- -> Ann Lee"
    with pytest.raises(NotFound, match="Unknown user"):
        assignment.assign(owner, second, "Nobody Here")
    ann = UnitOfWork(uow.engine)
    ann.sign_in(users.authenticate(ann, "Ann Lee", "3333"))
    mine = order_pages.list_orders(ann, OrderFilter(assigned_to=ann.user))
    assert [o.number for o in mine] == [first]
    assert assignment.assign(owner, first, "").value.assigned_to == ""
    assert order_pages.list_orders(ann, OrderFilter(assigned_to=ann.user)) == []
