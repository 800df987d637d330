"""Changing an order until all of it has left: lines added, removed or changed (quantity, price, discount)
and the ship-to, in one transaction by the table's `edit` row.

A confirmed order holds its new quantities at once (more reserved, refused when short; less released); a
line cannot go below what was shipped of it. Lines are priced by the one rule (services/sale_lines.py) and
lowered prices pass the price authority as at the counter; what the order leaves unpaid passes the credit
check again. The history row says what changed, before and after; a paid order whose total drops owes the
difference back (OrderDetail.owed_back), refunded with `order refund`.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, OrderLine
from oms_desktop.domain.bounds import require_amount, require_quantity, require_total
from oms_desktop.domain.errors import OutOfStock, ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order import Lifecycle
from oms_desktop.domain.order_workflow import Action, require
from oms_desktop.domain.pricing import require_discount_within
from oms_desktop.domain.quantity import Quantity, amount_for, from_units, to_units
from oms_desktop.domain.ship_to import require_shippable
from oms_desktop.services import audit_trail, credit_control, lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.order_detail import order_detail
from oms_desktop.services.order_moves import apply
from oms_desktop.services.orders import LineRequest
from oms_desktop.services.price_authority import reductions, require_reductions
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale_lines import sale_line


@dataclass(frozen=True)
class LineChange:
    """A product's line as it should be: added when the order has none, else changed. A price or discount
    left None keeps the line's (a new line: the customer's price, no discount); quantity 0 removes it."""

    code: str  # SKU or barcode
    quantity: Quantity
    unit_price: Decimal | None = None
    discount: Decimal | None = None


@dataclass(frozen=True)
class OrderEdit:
    set_lines: Sequence[LineChange] = ()
    remove: Sequence[str] = ()  # SKUs or barcodes
    ship_to: str | None = None
    reason: str = ""  # why prices were lowered, kept with their audit rows


def _validate(change: OrderEdit) -> None:
    if not change.set_lines and not change.remove and change.ship_to is None:
        raise ValidationError("edit_nothing")
    for ln in change.set_lines:
        if ln.quantity < 0:
            raise ValidationError("line_quantity_not_positive", item=ln.code, quantity=ln.quantity)
        if ln.quantity:
            require_quantity(ln.code, ln.quantity)
        for amount in (ln.unit_price, ln.discount):
            if amount is not None:
                require_amount(amount)
                if amount < 0:
                    raise ValidationError("line_price_negative", item=ln.code, amount=amount)


def edit_order(uow: UnitOfWork, number: str, change: OrderEdit) -> Outcome[OrderDetail]:
    """Change the order's lines and ship-to in one transaction; refused, with nothing written, when the
    order has left, a line would go below what was shipped of it, or the new quantities are not there."""
    _validate(change)

    def run(session: Session) -> Outcome[OrderDetail]:
        order = lookups.order_by_number(session, number, lock=True)
        require(order, Action.EDIT)
        before = _picture(order)
        held_before = {ln.id: ln.to_ship for ln in order.lines}
        products_before = {ln.id: ln.product_id for ln in order.lines}
        _remove(session, order, change.remove)
        _set(session, uow, order, change)
        if not order.lines:
            raise ValidationError("order_no_lines")
        order.recompute_totals()
        require_total(order.total_minor)
        if change.ship_to is not None:
            typed = change.ship_to
            order.ship_to = order.customer.ship_to(typed) if order.customer is not None else typed.strip()
            if order.lifecycle is Lifecycle.OPEN:  # its goods are promised: they must be able to go there
                require_shippable(order)
        after = _picture(order)
        if after == before:
            raise ValidationError("edit_nothing")
        if order.lifecycle is Lifecycle.OPEN:
            credit_control.require_for_order(session, uow, order, goods_leave=False)
        # What the order holds now against what it held: the differences are reserved or released.
        deltas: dict[int, int] = defaultdict(int)
        for line_id, held in held_before.items():
            deltas[products_before[line_id]] -= held
        for line in order.lines:
            deltas[line.product_id] += line.to_ship
        words = _difference(before, after)
        try:
            moved = apply(session, uow, order, Action.EDIT, detail=words, quantities=dict(deltas))
        except OutOfStock as short:
            raise _as_the_line_says(order, held_before, products_before, short) from None
        if all(line.to_ship == 0 for line in order.lines):
            # What was still to ship was taken off: what left already is the whole order.
            moved |= apply(session, uow, order, Action.SHIPPED_IN_FULL)
        audit_trail.record(
            session,
            uow,
            "order_edit",
            order.number,
            before=before.as_audit(),
            after=after.as_audit(),
            detail=words[:500],
        )
        session.flush()
        changes = Changes.for_order(order.id, moved, stock=bool(moved))
        if order.customer_id is not None:
            changes = changes | Changes(customers=True)
        return Outcome(order_detail(session, order), changes)

    return uow.run(run)


def _as_the_line_says(
    order: Order, held_before: dict[int, int], products_before: dict[int, int], short: OutOfStock
) -> OutOfStock:
    """The refusal in the line's own terms: the whole new quantity asked, against what is available plus what
    the order held already (the ledger was asked only for the difference)."""
    lines = [ln for ln in order.lines if ln.sku == short.sku]
    if not lines:
        return short
    product_id, decimals = lines[0].product_id, lines[0].decimals
    held = sum(q for line_id, q in held_before.items() if products_before[line_id] == product_id)
    asked = sum(ln.to_ship for ln in lines)
    return OutOfStock(
        short.sku,
        from_units(asked, decimals),
        Decimal(short.available) + from_units(held, decimals),
        short.location,
    )


def _lines_of(order: Order, product_id: int) -> list[OrderLine]:
    return [ln for ln in order.lines if ln.product_id == product_id]


def _remove(session: Session, order: Order, codes: Sequence[str]) -> None:
    if not codes:
        return
    products = lookups.products_by_codes(session, list(codes))
    for code in codes:
        product = products[code]
        lines = _lines_of(order, product.id)
        if not lines:
            raise ValidationError("edit_not_on_order", number=order.number, sku=product.sku)
        for line in lines:
            if line.shipped_quantity:
                raise ValidationError(
                    "edit_below_shipped",
                    number=order.number,
                    sku=line.sku,
                    shipped=from_units(line.shipped_quantity, line.decimals),
                )
            order.lines.remove(line)


def _set(session: Session, uow: UnitOfWork, order: Order, change: OrderEdit) -> None:
    if not change.set_lines:
        return
    products = lookups.products_by_codes(session, [ln.code for ln in change.set_lines])
    customer = order.customer
    wholesale = customer is not None and customer.wholesale
    lowered: list[LineRequest] = []
    for wanted in change.set_lines:
        product = products[wanted.code]
        lines = _lines_of(order, product.id)
        if len(lines) > 1:
            raise ValidationError("edit_product_twice", number=order.number, sku=product.sku)
        if not lines and wanted.quantity == 0:
            raise ValidationError("edit_not_on_order", number=order.number, sku=product.sku)
        if not lines:
            priced = sale_line(
                product,
                wanted.quantity,
                wanted.unit_price,
                wanted.discount or Decimal("0"),
                wholesale,
                order.tax_included,
            )
            order.lines.append(
                OrderLine(
                    line_no=max((ln.line_no for ln in order.lines), default=0) + 1,
                    product_id=product.id,
                    sku=priced.sku,
                    name=priced.name,
                    quantity=priced.quantity,
                    decimals=priced.decimals,
                    unit_price_minor=priced.unit_price_minor,
                    unit_cost_minor=priced.unit_cost_minor,
                    discount_minor=priced.discount_minor,
                    tax_rate_bp=priced.tax_rate_bp,
                    business_day=order.business_day,
                    sold=order.lifecycle in (Lifecycle.OPEN, Lifecycle.COMPLETED),
                )
            )
        else:
            line = lines[0]
            units = to_units(product.sku, wanted.quantity, line.decimals)
            if units < line.shipped_quantity:
                raise ValidationError(
                    "edit_below_shipped",
                    number=order.number,
                    sku=line.sku,
                    shipped=from_units(line.shipped_quantity, line.decimals),
                )
            if units == 0:
                order.lines.remove(line)
                continue
            line.quantity = units
            if wanted.unit_price is not None:
                line.unit_price_minor = to_minor(wanted.unit_price)
            if wanted.discount is not None:
                line.discount_minor = to_minor(wanted.discount)
            require_discount_within(
                line.sku, line.discount_minor, amount_for(units, line.unit_price_minor, line.decimals)
            )
        if wanted.unit_price is not None or wanted.discount:
            lowered.append(
                LineRequest(wanted.code, wanted.quantity, wanted.unit_price, wanted.discount or Decimal("0"))
            )
    require_reductions(session, uow, reductions(session, lowered, customer), order.number, change.reason)


@dataclass(frozen=True)
class _Picture:
    """An order's lines, ship-to and total at one moment, to compare and to say."""

    lines: tuple[tuple[str, Quantity, int, int], ...]  # sku, quantity, unit price, discount (minor)
    ship_to: str
    total_minor: int

    def as_audit(self) -> dict[str, object]:
        return {
            "lines": [
                f"{sku} {qty} @ {from_minor(price)}" + (f" -{from_minor(off)}" if off else "")
                for sku, qty, price, off in self.lines
            ],
            "ship_to": self.ship_to,
            "total": from_minor(self.total_minor),
        }


def _picture(order: Order) -> _Picture:
    return _Picture(
        tuple(
            (ln.sku, from_units(ln.quantity, ln.decimals), ln.unit_price_minor, ln.discount_minor)
            for ln in order.lines
        ),
        order.ship_to,
        order.total_minor,
    )


def _difference(before: _Picture, after: _Picture) -> str:
    """The history's words: "TEA 2 → 3; RICE removed; COFFEE added 1 @ 12.00; ship-to changed; total ..."."""
    old = {sku: (qty, price, off) for sku, qty, price, off in before.lines}
    new = {sku: (qty, price, off) for sku, qty, price, off in after.lines}
    said: list[str] = []
    for sku, (qty, price, off) in new.items():
        if sku not in old:
            said.append(f"{sku} added {qty} @ {from_minor(price)}")
            continue
        was_qty, was_price, was_off = old[sku]
        if qty != was_qty:
            said.append(f"{sku} {was_qty} → {qty}")
        if price != was_price:
            said.append(f"{sku} price {from_minor(was_price)} → {from_minor(price)}")
        if off != was_off:
            said.append(f"{sku} discount {from_minor(was_off)} → {from_minor(off)}")
    said += [f"{sku} removed" for sku in old if sku not in new]
    if after.ship_to != before.ship_to:
        said.append("ship-to changed")
    if after.total_minor != before.total_minor:
        said.append(f"total {from_minor(before.total_minor)} → {from_minor(after.total_minor)}")
    return "; ".join(said)
