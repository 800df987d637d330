"""Shipping an order (stock leaves the shop) and recording its delivery."""

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import FulfilmentState, MovementKind, Order, Shipment
from oms_desktop.domain.errors import OutOfStock, ValidationError
from oms_desktop.domain.order_workflow import Action
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.orders import order_levels, transition
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.stock_ledger import Posting, post, release


def ship(uow: UnitOfWork, number: str, *, carrier: str, tracking: str) -> Outcome[OrderDetail]:
    """Hand the parcel to a carrier: the reservation becomes a sale in the stock ledger."""
    carrier, tracking = carrier.strip(), tracking.strip()
    if not carrier:
        raise ValidationError("Shipping needs a carrier")
    if not tracking:
        raise ValidationError("Shipping needs a tracking number")

    def body(session: Session, order: Order) -> Changes:
        levels = order_levels(session, order)
        for level, quantity in levels:
            if quantity > level.on_hand and not level.product.allow_backorder:
                raise OutOfStock(level.product.sku, quantity, max(level.on_hand, 0), level.location.code)
        for level, quantity in levels:
            release(level, quantity)
            post(session, uow, level, Posting(MovementKind.SALE, -quantity, order=order))
        now = uow.now()
        order.shipments.append(Shipment(carrier=carrier, tracking_number=tracking, shipped_at=now))
        order.fulfilment_state = FulfilmentState.SHIPPED
        order.shipped_at = now
        return Changes.for_stock([level.product_id for level, _ in levels])

    return transition(uow, number, Action.SHIP, body, detail=f"{carrier} {tracking}")


def deliver(uow: UnitOfWork, number: str) -> Outcome[OrderDetail]:
    """Record that the customer has the goods; a paid order is then completed."""

    def body(_session: Session, order: Order) -> Changes:
        now = uow.now()
        for shipment in order.shipments:
            if shipment.delivered_at is None:
                shipment.delivered_at = now
        order.fulfilment_state = FulfilmentState.DELIVERED
        return Changes()

    return transition(uow, number, Action.DELIVER, body)
