"""The product list sorts by stock on order in the database (sent and partly received POs, every location),
on SQLite and PostgreSQL; drafts, received and cancelled POs bring nothing."""

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services import product_search, purchase_orders, suppliers
from oms_desktop.services.purchase_orders import POLineInput, ReceiveLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories


def test_sorting_by_on_order(uow: UnitOfWork) -> None:
    for sku in ("AAA", "BBB", "CCC", "DDD"):
        factories.product(uow, sku)
    suppliers.add_supplier(uow, SupplierInput(name="Tea Co"))
    sent = purchase_orders.create_po(uow, "SUP-001", [POLineInput("BBB", 10), POLineInput("CCC", 4)]).value
    purchase_orders.send_po(uow, sent.number)
    purchase_orders.receive_po(uow, sent.number, [ReceiveLineInput("BBB", 3)])  # 7 still to come
    purchase_orders.create_po(uow, "SUP-001", [POLineInput("DDD", 50)])  # a draft: not on order
    rows = product_search.search_products(uow, sort="on_order", descending=True)
    # Ties go by id, in the same direction.
    assert [(r.sku, r.on_order) for r in rows] == [("BBB", 7), ("CCC", 4), ("DDD", 0), ("AAA", 0)]
    page = product_search.search_products(uow, sort="on_order", limit=2, offset=2)
    assert [r.sku for r in page] == ["CCC", "BBB"]
