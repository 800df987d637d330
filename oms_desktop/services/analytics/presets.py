"""Date-range presets for the report picker: today, this week, this month, last 30 days, this year, custom."""

import enum
from datetime import date, datetime, timedelta, tzinfo

from oms_desktop.services.periods import Period, local_zone


class Preset(enum.StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_30_DAYS = "last_30_days"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def local_today(zone: tzinfo | None = None) -> date:
    """Today's date in the shop's zone (the machine's zone when none is given)."""
    return datetime.now(zone or local_zone()).date()


def period_for(preset: Preset, today: date, *, start: date | None = None, end: date | None = None) -> Period:
    """The local dates a preset covers, up to and including `today`; CUSTOM needs `start` and `end`.

    Weeks start on Monday. Every preset ends today, so the previous period (`Period.previous`) has the
    same number of days and comparisons are fair.
    """
    if preset is Preset.CUSTOM:
        if start is None or end is None:
            raise ValueError("a custom period needs both a start and an end date")
        return Period(start, end)
    if preset is Preset.TODAY:
        first = today
    elif preset is Preset.THIS_WEEK:
        first = today - timedelta(days=today.weekday())
    elif preset is Preset.THIS_MONTH:
        first = today.replace(day=1)
    elif preset is Preset.LAST_30_DAYS:
        first = today - timedelta(days=29)
    else:
        first = today.replace(month=1, day=1)
    return Period(first, today)
