"""Purchase orders: create, send, receive (in part, over several deliveries), cancel and close short.

Every move goes through the PO's workflow table (domain/purchase_workflow.py); a delivery posts one ledger
receipt per line through the ledger (services/stock_ledger.py) with what the goods cost, and folds that cost
into the product's average (services/costs.py), in the same transaction. Stock on order is what sent and
partly received POs still wait for (`on_order`).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    DeliveryLine,
    Location,
    MovementKind,
    POState,
    Product,
    PurchaseDelivery,
    PurchaseLine,
    PurchaseOrder,
)
from oms_desktop.domain.bounds import require_amount, require_quantity, require_total
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.purchase_order import OPEN_STATES, PO_PREFIX
from oms_desktop.domain.purchase_workflow import PURCHASE_ORDERS, POAction, derive
from oms_desktop.domain.quantity import Quantity, amount_for, from_units, to_units
from oms_desktop.domain.stock import level_change
from oms_desktop.domain.workflow import Step
from oms_desktop.services import access, audit_trail, lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.costs import average_in
from oms_desktop.services.numbering import next_number
from oms_desktop.services.stock_ledger import Posting, level_for, post
from oms_desktop.services.suppliers import supplier_by_code, terms_for

PURCHASE_ORDERS_KIND = "purchase_orders"  # the Changes kind of this module
LINES_MOST = 500
NOTE_MOST = 200
PO_NOTES_MOST = 2000  # printed on the PO: a paragraph, not a file


@dataclass(frozen=True)
class POLineInput:
    code: str  # SKU or barcode
    quantity: Quantity  # in the product's unit
    unit_cost: Decimal | None = None  # None: the supplier's cost for it, else the product's average cost


@dataclass(frozen=True)
class POLineRecord:
    line_no: int
    sku: str
    name: str
    supplier_sku: str
    decimals: int
    quantity: Quantity
    received: Quantity
    outstanding: Quantity
    over: Quantity  # received beyond what was ordered
    unit_cost: Decimal
    total: Decimal


@dataclass(frozen=True)
class DeliveryRecord:
    id: int
    at: datetime
    user: str
    note: str
    lines: list[tuple[str, Quantity, Decimal]]  # (sku, quantity, unit cost)


@dataclass(frozen=True)
class PORecord:
    number: str
    state: str
    supplier_code: str
    supplier_name: str
    location: str
    currency: str
    total: Decimal
    notes: str
    user: str
    created_at: datetime
    sent_at: datetime | None
    received_at: datetime | None
    closed_at: datetime | None
    lines: list[POLineRecord] = field(default_factory=list)
    deliveries: list[DeliveryRecord] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)  # the actions its state allows

    @property
    def short(self) -> list[POLineRecord]:
        return [line for line in self.lines if line.outstanding > 0]

    @property
    def over(self) -> list[POLineRecord]:
        return [line for line in self.lines if line.over > 0]


@dataclass(frozen=True)
class POSummary:
    number: str
    state: str
    supplier_code: str
    supplier_name: str
    lines: int
    total: Decimal
    created_at: datetime
    sent_at: datetime | None


def po_by_number(session: Session, number: str, *, lock: bool = False) -> PurchaseOrder:
    query = select(PurchaseOrder).where(PurchaseOrder.number == number.strip().upper())
    po = session.scalar(query.with_for_update() if lock else query)
    if po is None:
        raise NotFound("unknown_po", number=number.strip()[:40])
    return po


def _merged(lines: Sequence[POLineInput]) -> list[POLineInput]:
    """The lines with one per code (the same SKU typed twice is one line of both quantities)."""
    if not lines:
        raise ValidationError("po_needs_lines")
    if len(lines) > LINES_MOST:
        raise ValidationError("po_too_many_lines", most=LINES_MOST)
    by_code: dict[str, POLineInput] = {}
    for line in lines:
        if line.quantity <= 0:
            raise ValidationError(
                "po_quantity_not_positive", item=line.code.strip()[:64], quantity=line.quantity
            )
        require_quantity(line.code, line.quantity)
        if line.unit_cost is not None:
            require_amount(line.unit_cost)
            if line.unit_cost < 0:
                raise ValidationError("unit_cost_negative", amount=line.unit_cost)
        key = line.code.strip()
        if key in by_code:
            first = by_code[key]
            merged = first.quantity + line.quantity
            require_quantity(key, merged)  # the same SKU twice is one line: its bound is the line's
            by_code[key] = POLineInput(key, merged, first.unit_cost or line.unit_cost)
        else:
            by_code[key] = POLineInput(key, line.quantity, line.unit_cost)
    return list(by_code.values())


def _add_lines(session: Session, po: PurchaseOrder, lines: Sequence[POLineInput]) -> None:
    products = lookups.products_by_codes(session, [line.code for line in lines])
    seen: dict[int, PurchaseLine] = {line.product_id: line for line in po.lines}
    for given in lines:
        product = products[given.code]
        units = to_units(product.sku, given.quantity, product.decimals)
        terms = terms_for(session, product, po.supplier)
        if given.unit_cost is not None:
            cost = to_minor(given.unit_cost)
        elif terms is not None:
            cost = terms.cost_minor
        else:
            cost = product.cost_minor
        line = seen.get(product.id)
        if line is None:
            line = PurchaseLine(
                line_no=len(po.lines) + 1,
                product_id=product.id,
                sku=product.sku,
                name=product.name,
                supplier_sku=terms.supplier_sku if terms is not None else "",
                decimals=product.decimals,
                quantity=units,
                received=0,
                unit_cost_minor=cost,
            )
            po.lines.append(line)
            seen[product.id] = line
        else:
            line.quantity += units
            require_quantity(product.sku, from_units(line.quantity, product.decimals))
            if given.unit_cost is not None:
                line.unit_cost_minor = cost
    _total(po)


def _total(po: PurchaseOrder) -> None:
    po.total_minor = sum(amount_for(line.quantity, line.unit_cost_minor, line.decimals) for line in po.lines)
    require_total(po.total_minor)


def _audit(
    session: Session,
    uow: UnitOfWork,
    po: PurchaseOrder,
    action: str,
    before: str,
    approver: str,
    detail: str = "",
) -> None:
    audit_trail.record(
        session,
        uow,
        f"po_{action}",
        po.number,
        before={"state": before} if before else None,
        after={"state": po.state.value, "total": from_minor(po.total_minor)},
        detail=detail,
        approver=approver,
    )


def _move(
    session: Session, uow: UnitOfWork, po: PurchaseOrder, step: Step, approver: str, detail: str = ""
) -> None:
    transition = PURCHASE_ORDERS.move(po, step, uow.now(), derive)
    _audit(session, uow, po, step.action, transition.before, approver, detail)


def create_po(
    uow: UnitOfWork,
    supplier_code: str,
    lines: Sequence[POLineInput],
    *,
    location: str | None = None,
    notes: str = "",
) -> Outcome[PORecord]:
    """A draft PO for a supplier; each line's cost is the one given, else the supplier's, else the
    product's average cost."""
    wanted = _merged(lines)
    if len(notes) > PO_NOTES_MOST:
        raise ValidationError("note_too_long", most=PO_NOTES_MOST)

    def action(session: Session) -> Outcome[PORecord]:
        approver = access.require(session, uow, Permission.PURCHASE)
        supplier = supplier_by_code(session, supplier_code)
        place = lookups.location_by_code(session, location)
        po = PurchaseOrder(
            number=next_number(session, PO_PREFIX, uow.business_day() // 10000),
            supplier=supplier,
            location_id=place.id,
            currency=supplier.currency,
            notes=notes.strip(),
            user=uow.user,
            created_at=uow.now(),
            total_minor=0,
        )
        step = PURCHASE_ORDERS.step(POAction.CREATE)
        PURCHASE_ORDERS.move(po, step, uow.now(), derive)
        session.add(po)
        _add_lines(session, po, wanted)
        session.flush()
        _audit(session, uow, po, POAction.CREATE, "", approver)
        return Outcome(po_record(session, po), _changes(po))

    return uow.run(action, retry_integrity=True)


def add_to_draft(uow: UnitOfWork, number: str, lines: Sequence[POLineInput]) -> Outcome[PORecord]:
    """More lines (or more of a line) on a draft PO."""
    wanted = _merged(lines)

    def action(session: Session) -> Outcome[PORecord]:
        approver = access.require(session, uow, Permission.PURCHASE)
        po = po_by_number(session, number, lock=True)
        step = PURCHASE_ORDERS.require(po, POAction.EDIT)
        _add_lines(session, po, wanted)
        session.flush()
        _move(session, uow, po, step, approver, detail=", ".join(f"{x.code}:{x.quantity}" for x in wanted))
        return Outcome(po_record(session, po), _changes(po))

    return uow.run(action)


def send_po(uow: UnitOfWork, number: str) -> Outcome[PORecord]:
    """The PO goes to the supplier: its lines are on order from now on and can no longer change."""

    def action(session: Session) -> Outcome[PORecord]:
        approver = access.require(session, uow, Permission.PURCHASE)
        po = po_by_number(session, number, lock=True)
        step = PURCHASE_ORDERS.require(po, POAction.SEND)
        if not po.lines:
            raise ValidationError("po_needs_lines")
        _move(session, uow, po, step, approver)
        session.flush()
        return Outcome(po_record(session, po), _changes(po))

    return uow.run(action)


@dataclass(frozen=True)
class ReceiveLineInput:
    code: str  # SKU or barcode, as scanned
    quantity: Quantity
    unit_cost: Decimal | None = None  # None: the PO line's cost


def receive_po(
    uow: UnitOfWork, number: str, lines: Sequence[ReceiveLineInput], *, note: str = ""
) -> Outcome[PORecord]:
    """Book a delivery against a sent PO: each line's goods go into stock with what they cost, the average
    cost follows, and the PO becomes partly received or received; the goods go to waiting backorders
    oldest first (services/backorders.py)."""
    if not lines:
        raise ValidationError("receive_needs_lines")
    if len(note) > NOTE_MOST:
        raise ValidationError("note_too_long", most=NOTE_MOST)
    if len(lines) > LINES_MOST:
        raise ValidationError("po_too_many_lines", most=LINES_MOST)
    together: dict[str, Quantity] = defaultdict(int)
    for line in lines:
        if line.quantity <= 0:
            raise ValidationError("receive_quantity_not_positive", quantity=line.quantity)
        together[line.code.strip()] += line.quantity
        require_quantity(line.code, together[line.code.strip()])
        if line.unit_cost is not None:
            require_amount(line.unit_cost)
            if line.unit_cost < 0:
                raise ValidationError("unit_cost_negative", amount=line.unit_cost)

    def action(session: Session) -> Outcome[PORecord]:
        access.require(session, uow, Permission.RECEIVE_GOODS)
        po = po_by_number(session, number, lock=True)
        step = PURCHASE_ORDERS.require(po, POAction.RECEIVE)
        products = lookups.products_by_codes(session, [line.code for line in lines])
        by_product = {line.product_id: line for line in po.lines}
        place = session.get_one(Location, po.location_id)
        delivery = PurchaseDelivery(note=note.strip(), user=uow.user, created_at=uow.now())
        received: dict[int, int] = defaultdict(int)
        for given in lines:
            product = products[given.code]
            po_line = by_product.get(product.id)
            if po_line is None:
                raise ValidationError("receive_not_on_po", item=product.sku, number=po.number)
            units = to_units(product.sku, given.quantity, product.decimals)
            cost = po_line.unit_cost_minor if given.unit_cost is None else to_minor(given.unit_cost)
            level = level_for(session, product, place)
            change = level_change(
                step.stock,
                units,
                level.on_hand,
                level.reserved,
                0,
                product.sku,
                level.location.code,
                product.allow_backorder,
                product.decimals,
            )
            average_in(session, product, units, cost)
            post(
                session,
                uow,
                level,
                Posting(
                    change.kind or MovementKind.RECEIPT,
                    change.on_hand,
                    unit_cost_minor=cost,
                    reason=po.number,
                ),
            )
            po_line.received += units
            received[product.id] += units
            delivery.lines.append(DeliveryLine(purchase_line=po_line, quantity=units, unit_cost_minor=cost))
        po.deliveries.append(delivery)
        summary = ", ".join(
            f"{by_product[pid].sku}:{from_units(units, by_product[pid].decimals)}"
            for pid, units in received.items()
        )
        _move(session, uow, po, step, "", detail=summary)
        session.flush()
        return Outcome(
            po_record(session, po), _changes(po) | Changes.for_stock(list(received)) | Changes(orders=True)
        )

    return uow.run(action, retry_integrity=True)


def cancel_po(uow: UnitOfWork, number: str, *, reason: str = "") -> Outcome[PORecord]:
    """Withdraw a PO before anything arrived: nothing of it is on order any more."""
    return _close(uow, number, POAction.CANCEL, reason)


def close_po(uow: UnitOfWork, number: str, *, reason: str = "") -> Outcome[PORecord]:
    """The rest of a partly received PO will not come: closed short, nothing more on order."""
    return _close(uow, number, POAction.CLOSE, reason)


def _close(uow: UnitOfWork, number: str, what: POAction, reason: str) -> Outcome[PORecord]:
    if len(reason) > NOTE_MOST:
        raise ValidationError("note_too_long", most=NOTE_MOST)

    def action(session: Session) -> Outcome[PORecord]:
        approver = access.require(session, uow, Permission.PURCHASE)
        po = po_by_number(session, number, lock=True)
        step = PURCHASE_ORDERS.require(po, what)
        _move(session, uow, po, step, approver, detail=reason.strip())
        session.flush()
        return Outcome(po_record(session, po), _changes(po))

    return uow.run(action)


def _changes(po: PurchaseOrder) -> Changes:
    return Changes.of(PURCHASE_ORDERS_KIND, [po.id]) | Changes.for_stock(
        [line.product_id for line in po.lines]
    )


def po_record(session: Session, po: PurchaseOrder) -> PORecord:
    location = session.get_one(Location, po.location_id)
    lines = [
        POLineRecord(
            line_no=line.line_no,
            sku=line.sku,
            name=line.name,
            supplier_sku=line.supplier_sku,
            decimals=line.decimals,
            quantity=from_units(line.quantity, line.decimals),
            received=from_units(line.received, line.decimals),
            outstanding=from_units(
                line.outstanding if po.state in OPEN_STATES or po.state is POState.DRAFT else 0, line.decimals
            ),
            over=from_units(max(line.received - line.quantity, 0), line.decimals),
            unit_cost=from_minor(line.unit_cost_minor),
            total=from_minor(amount_for(line.quantity, line.unit_cost_minor, line.decimals)),
        )
        for line in po.lines
    ]
    deliveries = [
        DeliveryRecord(
            id=d.id,
            at=d.created_at,
            user=d.user,
            note=d.note,
            lines=[
                (
                    dl.purchase_line.sku,
                    from_units(dl.quantity, dl.purchase_line.decimals),
                    from_minor(dl.unit_cost_minor),
                )
                for dl in d.lines
            ],
        )
        for d in po.deliveries
    ]
    return PORecord(
        number=po.number,
        state=po.state.value,
        supplier_code=po.supplier.code,
        supplier_name=po.supplier.name,
        location=location.code,
        currency=po.currency,
        total=from_minor(po.total_minor),
        notes=po.notes,
        user=po.user,
        created_at=po.created_at,
        sent_at=po.sent_at,
        received_at=po.received_at,
        closed_at=po.closed_at,
        lines=lines,
        deliveries=deliveries,
        allowed=[a for a in PURCHASE_ORDERS.allowed(po)],
    )


def get_po(uow: UnitOfWork, number: str) -> PORecord:
    with uow.read() as session:
        return po_record(session, po_by_number(session, number))


def line_codes(uow: UnitOfWork, number: str) -> dict[str, str]:
    """What a scanner may read for each product on a PO: its barcode and its SKU, each to the SKU (for
    receiving by scan without asking the database per scan)."""
    with uow.read() as session:
        po = po_by_number(session, number)
        rows = session.execute(
            select(Product.sku, Product.barcode)
            .join(PurchaseLine, PurchaseLine.product_id == Product.id)
            .where(PurchaseLine.purchase_order_id == po.id)
        ).all()
    codes: dict[str, str] = {}
    for sku, barcode in rows:
        codes[sku] = sku
        if barcode:
            codes[barcode] = sku
    return codes


def list_pos(
    uow: UnitOfWork, *, status: str | None = None, supplier: str | None = None, limit: int = 500
) -> list[POSummary]:
    """POs newest first, of one state or supplier when given."""
    if status is not None and status not in {s.value for s in POState}:
        raise ValidationError(
            "po_status_unknown", status=status[:40], choices=", ".join(s.value for s in POState)
        )
    with uow.read() as session:
        counts = (
            select(PurchaseLine.purchase_order_id, func.count().label("n"))
            .group_by(PurchaseLine.purchase_order_id)
            .subquery()
        )
        query = select(PurchaseOrder, func.coalesce(counts.c.n, 0)).outerjoin(
            counts, counts.c.purchase_order_id == PurchaseOrder.id
        )
        if status is not None:
            query = query.where(PurchaseOrder.state == POState(status))
        if supplier:
            query = query.where(PurchaseOrder.supplier_id == supplier_by_code(session, supplier).id)
        rows = session.execute(query.order_by(PurchaseOrder.id.desc()).limit(limit)).all()
        return [
            POSummary(
                number=po.number,
                state=po.state.value,
                supplier_code=po.supplier.code,
                supplier_name=po.supplier.name,
                lines=int(n),
                total=from_minor(po.total_minor),
                created_at=po.created_at,
                sent_at=po.sent_at,
            )
            for po, n in rows
        ]
