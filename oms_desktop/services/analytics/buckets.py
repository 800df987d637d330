"""Calendar buckets (day, week from Monday, month) of a period's local dates, and day keys from SQL."""

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, SQLColumnExpression
from sqlalchemy.orm import Session

from oms_desktop.services.periods import Period
from oms_desktop.services.reports import local_bucket

DAY_FORMAT = "%Y-%m-%d"


class Granularity(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Bucket:
    """Local days `first` to `last` (both included, clipped to the period) and their label."""

    first: date
    last: date
    label: str  # 2026-11-03 (day), 2026-11-02 (the Monday a week starts on), 2026-11 (month)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]


def bucket_start(day: date, granularity: Granularity) -> date:
    """The first day of the calendar bucket holding `day`."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def buckets(period: Period, granularity: Granularity) -> list[Bucket]:
    """The period's days grouped into calendar buckets, in order; edge buckets may be partial."""
    result: list[Bucket] = []
    day = period.start
    while day <= period.end:
        start = bucket_start(day, granularity)
        last = day
        while last < period.end and bucket_start(last + timedelta(days=1), granularity) == start:
            last += timedelta(days=1)
        label = start.strftime("%Y-%m") if granularity is Granularity.MONTH else start.isoformat()
        result.append(Bucket(day, last, label))
        day = last + timedelta(days=1)
    return result


def local_day(session: Session, column: SQLColumnExpression[datetime], offset_minutes: int) -> ColumnElement:
    """The local calendar day ('YYYY-MM-DD') of a UTC timestamp column, in SQL (see reports.local_bucket)."""
    return local_bucket(session, column, offset_minutes, DAY_FORMAT)


def day_key(value: object) -> date:
    """A day key as SQL returns it ('YYYY-MM-DD' text) -> date."""
    return date.fromisoformat(str(value))


def from_day_number(value: int) -> date:
    """A business day as stored (YYYYMMDD) -> date."""
    number = int(value)
    return date(number // 10000, number // 100 % 100, number % 100)
