"""Returns and exchanges: some of a sale's goods come back, with a return document, in one transaction.

A return takes back chosen lines and quantities of a paid order (several returns of one order, until every
unit is back): the goods go back into stock at the order's location or to the damaged location, and the
money goes back by the ways the sale was paid, to the customer's store credit, or (an exchange) into a new
sale rung up in the same transaction, the difference paid or refunded. The order stays the sale of what was
kept; reports subtract the return on its own day.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
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
    PaymentKind,
    PaymentMethod,
    RefundTo,
    ReturnLine,
    SaleReturn,
    StoreCreditMove,
)
from oms_desktop.domain.bounds import require_quantity
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order_workflow import ORDERS, Action
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.quantity import Quantity, amount_for, from_units, to_units
from oms_desktop.domain.return_workflow import RETURNS, ReturnAction
from oms_desktop.domain.sale_return import RETURN_PREFIX, returned_share
from oms_desktop.services import access, audit_trail, lookups, orders, store_credit
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.numbering import next_number
from oms_desktop.services.order_detail import order_detail
from oms_desktop.services.order_moves import apply
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import load as load_settings
from oms_desktop.services.stock_ledger import carry_out, levels_for
from oms_desktop.services.till import session_for_payments

DAMAGED_LOCATION = "DAMAGED"
REASON_MAX = 200  # as the ledger row keeps it


@dataclass(frozen=True)
class ReturnItem:
    code: str  # SKU or barcode of a product on the order
    quantity: Quantity  # in the product's unit


@dataclass(frozen=True)
class ReturnRequest:
    number: str  # the order the goods come from
    items: Sequence[ReturnItem] = ()  # nothing: everything not yet brought back
    refund_to: RefundTo = RefundTo.ORIGINAL
    reason: str = ""
    damaged: bool = False  # the goods go to the damaged location, not back on the shelf
    customer_code: str | None = None  # who gets the store credit when the sale was a walk-in's
    method: PaymentMethod | None = None  # the money back another way than it was paid (a manager's)


@dataclass(frozen=True)
class ReturnedLine:
    sku: str
    name: str
    quantity: Quantity  # in the product's unit
    total: Decimal


@dataclass(frozen=True)
class ReturnRecord:
    number: str
    order_number: str
    refund_to: str
    reason: str
    location: str
    lines: tuple[ReturnedLine, ...]
    tax: Decimal
    total: Decimal
    refunds: tuple[tuple[str, Decimal], ...]  # (payment method, amount) given back
    customer_code: str | None = None
    store_credit: Decimal | None = None  # the customer's balance afterwards, when credit moved
    exchange: OrderDetail | None = None  # the new sale of an exchange
    extra_paid: tuple[tuple[str, Decimal], ...] = field(default=())  # an exchange's difference paid

    @property
    def refunded(self) -> Decimal:
        return sum((amount for _, amount in self.refunds), Decimal("0"))


@dataclass(frozen=True)
class ExchangeRequest:
    number: str
    back: Sequence[ReturnItem]  # what comes back
    lines: Sequence[LineRequest]  # what goes out instead
    pay: PaymentMethod | None = None  # how the difference is paid when the new goods cost more
    tendered: Decimal | None = None  # cash handed over for the difference
    reason: str = ""
    damaged: bool = False
    payments: Sequence[PaymentRequest] = ()  # the difference paid in parts (the counter's pay dialog)


@dataclass
class _Taken:
    doc: SaleReturn
    order: Order
    refunds: list[tuple[PaymentMethod, int]]
    moved: set[int]
    credit_customer: int | None


def _validate_request(req: ReturnRequest) -> None:
    _validate(req.items)
    if len(req.reason.strip()) > REASON_MAX:
        raise ValidationError(
            "text_too_long", field="reason", most=REASON_MAX, length=len(req.reason.strip())
        )
    if req.customer_code and req.refund_to is not RefundTo.STORE_CREDIT:
        raise ValidationError("return_customer_for_credit_only")
    if req.method is PaymentMethod.EXCHANGE:
        raise ValidationError("exchange_not_a_payment")


def _validate(items: Sequence[ReturnItem]) -> None:
    for item in items:
        if item.quantity <= 0:
            raise ValidationError("line_quantity_not_positive", item=item.code, quantity=item.quantity)
        require_quantity(item.code, item.quantity)


def _picks(session: Session, order: Order, items: Sequence[ReturnItem]) -> list[tuple[OrderLine, int]]:
    """The order lines and quantities (smallest units) to take back; what is asked of a product is taken
    from its lines in order. Refused when a product is not on the order or more is asked than is still
    out."""
    left = {line.id: line.quantity - line.returned_quantity for line in order.lines}
    if not items:
        rest = [(line, left[line.id]) for line in order.lines if left[line.id] > 0]
        if not rest:
            raise ValidationError("return_nothing_left", number=order.number)
        return rest
    asked: dict[int, int] = defaultdict(int)
    named: dict[int, str] = {}
    for item in items:
        code = item.code.strip()
        on_order = [line for line in order.lines if line.sku == code]
        if on_order:
            pid = on_order[0].product_id
        else:
            try:
                pid = lookups.products_by_codes(session, [code])[code].id
            except NotFound:
                raise ValidationError("return_item_not_on_order", item=code, number=order.number) from None
        decimals = [line.decimals for line in order.lines if line.product_id == pid]
        if not decimals:
            raise ValidationError("return_item_not_on_order", item=code, number=order.number)
        asked[pid] += to_units(code, item.quantity, decimals[0])
        named.setdefault(pid, code)
    picks: list[tuple[OrderLine, int]] = []
    for pid, quantity in asked.items():
        lines = [line for line in order.lines if line.product_id == pid]
        if not lines:
            raise ValidationError("return_item_not_on_order", item=named[pid], number=order.number)
        still_out = sum(left[line.id] for line in lines)
        if quantity > still_out:
            sold = sum(line.quantity for line in lines)
            d = lines[0].decimals
            raise ValidationError(
                "return_more_than_sold",
                item=named[pid],
                asked=from_units(quantity, d),
                sold=from_units(sold, d),
                left=from_units(still_out, d),
            )
        for line in lines:
            take = min(quantity, left[line.id])
            if take > 0:
                picks.append((line, take))
                quantity -= take
    return picks


def refund_plan(session: Session, order: Order, amount: int) -> list[tuple[PaymentMethod, int]]:
    """`amount` split over the ways the order was paid, each up to what it brought in net of refunds, the
    largest first. What an exchange's goods paid goes back the way the exchanged sale was paid."""
    net: dict[PaymentMethod, int] = defaultdict(int)
    for p in order.payments:
        method = _exchanged_by(session, order) if p.method is PaymentMethod.EXCHANGE else p.method
        net[method] += p.amount_minor if p.kind is PaymentKind.PAYMENT else -p.amount_minor
    plan: list[tuple[PaymentMethod, int]] = []
    for method in sorted(net, key=lambda m: -net[m]):
        take = min(amount, net[method])
        if take > 0:
            plan.append((method, take))
            amount -= take
    if amount > 0:  # cannot happen on a paid order: what is paid covers what is due
        raise ValidationError("refund_over_paid", amount=from_minor(amount), number=order.number, paid="0.00")
    return plan


def _exchanged_by(session: Session, order: Order, depth: int = 0) -> PaymentMethod:
    """The way the sale whose goods were exchanged into `order` was mainly paid (through a chain of
    exchanges); cash when it cannot be told."""
    source = session.scalar(select(SaleReturn.order_id).where(SaleReturn.exchange_order_id == order.id))
    if source is None or depth > 5:
        return PaymentMethod.CASH
    earlier = session.get_one(Order, source)
    taken: dict[PaymentMethod, int] = defaultdict(int)
    for p in earlier.payments:
        if p.kind is PaymentKind.PAYMENT:
            taken[p.method] += p.amount_minor
    if not taken:
        return PaymentMethod.CASH
    main = max(taken, key=lambda m: taken[m])
    return _exchanged_by(session, earlier, depth + 1) if main is PaymentMethod.EXCHANGE else main


def _location(session: Session, order: Order, damaged: bool) -> Location:
    if not damaged:
        return session.get_one(Location, order.location_id)
    found = session.scalar(select(Location).where(Location.code == DAMAGED_LOCATION))
    if found is None:
        found = Location(code=DAMAGED_LOCATION, name="Damaged goods")
        session.add(found)
        session.flush()
    return found


def _take_back(session: Session, uow: UnitOfWork, req: ReturnRequest, *, exchange_total: int = 0) -> _Taken:
    order = lookups.order_by_number(session, req.number, lock=True)
    picks = _picks(session, order, req.items)  # first: "all of it is back" says more than the state does
    ORDERS.require(order, Action.RETURN_LINES)
    credit_customer = order.customer_id
    if req.refund_to is RefundTo.STORE_CREDIT:
        if req.customer_code:
            chosen = lookups.customer_by_code(session, req.customer_code).id
            if credit_customer is not None and chosen != credit_customer:
                # The sale's customer paid: their credit is not someone else's to receive.
                raise ValidationError("store_credit_other_customer", number=order.number)
            credit_customer = chosen
        if credit_customer is None:
            raise ValidationError("store_credit_needs_customer", document=order.number)
    reason = req.reason.strip()
    now = uow.now()
    doc = SaleReturn(
        number=next_number(session, RETURN_PREFIX, uow.business_day() // 10000),
        order_id=order.id,
        refund_to=req.refund_to,
        channel=order.channel.value,
        customer_id=order.customer_id,
        business_day=uow.business_day(),
        reason=reason,
        till=uow.till or "",
        user=uow.user,
        created_at=now,
    )
    for line, quantity in picks:
        doc.lines.append(
            ReturnLine(
                order_line_id=line.id,
                product_id=line.product_id,
                sku=line.sku,
                name=line.name,
                quantity=quantity,
                tax_minor=returned_share(line.tax_minor, line.quantity, line.returned_quantity, quantity),
                total_minor=returned_share(line.total_minor, line.quantity, line.returned_quantity, quantity),
                cost_minor=amount_for(quantity, line.unit_cost_minor, line.decimals),
            )
        )
        line.returned_quantity += quantity
    value = sum(rl.total_minor for rl in doc.lines)
    doc.total_minor, doc.tax_minor = value, sum(rl.tax_minor for rl in doc.lines)
    # A weighed line counts as one item: it is taken off the count when the last of it comes back.
    doc.units = sum(
        q if line.decimals == 0 else int(line.returned_quantity == line.quantity) for line, q in picks
    )
    doc.cost_minor = sum(rl.cost_minor for rl in doc.lines)

    # The limit is on what came back of the sale so far: three small returns are one large one.
    limit = to_minor(load_settings(session).cashier_return_limit)
    permission = Permission.RETURN_ABOVE_LIMIT if order.returned_minor + value > limit else Permission.RETURN
    approvers = [access.require(session, uow, permission)]

    # What is still due falls by the goods' value; only what was paid beyond it goes back (all of it for a
    # paid sale, nothing when the money went back already, part of it on account).
    money_back = max(0, order.paid_minor - (order.due_minor - value))
    if req.method is not None:
        refunds = [(req.method, money_back)] if money_back else []
        paid = {p.method for p in order.payments if p.kind is PaymentKind.PAYMENT}
        if req.method not in paid:
            approvers.append(access.require(session, uow, Permission.REFUND))
    elif req.refund_to is RefundTo.STORE_CREDIT:
        refunds = [(PaymentMethod.STORE_CREDIT, money_back)] if money_back else []
    elif req.refund_to is RefundTo.EXCHANGE:
        credit = min(money_back, exchange_total)
        refunds = [(PaymentMethod.EXCHANGE, credit)] if credit else []
        refunds += refund_plan(session, order, money_back - credit) if money_back > credit else []
    else:
        refunds = refund_plan(session, order, money_back) if money_back else []
    doc.approved_by = next((a for a in approvers if a), "")
    till_session = session_for_payments(session, uow, [m for m, _ in refunds])
    for method, amount in refunds:
        order.payments.append(
            Payment.given_back(
                method, amount, now, uow.user, f"{doc.number} {reason}", till_session_id=till_session
            )
        )
        if method is PaymentMethod.STORE_CREDIT:
            store_credit.issue(session, uow, credit_customer, amount, doc.number, reason)
    order.paid_minor -= money_back
    order.returned_minor += value

    location = _location(session, order, req.damaged)
    doc.location_id = location.id
    wanted: dict[int, int] = defaultdict(int)
    for line, quantity in picks:
        wanted[line.product_id] += quantity
    levels = levels_for(session, sorted(wanted), location)
    step = RETURNS.step(ReturnAction.CREATE)
    moved = set(
        carry_out(
            session,
            uow,
            step.stock,
            [(levels[pid], wanted[pid]) for pid in sorted(wanted)],
            held=False,
            order=order,
            reason=f"{doc.number} {reason}".strip()[:REASON_MAX],
        )
    )
    RETURNS.move(doc, step, now, _no_derived)
    session.add(doc)
    detail = f"{doc.number}: " + ", ".join(
        f"{from_units(q, line.decimals)} x {line.sku}" for line, q in picks
    )
    moved |= apply(session, uow, order, Action.RETURN_LINES, detail=detail[:500])
    audit_trail.record(
        session,
        uow,
        "return",
        doc.number,
        before={"order": order.number, "paid": from_minor(order.paid_minor + money_back)},
        after={
            "returned": from_minor(value),
            "refund": ", ".join(f"{m.value} {from_minor(a)}" for m, a in refunds),
            "to": location.code,
        },
        detail=reason,
        approver=doc.approved_by,
    )
    session.flush()
    return _Taken(doc, order, refunds, moved, credit_customer)


def _no_derived(doc: object, dimension: str) -> None:
    raise ValueError(f"a return derives nothing ({dimension})")


def _record(
    session: Session, taken: _Taken, exchange: OrderDetail | None = None, extra: tuple = ()
) -> ReturnRecord:
    doc = taken.doc
    customer = None
    credit = None
    if taken.credit_customer is not None:
        found = session.get_one(Customer, taken.credit_customer)
        customer = found.code
        if any(m is PaymentMethod.STORE_CREDIT for m, _ in taken.refunds):
            credit = from_minor(found.store_credit_minor)
    return ReturnRecord(
        number=doc.number,
        order_number=taken.order.number,
        refund_to=doc.refund_to.value,
        reason=doc.reason,
        location=session.get_one(Location, doc.location_id).code,
        lines=tuple(
            ReturnedLine(
                rl.sku,
                rl.name,
                from_units(rl.quantity, _decimals(taken.order, rl)),
                from_minor(rl.total_minor),
            )
            for rl in doc.lines
        ),
        tax=from_minor(doc.tax_minor),
        total=from_minor(doc.total_minor),
        refunds=tuple((m.value, from_minor(a)) for m, a in taken.refunds),
        customer_code=customer,
        store_credit=credit,
        exchange=exchange,
        extra_paid=extra,
    )


def _decimals(order: Order, returned: ReturnLine) -> int:
    return next((ln.decimals for ln in order.lines if ln.id == returned.order_line_id), 0)


def _changes(taken: _Taken) -> Changes:
    return Changes.for_order(taken.order.id, taken.moved, stock=bool(taken.moved)) | Changes(customers=True)


def get_return(uow: UnitOfWork, number: str) -> ReturnRecord:
    """A return document as it was made: its lines, the money back and, for an exchange, the new sale."""
    with uow.read() as session:
        doc = session.scalar(select(SaleReturn).where(SaleReturn.number == number.strip().upper()))
        if doc is None:
            raise NotFound("unknown_return", number=number.strip()[:40])
        order = session.get_one(Order, doc.order_id)
        refunds = [
            (p.method, p.amount_minor)
            for p in order.payments
            if p.kind is PaymentKind.REFUND and (p.reference + " ").startswith(doc.number + " ")
        ]
        credit_customer = session.scalar(
            select(StoreCreditMove.customer_id).where(StoreCreditMove.document == doc.number)
        )
        exchange = None
        extra: tuple[tuple[str, Decimal], ...] = ()
        if doc.exchange_order_id is not None:
            exchange = order_detail(session, session.get_one(Order, doc.exchange_order_id))
            extra = tuple(
                (p.method, p.amount)
                for p in exchange.payments
                if p.kind == "payment" and p.method != "exchange"
            )
        taken = _Taken(doc, order, refunds, set(), credit_customer or doc.customer_id)
        return _record(session, taken, exchange, extra)


def take_back(uow: UnitOfWork, req: ReturnRequest) -> Outcome[ReturnRecord]:
    """Take back some or all of what is still out of an order that left the shop, in one transaction: a
    return document, the goods into stock (or the damaged location), and what was paid beyond what is
    still due back by the ways it was paid or to store credit. Beyond the cashier's return limit (over
    the sale's returns so far) a manager approves."""
    _validate_request(req)
    if req.refund_to is RefundTo.EXCHANGE:
        raise ValidationError("exchange_needs_new_goods")

    def action(session: Session) -> Outcome[ReturnRecord]:
        taken = _take_back(session, uow, req)
        return Outcome(_record(session, taken), _changes(taken))

    return uow.run(action)


def exchange(uow: UnitOfWork, req: ExchangeRequest) -> Outcome[ReturnRecord]:
    """Goods back and new goods out in one transaction: the returned value pays for the new sale; when the
    new goods cost more the difference is paid by `pay`, when less it goes back the way the sale was paid."""
    _validate_request(ReturnRequest(req.number, req.back, reason=req.reason))
    if not req.back:
        raise ValidationError("exchange_needs_returned_goods")
    if not req.lines:
        raise ValidationError("exchange_needs_new_goods")

    def action(session: Session) -> Outcome[ReturnRecord]:
        original = lookups.order_by_number(session, req.number, lock=True)
        customer = original.customer.code if original.customer is not None else None
        by_credit = req.pay is PaymentMethod.STORE_CREDIT or any(
            p.method is PaymentMethod.STORE_CREDIT for p in req.payments
        )
        if by_credit and customer is None:
            raise ValidationError("store_credit_needs_customer", document=req.number)
        new_total = orders.total_of(session, req.lines, customer)
        taken = _take_back(
            session,
            uow,
            ReturnRequest(req.number, req.back, RefundTo.EXCHANGE, req.reason, req.damaged),
            exchange_total=new_total,
        )
        credit = next((a for m, a in taken.refunds if m is PaymentMethod.EXCHANGE), 0)
        payments = [PaymentRequest(PaymentMethod.EXCHANGE, from_minor(credit), reference=taken.doc.number)]
        payments = payments if credit else []
        extra: tuple[tuple[str, Decimal], ...] = ()
        if new_total > credit:
            rest = from_minor(new_total - credit)
            paid = list(req.payments) or ([PaymentRequest(req.pay, rest, req.tendered)] if req.pay else [])
            if not paid:
                raise ValidationError("exchange_needs_payment", amount=rest)
            if any(p.method is PaymentMethod.EXCHANGE for p in paid):
                raise ValidationError("exchange_not_a_payment")
            payments += paid
            extra = tuple((p.method.value, p.amount) for p in paid)
        new_sale = orders.write_order(
            session,
            uow,
            OrderRequest(
                lines=req.lines,
                channel=Channel.COUNTER,
                customer_code=customer,
                payments=payments,
                checkout=True,
                notes=f"exchange for {taken.doc.number}",
            ),
        )
        taken.doc.exchange_order_id = new_sale.value.id
        session.flush()
        return Outcome(_record(session, taken, new_sale.value, extra), _changes(taken) | new_sale.changes)

    return uow.run(action)
