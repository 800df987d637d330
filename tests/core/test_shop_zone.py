"""The shop's time zone is a setting: validated, read when the database is opened, and what business days,
order numbers' years and reports follow, whatever zone the computer is in."""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from oms_desktop.cli.main import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import orders, reports, settings
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period, zone_named
from oms_desktop.services.settings import ShopSettings
from tests import factories
from tests.support.zones import computer_zone


@pytest.fixture
def computer_in_new_york() -> Iterator[None]:
    """This computer's clock set to New York, twelve or thirteen hours behind a shop in Shanghai."""
    with computer_zone("America/New_York"):
        yield


def sell(uow: UnitOfWork, when: datetime) -> str:
    """A paid counter sale rung up at `when`, through a unit of work opened as the window opens one."""
    clocked = UnitOfWork(uow.engine, clock=lambda: when)
    settings.shop_zone(clocked)
    total = orders.quote(clocked, [LineRequest("TEA", 1)]).total
    detail = orders.create_order(
        clocked,
        OrderRequest(lines=[LineRequest("TEA", 1)], payments=[PaymentRequest(PaymentMethod.CASH, total)]),
    ).value
    return detail.number


def test_a_sale_at_half_past_midnight_counts_for_that_shop_day(uow: UnitOfWork, computer_in_new_york) -> None:  # type: ignore[no-untyped-def]
    factories.product(uow, "TEA", price="10.00", stock=10)
    shop = settings.get_settings(uow)
    settings.save_settings(uow, ShopSettings(**{**shop.__dict__, "time_zone": "Asia/Shanghai"}))
    # 16:30 UTC on 31 December 2026: 00:30 on 1 January 2027 in Shanghai, 11:30 on 31 December in New York.
    number = sell(uow, datetime(2026, 12, 31, 16, 30, tzinfo=UTC))
    assert number.startswith("SO-2027-")  # the shop's new year, not the computer's old one
    reader = UnitOfWork(uow.engine)
    assert settings.shop_zone(reader) == ZoneInfo("Asia/Shanghai")
    new_year = reports.sales(reader, Period(date(2027, 1, 1), date(2027, 1, 1)), reports.GroupBy.DAY)
    assert [(r.key, r.orders, r.total) for r in new_year] == [("2027-01-01", 1, Decimal("10.00"))]
    assert reports.sales(reader, Period(date(2026, 12, 31), date(2026, 12, 31)), reports.GroupBy.DAY) == []


def test_without_a_zone_the_computer_s_zone_decides(uow: UnitOfWork, computer_in_new_york) -> None:  # type: ignore[no-untyped-def]
    factories.product(uow, "TEA", price="10.00", stock=10)
    number = sell(uow, datetime(2026, 12, 31, 16, 30, tzinfo=UTC))  # 11:30 in New York
    assert number.startswith("SO-2026-")
    assert settings.shop_zone(UnitOfWork(uow.engine)) is None


@pytest.mark.parametrize("name", ["Mars/Olympus", "asia/shanghai", "posixrules", "../etc/passwd", "UTC+8"])
def test_an_unknown_zone_is_refused_in_one_line(uow: UnitOfWork, name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        settings.save_settings(uow, ShopSettings(time_zone=name))
    assert str(refused.value) == (
        f"Unknown time zone '{name}': give an IANA name such as Asia/Shanghai, or leave it empty for this computer's zone"
    )
    assert settings.get_settings(uow).time_zone == ""


def test_known_zones_and_none_are_accepted() -> None:
    assert zone_named("") is None
    assert zone_named(" Asia/Shanghai ") == ZoneInfo("Asia/Shanghai")
    assert zone_named("UTC") == ZoneInfo("UTC")


def test_the_cli_sets_and_shows_the_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(tmp_path)]
    assert main([*base, "settings", "set", "time-zone", "Europe/Paris"]) == 0
    assert main([*base, "--json", "settings", "show"]) == 0
    assert '"time_zone": "Europe/Paris"' in capsys.readouterr().out
    assert main([*base, "settings", "set", "time-zone", "Europe/Pariss"]) == 1
    assert capsys.readouterr().err.strip() == (
        "oms-desktop: Unknown time zone 'Europe/Pariss': give an IANA name such as Asia/Shanghai, "
        "or leave it empty for this computer's zone"
    )
    assert main([*base, "settings", "set", "default-tax-rate", "lots"]) == 2
