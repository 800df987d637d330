"""The notes and coins of a currency, largest first, as a till counts them."""

from decimal import Decimal

from oms_desktop.domain.errors import ValidationError

_D = Decimal
DENOMINATIONS: dict[str, tuple[Decimal, ...]] = {
    "CNY": tuple(map(_D, ("100", "50", "20", "10", "5", "1", "0.5", "0.1"))),
    "HKD": tuple(map(_D, ("1000", "500", "100", "50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1"))),
    "TWD": tuple(map(_D, ("2000", "1000", "500", "200", "100", "50", "10", "5", "1"))),
    "USD": tuple(map(_D, ("100", "50", "20", "10", "5", "2", "1", "0.25", "0.1", "0.05", "0.01"))),
    "EUR": tuple(
        map(
            _D,
            (
                "500",
                "200",
                "100",
                "50",
                "20",
                "10",
                "5",
                "2",
                "1",
                "0.5",
                "0.2",
                "0.1",
                "0.05",
                "0.02",
                "0.01",
            ),
        )
    ),
    "GBP": tuple(map(_D, ("50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1", "0.05", "0.02", "0.01"))),
}
# A currency not listed above: the usual decimal series.
GENERIC = tuple(
    map(_D, ("500", "200", "100", "50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1", "0.05", "0.01"))
)


def denominations(currency: str) -> tuple[Decimal, ...]:
    return DENOMINATIONS.get(currency.upper(), GENERIC)


def parse_count(text: str, currency: str) -> dict[Decimal, int]:
    """`100x2,50x1,1x7` as {denomination: pieces}; a denomination the currency lacks is refused by name."""
    known = denominations(currency)
    counted: dict[Decimal, int] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        face, sep, pieces = part.lower().replace("×", "x").partition("x")
        if not (face + pieces).isascii() or "_" in part:  # Decimal and int read ١٠٠ as 100, 1_0 as 10
            raise ValidationError("count_entry_invalid", entry=part[:40])
        try:
            value, number = Decimal(face.strip()), int(pieces.strip())
        except (ArithmeticError, ValueError):
            raise ValidationError("count_entry_invalid", entry=part[:40]) from None
        if not sep or number < 0 or number > 100_000:
            raise ValidationError("count_entry_invalid", entry=part[:40])
        match = next((d for d in known if d == value), None)
        if match is None:
            raise ValidationError(
                "denomination_unknown",
                entry=face.strip()[:20],
                currency=currency,
                known=", ".join(map(str, known)),
            )
        counted[match] = counted.get(match, 0) + number
    return counted


def count_total(counted: dict[Decimal, int]) -> Decimal:
    return sum((face * pieces for face, pieces in counted.items()), Decimal("0")).quantize(Decimal("0.01"))


def quick_tenders(due: Decimal, currency: str, count: int = 3) -> list[Decimal]:
    """What customers usually hand over for `due`: the next round amounts of the notes (68.42 in CNY: 70,
    80, 100), smallest first, never the exact amount itself (that is its own button)."""
    if due <= 0:
        return []
    notes = [face for face in denominations(currency) if face >= 5]
    found: set[Decimal] = set()
    for face in notes:
        rounded = (due / face).to_integral_value(rounding="ROUND_CEILING") * face
        if rounded > due:
            found.add(rounded.quantize(Decimal("0.01")))
    return sorted(found)[:count]
