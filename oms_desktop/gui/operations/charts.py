"""Operations of the Charts page: one report, or every report for a workbook."""

from typing import Any

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.operations.op import Op, ProgressOp
from oms_desktop.gui.tasks import Progress
from oms_desktop.services.analytics.catalog import REPORTS, ReportOptions
from oms_desktop.services.periods import Period

Job = tuple[str, Period, ReportOptions]


def report(name: str, period: Period, options: ReportOptions) -> Op[Any]:
    run = REPORTS[name].run
    return Op(lambda uow: run(uow, period, options))


def all_reports(jobs: list[Job]) -> ProgressOp[list[Any]]:
    """Every report of the page, for one workbook; nothing when the user cancels."""

    def work(uow: UnitOfWork, progress: Progress) -> list[Any]:
        results = []
        for done, (name, period, options) in enumerate(jobs):
            if not progress(done, len(jobs)):
                return []
            results.append(REPORTS[name].run(uow, period, options))
        return results

    return ProgressOp(work)
