"""Quantities of goods sold by the piece, by weight or by length, kept exactly.

A product's unit has a precision of 0 to 3 decimals (pieces: 0; kilograms to the gram: 3). The database
keeps every quantity of a product (stock levels, the ledger, order and return lines) as a whole number of
its smallest unit (0.255 kg is 255), so that sums and comparisons are exact on SQLite and PostgreSQL alike;
people read and type the quantity in the product's unit. A quantity with more decimals than the product
has is refused, never rounded.
"""

from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, SQLColumnExpression, case

from oms_desktop.domain.errors import ValidationError

MAX_DECIMALS = 3
Quantity = int | Decimal  # as people read and type it: a whole count, or a Decimal for a weighed product


def scale(decimals: int) -> int:
    """How many smallest units make one unit: 1, 10, 100 or 1000."""
    if not 0 <= decimals <= MAX_DECIMALS:
        raise ValidationError("unit_decimals_range", decimals=decimals, most=MAX_DECIMALS)
    return 10**decimals


def parse_quantity(text: str) -> Quantity:
    """A quantity as typed ("3", "0.255", "1,5"): an int when whole, else a Decimal; ValueError otherwise."""
    raw = text.strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"'{text[:30]}' is not a quantity") from None
    if not value.is_finite() or "e" in raw.lower() or raw.startswith(("+", "_")) or "_" in raw:
        raise ValueError(f"'{text[:30]}' is not a quantity")
    return int(value) if value == value.to_integral_value() else value


def to_units(item: str, quantity: Quantity, decimals: int) -> int:
    """`quantity` in the product's unit as a whole number of its smallest unit; refused when it has more
    decimals than the product is sold in."""
    exact = Decimal(quantity) * scale(decimals)
    if exact != exact.to_integral_value():
        raise ValidationError(
            "quantity_too_precise", item=item, quantity=str(quantity)[:20], decimals=decimals
        )
    return int(exact)


def from_units(units: int, decimals: int) -> Quantity:
    """Smallest units back in the product's unit: the int itself for pieces, a Decimal otherwise."""
    if decimals == 0:
        return units
    return Decimal(units).scaleb(-decimals)


def amount_for(units: int, unit_amount_minor: int, decimals: int) -> int:
    """`units` (smallest units) at an amount per unit, in minor units rounded half up: 0.255 kg at 88.00 a
    kg is 22.44. Exact for pieces."""
    if decimals == 0:
        return units * unit_amount_minor
    per = scale(decimals)
    return (2 * units * unit_amount_minor + per) // (2 * per)


def counted_units(units: int, decimals: int) -> int:
    """What a line adds to an order's count of items: its pieces, or one for a weighed line."""
    return units if decimals == 0 else 1


def _scale_sql(decimals: SQLColumnExpression[int]) -> ColumnElement[int]:
    """scale() in SQL, for decimals 1 to 3 (0 is answered apart by the callers)."""
    return case((decimals == 1, 10), (decimals == 2, 100), else_=1000)


def counted_units_sql(
    quantity: SQLColumnExpression[int], decimals: SQLColumnExpression[int]
) -> ColumnElement[int]:
    """counted_units in SQL (for checks that recount what the services stored)."""
    return case((decimals == 0, quantity), else_=1)


def amount_for_sql(
    quantity: SQLColumnExpression[int],
    unit_amount_minor: SQLColumnExpression[int],
    decimals: SQLColumnExpression[int],
) -> ColumnElement[int]:
    """amount_for in SQL: integer division rounds half up the same way on SQLite and PostgreSQL."""
    per = _scale_sql(decimals)
    return case(
        (decimals == 0, quantity * unit_amount_minor),
        else_=(2 * quantity * unit_amount_minor + per) // (2 * per),
    )


def whole_units_sql(
    quantity: SQLColumnExpression[int], decimals: SQLColumnExpression[int]
) -> ColumnElement[int]:
    """A quantity in its product's unit, whole units only (2.750 kg counts 2), for sums over many products."""
    per = _scale_sql(decimals)
    return case((decimals == 0, quantity), else_=quantity // per)
