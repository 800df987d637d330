"""Shipping an order (stock leaves the shop) and recording its delivery."""

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, Shipment, order_audit
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.ship_to import require_shippable
from oms_desktop.services import backorders, credit_control
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import transition
from oms_desktop.services.records import OrderDetail


def ship(uow: UnitOfWork, number: str, *, carrier: str, tracking: str) -> Outcome[OrderDetail]:
    """Hand the parcel to a carrier: the reservation becomes a sale in the stock ledger."""
    carrier, tracking = carrier.strip(), tracking.strip()
    if not carrier:
        raise ValidationError("carrier_missing")
    if not tracking:
        raise ValidationError("tracking_missing")

    def body(session: Session, order: Order) -> None:
        require_shippable(order)
        backorders.require_goods_for(session, order)
        credit_control.require_for_order(session, uow, order, goods_leave=True)
        order.shipments.append(Shipment(carrier=carrier, tracking_number=tracking, shipped_at=uow.now()))

    return transition(uow, number, Action.SHIP, body, detail=order_audit.shipped(carrier, tracking))


def deliver(uow: UnitOfWork, number: str) -> Outcome[OrderDetail]:
    """Record that the customer has the goods; a paid order is then completed."""

    def body(_session: Session, order: Order) -> None:
        now = uow.now()
        for shipment in order.shipments:
            if shipment.delivered_at is None:
                shipment.delivered_at = now

    return transition(uow, number, Action.DELIVER, body)
