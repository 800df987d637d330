"""Stock actions: receive, adjust, transfer; and the per-location stock and ledger views.

Quantities come and go in the product's unit (0.255 kg); the ledger keeps them in its smallest unit
(domain/quantity.py)."""

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Location, MovementKind, Order, Product, StockLevel, StockMovement
from oms_desktop.domain.bounds import require_amount, require_quantity
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.quantity import Quantity, from_units, to_units
from oms_desktop.services import access, audit_trail, lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.on_order import on_order_at
from oms_desktop.services.records import MovementRecord, StockLevelRecord
from oms_desktop.services.stock_ledger import Posting, level_for, post


def _positive(quantity: Quantity, code: str, item: str) -> None:
    if quantity <= 0:
        raise ValidationError(code, quantity=quantity)
    require_quantity(item, quantity)


def receive(
    uow: UnitOfWork,
    code: str,
    quantity: Quantity,
    *,
    location: str | None = None,
    unit_cost: Decimal | None = None,
) -> Outcome[StockLevelRecord]:
    """Book goods in: on hand goes up and the ledger records a receipt (with its cost when known)."""
    _positive(quantity, "receive_quantity_not_positive", code)
    if unit_cost is not None:
        require_amount(unit_cost)
    if unit_cost is not None and unit_cost < 0:
        raise ValidationError("unit_cost_negative", amount=unit_cost)

    def action(session: Session) -> Outcome[StockLevelRecord]:
        product = lookups.product_by_code(session, code)
        level = level_for(session, product, lookups.location_by_code(session, location))
        cost = None if unit_cost is None else to_minor(unit_cost)
        units = to_units(product.sku, quantity, product.decimals)
        post(session, uow, level, Posting(MovementKind.RECEIPT, units, unit_cost_minor=cost))
        session.flush()
        return Outcome(level_record(level), Changes.for_stock([product.id]))

    return uow.run(action, retry_integrity=True)


def adjust(
    uow: UnitOfWork, code: str, change: Quantity, *, reason: str, location: str | None = None
) -> Outcome[StockLevelRecord]:
    """Correct on hand by `delta` (a count, breakage, theft); a reason is required."""
    if change == 0:
        raise ValidationError("adjustment_zero")
    require_quantity(code, -change if change < 0 else change)
    if not reason.strip():
        raise ValidationError("adjustment_needs_reason")

    def action(session: Session) -> Outcome[StockLevelRecord]:
        product = lookups.product_by_code(session, code)
        level = level_for(session, product, lookups.location_by_code(session, location))
        delta = to_units(product.sku, change, product.decimals)
        if level.on_hand + delta < 0:
            raise ValidationError(
                "adjustment_below_zero",
                sku=product.sku,
                delta=change,
                after=from_units(level.on_hand + delta, product.decimals),
                location=level.location.code,
                on_hand=from_units(level.on_hand, product.decimals),
            )
        approver = access.require(session, uow, Permission.ADJUST_STOCK)
        before = level.on_hand
        post(session, uow, level, Posting(MovementKind.ADJUSTMENT, delta, reason=reason.strip()))
        session.flush()
        audit_trail.record(
            session,
            uow,
            "stock_adjust",
            product.sku,
            before={"on_hand": from_units(before, product.decimals), "location": level.location.code},
            after={"on_hand": from_units(level.on_hand, product.decimals), "location": level.location.code},
            detail=reason.strip(),
            approver=approver,
        )
        return Outcome(level_record(level), Changes.for_stock([product.id]))

    return uow.run(action, retry_integrity=True)


def transfer(
    uow: UnitOfWork, code: str, quantity: Quantity, *, source: str, target: str
) -> Outcome[list[StockLevelRecord]]:
    """Move stock between locations: one transfer-out and one transfer-in row, in one transaction."""
    _positive(quantity, "transfer_quantity_not_positive", code)

    def action(session: Session) -> Outcome[list[StockLevelRecord]]:
        product = lookups.product_by_code(session, code)
        src_loc = lookups.location_by_code(session, source)
        dst_loc = lookups.location_by_code(session, target)
        if src_loc.id == dst_loc.id:
            raise ValidationError("transfer_same_location", location=src_loc.code)
        src = level_for(session, product, src_loc)
        dst = level_for(session, product, dst_loc)
        units = to_units(product.sku, quantity, product.decimals)
        if units > src.available:
            # Backorders never apply to transfers: stock that is not there cannot be moved.
            raise ValidationError(
                "transfer_short",
                quantity=quantity,
                sku=product.sku,
                location=src_loc.code,
                available=from_units(max(src.available, 0), product.decimals),
            )
        reason = f"{src_loc.code} -> {dst_loc.code}"
        post(session, uow, src, Posting(MovementKind.TRANSFER_OUT, -units, reason=reason))
        post(session, uow, dst, Posting(MovementKind.TRANSFER_IN, units, reason=reason))
        session.flush()
        return Outcome([level_record(src), level_record(dst)], Changes.for_stock([product.id]))

    return uow.run(action, retry_integrity=True)


def level_record(level: StockLevel, ordered: int = 0) -> StockLevelRecord:
    return StockLevelRecord(
        product_id=level.product_id,
        sku=level.product.sku,
        name=level.product.name,
        location_code=level.location.code,
        location_name=level.location.name,
        on_hand=from_units(level.on_hand, level.product.decimals),
        reserved=from_units(level.reserved, level.product.decimals),
        reorder_point=from_units(level.product.reorder_point, level.product.decimals),
        version=level.version,
        decimals=level.product.decimals,
        on_order=from_units(ordered, level.product.decimals),
    )


def stock_levels(
    uow: UnitOfWork, code: str | None = None, *, low_only: bool = False, limit: int | None = None
) -> list[StockLevelRecord]:
    """On hand, reserved and available per product and location (one product when `code` is given)."""
    with uow.read() as session:
        query = select(StockLevel).join(StockLevel.product).join(StockLevel.location)
        if code:
            query = query.where(StockLevel.product_id == lookups.product_by_code(session, code).id)
        if low_only:
            query = query.where(StockLevel.on_hand - StockLevel.reserved < Product.reorder_point)
        query = query.order_by(Product.sku, Location.id)
        if limit is not None:
            query = query.limit(limit)
        levels = list(session.scalars(query))
        ordered = on_order_at(session, {level.product_id for level in levels})
        return [level_record(lv, ordered.get((lv.product_id, lv.location_id), 0)) for lv in levels]


def movements(uow: UnitOfWork, code: str, *, limit: int = 500) -> list[MovementRecord]:
    """A product's ledger, newest first."""
    with uow.read() as session:
        product = lookups.product_by_code(session, code)
        order = aliased(Order)
        rows = session.execute(
            select(StockMovement, Location.code, order.number)
            .join(Location, Location.id == StockMovement.location_id)
            .outerjoin(order, order.id == StockMovement.order_id)
            .where(StockMovement.product_id == product.id)
            .order_by(StockMovement.id.desc())
            .limit(limit)
        ).all()
        return [
            MovementRecord(
                id=m.id,
                at=m.created_at,
                sku=product.sku,
                location_code=loc,
                kind=m.kind.value,
                quantity=from_units(m.quantity, product.decimals),
                unit_cost=None if m.unit_cost_minor is None else from_minor(m.unit_cost_minor),
                reason=m.reason,
                order_number=number,
                user=m.user,
            )
            for m, loc, number in rows
        ]
