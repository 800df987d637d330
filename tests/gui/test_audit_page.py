"""The Audit page: the trail newest first in words, filtered by person (who did or approved it), by action
and by period."""

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.till import CashMoveKind
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.pages.audit import AuditModel, AuditPage
from oms_desktop.services import till
from tests.core.test_people import staffed
from tests.gui.helpers import column_texts


def shown(page: AuditPage, column: int) -> list[str]:
    return column_texts(page.rows, column)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, sqlite_uow: UnitOfWork) -> Iterator[AuditPage]:
    """Olivia adds Max and Ann; Max opens till T9 and pays cash in; Ann opens the drawer and pays cash out
    with Max's approval."""
    people = staffed(sqlite_uow)
    sqlite_uow.till = "T9"
    sqlite_uow.sign_in(people["Max"])
    till.open_till(sqlite_uow, Decimal("100.00"))
    till.move_cash(sqlite_uow, CashMoveKind.CASH_IN, Decimal("10.00"), "change from the bank")
    sqlite_uow.sign_in(people["Ann"])
    till.open_drawer(sqlite_uow, "customer needed change")
    till.move_cash(
        sqlite_uow.approved_by(people["Max"]), CashMoveKind.CASH_OUT, Decimal("5.00"), "petty cash"
    )
    audit = AuditPage(ctx)
    qtbot.addWidget(audit)
    with qtbot.waitSignal(audit.loaded):
        audit.show()
    yield audit
    audit.close()


def test_the_trail_newest_first_in_words(page: AuditPage) -> None:
    M = AuditModel
    assert shown(page, M.COL_ACTION)[:4] == ["Cash out", "Drawer opened (no sale)", "Cash in", "Till opened"]
    newest = page.rows.row_at(0)
    assert (newest.actor, newest.approver, newest.till) == ("Ann", "Max", "T9")
    assert shown(page, M.COL_WHO)[0] == "Ann" and shown(page, M.COL_APPROVER)[0] == "Max"
    assert shown(page, M.COL_AFTER)[0] == "amount: 5.00"
    assert shown(page, M.COL_DETAIL)[0] == "petty cash"
    assert shown(page, M.COL_TILL)[0] == "T9"
    assert "User added" in shown(page, M.COL_ACTION)
    assert page.count.text() == f"Rows: {page.rows.rowCount()}"
    index = page.rows.index(0, M.COL_ACTION)
    assert page.rows.data(index, Qt.ItemDataRole.ToolTipRole) == "cash_out"


def test_filters_by_person_action_and_period(qtbot: QtBot, page: AuditPage) -> None:
    M = AuditModel
    page.person.setText("Max")  # who did it, or approved it
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(page.person, Qt.Key.Key_Return)
    assert shown(page, M.COL_ACTION) == ["Cash out", "Cash in", "Till opened"]

    with qtbot.waitSignal(page.loaded):  # choosing an action reads again at once
        page.action.setCurrentIndex(page.action.findData("till_open"))
    assert page.action.currentText() == "Till opened"
    assert shown(page, M.COL_ACTION) == ["Till opened"]
    assert shown(page, M.COL_AFTER) == ["float: 100.00"]

    page.person.clear()
    with qtbot.waitSignal(page.loaded):
        page.action.setCurrentIndex(page.action.findData("user_add"))
    assert sorted(shown(page, M.COL_SUBJECT)) == ["Ann", "Max", "Olivia"]

    # The period: from tomorrow, nothing; the default is the last seven days, today included.
    assert page.first_day.date().daysTo(page.last_day.date()) == 6
    tomorrow = page.last_day.date().addDays(1)
    page.first_day.setDate(tomorrow)
    page.last_day.setDate(tomorrow)
    with qtbot.waitSignal(page.loaded):
        page.refresh_button.click()
    assert page.rows.rowCount() == 0 and page.count.text() == "Rows: 0"

    page.first_day.setDate(QDate.currentDate().addDays(-1))
    page.last_day.setDate(QDate.currentDate().addDays(1))
    with qtbot.waitSignal(page.loaded):
        page.action.setCurrentIndex(0)  # all actions
    assert len(shown(page, M.COL_ACTION)) >= 7


def test_the_model(qtmodeltester: object, page: AuditPage) -> None:
    qtmodeltester.check(page.rows)  # type: ignore[attr-defined]
