"""Orders: create (counter sale, phone or wholesale order), confirm, pack, cancel, and the detail view.

Payments live in payments.py and shipping in shipping.py; all of them move an order through
`transition`, which checks the one table of allowed moves (domain.order_workflow) and writes the audit row.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    Channel,
    Customer,
    Location,
    Order,
    OrderLine,
    Payment,
    PaymentMethod,
    order_audit,
)
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, rate_percent, to_minor
from oms_desktop.domain.order_workflow import Action, allowed_actions, require
from oms_desktop.domain.payment import require_settles
from oms_desktop.domain.pricing import require_discount_within
from oms_desktop.domain.sequence import ORDER_PREFIX
from oms_desktop.services import lookups
from oms_desktop.services.changes import NOTHING, Changes, Outcome
from oms_desktop.services.customers import customer_record
from oms_desktop.services.numbering import next_number
from oms_desktop.services.order_moves import apply
from oms_desktop.services.records import (
    AuditRecord,
    OrderDetail,
    OrderLineRecord,
    PaymentRecord,
    ShipmentRecord,
    TaxBand,
)

CHANNELS_NEEDING_CUSTOMER = (Channel.PHONE, Channel.WHOLESALE, Channel.ONLINE)


@dataclass(frozen=True)
class LineRequest:
    code: str  # SKU or barcode
    quantity: int
    unit_price: Decimal | None = None  # None: the customer's price tier decides
    discount: Decimal = Decimal("0")  # an amount off the line, before tax


@dataclass(frozen=True)
class PaymentRequest:
    method: PaymentMethod
    amount: Decimal  # what counts against the order
    tendered: Decimal | None = None  # cash handed over; the change is tendered - amount
    reference: str = ""


@dataclass(frozen=True)
class OrderRequest:
    lines: Sequence[LineRequest]
    channel: Channel = Channel.COUNTER
    customer_code: str | None = None
    payments: Sequence[PaymentRequest] = ()
    checkout: bool = False  # paid and handed over now; implied by payments (a zero total needs none)
    confirm: bool = False
    idempotency_key: str | None = None
    ship_to: str | None = None
    notes: str = ""
    location: str | None = None


def _validate_request(req: OrderRequest) -> None:
    if not req.lines:
        raise ValidationError("order_no_lines")
    for line in req.lines:
        if line.quantity <= 0:
            raise ValidationError("line_quantity_not_positive", item=line.code, quantity=line.quantity)
        if line.unit_price is not None and line.unit_price < 0:
            raise ValidationError("line_price_negative", item=line.code, amount=line.unit_price)
        if line.discount < 0:
            raise ValidationError("line_discount_negative", item=line.code, amount=line.discount)
    for pay in req.payments:
        if pay.amount <= 0:
            raise ValidationError("order_payment_not_positive", method=pay.method.value, amount=pay.amount)
        if pay.tendered is not None and pay.tendered < pay.amount:
            raise ValidationError("tendered_short", tendered=pay.tendered, amount=pay.amount)
    if (req.payments or req.checkout) and req.confirm:
        raise ValidationError("paid_and_confirmed")
    if req.channel in CHANNELS_NEEDING_CUSTOMER and not req.customer_code:
        raise ValidationError("order_needs_customer", channel=req.channel.value)
    if req.idempotency_key is not None and not 0 < len(req.idempotency_key) <= 64:
        raise ValidationError("idempotency_key_length")


def create_order(uow: UnitOfWork, req: OrderRequest) -> Outcome[OrderDetail]:
    """Create an order in one transaction.

    With payments it is a counter sale: paid in full, stock deducted, completed. With `confirm` it is
    confirmed and its stock reserved. Otherwise it is saved as a draft. The same idempotency key twice
    returns the first order and writes nothing.
    """
    _validate_request(req)

    def action(session: Session) -> Outcome[OrderDetail]:
        if req.idempotency_key:
            existing = session.scalar(select(Order).where(Order.idempotency_key == req.idempotency_key))
            if existing is not None:
                return Outcome(order_detail(session, existing), NOTHING)
        return _create(session, uow, req)

    return uow.run(action, retry_integrity=True)


def _create(session: Session, uow: UnitOfWork, req: OrderRequest) -> Outcome[OrderDetail]:
    # Everything is read and checked before the order joins the session, so that the whole action
    # is written in one flush at the end (no early flush to learn the order's id).
    now = uow.now()
    customer = lookups.customer_by_code(session, req.customer_code) if req.customer_code else None
    location = lookups.location_by_code(session, req.location)
    day = uow.business_day()
    lines = build_lines(session, req.lines, customer)
    for line in lines:
        line.business_day = day
    order = Order(
        channel=req.channel,
        customer=customer,
        location_id=location.id,
        bill_to=customer.address_for(billing=True) if customer else "",
        ship_to=(req.ship_to or "").strip() or (customer.address_for(billing=False) if customer else ""),
        notes=req.notes,
        idempotency_key=req.idempotency_key,
        created_at=now,
        business_day=day,
        user=uow.user,
        paid_minor=0,
        lines=lines,
        payments=[],
        shipments=[],
        history=[],
    )
    order.recompute_totals()
    order.number = next_number(session, ORDER_PREFIX, day // 10000)
    moved = apply(session, uow, order, Action.CREATE, detail=order_audit.created(req.channel))
    if bool(req.payments) or req.checkout:
        _take_counter_payments(uow, order, req.payments)
        moved |= apply(session, uow, order, Action.CHECKOUT, detail=order_audit.CHECKED_OUT)
    elif req.confirm:
        moved |= apply(session, uow, order, Action.CONFIRM)
    session.add(order)
    session.flush()
    changes = Changes.for_order(order.id, moved, stock=bool(moved))
    return Outcome(order_detail(session, order), changes | _customer_change(customer))


def build_lines(
    session: Session, requests: Sequence[LineRequest], customer: Customer | None
) -> list[OrderLine]:
    """Priced order lines for the requests: the customer's price tier unless a price is given."""
    wholesale = customer is not None and customer.wholesale
    products = lookups.products_by_codes(session, [line.code for line in requests])
    lines = []
    for no, line in enumerate(requests, start=1):
        product = products[line.code]
        if not product.active:
            raise ValidationError("product_inactive", sku=product.sku, name=product.name)
        price = product.price_for(wholesale) if line.unit_price is None else to_minor(line.unit_price)
        ol = OrderLine(
            line_no=no,
            product_id=product.id,
            sku=product.sku,
            name=product.name,
            quantity=line.quantity,
            unit_price_minor=price,
            unit_cost_minor=product.cost_minor,
            discount_minor=to_minor(line.discount),
            tax_rate_bp=product.tax_rate_bp,
        )
        require_discount_within(product.sku, ol.discount_minor, ol.gross_minor)
        ol.price()
        lines.append(ol)
    return lines


@dataclass(frozen=True)
class Quote:
    lines: list[OrderLineRecord]
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal


def quote(uow: UnitOfWork, requests: Sequence[LineRequest], customer_code: str | None = None) -> Quote:
    """Price lines exactly as an order would, writing nothing (the counter's running total)."""
    for line in requests:
        if line.quantity <= 0:
            raise ValidationError("line_quantity_not_positive", item=line.code, quantity=line.quantity)
    with uow.read() as session:
        customer = lookups.customer_by_code(session, customer_code) if customer_code else None
        lines = build_lines(session, requests, customer)
        session.expunge_all()
    return Quote(
        lines=[line_record(ln) for ln in lines],
        subtotal=from_minor(sum(ln.gross_minor for ln in lines)),
        discount=from_minor(sum(ln.discount_minor for ln in lines)),
        tax=from_minor(sum(ln.tax_minor for ln in lines)),
        total=from_minor(sum(ln.total_minor for ln in lines)),
    )


def line_record(ln: OrderLine) -> OrderLineRecord:
    return OrderLineRecord(
        line_no=ln.line_no,
        product_id=ln.product_id,
        sku=ln.sku,
        name=ln.name,
        quantity=ln.quantity,
        unit_price=from_minor(ln.unit_price_minor),
        discount=from_minor(ln.discount_minor),
        tax_rate=rate_percent(ln.tax_rate_bp),
        tax=from_minor(ln.tax_minor),
        total=from_minor(ln.total_minor),
    )


def _customer_change(customer: Customer | None) -> Changes:
    return Changes(customers=True) if customer is not None else NOTHING


def _take_counter_payments(uow: UnitOfWork, order: Order, payments: Sequence[PaymentRequest]) -> None:
    paid = sum(to_minor(p.amount) for p in payments)
    require_settles(paid, order.total_minor)
    now = uow.now()
    for p in payments:
        tendered = None if p.tendered is None else to_minor(p.tendered)
        order.payments.append(
            Payment.received(
                p.method, to_minor(p.amount), now, uow.user, tendered_minor=tendered, reference=p.reference
            )
        )
    order.paid_minor = paid


def transition(
    uow: UnitOfWork,
    number: str,
    action: Action,
    body: Callable[[Session, Order], None] | None = None,
    detail: str = "",
    stock_reason: str = "",
) -> Outcome[OrderDetail]:
    """Apply one action to an order in one transaction: check the table, run `body` (the action's own
    records), then the row's moves (domain.order_workflow) with the ledger and the audit."""

    def run(session: Session) -> Outcome[OrderDetail]:
        order = lookups.order_by_number(session, number, lock=True)
        require(order, action)
        if body is not None:
            body(session, order)
        moved = apply(session, uow, order, action, detail=detail, stock_reason=stock_reason)
        session.flush()
        changes = Changes.for_order(order.id, moved, stock=bool(moved))
        return Outcome(order_detail(session, order), changes | _customer_change(order.customer))

    return uow.run(run)


def confirm(uow: UnitOfWork, number: str) -> Outcome[OrderDetail]:
    """Confirm a draft: its stock is reserved (refused, with nothing written, when it is not available)."""
    return transition(uow, number, Action.CONFIRM)


def pack(uow: UnitOfWork, number: str) -> Outcome[OrderDetail]:
    """Mark a confirmed order as packed and ready to ship."""
    return transition(uow, number, Action.PACK)


def cancel(uow: UnitOfWork, number: str, reason: str = "") -> Outcome[OrderDetail]:
    """Cancel an order that has not left the shop; reserved stock is released. Paid orders need a refund first."""
    return transition(uow, number, Action.CANCEL, detail=reason.strip())


def get_order(uow: UnitOfWork, number: str) -> OrderDetail:
    with uow.read() as session:
        return order_detail(session, lookups.order_by_number(session, number))


def order_detail(session: Session, order: Order) -> OrderDetail:
    session.flush()
    history = order.history
    bands: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for line in order.lines:
        bands[line.tax_rate_bp][0] += line.net_minor
        bands[line.tax_rate_bp][1] += line.tax_minor
    location = session.get_one(Location, order.location_id)
    return OrderDetail(
        id=order.id,
        number=order.number,
        channel=order.channel.value,
        status=order.status.value,
        lifecycle=order.lifecycle.value,
        payment_state=order.payment_state.value,
        fulfilment_state=order.fulfilment_state.value,
        created_at=order.created_at,
        customer=customer_record(order.customer) if order.customer is not None else None,
        bill_to=order.bill_to,
        ship_to=order.ship_to,
        notes=order.notes,
        location_code=location.code,
        subtotal=from_minor(order.subtotal_minor),
        discount=from_minor(order.discount_minor),
        tax=from_minor(order.tax_minor),
        total=from_minor(order.total_minor),
        paid=from_minor(order.paid_minor),
        lines=[line_record(ln) for ln in order.lines],
        payments=[
            PaymentRecord(
                kind=p.kind.value,
                method=p.method.value,
                amount=from_minor(p.amount_minor),
                tendered=None if p.tendered_minor is None else from_minor(p.tendered_minor),
                change=from_minor(p.change_minor),
                reference=p.reference,
                at=p.created_at,
            )
            for p in order.payments
        ],
        shipments=[
            ShipmentRecord(s.carrier, s.tracking_number, s.shipped_at, s.delivered_at)
            for s in order.shipments
        ],
        history=[AuditRecord(h.at, h.action, h.from_status, h.to_status, h.user, h.detail) for h in history],
        allowed_actions=[a.value for a in allowed_actions(order)],
        tax_bands=[
            TaxBand(rate_percent(bp), from_minor(net), from_minor(tax))
            for bp, (net, tax) in sorted(bands.items())
        ],
    )
