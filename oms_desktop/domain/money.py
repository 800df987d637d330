"""Exact money: Decimal in code, integer minor units in the database."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from oms_desktop.domain.bounds import MONEY_MAX, require_amount

CENT = Decimal("0.01")
MINOR_PER_UNIT = 100
BASIS_POINTS = Decimal(10000)


def parse_amount(text: str | int | Decimal) -> Decimal:
    """Read a user-typed amount ("12.5", "12,50" is refused) as a Decimal with two places."""
    raw = str(text).strip()
    if (
        not raw.isascii() or "_" in raw
    ):  # Decimal would read ١٢ or 1_000; the CSV import and the window do not
        raise ValueError(f"'{raw[:30]}' is not an amount (digits 0-9 and one point)")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not an amount") from None
    if not value.is_finite():
        raise ValueError(f"'{text}' is not an amount")
    if abs(value) > MONEY_MAX:
        raise ValueError(f"{str(text).strip()[:30]} is more than this shop can hold (at most {MONEY_MAX})")
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(f"'{text}' has more than two decimal places")
    return value.quantize(CENT)


def to_minor(amount: Decimal) -> int:
    """Decimal currency amount -> integer minor units, rounding half up. Every amount that enters the shop
    passes here, so an amount beyond the bounds (domain/bounds.py) is refused here."""
    require_amount(amount)
    return int((amount * MINOR_PER_UNIT).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int) -> Decimal:
    return (Decimal(minor) / MINOR_PER_UNIT).quantize(CENT)


def parse_rate(text: str | Decimal) -> int:
    """A tax rate as typed ("13", "13%", "0.13" is read as 0.13%) -> basis points."""
    raw = str(text).strip().removesuffix("%").strip()
    if not raw.isascii() or "_" in raw:  # as for amounts: Decimal would read ١٢ as 12 and 1_0 as 10
        raise ValueError(f"'{raw[:30]}' is not a tax rate (digits 0-9 and one point)")
    try:
        percent = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not a tax rate") from None
    if not percent.is_finite() or percent < 0 or percent > 100:
        raise ValueError(f"tax rate {text} must be between 0 and 100 percent")
    bp = percent * 100
    if bp != bp.to_integral_value():
        raise ValueError(f"tax rate {text} has more than two decimal places")
    return int(bp)


def rate_percent(bp: int) -> Decimal:
    return (Decimal(bp) / 100).normalize()


def tax_in_minor(gross_minor: int, rate_bp: int) -> int:
    """The tax inside an amount that includes it (a shelf price), in minor units rounded half up:
    gross x rate / (1 + rate). 26.99 at 13% holds 3.11 of tax."""
    exact = Decimal(gross_minor) * Decimal(rate_bp) / (BASIS_POINTS + Decimal(rate_bp))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def tax_minor(net_minor: int, rate_bp: int) -> int:
    """Tax on a net amount, both in minor units, rounded half up to the minor unit."""
    exact = Decimal(net_minor) * Decimal(rate_bp) / BASIS_POINTS
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
