"""`db check`: the database's own integrity check and the invariants the ledger promises."""

from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    AuditRecord,
    Customer,
    DeliveryLine,
    Lifecycle,
    Order,
    OrderLine,
    Payment,
    PaymentKind,
    Product,
    PurchaseLine,
    PurchaseOrder,
    ReturnLine,
    SaleReturn,
    StockLevel,
    StockMovement,
    StoreCreditMove,
)
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order_workflow import HOLDING, status_of
from oms_desktop.domain.quantity import amount_for_sql, counted_units_sql
from oms_desktop.services import audit_trail, till_reports


@dataclass(frozen=True)
class Problem:
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


def check(uow: UnitOfWork, *, limit_per_kind: int = 20, quick: bool = False) -> list[Problem]:
    """Every problem found; an empty list means the database is sound. Damage the file cannot hide is a
    finding too, never an error."""
    try:
        return _check(uow, limit_per_kind, quick)
    except DatabaseRefused as exc:
        return [Problem("integrity", str(exc))]
    except DBAPIError as exc:
        return [
            Problem("integrity", f"the database cannot be read to the end: {str(exc.orig).splitlines()[0]}")
        ]


def _check(uow: UnitOfWork, limit_per_kind: int, quick: bool) -> list[Problem]:
    with uow.read() as session:
        problems = _integrity(session, quick)
        if problems or quick:
            return problems
        for finder in (
            _ledger_mismatch,
            _reservation_mismatch,
            _negative_stock,
            _order_totals,
            _paid_cache,
            _store_credit,
            _merged_customers,
            _purchases,
            _returned,
            _status,
            _sales_columns,
            _audit_chain,
            _z_reports,
        ):
            problems.extend(finder(session, limit_per_kind))
        return problems


def _integrity(session: Session, quick: bool = False) -> list[Problem]:
    if session.get_bind().dialect.name != "sqlite":
        return []
    # quick_check skips the indexes' agreement with their tables: linear, not N log N.
    rows = [r[0] for r in session.execute(text("PRAGMA quick_check" if quick else "PRAGMA integrity_check"))]
    problems = [Problem("integrity", r) for r in rows if r != "ok"]
    problems += [
        Problem("foreign key", f"{r[0]} row {r[1]} points at a missing {r[2]}")
        for r in session.execute(text("PRAGMA foreign_key_check"))
    ]
    return problems


def _ledger_mismatch(session: Session, limit: int) -> list[Problem]:
    ledger = (
        select(
            StockMovement.product_id, StockMovement.location_id, func.sum(StockMovement.quantity).label("qty")
        )
        .group_by(StockMovement.product_id, StockMovement.location_id)
        .subquery()
    )
    rows = session.execute(
        select(Product.sku, StockLevel.location_id, StockLevel.on_hand, func.coalesce(ledger.c.qty, 0))
        .join(Product, Product.id == StockLevel.product_id)
        .outerjoin(
            ledger,
            and_(
                ledger.c.product_id == StockLevel.product_id, ledger.c.location_id == StockLevel.location_id
            ),
        )
        .where(StockLevel.on_hand != func.coalesce(ledger.c.qty, 0))
        .limit(limit)
    ).all()
    orphan = session.execute(
        select(StockMovement.product_id, StockMovement.location_id)
        .outerjoin(
            StockLevel,
            and_(
                StockLevel.product_id == StockMovement.product_id,
                StockLevel.location_id == StockMovement.location_id,
            ),
        )
        .where(StockLevel.id.is_(None))
        .distinct()
        .limit(limit)
    ).all()
    return [
        Problem("ledger", f"{sku} at location {loc}: on hand {on_hand} but the ledger sums to {qty}")
        for sku, loc, on_hand, qty in rows
    ] + [
        Problem("ledger", f"product {p} at location {loc} has movements but no stock level")
        for p, loc in orphan
    ]


def _reservation_mismatch(session: Session, limit: int) -> list[Problem]:
    open_lines = (
        select(
            Order.location_id,
            OrderLine.product_id,
            func.sum(OrderLine.quantity - OrderLine.shipped_quantity).label("qty"),
        )
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.lifecycle == Lifecycle.OPEN)
        .where(Order.fulfilment_state.in_(HOLDING))
        .group_by(Order.location_id, OrderLine.product_id)
        .subquery()
    )
    rows = session.execute(
        select(Product.sku, StockLevel.location_id, StockLevel.reserved, func.coalesce(open_lines.c.qty, 0))
        .join(Product, Product.id == StockLevel.product_id)
        .outerjoin(
            open_lines,
            and_(
                open_lines.c.product_id == StockLevel.product_id,
                open_lines.c.location_id == StockLevel.location_id,
            ),
        )
        .where(StockLevel.reserved != func.coalesce(open_lines.c.qty, 0))
        .limit(limit)
    ).all()
    return [
        Problem("reserved", f"{sku} at location {loc}: reserved {res} but open orders need {qty}")
        for sku, loc, res, qty in rows
    ]


def _negative_stock(session: Session, limit: int) -> list[Problem]:
    # Reserved above on hand is a shortage the shop must resolve (a count found less than was promised),
    # not damage: only negative on-hand for a product that does not allow backorders is.
    rows = session.execute(
        select(Product.sku, StockLevel.location_id, StockLevel.on_hand)
        .join(Product, Product.id == StockLevel.product_id)
        .where(Product.allow_backorder.is_(False))
        .where(StockLevel.on_hand < 0)
        # A manager's sale beyond the book stock (audited) is a shortfall the next count settles, not a bug.
        .where(Product.sku.not_in(select(AuditRecord.subject).where(AuditRecord.action == "sell_short")))
        .limit(limit)
    ).all()
    return [Problem("oversold", f"{sku} at location {loc}: on hand is {on}") for sku, loc, on in rows]


def _order_totals(session: Session, limit: int) -> list[Problem]:
    sums = (
        select(
            OrderLine.order_id,
            func.sum(OrderLine.total_minor).label("total"),
            func.sum(OrderLine.tax_minor).label("tax"),
        )
        .group_by(OrderLine.order_id)
        .subquery()
    )
    rows = session.execute(
        select(Order.number, Order.total_minor, sums.c.total)
        .join(sums, sums.c.order_id == Order.id)
        .where((Order.total_minor != sums.c.total) | (Order.tax_minor != sums.c.tax))
        .limit(limit)
    ).all()
    return [Problem("totals", f"{n}: total {t} but its lines sum to {s}") for n, t, s in rows]


def _paid_cache(session: Session, limit: int) -> list[Problem]:
    pays = (
        select(Payment.order_id, func.sum(Payment.amount_minor).label("amt"))
        .where(Payment.kind == PaymentKind.PAYMENT)
        .group_by(Payment.order_id)
        .subquery()
    )
    refunds = (
        select(Payment.order_id, func.sum(Payment.amount_minor).label("amt"))
        .where(Payment.kind == PaymentKind.REFUND)
        .group_by(Payment.order_id)
        .subquery()
    )
    net = func.coalesce(pays.c.amt, 0) - func.coalesce(refunds.c.amt, 0)
    rows = session.execute(
        select(Order.number, Order.paid_minor, net)
        .outerjoin(pays, pays.c.order_id == Order.id)
        .outerjoin(refunds, refunds.c.order_id == Order.id)
        .where(Order.paid_minor != net)
        .limit(limit)
    ).all()
    return [Problem("payments", f"{n}: paid {p} recorded but payments net to {s}") for n, p, s in rows]


def _store_credit(session: Session, limit: int) -> list[Problem]:
    """Each customer's store credit balance is the sum of their credit ledger."""
    ledger = (
        select(StoreCreditMove.customer_id, func.sum(StoreCreditMove.amount_minor).label("amt"))
        .group_by(StoreCreditMove.customer_id)
        .subquery()
    )
    summed = func.coalesce(ledger.c.amt, 0)
    rows = session.execute(
        select(Customer.code, Customer.store_credit_minor, summed)
        .outerjoin(ledger, ledger.c.customer_id == Customer.id)
        .where(Customer.store_credit_minor != summed)
        .limit(limit)
    ).all()
    return [
        Problem("store credit", f"{code}: balance {from_minor(b)} but its ledger sums to {from_minor(s)}")
        for code, b, s in rows
    ]


def _merged_customers(session: Session, limit: int) -> list[Problem]:
    """A customer merged into another keeps nothing (services/customer_merge.py): no orders, returns or
    store credit, and the one it became is not merged itself."""
    into = aliased(Customer)
    problems = [
        Problem("merged customer", f"{code} was merged into {other}, which was merged too")
        for code, other in session.execute(
            select(Customer.code, into.code)
            .join(into, into.id == Customer.merged_into_id)
            .where(into.merged_into_id.is_not(None))
            .limit(limit)
        )
    ]
    for what, entity, column in (
        ("orders", Order, Order.customer_id),
        ("returns", SaleReturn, SaleReturn.customer_id),
    ):
        rows = session.execute(
            select(Customer.code, func.count())
            .join(entity, column == Customer.id)
            .where(Customer.merged_into_id.is_not(None))
            .group_by(Customer.code)
            .limit(limit)
        )
        problems += [
            Problem("merged customer", f"{code} was merged but still has {what}: {n}") for code, n in rows
        ]
    for code, balance in session.execute(
        select(Customer.code, Customer.store_credit_minor)
        .where(Customer.merged_into_id.is_not(None), Customer.store_credit_minor != 0)
        .limit(limit)
    ):
        left = f"{code} was merged but still has {from_minor(balance)} of store credit"
        problems.append(Problem("merged customer", left))
    return problems


def _purchases(session: Session, limit: int) -> list[Problem]:
    """What each purchase line says arrived is the sum of its deliveries."""
    delivered = (
        select(DeliveryLine.purchase_line_id, func.sum(DeliveryLine.quantity).label("qty"))
        .group_by(DeliveryLine.purchase_line_id)
        .subquery()
    )
    summed = func.coalesce(delivered.c.qty, 0)
    rows = session.execute(
        select(PurchaseOrder.number, PurchaseLine.sku, PurchaseLine.received, summed)
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseLine.purchase_order_id)
        .outerjoin(delivered, delivered.c.purchase_line_id == PurchaseLine.id)
        .where(PurchaseLine.received != summed)
        .limit(limit)
    ).all()
    return [
        Problem("purchases", f"{n} {sku}: {r} received recorded, its deliveries sum to {q}")
        for n, sku, r, q in rows
    ]


def _returned(session: Session, limit: int) -> list[Problem]:
    """What an order's returns took back agrees with the order and its lines."""
    by_order = (
        select(SaleReturn.order_id, func.sum(SaleReturn.total_minor).label("amt"))
        .group_by(SaleReturn.order_id)
        .subquery()
    )
    orders = session.execute(
        select(Order.number, Order.returned_minor, func.coalesce(by_order.c.amt, 0))
        .outerjoin(by_order, by_order.c.order_id == Order.id)
        .where(Order.returned_minor != func.coalesce(by_order.c.amt, 0))
        .limit(limit)
    ).all()
    by_line = (
        select(ReturnLine.order_line_id, func.sum(ReturnLine.quantity).label("qty"))
        .group_by(ReturnLine.order_line_id)
        .subquery()
    )
    lines = session.execute(
        select(Order.number, OrderLine.sku, OrderLine.returned_quantity, func.coalesce(by_line.c.qty, 0))
        .join(Order, Order.id == OrderLine.order_id)
        .outerjoin(by_line, by_line.c.order_line_id == OrderLine.id)
        .where(
            or_(
                OrderLine.returned_quantity != func.coalesce(by_line.c.qty, 0),
                OrderLine.returned_quantity > OrderLine.quantity,
            )
        )
        .limit(limit)
    ).all()
    return [
        Problem("returns", f"{n}: {from_minor(r)} returned recorded but its returns sum to {from_minor(s)}")
        for n, r, s in orders
    ] + [
        Problem("returns", f"{n} {sku}: {r} returned recorded of a line, its returns say {q}")
        for n, sku, r, q in lines
    ]


def _status(session: Session, limit: int) -> list[Problem]:
    problems = []
    combos = session.execute(
        select(
            Order.lifecycle, Order.payment_state, Order.fulfilment_state, Order.status, func.min(Order.number)
        ).group_by(Order.lifecycle, Order.payment_state, Order.fulfilment_state, Order.status)
    ).all()
    for lifecycle, payment, fulfilment, status, example in combos:
        expected = status_of(lifecycle, payment, fulfilment)
        if status is not expected:
            problems.append(Problem("status", f"{example} and others: status {status} should be {expected}"))
    return problems[:limit]


def _sales_columns(session: Session, limit: int) -> list[Problem]:
    """The report columns copied onto orders and lines agree with the lines and the order's lifecycle."""
    sums = (
        select(
            OrderLine.order_id,
            func.sum(counted_units_sql(OrderLine.quantity, OrderLine.decimals)).label("units"),
            func.sum(amount_for_sql(OrderLine.quantity, OrderLine.unit_cost_minor, OrderLine.decimals)).label(
                "cost"
            ),
        )
        .group_by(OrderLine.order_id)
        .subquery()
    )
    rows = session.execute(
        select(Order.number, Order.units, sums.c.units, Order.cost_minor, sums.c.cost)
        .join(sums, sums.c.order_id == Order.id)
        .where((Order.units != sums.c.units) | (Order.cost_minor != sums.c.cost))
        .limit(limit)
    ).all()
    problems = [
        Problem("totals", f"{n}: units {u} / cost {c} but its lines sum to {su} / {sc}")
        for n, u, su, c, sc in rows
    ]
    is_sale = Order.lifecycle.in_([Lifecycle.OPEN, Lifecycle.COMPLETED])
    lines = session.execute(
        select(Order.number, OrderLine.line_no)
        .join(Order, Order.id == OrderLine.order_id)
        .where((OrderLine.sold != is_sale) | (OrderLine.business_day != Order.business_day))
        .limit(limit)
    ).all()
    problems += [
        Problem("sales", f"{n} line {ln}: sale flag or business day differs from its order")
        for n, ln in lines
    ]
    return problems


def _audit_chain(session: Session, limit: int) -> list[Problem]:
    return [Problem("audit trail", found) for found in audit_trail.verify(session, limit)]


def _z_reports(session: Session, limit: int) -> list[Problem]:
    return [Problem("z report", found) for found in till_reports.verify_closed(session, limit)]
