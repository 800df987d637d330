"""Barcodes printed by a shop's scale: an EAN-13 that starts with a prefix the shop chose (usually 2x)
and carries the item's scale code and, in place of a price, the weight or the amount to pay.

Each rule says PREFIX:CODE-DIGITS:KIND:DECIMALS, as Odoo's barcode nomenclature does: "21:5:weight:3"
reads 21 CCCCC WWWWW K as item code CCCCC and 0.WWW kg (WW.WWW); "22:5:price:2" reads the last five
digits as the amount in cents. The digits between the code and the check digit carry the value.
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from oms_desktop.domain.barcode import is_valid_gtin
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.quantity import MAX_DECIMALS

MOST_RULES = 10


class ScaleValue(StrEnum):
    WEIGHT = "weight"  # the quantity, in the product's unit
    PRICE = "price"  # the amount to pay for the item


@dataclass(frozen=True)
class ScaleRule:
    prefix: str
    code_digits: int
    kind: ScaleValue
    decimals: int

    @property
    def value_digits(self) -> int:
        return 12 - len(self.prefix) - self.code_digits


@dataclass(frozen=True)
class ScaleReading:
    """What a scale barcode says: the item's scale code and its weight (or price)."""

    code: str
    kind: ScaleValue
    value: Decimal


def parse_rules(text: str) -> list[ScaleRule]:
    """The shop's rules ("21:5:weight:3,22:5:price:2"); an empty text is no rule. A rule that cannot be
    read is refused by name."""
    rules: list[ScaleRule] = []
    for raw in (part.strip() for part in text.split(",")):
        if not raw:
            continue
        if len(rules) == MOST_RULES:
            raise ValidationError("scale_rules_too_many", most=MOST_RULES)
        parts = raw.split(":")
        try:
            prefix, digits, kind, decimals = parts
            rule = ScaleRule(prefix, int(digits), ScaleValue(kind.strip().lower()), int(decimals))
        except ValueError:
            raise ValidationError("scale_rules_invalid", rule=raw[:40]) from None
        digits_typed = (prefix, digits.strip(), decimals.strip())
        most_decimals = 2 if rule.kind is ScaleValue.PRICE else MAX_DECIMALS  # cents, or grams
        if (
            not all(part.isascii() and part.isdigit() for part in digits_typed)
            or not 1 <= len(prefix) <= 3
            or not 1 <= rule.code_digits <= 7
            or not 1 <= rule.value_digits <= 7
            or not 0 <= rule.decimals <= most_decimals
        ):
            raise ValidationError("scale_rules_invalid", rule=raw[:40])
        if any(rule.prefix.startswith(r.prefix) or r.prefix.startswith(rule.prefix) for r in rules):
            raise ValidationError("scale_rules_duplicate", prefix=rule.prefix)
        rules.append(rule)
    return rules


def read(barcode: str, rules: list[ScaleRule]) -> ScaleReading | None:
    """The reading of a scale barcode by the first rule whose prefix it starts with; None when it is no
    scale barcode (not 13 digits, a wrong check digit, no rule's prefix)."""
    if len(barcode) != 13 or not is_valid_gtin(barcode):
        return None
    for rule in rules:
        if barcode.startswith(rule.prefix):
            start = len(rule.prefix)
            code = barcode[start : start + rule.code_digits]
            digits = barcode[start + rule.code_digits : 12]
            return ScaleReading(code, rule.kind, Decimal(int(digits)).scaleb(-rule.decimals))
    return None
