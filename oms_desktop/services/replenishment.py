"""What to reorder, for the whole catalogue at once: each product's demand of the last 90 days, its
preferred supplier's terms, and its stock position, fed to the formulas of domain/replenishment.py.

Demand is read in two grouped queries (sales by product and day from the sales lines' covering index;
returns by product and day), never by loading orders. Stock position = available (on hand - reserved, all
locations) + on order (sent and partly received POs) + what draft POs already hold, so that a suggestion
turned into a draft is not suggested again.
"""

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork, day_number
from oms_desktop.domain import (
    OrderLine,
    Product,
    ProductSupplier,
    ReturnLine,
    SaleReturn,
    StockLevel,
    Supplier,
)
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.quantity import Quantity, from_units, to_units
from oms_desktop.domain.replenishment import WINDOW_DAYS, Demand, Plan, Terms, plan
from oms_desktop.domain.supplier import DEFAULT_LEAD_TIME_DAYS
from oms_desktop.services import lookups, on_order, purchase_orders, settings
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.suppliers import supplier_by_code


@dataclass(frozen=True)
class Suggestion:
    sku: str
    name: str
    unit: str
    decimals: int
    supplier_code: str  # "" when the product has no supplier
    supplier_name: str
    on_hand: Quantity
    available: Quantity
    on_order: Quantity
    in_draft: Quantity
    sale_days: int
    avg_daily_demand: float
    std_daily_demand: float
    lead_time_days: int
    z: float
    safety_stock: float | None
    reorder_point: float | None
    eoq: float | None
    suggested_qty: Quantity  # in the product's unit; 0: nothing to order
    pack_size: Quantity
    min_qty: Quantity
    unit_cost: Decimal
    order_cost: Decimal
    too_little_history: bool
    pinned: bool

    @property
    def needs_order(self) -> bool:
        return self.suggested_qty > 0


def demand_by_product(session: Session, first: int, last: int) -> dict[int, Demand]:
    """Net daily demand per product over the business days first..last (both included)."""
    days = _days_between(first, last)
    # Plain rows from the connection: the whole catalogue's demand is a few hundred thousand (product, day).
    conn = session.connection()
    net: dict[tuple[int, int], int] = {}
    sold = conn.execute(
        select(OrderLine.product_id, OrderLine.business_day, func.sum(OrderLine.quantity))
        .where(OrderLine.sold == true(), OrderLine.business_day >= first, OrderLine.business_day <= last)
        .group_by(OrderLine.product_id, OrderLine.business_day)
    )
    for pid, day, quantity in sold:
        net[(pid, day)] = int(quantity)
    back = conn.execute(
        select(ReturnLine.product_id, SaleReturn.business_day, func.sum(ReturnLine.quantity))
        .join(SaleReturn, SaleReturn.id == ReturnLine.return_id)
        .where(SaleReturn.business_day >= first, SaleReturn.business_day <= last)
        .group_by(ReturnLine.product_id, SaleReturn.business_day)
    )
    for pid, day, quantity in back:
        net[(pid, day)] = net.get((pid, day), 0) - int(quantity)
    scales = {
        pid: 10**d
        for pid, d in conn.execute(select(Product.id, Product.decimals).where(Product.decimals > 0))
    }
    sums: dict[int, list[float]] = {}
    for (pid, _), quantity in net.items():
        value = quantity / scales[pid] if pid in scales else float(quantity)
        acc = sums.get(pid)
        if acc is None:
            sums[pid] = [value, value * value, 1.0 if value > 0 else 0.0]
        else:
            acc[0] += value
            acc[1] += value * value
            acc[2] += value > 0
    return {
        pid: Demand(total, squares, int(sale_days), days) for pid, (total, squares, sale_days) in sums.items()
    }


def _days_between(first: int, last: int) -> int:
    def as_date(n: int) -> date:
        return date(n // 10000, n // 100 % 100, n % 100)

    return (as_date(last) - as_date(first)).days + 1


def window(today: date) -> tuple[int, int]:
    """The business days of the window that ends today (today included)."""
    return day_number(today - timedelta(days=WINDOW_DAYS - 1)), day_number(today)


class _Item(NamedTuple):
    """What replenishment reads of a product (columns, not entities: the whole catalogue is read at once)."""

    id: int
    sku: str
    name: str
    unit: str
    decimals: int
    cost_minor: int
    reorder_point: int
    reorder_pinned: bool


class _Terms(NamedTuple):
    supplier_code: str
    supplier_name: str
    order_cost_minor: int
    lead_time_days: int
    cost_minor: int
    pack_size: int
    min_qty: int


_ITEM_COLUMNS = (
    Product.id,
    Product.sku,
    Product.name,
    Product.unit,
    Product.decimals,
    Product.cost_minor,
    Product.reorder_point,
    Product.reorder_pinned,
)


def suggest(
    uow: UnitOfWork,
    *,
    supplier: str | None = None,
    today: date | None = None,
    only_needed: bool = False,
    codes: list[str] | None = None,
) -> list[Suggestion]:
    """The figures and the suggestion for every active product (of one supplier, or the given products),
    the ones to order first, then by SKU."""
    day = today or _today(uow)
    first, last = window(day)
    with uow.read() as session:
        shop = settings.load(session)
        products_q = select(*_ITEM_COLUMNS).where(Product.active.is_(True))
        only_supplier: Supplier | None = None
        if supplier:
            only_supplier = supplier_by_code(session, supplier)
            products_q = products_q.where(
                Product.id.in_(
                    select(ProductSupplier.product_id).where(ProductSupplier.supplier_id == only_supplier.id)
                )
            )
        if codes:
            products_q = products_q.where(
                Product.id.in_([p.id for p in lookups.products_by_codes(session, codes).values()])
            )
        products = [_Item(*row) for row in session.connection().execute(products_q.order_by(Product.sku))]
        terms = _terms(session, only_supplier)
        stock = {
            pid: (int(on_hand), int(reserved))
            for pid, on_hand, reserved in session.connection().execute(
                select(
                    StockLevel.product_id, func.sum(StockLevel.on_hand), func.sum(StockLevel.reserved)
                ).group_by(StockLevel.product_id)
            )
        }
        ordered = on_order.on_order(session)
        drafts = on_order.in_drafts(session)
        demand = demand_by_product(session, first, last)
    nothing = Demand(days=_days_between(first, last))
    rows = [
        _row(
            p,
            terms.get(p.id),
            stock.get(p.id, (0, 0)),
            ordered.get(p.id, 0),
            drafts.get(p.id, 0),
            demand.get(p.id, nothing),
            shop.service_level,
            shop.holding_cost_rate,
        )
        for p in products
    ]
    if only_needed:
        rows = [r for r in rows if r.needs_order]
    rows.sort(key=lambda r: (not r.needs_order, r.sku))
    return rows


def _today(uow: UnitOfWork) -> date:
    n = uow.business_day()
    return date(n // 10000, n // 100 % 100, n % 100)


def _terms(session: Session, only: Supplier | None) -> dict[int, _Terms]:
    """Each product's terms: at the given supplier, else at its preferred one."""
    query = select(
        ProductSupplier.product_id,
        Supplier.code,
        Supplier.name,
        Supplier.order_cost_minor,
        func.coalesce(ProductSupplier.lead_time_days, Supplier.lead_time_days),
        ProductSupplier.cost_minor,
        ProductSupplier.pack_size,
        ProductSupplier.min_qty,
    ).join(Supplier, Supplier.id == ProductSupplier.supplier_id)
    if only is not None:
        query = query.where(ProductSupplier.supplier_id == only.id)
    else:
        query = query.where(ProductSupplier.preferred == true())
    return {row[0]: _Terms(*row[1:]) for row in session.connection().execute(query)}


def _row(
    product: _Item,
    terms: _Terms | None,
    stock: tuple[int, int],
    on_order: int,
    in_draft: int,
    demand: Demand,
    service_level: Decimal,
    holding_rate: Decimal,
) -> Suggestion:
    d = product.decimals
    scale = 10**d
    on_hand, reserved = stock
    lead = terms.lead_time_days if terms is not None else DEFAULT_LEAD_TIME_DAYS
    order_cost = from_minor(terms.order_cost_minor) if terms is not None else Decimal(0)
    cost_minor = product.cost_minor or (terms.cost_minor if terms is not None else 0)
    unit_cost = from_minor(cost_minor)
    pack = terms.pack_size if terms is not None else 1
    least = terms.min_qty if terms is not None else 0
    figures: Plan = plan(
        demand,
        Terms(
            lead_time_days=lead,
            order_cost=order_cost,
            unit_cost=unit_cost,
            pack_size=pack,
            min_qty=least,
            service_level=service_level,
            holding_rate=holding_rate,
        ),
        position=(on_hand - reserved + on_order + in_draft) / scale,
        decimals=d,
        pinned_reorder_point=product.reorder_point / scale if product.reorder_pinned else None,
    )
    return Suggestion(
        sku=product.sku,
        name=product.name,
        unit=product.unit,
        decimals=d,
        supplier_code=terms.supplier_code if terms is not None else "",
        supplier_name=terms.supplier_name if terms is not None else "",
        on_hand=from_units(on_hand, d),
        available=from_units(on_hand - reserved, d),
        on_order=from_units(on_order, d),
        in_draft=from_units(in_draft, d),
        sale_days=demand.sale_days,
        avg_daily_demand=figures.avg_daily_demand,
        std_daily_demand=figures.std_daily_demand,
        lead_time_days=lead,
        z=figures.z,
        safety_stock=figures.safety_stock,
        reorder_point=figures.reorder_point,
        eoq=figures.eoq,
        suggested_qty=from_units(figures.suggested_units, d),
        pack_size=from_units(pack, d),
        min_qty=from_units(least, d),
        unit_cost=unit_cost,
        order_cost=order_cost,
        too_little_history=figures.too_little_history,
        pinned=figures.pinned,
    )


@dataclass(frozen=True)
class CreatedPOs:
    purchase_orders: list[purchase_orders.PORecord]
    without_supplier: list[str]  # SKUs to order that have no supplier to order from


def create_pos(
    uow: UnitOfWork,
    *,
    supplier: str | None = None,
    today: date | None = None,
    codes: list[str] | None = None,
) -> Outcome[CreatedPOs]:
    """Turn the suggestions (of every product, or of the given ones: a rule's low product) into draft POs,
    one per preferred supplier: a supplier's open draft is extended rather than a second one made."""
    wanted = [s for s in suggest(uow, supplier=supplier, today=today, only_needed=True, codes=codes)]
    by_supplier: dict[str, list[purchase_orders.POLineInput]] = defaultdict(list)
    missing: list[str] = []
    for s in wanted:
        if not s.supplier_code:
            missing.append(s.sku)
            continue
        by_supplier[s.supplier_code].append(purchase_orders.POLineInput(s.sku, s.suggested_qty))
    made: list[purchase_orders.PORecord] = []
    changes = Changes()
    for code, lines in sorted(by_supplier.items()):
        draft = next(iter(purchase_orders.list_pos(uow, status="draft", supplier=code, limit=1)), None)
        if draft is not None:
            outcome = purchase_orders.add_to_draft(uow, draft.number, lines)
        else:
            outcome = purchase_orders.create_po(uow, code, lines)
        made.append(outcome.value)
        changes = changes | outcome.changes
    return Outcome(CreatedPOs(made, missing), changes)


def pin_reorder_point(uow: UnitOfWork, sku: str, quantity: Quantity | None) -> Outcome[Suggestion]:
    """The owner's own reorder point for a product (None: let replenishment compute it again)."""
    if quantity is not None and quantity < 0:
        raise ValidationError("reorder_point_negative", sku=sku.strip()[:64])

    def action(session: Session) -> Outcome[None]:
        product = lookups.product_by_code(session, sku)
        if quantity is None:
            product.reorder_pinned = False
        else:
            product.reorder_point = to_units(product.sku, quantity, product.decimals)
            product.reorder_pinned = True
        session.flush()
        return Outcome(None, Changes(products=True, product_ids=[product.id]))

    done = uow.run(action)
    row = suggest(uow, codes=[sku])[0]
    return Outcome(row, done.changes)


def whole(value: float | None, decimals: int) -> str:
    """A figure as people read it: two places (three for weighed goods), '' when there is none."""
    if value is None or math.isnan(value):
        return ""
    return f"{value:.{max(decimals, 2)}f}"


def refresh_reorder_points(uow: UnitOfWork, *, today: date | None = None) -> Outcome[int]:
    """Write each computed reorder point (rounded up to the product's unit) on the products the owner did
    not pin, so that the low-stock marks everywhere follow the demand; products with too little history
    keep theirs. Returns how many changed."""
    rows = suggest(uow, today=today)

    def action(session: Session) -> Outcome[int]:
        products = {
            p.sku: p for p in session.scalars(select(Product).where(Product.reorder_pinned.is_(False)))
        }
        changed: list[int] = []
        for row in rows:
            product = products.get(row.sku)
            if product is None or row.reorder_point is None:
                continue
            units = math.ceil(round(row.reorder_point * 10**product.decimals, 6))
            if units != product.reorder_point:
                product.reorder_point = units
                changed.append(product.id)
        session.flush()
        return Outcome(len(changed), Changes(products=True, product_ids=changed) if changed else Changes())

    return uow.run(action)
