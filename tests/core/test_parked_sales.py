"""Parked sales on both databases: put aside with a note, listed per till, recalled once (by any till)."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import NotFound, SignInRefused, ValidationError
from oms_desktop.services import catalogue, parked_sales, users
from oms_desktop.services.sale import Sale
from tests import factories


def sale_of(uow: UnitOfWork, sku: str, quantity: int) -> Sale:
    sale = Sale()
    sale.add_product(catalogue.find_product(uow, sku), quantity)
    return sale


def test_a_parked_sale_comes_back_whole_once(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="12.50", stock=10)
    uow.till = "T1"
    sale = sale_of(uow, "TEA-1", 3)
    sale.set_discount(0, Decimal("1.50"))
    parked = parked_sales.park(uow, sale.to_dict(), "  lady in   red coat ", Decimal("36.00")).value
    assert (parked.till, parked.note, parked.lines, parked.total) == (
        "T1",
        "lady in red coat",
        1,
        Decimal("36.00"),
    )
    uow.till = "T2"
    assert parked_sales.parked(uow) == []  # another till's list
    assert [p.number for p in parked_sales.parked(uow, every_till=True)] == [parked.number]
    back = Sale.from_dict(parked_sales.recall(uow, parked.number).value)  # recalled at another till
    assert back.key == sale.key and back.lines == sale.lines  # the same sale: paying it twice is one order
    with pytest.raises(NotFound, match="recalled already"):
        parked_sales.recall(uow, parked.number)
    assert parked_sales.parked(uow, every_till=True) == []


def test_an_empty_sale_is_not_parked_and_nobody_parks_in_a_shop_with_users(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="12.50", stock=10)
    uow.till = "T1"
    with pytest.raises(ValidationError, match="empty sale"):
        parked_sales.park(uow, Sale().to_dict(), "", Decimal("0"))
    sale = sale_of(uow, "TEA-1", 1)
    users.add_user(uow, "Olivia", "owner", "1234")
    with pytest.raises(SignInRefused):
        parked_sales.park(uow, sale.to_dict(), "", Decimal("12.50"))
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    parked = parked_sales.park(uow, sale.to_dict(), "", Decimal("12.50")).value
    assert parked.user == "Olivia"
