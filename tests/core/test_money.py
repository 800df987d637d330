from decimal import Decimal

import pytest

from oms_desktop.domain.money import from_minor, parse_amount, parse_rate, tax_minor, to_minor


def test_amounts_round_trip_through_minor_units_exactly() -> None:
    for text in ("0.01", "0.10", "19.99", "1234567.89"):
        assert from_minor(to_minor(Decimal(text))) == Decimal(text)
    # 0.1 + 0.2 is the classic float trap; in minor units it is exact.
    assert from_minor(to_minor(Decimal("0.1")) + to_minor(Decimal("0.2"))) == Decimal("0.30")


def test_tax_rounds_half_up_to_the_cent() -> None:
    assert tax_minor(1050, 1300) == 137  # 136.5 -> 137
    assert tax_minor(1, 1300) == 0  # 0.13 -> 0
    assert tax_minor(17400, 900) == 1566


@pytest.mark.parametrize("text", ["abc", "1.234", "NaN", "Infinity", ""])
def test_bad_amounts_are_refused_with_the_text_named(text: str) -> None:
    with pytest.raises(ValueError, match=r"amount|decimal places"):
        parse_amount(text)


def test_rates_are_read_as_percent() -> None:
    assert parse_rate("13") == 1300
    assert parse_rate("13%") == 1300
    assert parse_rate("6.5") == 650
    with pytest.raises(ValueError, match="between 0 and 100"):
        parse_rate("-1")
