"""Operations on quotations (services/quotes.py): save one from the counter, confirm one into an order."""

from dataclasses import replace

from oms_desktop.gui.operations.op import Op
from oms_desktop.services import orders
from oms_desktop.services.changes import Outcome
from oms_desktop.services.quotes import Prices
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale import Sale


def save_quote(sale: Sale, days: int) -> Op[Outcome[OrderDetail]]:
    """The sale on the counter saved as a quotation valid for `days` days: no stock held, nothing owed."""
    request = replace(sale.to_request(), confirm=False, quote_days=days)
    return Op(lambda uow: orders.create_order(uow, request))


def confirm(number: str, prices: Prices) -> Op[Outcome[OrderDetail]]:
    """A quotation confirmed into an order, its prices kept or refreshed (stock reserved, credit checked)."""
    return Op(lambda uow: orders.confirm(uow, number, prices))
