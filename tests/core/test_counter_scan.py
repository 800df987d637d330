"""The counter's one-trip scan: product found, sale priced with it, stock checked by the ledger's rule."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import NotFound, OutOfStock
from oms_desktop.services import counter
from oms_desktop.services.sale import Sale
from tests import factories


def test_a_scan_finds_the_product_and_prices_the_sale_with_it(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", price="12.50", tax=1300, stock=10, barcode="6901234567892")
    factories.product(uow, "DRK-1", price="5.00", stock=2, name="Water")
    sale = Sale()
    found = counter.scan(uow, sale, "3*6901234567892")
    assert found.product is not None and found.product.sku == "TEA-1" and found.quantity == 3
    assert found.quote is not None and found.quote.total == Decimal("42.38")
    assert sale.lines == []  # the sale itself is changed on the window's side, when the answer comes
    sale.add_product(found.product, found.quantity)
    sale.add_product(counter.scan(uow, sale, "DRK-1").product, 2)  # type: ignore[arg-type]
    with pytest.raises(OutOfStock, match="Out of stock: DRK-1 asked 3, available 2"):
        counter.scan(uow, sale, "DRK-1")
    with pytest.raises(NotFound, match="Unknown barcode 6900000000001: nothing was added"):
        counter.scan(uow, sale, "6900000000001")
    assert [p.sku for p in counter.scan(uow, sale, "Water").matches] == ["DRK-1"]
    assert counter.price(uow, sale).total == Decimal("52.38")
