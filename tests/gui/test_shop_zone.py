"""One period picker and one shop time zone: the Orders and Charts pages agree on what today is, in the
shop's zone, even when the computer's clock is set to a zone nineteen hours away."""

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import formatting
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import settings
from oms_desktop.services.analytics.presets import Preset
from oms_desktop.services.periods import Period
from tests.support.zones import computer_zone

SHOP_ZONE = "Pacific/Kiritimati"  # UTC+14, while the computer runs on New York's UTC-5 or UTC-4


def test_orders_and_charts_mean_the_same_today_in_the_shop_zone(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window
) -> None:  # type: ignore[no-untyped-def]
    shop = settings.get_settings(sqlite_uow)
    settings.save_settings(sqlite_uow, replace(shop, time_zone=SHOP_ZONE, configured=True))
    zone = ZoneInfo(SHOP_ZONE)
    with computer_zone("America/New_York"):
        window: MainWindow = open_window()
        assert window.ctx.zone == zone
        window.show_page(window.ORDERS)
        orders_page, charts_page = window.orders, window.charts
        orders_page.period.set_preset(Preset.TODAY)
        charts_page.picker.set_preset(Preset.TODAY)
        today = datetime.now(zone).date()
        assert charts_page.period() == Period(today, today)
        assert orders_page.period.period() == Period(today, today)
        shown = orders_page.model.order_query.filter
        assert (shown.date_from, shown.date_to) == Period(today, today).utc_bounds(zone)
        # The same widget on both pages: the same presets, in the same order.
        presets = [charts_page.picker.preset.itemData(i) for i in range(charts_page.picker.preset.count())]
        offered = [orders_page.period.preset.itemData(i) for i in range(orders_page.period.preset.count())]
        assert offered == ["any", *presets]


def test_the_settings_page_sets_the_shop_zone_for_every_page(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window
) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = open_window()
    assert window.ctx.zone is None  # none chosen: this computer's
    window.show_page(window.SETTINGS)
    page = window.settings
    assert page.time_zone.currentData() == ""
    page.time_zone.setCurrentIndex(page.time_zone.findData("Asia/Shanghai"))
    page.save()
    qtbot.waitUntil(lambda: window.ctx.zone == ZoneInfo("Asia/Shanghai"))
    assert settings.get_settings(sqlite_uow).time_zone == "Asia/Shanghai"
    assert window.ctx.tasks.call(lambda uow: uow.zone) == ZoneInfo("Asia/Shanghai")
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    window.charts.picker.set_preset(Preset.TODAY)
    assert window.charts.period() == Period(today, today)


def test_times_on_screen_are_the_shop_zone_s(qtbot: QtBot, sqlite_uow: UnitOfWork, open_window) -> None:  # type: ignore[no-untyped-def]
    """The real-window pass saw 'today' in Shanghai but order times in the computer's zone."""
    settings.save_settings(sqlite_uow, replace(settings.get_settings(sqlite_uow), time_zone=SHOP_ZONE))
    with computer_zone("America/New_York"):
        window: MainWindow = open_window()
        moment = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
        assert formatting.local_time(moment) == "2026-03-02 02:00"  # noon UTC is 02:00 next day at UTC+14
        window.ctx.close()
        assert formatting.local_time(moment) == "2026-03-01 07:00"  # back to the computer's (New York)
