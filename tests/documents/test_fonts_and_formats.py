"""The CJK font is found (or its absence explained), and amounts print exactly in the shop's currency."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from oms_desktop.documents import fonts
from oms_desktop.documents.errors import FontNotFound
from oms_desktop.documents.formatting import Formats


def test_the_font_and_its_licence_are_shipped() -> None:
    folder = fonts.resource_dirs()[-1]
    assert (folder / fonts.BUNDLED_FILE).stat().st_size > 4_000_000
    assert "Apache-2.0" in (folder / "wqy-microhei.COPYRIGHT.txt").read_text()
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text()
    assert fonts.candidates()[0] == folder / fonts.BUNDLED_FILE


def test_no_font_gives_a_message_that_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FontNotFound) as caught:
        fonts.register_font([tmp_path / "none.ttc"], "Test-None")
    message = str(caught.value)
    assert "fonts-wqy-microhei" in message and fonts.ENV_VAR in message and fonts.BUNDLED_FILE in message


def test_a_font_without_chinese_is_refused(tmp_path: Path) -> None:
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    with pytest.raises(FontNotFound) as caught:
        fonts.register_font([broken, latin], "Test-Latin")
    assert "no Chinese or Japanese glyphs" in str(caught.value) and "broken.ttf" in str(caught.value)
    bundled = fonts.resource_dirs()[-1] / fonts.BUNDLED_FILE
    assert fonts.register_font([broken, latin, bundled], "Test-CJK") == "Test-CJK"


def test_the_environment_variable_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fonts.ENV_VAR, "/somewhere/MyFont.ttf")
    assert fonts.candidates()[0] == Path("/somewhere/MyFont.ttf")


@pytest.mark.parametrize(
    ("language", "currency", "amount", "money", "number"),
    [
        ("zh_CN", "CNY", "1234.50", "¥1,234.50", "1,234.50"),
        ("en", "CNY", "-8.00", "-¥8.00", "-8.00"),
        ("en", "USD", "0.05", "$0.05", "0.05"),
        ("en", "JPY", "1234.00", "¥1,234", "1,234"),
        ("en", "JPY", "1234.50", "¥1,234.50", "1,234.50"),  # never rounded away
        ("de", "EUR", "1234.50", "1.234,50\xa0€", "1.234,50"),
        ("xx_YY", "CNY", "1.00", "¥1.00", "1.00"),  # an unknown language falls back to English
    ],
)
def test_money_is_exact_and_local(language: str, currency: str, amount: str, money: str, number: str) -> None:
    fmt = Formats.for_shop(language, currency)
    assert fmt.money(Decimal(amount)) == money
    assert fmt.number(Decimal(amount)) == number


def test_dates_and_rates() -> None:
    assert Formats.for_shop("zh_CN", "CNY").day(date(2026, 11, 22)) == "2026年11月22日"
    assert Formats.for_shop("en", "CNY").day(date(2026, 11, 22)) == "Nov 22, 2026"
    assert Formats.for_shop("en", "CNY").percent(Decimal("13.00")) == "13%"
    assert Formats.for_shop("en", "CNY").percent(Decimal("6.5")) == "6.5%"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("currency", ["CNY", "USD", "JPY", "EUR", "HKD", "GBP"])
def test_the_window_and_the_documents_write_money_alike(language: str, currency: str) -> None:
    """A receipt said CN¥ where the window said ¥: both now write an amount through money_text."""
    from oms_desktop.gui import formatting as window

    window.set_locale(language)
    try:
        for amount in (Decimal("1234.50"), Decimal("-8.00"), Decimal("7")):
            assert Formats.for_shop(language, currency).money(amount) == window.money_with_symbol(
                amount, currency
            )
    finally:
        window.set_locale("en")
