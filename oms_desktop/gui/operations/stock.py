"""Operations of the Stock page: the catalogue and stock moves."""

from decimal import Decimal

from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import catalogue, inventory, replenishment_chart
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.changes import Outcome
from oms_desktop.services.records import LocationRecord, MovementRecord, ProductRecord, StockLevelRecord
from oms_desktop.services.replenishment_chart import DemandChart

LEDGER_ROWS = 500
Stock = tuple[list[StockLevelRecord], list[MovementRecord]]


def product_stock(sku: str) -> Op[Stock]:
    """A product's stock per location and its latest movements, read together."""
    return Op(
        lambda uow: (inventory.stock_levels(uow, sku), inventory.movements(uow, sku, limit=LEDGER_ROWS))
    )


def locations() -> Op[list[LocationRecord]]:
    return Op(catalogue.list_locations)


def add_product(data: ProductInput) -> Op[Outcome[ProductRecord]]:
    return Op(lambda uow: catalogue.add_product(uow, data))


def update_product(product_id: int, data: ProductInput) -> Op[Outcome[ProductRecord]]:
    return Op(lambda uow: catalogue.update_product(uow, product_id, data))


def receive(
    sku: str, quantity: Quantity, location: str | None, unit_cost: Decimal | None
) -> Op[Outcome[StockLevelRecord]]:
    return Op(lambda uow: inventory.receive(uow, sku, quantity, location=location, unit_cost=unit_cost))


def adjust(sku: str, quantity: Quantity, reason: str, location: str | None) -> Op[Outcome[StockLevelRecord]]:
    return Op(lambda uow: inventory.adjust(uow, sku, quantity, reason=reason, location=location))


def transfer(sku: str, quantity: Quantity, source: str, target: str) -> Op[Outcome[list[StockLevelRecord]]]:
    return Op(lambda uow: inventory.transfer(uow, sku, quantity, source=source, target=target))


def demand_chart(sku: str) -> Op[DemandChart]:
    """What the product's demand chart shows: daily demand of the replenishment window and its figures."""
    return Op(lambda uow: replenishment_chart.demand_chart(uow, sku))
