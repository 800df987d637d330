"""Operations on the audit trail (the Audit page): its rows by person, action and period."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import audit_trail
from oms_desktop.services.audit_trail import AuditRow
from oms_desktop.services.periods import local_zone

LIMIT = 500


@dataclass(frozen=True)
class AuditFilter:
    """What the page asks for: who (did it or approved it; empty: anyone), which action (empty: any), and
    the days first..last in the shop's calendar (both included)."""

    person: str = ""
    action: str = ""
    first_day: date | None = None
    last_day: date | None = None
    limit: int = LIMIT


def entries(flt: AuditFilter) -> Op[list[AuditRow]]:
    """The newest rows first, at most `flt.limit`; days are read in the shop's time zone."""

    def read(uow: UnitOfWork) -> list[AuditRow]:
        zone = uow.zone or local_zone()

        def start_of(day: date) -> datetime:
            return datetime.combine(day, time.min, tzinfo=zone)

        first, last = flt.first_day, flt.last_day
        if first is not None and last is not None and first > last:
            first, last = last, first  # the same span picked the wrong way round
        return audit_trail.entries(
            uow,
            person=flt.person.strip() or None,
            action=flt.action.strip() or None,
            since=start_of(first) if first is not None else None,
            until=start_of(last + timedelta(days=1)) if last is not None else None,
            limit=max(1, flt.limit),
        )

    return Op(read)
