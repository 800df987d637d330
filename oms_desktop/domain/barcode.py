"""Barcode text rules: GTIN check digits (EAN-13, UPC-A, EAN-8), or printable Code 128 text."""

from oms_desktop.domain.errors import ValidationError

GTIN_LENGTHS = (8, 12, 13, 14)


def gtin_check_digit(body: str) -> int:
    """The check digit for the digits of a GTIN without its last digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return code.isdigit() and len(code) in GTIN_LENGTHS and gtin_check_digit(code[:-1]) == int(code[-1])


def normalise_barcode(text: str | None) -> str | None:
    """Validate a barcode as typed or scanned; empty means none. Raises ValidationError naming the problem."""
    code = (text or "").strip()
    if not code:
        return None
    if code.isdigit() and len(code) in GTIN_LENGTHS:
        if not is_valid_gtin(code):
            expected = gtin_check_digit(code[:-1])
            raise ValidationError("barcode_check_digit", barcode=code, digit=expected)
        return code
    if len(code) > 32 or not all(32 < ord(c) < 127 for c in code):
        raise ValidationError("barcode_malformed", barcode=code)
    return code
