"""Date-range presets: each is a pure function of today."""

from datetime import date

import pytest

from oms_desktop.services.analytics.presets import Preset, period_for
from oms_desktop.services.periods import Period

TODAY = date(2026, 11, 19)  # a Thursday


@pytest.mark.parametrize(
    ("preset", "start"),
    [
        (Preset.TODAY, date(2026, 11, 19)),
        (Preset.THIS_WEEK, date(2026, 11, 16)),  # Monday
        (Preset.THIS_MONTH, date(2026, 11, 1)),
        (Preset.LAST_30_DAYS, date(2026, 10, 21)),
        (Preset.THIS_YEAR, date(2026, 1, 1)),
    ],
)
def test_presets_end_today(preset: Preset, start: date) -> None:
    assert period_for(preset, TODAY) == Period(start, TODAY)


def test_last_30_days_has_30_days_and_week_starts_on_monday_even_on_sunday() -> None:
    assert period_for(Preset.LAST_30_DAYS, TODAY).days == 30
    assert period_for(Preset.THIS_WEEK, date(2026, 11, 22)) == Period(date(2026, 11, 16), date(2026, 11, 22))
    assert period_for(Preset.THIS_WEEK, date(2026, 11, 16)).days == 1


def test_custom_needs_both_dates_and_an_order() -> None:
    assert period_for(Preset.CUSTOM, TODAY, start=date(2026, 1, 5), end=date(2026, 2, 4)).days == 31
    with pytest.raises(ValueError, match="start and an end"):
        period_for(Preset.CUSTOM, TODAY, start=date(2026, 1, 5))
    with pytest.raises(ValueError, match="before it starts"):
        period_for(Preset.CUSTOM, TODAY, start=date(2026, 2, 5), end=date(2026, 2, 4))
