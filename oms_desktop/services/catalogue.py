"""Products and stock locations."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Location, OrderLine, Product, StockLevel, StockMovement
from oms_desktop.domain.barcode import normalise_barcode
from oms_desktop.domain.bounds import require_amount, require_quantity
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.money import from_minor, rate_percent, to_minor
from oms_desktop.domain.quantity import Quantity, from_units, scale, to_units
from oms_desktop.services import lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.on_order import on_order
from oms_desktop.services.records import LocationRecord, ProductRecord


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    price: Decimal
    barcode: str | None = None
    unit: str = "pcs"
    cost: Decimal = Decimal("0")
    tax_rate_bp: int = 0
    reorder_point: Quantity = 0  # in the product's unit
    wholesale_price: Decimal | None = None
    active: bool = True
    allow_backorder: bool = False
    notes: str = ""
    decimals: int = 0  # the unit's precision: 0 (pieces) to 3 (kilograms to the gram)


def _validate(data: ProductInput) -> tuple[str, str, str | None]:
    sku = data.sku.strip()
    name = data.name.strip()
    if not sku:
        raise ValidationError("sku_missing")
    if len(sku) > 64 or any(c.isspace() for c in sku):
        raise ValidationError("sku_malformed", sku=sku)
    if not name:
        raise ValidationError("product_name_missing", sku=sku)
    for code, amount in (
        ("price_negative", data.price),
        ("cost_negative", data.cost),
        ("wholesale_price_negative", data.wholesale_price),
    ):
        if amount is not None:
            require_amount(amount)
            if amount < 0:
                raise ValidationError(code, sku=sku, amount=amount)
    if data.reorder_point < 0:
        raise ValidationError("reorder_point_negative", sku=sku)
    scale(data.decimals)  # 0 to 3
    require_quantity(sku, data.reorder_point or 1)
    to_units(sku, data.reorder_point, data.decimals)
    if not 0 <= data.tax_rate_bp <= 10000:
        raise ValidationError("product_tax_rate_range", sku=sku)
    return sku, name, normalise_barcode(data.barcode)


def _check_unique(session: Session, sku: str, barcode: str | None, own_id: int | None) -> None:
    clash = session.scalar(select(Product).where(Product.sku == sku, Product.id != (own_id or -1)))
    if clash is not None:
        raise ValidationError("sku_taken", sku=sku, name=clash.name)
    # A scan looks a code up as SKU or barcode: one code may name one product only.
    clash = session.scalar(select(Product).where(Product.barcode == sku, Product.id != (own_id or -1)))
    if clash is not None:
        raise ValidationError("sku_is_a_barcode", sku=sku, other=clash.sku, name=clash.name)
    if barcode:
        clash = session.scalar(
            select(Product).where(
                or_(Product.barcode == barcode, Product.sku == barcode), Product.id != (own_id or -1)
            )
        )
        if clash is not None:
            raise ValidationError("barcode_taken", barcode=barcode, other=clash.sku, name=clash.name)


def _apply(product: Product, data: ProductInput, sku: str, name: str, barcode: str | None) -> None:
    product.sku = sku
    product.name = name
    product.barcode = barcode
    product.unit = data.unit.strip() or "pcs"
    product.price_minor = to_minor(data.price)
    product.wholesale_price_minor = None if data.wholesale_price is None else to_minor(data.wholesale_price)
    product.cost_minor = to_minor(data.cost)
    product.tax_rate_bp = data.tax_rate_bp
    reorder_point = to_units(sku, data.reorder_point, data.decimals)
    if product.id is None or reorder_point != product.reorder_point:
        # A reorder point typed by the owner is theirs (pinned); 0 lets replenishment compute one. Saving the
        # form unchanged keeps whichever it was.
        product.reorder_pinned = reorder_point > 0
    product.reorder_point = reorder_point
    product.decimals = data.decimals
    product.active = data.active
    product.allow_backorder = data.allow_backorder
    product.notes = data.notes


def add_product(uow: UnitOfWork, data: ProductInput) -> Outcome[ProductRecord]:
    """Create a product; SKU and barcode must be unique and valid."""
    _validate(data)

    def action(session: Session) -> Outcome[ProductRecord]:
        product = create_product(session, uow, data)
        return Outcome(product_record(product), Changes(products=True, product_ids=frozenset({product.id})))

    return uow.run(action)


def create_product(session: Session, uow: UnitOfWork, data: ProductInput) -> Product:
    """A new product with its level at the main location, in the caller's transaction (the import makes
    the product that carries shipping charges so); the same checks as `add_product`."""
    sku, name, barcode = _validate(data)
    _check_unique(session, sku, barcode, None)
    now = uow.now()
    product = Product(created_at=now, updated_at=now)
    _apply(product, data, sku, name, barcode)
    session.add(product)
    session.flush()
    main = lookups.location_by_code(session, None)
    session.add(StockLevel(product_id=product.id, location_id=main.id, on_hand=0, reserved=0))
    session.flush()
    return product


def update_product(uow: UnitOfWork, product_id: int, data: ProductInput) -> Outcome[ProductRecord]:
    """Change a product's catalogue data; past orders keep the SKU, name and price they were sold with."""
    sku, name, barcode = _validate(data)

    def action(session: Session) -> Outcome[ProductRecord]:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound("unknown_product_id", product_id=product_id)
        _check_unique(session, sku, barcode, product_id)
        if data.decimals != product.decimals and _ever_moved(session, product.id):
            # Its stock and past orders are counted in the old unit: changing it would change them all.
            raise ValidationError(
                "unit_decimals_locked", sku=product.sku, decimals=product.decimals, wanted=data.decimals
            )
        _apply(product, data, sku, name, barcode)
        product.updated_at = uow.now()
        session.flush()
        return Outcome(
            product_record(product, *_totals(session, product.id)),
            Changes(products=True, product_ids=frozenset({product.id})),
        )

    return uow.run(action)


def _ever_moved(session: Session, product_id: int) -> bool:
    """Whether any stock of the product ever moved or it was ever on an order."""
    moved = select(StockMovement.id).where(StockMovement.product_id == product_id).limit(1)
    sold = select(OrderLine.id).where(OrderLine.product_id == product_id).limit(1)
    return session.scalar(moved) is not None or session.scalar(sold) is not None


def _totals(session: Session, product_id: int, *, ordered: bool = True) -> tuple[int, int, int]:
    row = session.execute(
        select(
            func.coalesce(func.sum(StockLevel.on_hand), 0), func.coalesce(func.sum(StockLevel.reserved), 0)
        ).where(StockLevel.product_id == product_id)
    ).one()
    coming = on_order(session, [product_id]).get(product_id, 0) if ordered else 0
    return int(row[0]), int(row[1]), coming


def product_record(product: Product, on_hand: int = 0, reserved: int = 0, ordered: int = 0) -> ProductRecord:
    return ProductRecord(
        id=product.id,
        sku=product.sku,
        barcode=product.barcode,
        name=product.name,
        unit=product.unit,
        price=from_minor(product.price_minor),
        wholesale_price=None
        if product.wholesale_price_minor is None
        else from_minor(product.wholesale_price_minor),
        cost=from_minor(product.cost_minor),
        tax_rate=rate_percent(product.tax_rate_bp),
        reorder_point=from_units(product.reorder_point, product.decimals),
        active=product.active,
        allow_backorder=product.allow_backorder,
        on_hand=from_units(on_hand, product.decimals),
        reserved=from_units(reserved, product.decimals),
        decimals=product.decimals,
        on_order=from_units(ordered, product.decimals),
    )


def find_product(uow: UnitOfWork, code: str, *, with_on_order: bool = True) -> ProductRecord:
    """Exact lookup by barcode or SKU, as a scanner does. The counter's scan leaves out what is on order
    (a query it does not need on every scan)."""
    with uow.read() as session:
        product = lookups.product_by_code(session, code)
        return product_record(product, *_totals(session, product.id, ordered=with_on_order))


def get_product(uow: UnitOfWork, product_id: int) -> ProductRecord:
    with uow.read() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound("unknown_product_id", product_id=product_id)
        return product_record(product, *_totals(session, product.id))


def list_locations(uow: UnitOfWork) -> list[LocationRecord]:
    with uow.read() as session:
        return [
            LocationRecord(loc.id, loc.code, loc.name)
            for loc in session.scalars(select(Location).order_by(Location.id))
        ]


def add_location(uow: UnitOfWork, code: str, name: str) -> Outcome[LocationRecord]:
    code = code.strip().upper()
    if not code or not name.strip():
        raise ValidationError("location_incomplete")

    def action(session: Session) -> Outcome[LocationRecord]:
        if session.scalar(select(Location).where(Location.code == code)) is not None:
            raise ValidationError("location_exists", location=code)
        loc = Location(code=code, name=name.strip())
        session.add(loc)
        session.flush()
        return Outcome(LocationRecord(loc.id, loc.code, loc.name), Changes(stock=True))

    return uow.run(action)
