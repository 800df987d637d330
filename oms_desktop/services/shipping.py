"""Shipping an order (stock leaves the shop), all of it or some lines and quantities at a time, and recording
its delivery.

Each shipment is a parcel of its own with what it carried (domain/shipment.py), its own label and packing slip.
A shipment that leaves something behind is the table's `ship_part` row; the one that takes the last of it is
`ship`, after which the order is shipped. What is not shipped yet stays reserved for the order.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, OrderLine, Shipment, ShipmentLine, order_audit
from oms_desktop.domain.bounds import require_quantity
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.order_workflow import Action, require
from oms_desktop.domain.quantity import Quantity, from_units, to_units
from oms_desktop.domain.ship_to import require_shippable
from oms_desktop.services import backorders, credit_control, lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.order_detail import order_detail
from oms_desktop.services.order_moves import apply
from oms_desktop.services.orders import transition
from oms_desktop.services.records import OrderDetail


@dataclass(frozen=True)
class ShipItem:
    """Some of one product on the order leaving now: `quantity` in the product's unit."""

    code: str  # SKU or barcode
    quantity: Quantity


def ship(
    uow: UnitOfWork,
    number: str,
    *,
    carrier: str,
    tracking: str,
    items: Sequence[ShipItem] = (),
) -> Outcome[OrderDetail]:
    """Hand a parcel to a carrier: what it carries (`items`; none: all that is left) leaves the stock ledger
    as a sale of what was reserved. The order is shipped when nothing is left to ship."""
    carrier, tracking = carrier.strip(), tracking.strip()
    if not carrier:
        raise ValidationError("carrier_missing")
    if not tracking:
        raise ValidationError("tracking_missing")
    for item in items:
        if item.quantity <= 0:
            raise ValidationError("line_quantity_not_positive", item=item.code, quantity=item.quantity)
        require_quantity(item.code, item.quantity)

    def run(session: Session) -> Outcome[OrderDetail]:
        order = lookups.order_by_number(session, number, lock=True)
        require(order, Action.SHIP)  # a part and the whole start from the same states, for the same reasons
        taken = _take(session, order, items)
        rest = sum(line.to_ship for line in order.lines) - sum(taken.values())
        action = Action.SHIP if rest == 0 else Action.SHIP_PART
        require(order, action)
        require_shippable(order)
        per_product: dict[int, int] = defaultdict(int)
        lines = {line.id: line for line in order.lines}
        for line_id, quantity in taken.items():
            per_product[lines[line_id].product_id] += quantity
        backorders.require_goods_for(session, order, dict(per_product))
        credit_control.require_for_order(session, uow, order, goods_leave=True)
        shipment = Shipment(carrier=carrier, tracking_number=tracking, shipped_at=uow.now())
        for line_id, quantity in taken.items():
            shipment.lines.append(ShipmentLine(order_line_id=line_id, quantity=quantity))
        order.shipments.append(shipment)
        detail = order_audit.shipped(carrier, tracking)
        if action is Action.SHIP_PART:
            detail = f"{detail}; {_contents(order, taken)}"
        moved = apply(session, uow, order, action, detail=detail, quantities=dict(per_product))
        for line_id, quantity in taken.items():  # after the move: it ships what the lines held
            lines[line_id].shipped_quantity += quantity
        session.flush()
        changes = Changes.for_order(order.id, moved, stock=bool(moved))
        if order.customer_id is not None:
            changes = changes | Changes(customers=True)
        return Outcome(order_detail(session, order), changes)

    return uow.run(run)


def _take(session: Session, order: Order, items: Sequence[ShipItem]) -> dict[int, int]:
    """What leaves from each line (line id to units): all that is left, or the items shared over the lines of
    their product in line order. Refused: a product not on the order, more than is left of it."""
    if not items:
        return {line.id: line.to_ship for line in order.lines if line.to_ship > 0}
    products = lookups.products_by_codes(session, [item.code for item in items])
    wanted: dict[int, int] = defaultdict(int)
    for item in items:
        product = products[item.code]
        wanted[product.id] += to_units(product.sku, item.quantity, product.decimals)
    by_product: dict[int, list[OrderLine]] = defaultdict(list)
    for line in order.lines:
        by_product[line.product_id].append(line)
    taken: dict[int, int] = {}
    for product_id, units in wanted.items():
        lines = by_product.get(product_id)
        product = next(p for p in products.values() if p.id == product_id)
        if not lines:
            raise ValidationError("ship_not_on_order", number=order.number, sku=product.sku)
        left = sum(line.to_ship for line in lines)
        if units > left:
            raise ValidationError(
                "ship_more_than_left",
                number=order.number,
                sku=product.sku,
                asked=from_units(units, product.decimals),
                left=from_units(left, product.decimals),
            )
        for line in lines:
            share = min(units, line.to_ship)
            if share > 0:
                taken[line.id] = share
                units -= share
    return taken


def _contents(order: Order, taken: dict[int, int]) -> str:
    """What a partial shipment carried, for the order's history: "TEA 2, RICE 1"."""
    lines = {line.id: line for line in order.lines}
    return ", ".join(f"{lines[i].sku} {from_units(q, lines[i].decimals)}" for i, q in sorted(taken.items()))


def deliver(uow: UnitOfWork, number: str) -> Outcome[OrderDetail]:
    """Record that the customer has the goods; a paid order is then completed."""

    def body(_session: Session, order: Order) -> None:
        now = uow.now()
        for shipment in order.shipments:
            if shipment.delivered_at is None:
                shipment.delivered_at = now

    return transition(uow, number, Action.DELIVER, body)
