"""Operations on the automation rules and their notifications (Settings' Rules box, the bell)."""

from collections.abc import Callable
from pathlib import Path

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.automation import RuleValues
from oms_desktop.gui.operations.op import Op
from oms_desktop.rule_outlets import ShopOutlets
from oms_desktop.services import automation, notifications
from oms_desktop.services.automation import RuleRecord, RunSummary
from oms_desktop.services.changes import Outcome
from oms_desktop.services.notifications import NotificationRecord


def list_rules() -> Op[list[RuleRecord]]:
    return Op(automation.list_rules)


def add_rule(values: RuleValues) -> Op[Outcome[RuleRecord]]:
    return Op(lambda uow: automation.add_rule(uow, values))


def remove_rule(rule_id: int) -> Op[Outcome[RuleRecord]]:
    return Op(lambda uow: automation.remove_rule(uow, str(rule_id)))


def list_notifications(limit: int = 100) -> Op[list[NotificationRecord]]:
    return Op(lambda uow: notifications.list_notifications(uow, limit=limit))


def unread_count() -> Op[int]:
    return Op(notifications.unread_count)


def mark_read(ids: list[int] | None) -> Op[Outcome[int]]:
    """These notifications read (None: all of them)."""
    return Op(lambda uow: notifications.mark_read(uow, ids))


def run_rules(data_dir: Path) -> Callable[[UnitOfWork], tuple[RunSummary, int]]:
    """The rules' run for the window's timer (gui/rule_runner.py runs it on a thread of its own, never on
    the database worker the counter uses): what it did, and how many notifications are unread now."""

    def work(uow: UnitOfWork) -> tuple[RunSummary, int]:
        summary = automation.run_rules(uow, outlets=ShopOutlets(data_dir))
        return summary, notifications.unread_count(uow)

    return work
