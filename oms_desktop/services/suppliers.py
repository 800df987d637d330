"""Suppliers, and a product's terms at each of them (cost, pack size, minimum order, lead time, preferred)."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Product, ProductSupplier, Supplier
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.quantity import Quantity, from_units, to_units
from oms_desktop.services import lookups, settings
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.numbering import next_code

SUPPLIERS = "suppliers"  # the Changes kind of this module
SUPPLIER_CODE_PREFIX = "SUP"
LEAD_TIME_MOST = 365


@dataclass(frozen=True)
class SupplierInput:
    name: str
    code: str | None = None
    contact: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    currency: str | None = None  # None: the shop's
    lead_time_days: int = 7
    order_cost: Decimal = Decimal("0")
    notes: str = ""


@dataclass(frozen=True)
class SupplierRecord:
    id: int
    code: str
    name: str
    contact: str
    phone: str
    email: str
    address: str
    currency: str
    lead_time_days: int
    order_cost: Decimal
    notes: str
    products: int = 0  # how many products it supplies


@dataclass(frozen=True)
class ProductSupplierRecord:
    sku: str
    product_name: str
    supplier_code: str
    supplier_name: str
    supplier_sku: str
    cost: Decimal
    pack_size: Quantity  # in the product's unit
    min_qty: Quantity
    lead_time_days: int  # this product's, else the supplier's
    preferred: bool


def require_lead_time(days: int) -> None:
    if not 0 <= days <= LEAD_TIME_MOST:
        raise ValidationError("lead_time_range", days=days, most=LEAD_TIME_MOST)


def _validate(data: SupplierInput) -> None:
    if not data.name.strip():
        raise ValidationError("supplier_name_missing")
    code = (data.code or "").strip()
    if code and (not code.isprintable() or any(ch.isspace() for ch in code)):
        # A code is typed and scanned on one line: a line break, a tab or a terminal escape in it would make
        # a supplier nobody can name again.
        raise ValidationError("supplier_code_invalid", supplier=code[:40])
    require_lead_time(data.lead_time_days)
    require_amount(data.order_cost)
    if data.order_cost < 0:
        raise ValidationError("order_cost_negative", amount=data.order_cost)
    if data.currency is not None and (len(data.currency) != 3 or not data.currency.isalpha()):
        raise ValidationError("currency_invalid", currency=data.currency[:10])


def supplier_by_code(session: Session, code: str) -> Supplier:
    supplier = session.scalar(select(Supplier).where(Supplier.code == code.strip().upper()))
    if supplier is None:
        raise NotFound("unknown_supplier", supplier=code.strip()[:64])
    return supplier


def add_supplier(uow: UnitOfWork, data: SupplierInput) -> Outcome[SupplierRecord]:
    """Create a supplier; the code is numbered SUP-001 unless one is given."""
    _validate(data)

    def action(session: Session) -> Outcome[SupplierRecord]:
        code = (data.code or "").strip().upper()
        if code:
            if session.scalar(select(Supplier.id).where(Supplier.code == code)) is not None:
                raise ValidationError("supplier_code_taken", supplier=code)
        else:
            # A code given by hand may already be the series' next one (SUP-001 typed in): skip it.
            code = next_code(session, SUPPLIER_CODE_PREFIX)
            while session.scalar(select(Supplier.id).where(Supplier.code == code)) is not None:
                code = next_code(session, SUPPLIER_CODE_PREFIX)
        currency = (data.currency or settings.load(session).currency).upper()
        supplier = Supplier(
            code=code,
            name=data.name.strip(),
            contact=data.contact.strip(),
            phone=data.phone.strip(),
            email=data.email.strip(),
            address=data.address.strip(),
            currency=currency,
            lead_time_days=data.lead_time_days,
            order_cost_minor=to_minor(data.order_cost),
            notes=data.notes,
            created_at=uow.now(),
        )
        session.add(supplier)
        session.flush()
        return Outcome(supplier_record(supplier), Changes.of(SUPPLIERS, [supplier.id]))

    return uow.run(action, retry_integrity=True)


def update_supplier(uow: UnitOfWork, code: str, data: SupplierInput) -> Outcome[SupplierRecord]:
    """Change a supplier's name, contact, currency, lead time, ordering cost and notes (its code stays)."""
    _validate(data)

    def action(session: Session) -> Outcome[SupplierRecord]:
        supplier = supplier_by_code(session, code)
        supplier.name = data.name.strip()
        supplier.contact = data.contact.strip()
        supplier.phone = data.phone.strip()
        supplier.email = data.email.strip()
        supplier.address = data.address.strip()
        if data.currency is not None:
            supplier.currency = data.currency.upper()
        supplier.lead_time_days = data.lead_time_days
        supplier.order_cost_minor = to_minor(data.order_cost)
        supplier.notes = data.notes
        session.flush()
        return Outcome(supplier_record(supplier), Changes.of(SUPPLIERS, [supplier.id]))

    return uow.run(action)


def supplier_record(s: Supplier, products: int = 0) -> SupplierRecord:
    return SupplierRecord(
        id=s.id,
        code=s.code,
        name=s.name,
        contact=s.contact,
        phone=s.phone,
        email=s.email,
        address=s.address,
        currency=s.currency,
        lead_time_days=s.lead_time_days,
        order_cost=from_minor(s.order_cost_minor),
        notes=s.notes,
        products=products,
    )


def list_suppliers(uow: UnitOfWork, search: str = "", *, limit: int = 500) -> list[SupplierRecord]:
    """Active suppliers by name, with how many products each supplies."""
    from sqlalchemy import func

    with uow.read() as session:
        counts = (
            select(ProductSupplier.supplier_id, func.count().label("n"))
            .group_by(ProductSupplier.supplier_id)
            .subquery()
        )
        query = (
            select(Supplier, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.supplier_id == Supplier.id)
            .where(Supplier.active.is_(True))
        )
        text = search.strip()
        if text:
            like = f"%{text}%"
            query = query.where(or_(Supplier.name.ilike(like), Supplier.code.ilike(like)))
        rows = session.execute(query.order_by(Supplier.name, Supplier.id).limit(limit)).all()
        return [supplier_record(s, int(n)) for s, n in rows]


def get_supplier(uow: UnitOfWork, code: str) -> SupplierRecord:
    with uow.read() as session:
        return supplier_record(supplier_by_code(session, code))


def set_product_supplier(
    uow: UnitOfWork,
    sku: str,
    supplier_code: str,
    *,
    cost: Decimal,
    pack_size: Quantity = 1,
    min_qty: Quantity = 0,
    lead_time_days: int | None = None,
    preferred: bool = False,
    supplier_sku: str = "",
) -> Outcome[ProductSupplierRecord]:
    """Say what a supplier sells a product for (added, or its terms replaced); `preferred` makes it the
    one replenishment orders from. A product's first supplier is its preferred one."""
    require_amount(cost)
    if cost < 0:
        raise ValidationError("unit_cost_negative", amount=cost)
    if lead_time_days is not None:
        require_lead_time(lead_time_days)

    def action(session: Session) -> Outcome[ProductSupplierRecord]:
        product = lookups.product_by_code(session, sku)
        supplier = supplier_by_code(session, supplier_code)
        pack = to_units(product.sku, pack_size, product.decimals)
        least = to_units(product.sku, min_qty, product.decimals) if min_qty else 0
        if pack <= 0:
            raise ValidationError("pack_size_not_positive", sku=product.sku, quantity=pack_size)
        if least < 0:
            raise ValidationError("min_qty_negative", sku=product.sku, quantity=min_qty)
        terms = terms_for(session, product, supplier)
        others = session.scalar(
            select(ProductSupplier.id)
            .where(ProductSupplier.product_id == product.id, ProductSupplier.supplier_id != supplier.id)
            .limit(1)
        )
        make_preferred = preferred or others is None or (terms is not None and terms.preferred)
        if make_preferred:
            # One preferred supplier per product: the others let go first (a partial unique index says so).
            session.execute(
                update(ProductSupplier)
                .where(
                    ProductSupplier.product_id == product.id,
                    ProductSupplier.supplier_id != supplier.id,
                    ProductSupplier.preferred.is_(True),
                )
                .values(preferred=False)
            )
        if terms is None:
            terms = ProductSupplier(product_id=product.id, supplier_id=supplier.id)
            session.add(terms)
        terms.cost_minor = to_minor(cost)
        terms.pack_size = pack
        terms.min_qty = least
        terms.lead_time_days = lead_time_days
        terms.supplier_sku = supplier_sku.strip()
        terms.preferred = make_preferred
        session.flush()
        session.refresh(terms)
        return Outcome(terms_record(terms), Changes.of(SUPPLIERS, [supplier.id]) | Changes(products=True))

    return uow.run(action, retry_integrity=True)


def terms_record(t: ProductSupplier) -> ProductSupplierRecord:
    decimals = t.product.decimals
    return ProductSupplierRecord(
        sku=t.product.sku,
        product_name=t.product.name,
        supplier_code=t.supplier.code,
        supplier_name=t.supplier.name,
        supplier_sku=t.supplier_sku,
        cost=from_minor(t.cost_minor),
        pack_size=from_units(t.pack_size, decimals),
        min_qty=from_units(t.min_qty, decimals),
        lead_time_days=t.lead_time,
        preferred=t.preferred,
    )


def product_suppliers(uow: UnitOfWork, sku: str) -> list[ProductSupplierRecord]:
    """A product's suppliers, the preferred one first."""
    with uow.read() as session:
        product = lookups.product_by_code(session, sku)
        rows = session.scalars(
            select(ProductSupplier)
            .where(ProductSupplier.product_id == product.id)
            .order_by(ProductSupplier.preferred.desc(), ProductSupplier.id)
        )
        return [terms_record(t) for t in rows]


def terms_for(session: Session, product: Product, supplier: Supplier) -> ProductSupplier | None:
    return session.scalar(
        select(ProductSupplier).where(
            ProductSupplier.product_id == product.id, ProductSupplier.supplier_id == supplier.id
        )
    )
