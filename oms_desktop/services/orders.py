"""Orders: create (counter sale, phone or wholesale order), confirm, pack, cancel, and the detail view.

Payments live in payments.py and shipping in shipping.py; all of them move an order through
`transition`, which checks the one table of allowed moves (domain.order_workflow) and writes the audit row.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    Channel,
    Customer,
    Order,
    PaymentMethod,
)
from oms_desktop.domain.bounds import require_amount, require_quantity, require_total
from oms_desktop.domain.errors import OutOfStock, ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order_workflow import Action, require
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.pricing import OrderSums
from oms_desktop.domain.quantity import Quantity, to_units
from oms_desktop.domain.sequence import ORDER_PREFIX
from oms_desktop.domain.ship_to import require_for_new_order, require_shippable
from oms_desktop.services import access, audit_trail, credit_control, customers, lookups, quotes, store_credit
from oms_desktop.services.bulk_orders import BulkOrder, BulkOrderWriter, BulkPayment, Event
from oms_desktop.services.changes import NOTHING, Changes, Outcome
from oms_desktop.services.numbering import next_number
from oms_desktop.services.order_detail import order_detail, written_detail
from oms_desktop.services.order_moves import apply
from oms_desktop.services.price_authority import reductions, require_reductions
from oms_desktop.services.records import (
    OrderDetail,
    OrderLineRecord,
)
from oms_desktop.services.sale_lines import line_price, line_record, priced_lines
from oms_desktop.services.stock_ledger import BulkLedger, BulkLevel, levels_at
from oms_desktop.services.till import session_for_payments

CHANNELS_NEEDING_CUSTOMER = (Channel.PHONE, Channel.WHOLESALE, Channel.ONLINE)


@dataclass(frozen=True)
class LineRequest:
    code: str  # SKU or barcode
    quantity: Quantity  # in the product's unit: 2 pieces, 0.255 kg
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
    discount_reason: str = ""  # why prices were lowered: kept with each discount's audit row
    quote_days: int | None = None  # a quotation valid for this many days (services/quotes.py), not an order
    # A customer named by their details instead of a code (the local API): the one with this phone, or a
    # new one, found or added in the order's transaction (services/customers.find_or_add).
    contact: customers.CustomerInput | None = None


def _validate_request(req: OrderRequest) -> None:
    if not req.lines:
        raise ValidationError("order_no_lines")
    for line in req.lines:
        if line.quantity <= 0:
            raise ValidationError("line_quantity_not_positive", item=line.code, quantity=line.quantity)
        require_quantity(line.code, line.quantity)
        for amount in (line.unit_price, line.discount):
            if amount is not None:
                require_amount(amount)
        if line.unit_price is not None and line.unit_price < 0:
            raise ValidationError("line_price_negative", item=line.code, amount=line.unit_price)
        if line.discount < 0:
            raise ValidationError("line_discount_negative", item=line.code, amount=line.discount)
    for pay in req.payments:
        for amount in (pay.amount, pay.tendered):
            if amount is not None:
                require_amount(amount)
        if pay.amount <= 0:
            raise ValidationError("order_payment_not_positive", method=pay.method.value, amount=pay.amount)
        if pay.tendered is not None and pay.tendered < pay.amount:
            raise ValidationError("tendered_short", tendered=pay.tendered, amount=pay.amount)
    if (req.payments or req.checkout) and req.confirm:
        raise ValidationError("paid_and_confirmed")
    if req.channel in CHANNELS_NEEDING_CUSTOMER and not req.customer_code and req.contact is None:
        raise ValidationError("order_needs_customer", channel=req.channel.value)
    if req.quote_days is not None:
        quotes.require_valid_days(req.quote_days)
        if req.payments or req.checkout or req.confirm:
            raise ValidationError("quote_paid_or_confirmed")
        if not req.customer_code:
            raise ValidationError("quote_needs_customer")
    if req.idempotency_key is not None and not 0 < len(req.idempotency_key) <= 64:
        raise ValidationError("idempotency_key_length")


_BY_KEY = select(Order).where(Order.idempotency_key == bindparam("key"))


def create_order(uow: UnitOfWork, req: OrderRequest) -> Outcome[OrderDetail]:
    """Create an order in one transaction.

    With payments it is a counter sale: paid in full, stock deducted, completed. With `confirm` it is
    confirmed and its stock reserved. Otherwise it is saved as a draft. The same idempotency key twice
    returns the first order and writes nothing.
    """
    _validate_request(req)

    def action(session: Session) -> Outcome[OrderDetail]:
        request = req
        if request.contact is not None:  # found (or added) first: a retry compares the customer it finds
            code = customers.find_or_add(session, uow, request.contact).code
            request = replace(request, customer_code=code, contact=None)
        if request.idempotency_key:
            existing = session.scalar(_BY_KEY, {"key": request.idempotency_key})
            if existing is not None:
                _require_same_sale(session, existing, request)
                return Outcome(order_detail(session, existing), NOTHING)
        # A shop without users, or an API client (nobody there to approve): short stock is refused.
        if uow.actor is None or uow.actor.remote:
            return _create(session, uow, request)
        try:
            with session.begin_nested():
                return _create(session, uow, request)
        except OutOfStock:
            # The book says no, the shelf says yes: a manager's call (approved on the spot), audited.
            access.require(session, uow, Permission.SELL_SHORT)
            return _create(session, uow, request, allow_short=True)

    return uow.run(action, retry_integrity=True)


def write_order(session: Session, uow: UnitOfWork, req: OrderRequest) -> Outcome[OrderDetail]:
    """Create an order inside the caller's transaction (an exchange's new sale), by create_order's rules."""
    _validate_request(req)
    return _create(session, uow, req)


def total_of(session: Session, requests: Sequence[LineRequest], customer_code: str | None) -> int:
    """What lines would cost as an order (minor units), priced by the one rule, writing nothing."""
    customer = lookups.customer_by_code(session, customer_code) if customer_code else None
    sums = OrderSums()
    for ln in priced_lines(session, requests, customer):
        sums.add(line_price(ln), ln.quantity, ln.unit_cost_minor, ln.decimals)
    return sums.total


def _require_same_sale(session: Session, existing: Order, req: OrderRequest) -> None:
    """The same key twice is the same sale sent again (a retry after a lost answer); with other lines, another
    channel or customer it is a mistake, refused instead of answered with the old sale."""
    wanted: dict[int, int] = defaultdict(int)
    products = lookups.products_by_codes(session, [ln.code for ln in req.lines])
    for line in req.lines:
        product = products[line.code]
        wanted[product.id] += to_units(product.sku, line.quantity, product.decimals)
    stored: dict[int, int] = defaultdict(int)
    for ol in existing.lines:
        stored[ol.product_id] += ol.quantity
    customer = existing.customer.code if existing.customer is not None else None
    asked_customer = req.customer_code.strip() if req.customer_code else None
    if wanted != stored or existing.channel is not req.channel or customer != asked_customer:
        raise ValidationError("idempotency_key_reused", key=req.idempotency_key or "", number=existing.number)


def _create(
    session: Session, uow: UnitOfWork, req: OrderRequest, *, allow_short: bool = False
) -> Outcome[OrderDetail]:
    # The order is written by the same writer as the CSV import and the demo (services/bulk_orders.py): its
    # story (create, then checkout or confirm) runs through the workflow table and the ledger's rules, and
    # its rows go in with one statement per table. The answer is built from what was written.
    now = uow.now()
    customer = lookups.customer_by_code(session, req.customer_code) if req.customer_code else None
    location = lookups.location_by_code(session, req.location)
    lines = priced_lines(session, req.lines, customer)
    access.require(session, uow, Permission.SELL)
    number = next_number(session, ORDER_PREFIX, uow.business_day() // 10000)
    require_reductions(session, uow, reductions(session, req.lines, customer), number, req.discount_reason)
    methods = [p.method for p in req.payments]
    till_session = session_for_payments(session, uow, methods) if methods else None
    conn = session.connection()
    rows = RowWriter(conn)
    levels = levels_at(conn, location.id, [ln.product_id for ln in lines])
    short_before = {pid: (lv.on_hand, lv.available) for pid, lv in levels.items() if not lv.allow_backorder}
    if allow_short:
        for level in levels.values():
            level.allow_backorder = True
    ledger = BulkLedger(rows, location.id, location.code, levels, user=uow.user)
    writer = BulkOrderWriter(
        rows,
        ledger,
        rows.next_id("orders"),
        user=uow.user,
        zone=uow.zone,
        keep=True,
        till_session_id=till_session,
    )
    ship_to = customer.ship_to(req.ship_to or "") if customer else (req.ship_to or "").strip()
    if req.confirm and customer is not None:  # goods promised to go somewhere: they must be able to
        require_for_new_order(req.channel, ship_to, customer.name)
    days = req.quote_days
    valid_until = None if days is None else quotes.last_valid_day(uow.business_day(), days)
    story = [Event(Action.CREATE if valid_until is None else Action.QUOTE, now)]
    if req.payments or req.checkout:
        story.append(Event(Action.CHECKOUT, now, tuple(_payment(p) for p in req.payments)))
    elif req.confirm:
        story.append(Event(Action.CONFIRM, now))
    writer.add(
        BulkOrder(
            number=number,
            channel=req.channel,
            customer_id=customer.id if customer else None,
            lines=lines,
            story=story,
            bill_to=customer.address_for(billing=True) if customer else "",
            ship_to=ship_to,
            notes=req.notes,
            idempotency_key=req.idempotency_key,
            valid_until=valid_until,
        )
    )
    moved = ledger.touched
    written = writer.written[-1]
    if req.confirm and not (req.payments or req.checkout):
        credit_control.require_credit(
            session,
            uow,
            customer,
            number,
            written.doc.balance_minor,
            goods_leave=False,
        )
    writer.flush(ids_from_sequence=True)
    for pay in req.payments:
        if pay.method is PaymentMethod.STORE_CREDIT:
            store_credit.spend(session, uow, customer.id if customer else None, to_minor(pay.amount), number)
    if allow_short:
        _audit_short(session, uow, levels, short_before, written.order.number)
    changes = Changes.for_order(written.id, moved, stock=bool(moved))
    return Outcome(
        written_detail(written, customer, location.code, uow.user), changes | _customer_change(customer)
    )


def _audit_short(
    session: Session,
    uow: UnitOfWork,
    levels: dict[int, BulkLevel],
    before: dict[int, tuple[int, int]],
    number: str,
) -> None:
    """One row per product sold beyond what the book said was available (`db check` accepts its shortfall)."""
    approver = uow.approver.name if uow.approver is not None else ""
    for pid, (on_hand, available) in before.items():
        level = levels[pid]
        if level.available < 0:
            audit_trail.record(
                session,
                uow,
                "sell_short",
                level.sku,
                before={"on_hand": on_hand, "available": available},
                after={"on_hand": level.on_hand, "available": level.available},
                detail=number,
                approver=approver if not access.may(uow, Permission.SELL_SHORT) else "",
            )


def _payment(p: PaymentRequest) -> BulkPayment:
    tendered = None if p.tendered is None else to_minor(p.tendered)
    return BulkPayment(p.method, to_minor(p.amount), tendered, p.reference)


@dataclass(frozen=True)
class Quote:
    lines: list[OrderLineRecord]
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    tax_included: bool = False  # the prices include the tax (it is part of the total, not added)


def quote(uow: UnitOfWork, requests: Sequence[LineRequest], customer_code: str | None = None) -> Quote:
    """Price lines exactly as an order would, writing nothing (the counter's running total)."""
    for line in requests:
        if line.quantity <= 0:
            raise ValidationError("line_quantity_not_positive", item=line.code, quantity=line.quantity)
    with uow.read() as session:
        customer = lookups.customer_by_code(session, customer_code) if customer_code else None
        lines = priced_lines(session, requests, customer)
    prices = [line_price(ln) for ln in lines]
    sums = OrderSums()
    for ln, price in zip(lines, prices, strict=True):
        sums.add(price, ln.quantity, ln.unit_cost_minor, ln.decimals)
    require_total(sums.total)
    return Quote(
        lines=[
            line_record(no, ln, price.tax, price.total)
            for no, (ln, price) in enumerate(zip(lines, prices, strict=True), start=1)
        ],
        subtotal=from_minor(sums.subtotal),
        discount=from_minor(sums.discount),
        tax=from_minor(sums.tax),
        total=from_minor(sums.total),
        tax_included=any(ln.tax_included for ln in lines),
    )


def _customer_change(customer: Customer | None) -> Changes:
    return Changes(customers=True) if customer is not None else NOTHING


def transition(
    uow: UnitOfWork,
    number: str,
    action: Action,
    body: Callable[[Session, Order], str | None] | None = None,
    detail: str = "",
    stock_reason: str = "",
) -> Outcome[OrderDetail]:
    """Apply one action to an order in one transaction: check the table, run `body` (the action's own
    records; words it returns are the history's detail), then the row's moves (domain.order_workflow) with
    the ledger and the audit."""

    def run(session: Session) -> Outcome[OrderDetail]:
        order = lookups.order_by_number(session, number, lock=True)
        require(order, action)
        said = body(session, order) if body is not None else None
        moved = apply(session, uow, order, action, detail=said or detail, stock_reason=stock_reason)
        session.flush()
        changes = Changes.for_order(order.id, moved, stock=bool(moved))
        return Outcome(order_detail(session, order), changes | _customer_change(order.customer))

    return uow.run(run)


def confirm(uow: UnitOfWork, number: str, prices: quotes.Prices = quotes.Prices.KEEP) -> Outcome[OrderDetail]:
    """Confirm a draft: its stock is reserved (refused, with nothing written, when it is not available), and
    what it leaves unpaid goes on the customer's account within their credit limit (services/credit_control).
    A quotation keeps its prices within its validity, or has them refreshed (services/quotes.py)."""

    def body(session: Session, order: Order) -> None:
        require_shippable(order)
        credit_control.require_for_order(session, uow, order, goods_leave=False)

    def confirming(session: Session, order: Order) -> str:
        # A quotation's prices first (kept within its validity, or refreshed): the checks see the new total.
        said = quotes.before_confirm(session, uow, order, prices)
        body(session, order)
        return said

    return transition(uow, number, Action.CONFIRM, confirming)


def pack(uow: UnitOfWork, number: str) -> Outcome[OrderDetail]:
    """Mark a confirmed order as packed and ready to ship (to a ship-to it can be sent to)."""
    return transition(uow, number, Action.PACK, lambda _session, order: require_shippable(order))


def cancel(uow: UnitOfWork, number: str, reason: str = "") -> Outcome[OrderDetail]:
    """Cancel an order that has not left the shop; reserved stock is released. Paid orders need a refund first."""
    return transition(uow, number, Action.CANCEL, detail=reason.strip())


def get_order(uow: UnitOfWork, number: str) -> OrderDetail:
    with uow.read() as session:
        return order_detail(session, lookups.order_by_number(session, number))
