"""What one parcel of an order holds, for its packing slip and label: a shipment's contents, or what is
left to pack of an order shipped in parts. Both are the order narrowed to those lines and quantities."""

from dataclasses import replace

from oms_desktop.domain.errors import ValidationError
from oms_desktop.services.records import OrderDetail


def shipment_parcel(order: OrderDetail, shipment: int) -> OrderDetail:
    """The order as its `shipment`-th parcel (from 1): its lines and quantities, and it as the last shipment
    (the label's carrier and tracking). A shipment that names no lines carried the whole order."""
    if not 1 <= shipment <= len(order.shipments):
        raise ValidationError(
            "shipment_unknown", number=order.number, shipment=shipment, count=len(order.shipments)
        )
    chosen = order.shipments[shipment - 1]
    lines = order.lines
    if chosen.lines:
        carried = dict(chosen.lines)
        lines = [
            replace(ln, quantity=carried[ln.line_no], shipped=carried[ln.line_no])
            for ln in order.lines
            if ln.line_no in carried
        ]
    return replace(order, lines=lines, shipments=order.shipments[:shipment])


def next_parcel(order: OrderDetail) -> OrderDetail:
    """What is still to pack: of an order shipped in part, the lines and quantities not shipped yet (no
    shipment yet for them); of any other order, the order itself."""
    left = [ln for ln in order.lines if ln.to_ship > 0]
    if order.fulfilment_state != "partly_shipped" or not left:
        return order
    return replace(order, lines=[replace(ln, quantity=ln.to_ship, shipped=0) for ln in left], shipments=[])


def last_parcel(order: OrderDetail) -> OrderDetail:
    """The label's parcel: the last shipment's contents, or the whole order before it ships."""
    return shipment_parcel(order, len(order.shipments)) if order.shipments else order
