"""Turning the shop's local calendar dates into the UTC instants stored in the database."""

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from oms_desktop.db.uow import day_number
from oms_desktop.domain.bounds import require_date


def local_zone() -> tzinfo:
    """This computer's time zone."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


@cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name this computer's time zone database knows (read once: it walks the files)."""
    return frozenset(available_timezones())


def zone_named(name: str) -> tzinfo | None:
    """The IANA zone called `name` ("Asia/Shanghai"), or None (this computer's zone) for an empty name;
    ValueError in one line for a name the time zone database does not know."""
    name = name.strip()
    if not name:
        return None
    # ZoneInfo would also accept a path-like key such as "posixrules"; only the listed names are zones.
    if name not in zone_names():
        raise ValueError(_unknown(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(_unknown(name)) from None


def _unknown(name: str) -> str:
    return f"Unknown time zone '{name}': give an IANA name such as Asia/Shanghai, or leave it empty for this computer's zone"


def computer_zone_name() -> str:
    """This computer's zone as an IANA name when it can tell (TZ, /etc/localtime), else ''."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name in zone_names():
        return name
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    found = target[target.find(marker) + len(marker) :] if marker in target else ""
    return found if found in zone_names() else ""


@dataclass(frozen=True)
class Period:
    """Local dates `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        require_date(self.start)
        require_date(self.end)
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    def utc_bounds(self, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
        """[start 00:00 local, day after end 00:00 local) in UTC."""
        zone = zone or local_zone()
        lo = datetime.combine(self.start, time(), zone).astimezone(UTC)
        hi = datetime.combine(self.end + timedelta(days=1), time(), zone).astimezone(UTC)
        return lo, hi

    def offset_minutes(self, zone: tzinfo | None = None) -> int:
        """The zone's UTC offset at the start of the period, used to bucket timestamps by local day."""
        zone = zone or local_zone()
        offset = datetime.combine(self.start, time(12), zone).utcoffset() or timedelta()
        return int(offset.total_seconds() // 60)

    def day_numbers(self) -> tuple[int, int]:
        """The first and last business day (YYYYMMDD), both included, to compare with orders.business_day."""
        return day_number(self.start), day_number(self.end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))
