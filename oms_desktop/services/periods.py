"""Turning the shop's local calendar dates into the UTC instants stored in the database."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from oms_desktop.db.uow import day_number


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


@dataclass(frozen=True)
class Period:
    """Local dates `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
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
