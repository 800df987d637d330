"""An order as the detail view shows it (OrderDetail), from the stored order or from the rows just written.

`order_detail` reads an order through the ORM; `written_detail` answers create_order from what the bulk writer
wrote in the same transaction, without reading it back. Both end in `_assemble`, so the two agree field by
field (tests/core/test_create_order.py compares them).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.domain import Customer, Location, Order, SaleReturn, Shipment
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import Channel, FulfilmentState, Lifecycle, PaymentState
from oms_desktop.domain.order_workflow import Action, allowed_actions
from oms_desktop.domain.payment import PaymentMethod, change_for
from oms_desktop.domain.quantity import from_units
from oms_desktop.services.bulk_orders import WrittenOrder, order_status
from oms_desktop.services.customers import customer_record
from oms_desktop.services.records import (
    AuditRecord,
    OrderDetail,
    OrderLineRecord,
    PaymentRecord,
    ShipmentRecord,
    TaxBand,
)
from oms_desktop.services.sale_lines import line_record

S = TypeVar("S")


def order_detail(session: Session, order: Order) -> OrderDetail:
    """The detail of a stored order (flushed first, so that what the action just did is included)."""
    session.flush()
    location = session.get_one(Location, order.location_id)
    return _assemble(
        order,
        order.status.value,
        order.created_at,
        order.customer,
        location.code,
        _lines(order),
        [
            _payment(
                p.kind.value,
                p.method,
                p.amount_minor,
                p.tendered_minor,
                p.change_minor,
                p.reference,
                p.created_at,
            )
            for p in order.payments
        ],
        [_shipment(order, s) for s in order.shipments],
        [AuditRecord(h.at, h.action, h.from_status, h.to_status, h.user, h.detail) for h in order.history],
        _still_allowed(order),
        # Read only for an order that had goods back (returned_minor says so): not for every action's answer.
        returns=list(
            session.scalars(
                select(SaleReturn.number).where(SaleReturn.order_id == order.id).order_by(SaleReturn.id)
            )
        )
        if order.returned_minor
        else [],
    )


def _lines(order: Order) -> list[OrderLineRecord]:
    return [line_record(ln.line_no, ln, ln.tax_minor, ln.total_minor) for ln in order.lines]


def _shipped_whole(fulfilment: FulfilmentState, lines: list[OrderLineRecord]) -> list[OrderLineRecord]:
    """Of an order that has left whole, every line shipped in full (the bulk writers and the counter's
    checkout do not count what a line shipped; partial shipments do)."""
    if fulfilment in (FulfilmentState.SHIPPED, FulfilmentState.DELIVERED):
        return [replace(r, shipped=r.quantity) for r in lines]
    return lines


def _shipment(order: Order, shipment: Shipment) -> ShipmentRecord:
    numbers = {ln.id: (ln.line_no, ln.decimals) for ln in order.lines}
    carried = tuple(
        (numbers[sl.order_line_id][0], from_units(sl.quantity, numbers[sl.order_line_id][1]))
        for sl in shipment.lines
        if sl.order_line_id in numbers
    )
    return ShipmentRecord(
        shipment.carrier, shipment.tracking_number, shipment.shipped_at, shipment.delivered_at, carried
    )


def _still_allowed(order: Order) -> list[Action]:
    """The table's next actions, less a return when every unit came back already (the table sees states,
    not quantities)."""
    allowed = allowed_actions(order)
    if order.returned_minor and all(ln.returned_quantity >= ln.quantity for ln in order.lines):
        allowed = [a for a in allowed if a is not Action.RETURN]
    return allowed


def written_detail(
    written: WrittenOrder, customer: Customer | None, location_code: str, user: str
) -> OrderDetail:
    """The detail of an order the bulk writer has just queued, from its own record of what it wrote."""
    order, doc, sums = written.order, written.doc, written.sums
    facts = _Facts(
        id=written.id,
        number=order.number,
        channel=order.channel,
        lifecycle=_known(doc.lifecycle),
        payment_state=_known(doc.payment_state),
        fulfilment_state=_known(doc.fulfilment_state),
        bill_to=order.bill_to,
        ship_to=order.ship_to,
        notes=order.notes,
        subtotal_minor=sums.subtotal,
        discount_minor=sums.discount,
        tax_minor=sums.tax,
        total_minor=sums.total,
        paid_minor=doc.paid_minor,
        tax_included=any(ln.tax_included for ln in order.lines),
        valid_until=order.valid_until,
    )
    shipments = []
    if written.shipped is not None:
        carrier, tracking, shipped_at = written.shipped
        shipments.append(ShipmentRecord(carrier, tracking, shipped_at, written.delivered))
    return _assemble(
        facts,
        order_status(doc),
        order.created_at,
        customer,
        location_code,
        [
            line_record(no, ln, price.tax, price.total)
            for no, (ln, price) in enumerate(zip(order.lines, written.prices, strict=True), start=1)
        ],
        [
            _payment(
                "payment",
                p.method,
                p.amount_minor,
                p.tendered_minor,
                change_for(p.tendered_minor, p.amount_minor),
                p.reference,
                at,
            )
            for p, at in written.payments
        ],
        shipments,
        [AuditRecord(m.at, m.action, m.before, m.after, user, m.detail) for m in written.history],
        allowed_actions(doc),
    )


def _payment(
    kind: str,
    method: PaymentMethod,
    amount_minor: int,
    tendered_minor: int | None,
    change_minor: int,
    reference: str,
    at: datetime,
) -> PaymentRecord:
    return PaymentRecord(
        kind=kind,
        method=method.value,
        amount=from_minor(amount_minor),
        tendered=None if tendered_minor is None else from_minor(tendered_minor),
        change=from_minor(change_minor),
        reference=reference,
        at=at,
    )


def _known(state: S | None) -> S:
    if state is None:  # every story starts with CREATE, which sets all three
        raise ValueError("an order written without its states")
    return state


@dataclass(frozen=True)
class _Facts:
    """The order-level fields `_assemble` reads, for an order that is not an ORM object."""

    id: int
    number: str
    channel: Channel
    lifecycle: Lifecycle
    payment_state: PaymentState
    fulfilment_state: FulfilmentState
    bill_to: str
    ship_to: str
    notes: str
    subtotal_minor: int
    discount_minor: int
    tax_minor: int
    total_minor: int
    paid_minor: int
    tax_included: bool = False
    valid_until: int | None = None  # a quotation's last valid day (YYYYMMDD)


def _assemble(
    order: Any,
    status: str,
    created_at: datetime,
    customer: Customer | None,
    location_code: str,
    lines: list[OrderLineRecord],
    payments: list[PaymentRecord],
    shipments: list[ShipmentRecord],
    history: list[AuditRecord],
    allowed: Sequence[Action],
    returns: Sequence[str] = (),
) -> OrderDetail:
    return OrderDetail(
        id=order.id,
        number=order.number,
        channel=order.channel.value,
        status=status,
        lifecycle=order.lifecycle.value,
        payment_state=order.payment_state.value,
        fulfilment_state=order.fulfilment_state.value,
        created_at=created_at,
        customer=customer_record(customer) if customer is not None else None,
        bill_to=order.bill_to,
        ship_to=order.ship_to,
        notes=order.notes,
        location_code=location_code,
        subtotal=from_minor(order.subtotal_minor),
        discount=from_minor(order.discount_minor),
        tax=from_minor(order.tax_minor),
        total=from_minor(order.total_minor),
        paid=from_minor(order.paid_minor),
        returned=from_minor(getattr(order, "returned_minor", 0) or 0),
        returns=list(returns),
        tax_included=bool(getattr(order, "tax_included", False)),
        hold_state=str(getattr(getattr(order, "hold_state", None), "value", "none")),
        hold_reason=getattr(order, "hold_reason", "") or "",
        hold_note=getattr(order, "hold_note", "") or "",
        assigned_to=getattr(order, "assigned_to", "") or "",
        valid_until=_day(order.valid_until),
        lines=_shipped_whole(order.fulfilment_state, lines),
        payments=payments,
        shipments=shipments,
        history=history,
        allowed_actions=[a.value for a in allowed],
        tax_bands=_tax_bands(lines),
    )


def _day(day: int | None) -> date | None:
    """A YYYYMMDD business day as a date."""
    return None if day is None else date(day // 10000, day // 100 % 100, day % 100)


def _tax_bands(lines: Sequence[OrderLineRecord]) -> list[TaxBand]:
    bands: dict[Decimal, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for line in lines:
        bands[line.tax_rate][0] += line.net
        bands[line.tax_rate][1] += line.tax
    return [TaxBand(rate, net, tax) for rate, (net, tax) in sorted(bands.items())]
