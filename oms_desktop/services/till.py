"""A till's day: open with a float, pay cash in and out, open the drawer without a sale, look at the X
report, and close with a blind count that freezes the numbered Z report. Every action is one transaction and
an audit row; the rules of who may do what are `services/access.py`'s."""

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.denominations import count_total, denominations
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.money import to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.till import CashMove, CashMoveKind, SessionState, TillSession
from oms_desktop.domain.till_workflow import TILL_SESSIONS, TillAction
from oms_desktop.services import access, audit_trail
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.settings import load as load_settings
from oms_desktop.services.till_reports import (
    CountedPiece,
    TillReport,
    from_json,
    live_report,
    report_hash,
    to_json,
    z_subject,
)

_OPEN = select(TillSession).where(
    TillSession.till == bindparam("till"), TillSession.state == SessionState.OPEN
)


def _till(uow: UnitOfWork) -> str:
    name = uow.till.strip()
    if not name or len(name) > 64:
        raise ValidationError("till_name_invalid", name=uow.till[:80])
    return name


def open_session(session: Session, till: str) -> TillSession | None:
    return session.scalar(_OPEN, {"till": till})


def _require_open(session: Session, uow: UnitOfWork) -> TillSession:
    found = open_session(session, _till(uow))
    if found is None:
        raise ValidationError("till_not_open", till=_till(uow))
    return found


def session_for_payments(session: Session, uow: UnitOfWork, methods: list[PaymentMethod]) -> int | None:
    """The open session of this till that the payments' money goes through. Once the shop has users, cash
    needs an open session (the cash-up must see it); card and the rest are counted when a session is open."""
    if not uow.till:
        return None
    found = open_session(session, uow.till)
    if found is None and PaymentMethod.CASH in methods and uow.actor is not None:
        raise ValidationError("till_not_open", till=uow.till)
    return found.id if found is not None else None


def _currency(session: Session) -> str:
    return load_settings(session).currency


def open_till(uow: UnitOfWork, float_amount: Decimal) -> Outcome[TillReport]:
    """Open this till's session with the cash put in the drawer to give change from."""
    require_amount(float_amount)
    minor = to_minor(float_amount)
    if minor < 0:
        raise ValidationError("float_negative", amount=float_amount)

    def action(session: Session) -> Outcome[TillReport]:
        access.require(session, uow, Permission.OPEN_SHIFT)
        till = _till(uow)
        current = open_session(session, till)
        if current is not None:
            raise ValidationError(
                "till_already_open",
                till=till,
                since=current.opened_at.astimezone(uow.zone).strftime("%Y-%m-%d %H:%M"),
                by=current.opened_by,
            )
        doc = TillSession(
            till=till,
            float_minor=minor,
            opened_by=uow.user,
            opened_at=uow.now(),
            closed_by="",
            approved_by="",
            report="",
        )
        TILL_SESSIONS.move(doc, TILL_SESSIONS.step(TillAction.OPEN), uow.now(), lambda _d, _n: None)
        session.add(doc)
        session.flush()
        audit_trail.record(session, uow, "till_open", till, after={"float": float_amount})
        return Outcome(
            _as_seen_by(uow, live_report(session, doc, _currency(session))), Changes(settings=True)
        )

    return uow.run(action, retry_integrity=True)


def move_cash(uow: UnitOfWork, kind: CashMoveKind, amount: Decimal, reason: str) -> Outcome[TillReport]:
    """Cash paid into or out of the drawer (not a sale), with its reason; a manager's action."""
    require_amount(amount)
    minor = to_minor(amount)
    if minor <= 0:
        raise ValidationError("cash_move_not_positive", amount=amount)
    reason = reason.strip()
    if not reason:
        raise ValidationError("cash_move_needs_reason")

    def action(session: Session) -> Outcome[TillReport]:
        approver = access.require(session, uow, Permission.CASH_IN_OUT)
        doc = _require_open(session, uow)
        TILL_SESSIONS.require(doc, kind.value)
        if kind is CashMoveKind.CASH_OUT:
            expected = live_report(session, doc, "").expected_cash
            if amount > expected:
                raise ValidationError("cash_out_exceeds_drawer", expected=expected, amount=amount)
        doc.moves.append(
            CashMove(
                kind=kind,
                amount_minor=minor,
                reason=reason[:200],
                user=uow.user,
                approved_by=approver,
                at=uow.now(),
            )
        )
        session.flush()
        audit_trail.record(session, uow, kind.value, doc.till, after={"amount": amount}, detail=reason)
        return Outcome(
            _as_seen_by(uow, live_report(session, doc, _currency(session))), Changes(settings=True)
        )

    return uow.run(action)


def open_drawer(uow: UnitOfWork, reason: str = "") -> Outcome[None]:
    """The drawer opened without a sale: recorded and audited (a session is needed only when one exists)."""

    def action(session: Session) -> Outcome[None]:
        access.require(session, uow, Permission.OPEN_DRAWER)
        doc = open_session(session, uow.till) if uow.till else None
        if doc is not None:
            doc.moves.append(
                CashMove(
                    kind=CashMoveKind.NO_SALE,
                    amount_minor=0,
                    reason=reason.strip()[:200],
                    user=uow.user,
                    approved_by="",
                    at=uow.now(),
                )
            )
        audit_trail.record(session, uow, "no_sale", uow.till, detail=reason.strip())
        return Outcome(None, Changes(settings=True))

    return uow.run(action)


def status(uow: UnitOfWork) -> TillReport:
    """The X report of this till's open session (refused when it is not open)."""
    with uow.read() as session:
        doc = _require_open(session, uow)
        return _as_seen_by(uow, live_report(session, doc, _currency(session)))


def _as_seen_by(uow: UnitOfWork, report: TillReport) -> TillReport:
    """A blind count: whoever may not close with a variance does not see what the drawer should hold."""
    return report if access.may(uow, Permission.CLOSE_WITH_VARIANCE) else report.blind()


def close_till(
    uow: UnitOfWork, *, counted: dict[Decimal, int] | None = None, counted_total: Decimal | None = None
) -> Outcome[TillReport]:
    """Close this till's session with what was counted (blind: the cashier has not seen the expected cash).
    The variance beyond the shop's limit needs a manager. The Z report gets the till's next number and is
    kept as it is now."""
    if counted is None and counted_total is None:
        raise ValidationError("count_missing")
    total = count_total(counted) if counted is not None else Decimal(counted_total or 0)
    require_amount(total)
    if total < 0:
        raise ValidationError("count_negative", amount=total)

    def action(session: Session) -> Outcome[TillReport]:
        access.require(session, uow, Permission.OPEN_SHIFT)
        doc = _require_open(session, uow)
        step = TILL_SESSIONS.require(doc, TillAction.CLOSE)
        settings = load_settings(session)
        report = live_report(session, doc, settings.currency)
        variance = total - report.expected_cash
        approver = ""
        if abs(variance) > settings.variance_limit:
            approver = access.require(session, uow, Permission.CLOSE_WITH_VARIANCE)
        number = (
            session.scalar(select(func.max(TillSession.z_number)).where(TillSession.till == doc.till)) or 0
        ) + 1
        now = uow.now()
        TILL_SESSIONS.move(doc, step, now, lambda _d, _n: None)
        doc.closed_by, doc.approved_by, doc.z_number = uow.user, approver, number
        doc.expected_minor, doc.counted_minor = to_minor(report.expected_cash), to_minor(total)
        pieces = tuple(
            CountedPiece(face, counted[face], face * counted[face])
            for face in denominations(settings.currency)
            if counted is not None and counted.get(face)
        )
        session.flush()
        live = live_report(session, doc, settings.currency)
        closed = replace(
            live,
            overrides=live.overrides + (1 if approver else 0),  # the close's own approval, written below
            z_number=number,
            counted_cash=total,
            counted=pieces,
            variance=variance,
            audit_head=audit_trail.head(session),
        )
        doc.report = to_json(closed)
        audit_trail.record(
            session,
            uow,
            "till_close",
            z_subject(doc.till, number),
            after={
                "expected": closed.expected_cash,
                "counted": total,
                "variance": variance,
                "report_hash": report_hash(doc.report),
            },
            approver=approver,
        )
        return Outcome(closed, Changes(settings=True))

    return uow.run(action, retry_integrity=True)


def z_report(uow: UnitOfWork, number: int, till: str | None = None) -> TillReport:
    """A Z report as it was closed (for a reprint); never recomputed."""
    name = (till or uow.till).strip()
    with uow.read() as session:
        doc = session.scalar(
            select(TillSession).where(TillSession.till == name, TillSession.z_number == number)
        )
        if doc is None or not doc.report:
            raise NotFound("unknown_z_report", till=name, number=number)
        return from_json(doc.report, doc.id)


def z_numbers(uow: UnitOfWork, till: str | None = None) -> list[tuple[int, datetime]]:
    """This till's closed sessions, newest first: (Z number, when it closed)."""
    name = (till or uow.till).strip()
    with uow.read() as session:
        rows = session.execute(
            select(TillSession.z_number, TillSession.closed_at)
            .where(TillSession.till == name, TillSession.z_number.is_not(None))
            .order_by(TillSession.z_number.desc())
        )
        return [(n, at) for n, at in rows if n is not None and at is not None]
