"""Automation rules: the owner's "when this happens, do that", and the engine that carries them out.

The engine scans what is stored (services/rule_events.py); the selling services never call it and do not
know it is there. `run_rules` runs from `oms-desktop rule run` (cron, the Task Scheduler), from the window
on a timer in a thread of its own, or from a long-running server. "A rule never fires twice, a failure is
never lost" holds by construction:

1. each event of an active rule since it was made becomes a `RuleFiring`, inserted with its key; the key is
   unique per rule (rules.id + event_key), and an insert that meets it does nothing (ON CONFLICT DO
   NOTHING, on SQLite and PostgreSQL), so of two runners at the same moment one gets it, the other skips;
2. the runner that inserted a firing (or, for a retry, claimed it with a conditional UPDATE) carries out
   the action through the existing services: notify (a notification, services/notifications.py), hold
   (services/holds.py, reason other, the rule's name as note), reorder (services/replenishment.create_pos
   for the product: a draft PO made or extended), print (the order's receipt or the till's Z report on a
   receipt printer) and e-mail (through the shop's mail server), the last two through `Outlets`;
3. success marks it done; a failure keeps its error, counts the try and waits (domain/automation.py's
   RETRY_AFTER) before the next; after the last it is failed and a notification says so. No firing is ever
   deleted: `rule firings` lists them.

A rule acts as itself ("rule: Unpaid 7 days", with a manager's rights, nobody there to approve), in the
history and the audit trail. Rules are added and removed by a manager or the owner, audited.
"""

import copy
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.automation import (
    LEASE,
    ORDER_TRIGGERS,
    FiringState,
    Rule,
    RuleAction,
    RuleFiring,
    RuleValues,
    Trigger,
    mail_addresses,
    retry_wait,
    stored_values,
)
from oms_desktop.domain.errors import DomainError, NotFound, ValidationError
from oms_desktop.domain.messages import english
from oms_desktop.domain.order import HoldState
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.till import TillSession
from oms_desktop.domain.user import Actor, Role
from oms_desktop.services import access, audit_trail, holds, lookups, notifications, orders, replenishment
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.notifications import NOTIFICATIONS
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.rule_events import Event, Told, new_events, told
from oms_desktop.services.settings import ShopSettings, load
from oms_desktop.services.till_reports import TillReport, from_json

log = logging.getLogger(__name__)
RULES = "rules"  # the kind of change a rule added or removed is
ERROR_MOST = 2000


# --- where printing and e-mail go (given by the caller: the core does not talk to devices) ---------------


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: str  # starttls, tls or none
    user: str
    sender: str


@dataclass(frozen=True)
class Mail:
    server: MailServer
    to: tuple[str, ...]
    subject: str
    body: str


class Outlets(Protocol):
    """How a rule's print and e-mail leave the program (oms_desktop/rule_outlets.py); each refuses with a
    DomainError (the printer does not answer, the mail server refused), which the firing retries."""

    def print_receipt(self, printer: str, order: OrderDetail, settings: ShopSettings) -> None: ...

    def print_till_report(self, printer: str, report: TillReport, settings: ShopSettings) -> None: ...

    def send_mail(self, mail: Mail) -> None: ...


def mail_server(settings: ShopSettings) -> MailServer:
    """The shop's mail server from its settings; refuses when none is set."""
    if not settings.smtp_host.strip():
        raise ValidationError("smtp_not_set")
    sender = settings.smtp_sender.strip() or settings.email.strip()
    if not sender:
        raise ValidationError("smtp_sender_missing")
    return MailServer(
        settings.smtp_host.strip(),
        settings.smtp_port,
        settings.smtp_security,
        settings.smtp_user.strip(),
        sender,
    )


# --- the rules ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleRecord:
    id: int
    name: str
    trigger: str
    trigger_value: str
    action: str
    action_value: str
    active: bool
    created_at: datetime
    created_by: str
    done: int = 0
    pending: int = 0
    failed: int = 0

    @property
    def when(self) -> str:
        """The trigger in the command line's words ("order overdue 7 days")."""
        return describe_trigger(self.trigger, self.trigger_value)

    @property
    def does(self) -> str:
        return describe_action(self.action, self.action_value)


def describe_trigger(trigger: str, value: str) -> str:
    words = {
        Trigger.ORDER_CREATED: "order created" + (f" ({value})" if value else ""),
        Trigger.ORDER_PAID: "order paid" + (f" ({value})" if value else ""),
        Trigger.ORDER_OVERDUE: f"order unpaid {value} days after its due date",
        Trigger.PAID_NOT_SHIPPED: f"paid, not shipped after {value} hours",
        Trigger.STOCK_LOW: "stock below its reorder point",
        Trigger.STOCK_SUMMARY: "low-stock summary, once a day",
        Trigger.TILL_VARIANCE: "till closed with a variance" + (f" of {value} or more" if value else ""),
    }
    return words.get(Trigger(trigger), trigger)


def describe_action(action: str, value: str) -> str:
    words = {
        RuleAction.NOTIFY: "notify",
        RuleAction.PRINT: f"print on {value or 'this computer’s receipt printer'}",
        RuleAction.HOLD: "put the order on hold",
        RuleAction.REORDER: "add to a draft purchase order",
        RuleAction.EMAIL: f"e-mail {value}",
    }
    return words.get(RuleAction(action), action)


def _record(rule: Rule, counts: dict[tuple[int, FiringState], int] | None = None) -> RuleRecord:
    c = counts or {}
    return RuleRecord(
        id=rule.id,
        name=rule.name,
        trigger=rule.trigger.value,
        trigger_value=rule.trigger_value,
        action=rule.action.value,
        action_value=rule.action_value,
        active=rule.active,
        created_at=rule.created_at,
        created_by=rule.created_by,
        done=c.get((rule.id, FiringState.DONE), 0),
        pending=c.get((rule.id, FiringState.PENDING), 0),
        failed=c.get((rule.id, FiringState.FAILED), 0),
    )


def add_rule(uow: UnitOfWork, values: RuleValues) -> Outcome[RuleRecord]:
    """A new rule (a manager's or the owner's, audited); it acts on what happens from now on."""
    name, trigger_value, action_value = stored_values(values)

    def action(session: Session) -> Outcome[RuleRecord]:
        approver = access.require(session, uow, Permission.RULES)
        taken = session.scalar(
            select(Rule.name).where(Rule.active.is_(True), func.lower(Rule.name) == name.lower())
        )
        if taken is not None:
            raise ValidationError("rule_name_taken", name=taken)
        rule = Rule(
            name=name,
            trigger=values.trigger,
            trigger_value=trigger_value,
            action=values.action,
            action_value=action_value,
            active=True,
            created_at=uow.now(),
            created_by=uow.user[:64],
        )
        session.add(rule)
        session.flush()
        audit_trail.record(
            session,
            uow,
            "rule_add",
            name,
            after={
                "trigger": rule.trigger.value,
                "value": trigger_value,
                "action": rule.action.value,
                "target": action_value,
            },
            approver=approver,
        )
        return Outcome(_record(rule), Changes.of(RULES, [rule.id]))

    return uow.run(action)


def _rule_by_ref(session: Session, ref: str) -> Rule:
    """A rule by its number (3 or #3) or its name (any case); active rules first."""
    text = " ".join(ref.split())
    number = text.removeprefix("#")
    if number.isascii() and number.isdigit():
        found = session.get(Rule, int(number))
        if found is not None:
            return found
    by_name = session.scalars(
        select(Rule).where(func.lower(Rule.name) == text.lower()).order_by(Rule.active.desc(), Rule.id.desc())
    ).first()
    if by_name is None:
        raise NotFound("unknown_rule", rule=ref[:80])
    return by_name


def remove_rule(uow: UnitOfWork, ref: str) -> Outcome[RuleRecord]:
    """Stop a rule (a manager's or the owner's, audited): it fires no more and its retries stop; the rule,
    its firings and its notifications are kept."""

    def action(session: Session) -> Outcome[RuleRecord]:
        approver = access.require(session, uow, Permission.RULES)
        rule = _rule_by_ref(session, ref)
        if not rule.active:
            raise NotFound("unknown_rule", rule=ref[:80])
        rule.active = False
        session.flush()
        audit_trail.record(
            session,
            uow,
            "rule_remove",
            rule.name,
            before={"trigger": rule.trigger.value, "action": rule.action.value},
            approver=approver,
        )
        return Outcome(_record(rule), Changes.of(RULES, [rule.id]))

    return uow.run(action)


def list_rules(uow: UnitOfWork, *, removed: bool = False) -> list[RuleRecord]:
    """The active rules (and the removed ones too), oldest first, with how their firings stand."""
    with uow.read() as session:
        query = select(Rule).order_by(Rule.id)
        if not removed:
            query = query.where(Rule.active.is_(True))
        rules = list(session.scalars(query))
        counts = {
            (rid, state): int(n)
            for rid, state, n in session.execute(
                select(RuleFiring.rule_id, RuleFiring.state, func.count()).group_by(
                    RuleFiring.rule_id, RuleFiring.state
                )
            )
        }
        return [_record(r, counts) for r in rules]


@dataclass(frozen=True)
class FiringRecord:
    id: int
    rule: str
    event_key: str
    subject: str
    state: str
    attempts: int
    fired_at: datetime
    last_error: str
    next_attempt_at: datetime | None
    done_at: datetime | None


def list_firings(
    uow: UnitOfWork, *, state: FiringState | None = None, rule: str | None = None, limit: int = 100
) -> list[FiringRecord]:
    """The log of what the rules did: each firing, newest first."""
    with uow.read() as session:
        query = select(RuleFiring, Rule.name).join(Rule, Rule.id == RuleFiring.rule_id)
        if state is not None:
            query = query.where(RuleFiring.state == state)
        if rule is not None:
            query = query.where(RuleFiring.rule_id == _rule_by_ref(session, rule).id)
        rows = session.execute(query.order_by(RuleFiring.id.desc()).limit(max(1, min(limit, 1000))))
        return [
            FiringRecord(
                id=f.id,
                rule=name,
                event_key=f.event_key,
                subject=f.subject,
                state=f.state.value,
                attempts=f.attempts,
                fired_at=f.fired_at,
                last_error=f.last_error,
                next_attempt_at=f.next_attempt_at,
                done_at=f.done_at,
            )
            for f, name in rows
        ]


# --- the engine ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSummary:
    found: int  # new events (firings inserted by this run)
    done: int  # actions carried out (new or retried)
    retrying: int  # failed this time, to be tried again
    given_up: int  # failed for the last time (each left a notification)
    notified: int  # notifications left

    @property
    def changes(self) -> Changes:
        if not (self.found or self.done or self.given_up):
            return Changes()
        return Changes.of(NOTIFICATIONS) | Changes.of(RULES)


def acting_as(uow: UnitOfWork, rule: Rule) -> UnitOfWork:
    """The unit of work the rule acts with: as itself, with a manager's rights and nobody to approve."""
    acting = copy.copy(uow)
    acting.approver = None
    acting.sign_in(Actor(user_id=0, name=f"rule: {rule.name}"[:64], role=Role.MANAGER, remote=True))
    return acting


def run_rules(uow: UnitOfWork, now: datetime | None = None, *, outlets: Outlets | None = None) -> RunSummary:
    """Fire every active rule for its new events, then retry the firings whose wait is over."""
    moment = now or uow.now()
    tally = _Tally()
    with uow.read() as session:
        rules = list(session.scalars(select(Rule).where(Rule.active.is_(True)).order_by(Rule.id)))
        session.expunge_all()  # kept as read (the read's rollback would expire them)
    for rule in rules:
        acting = acting_as(uow, rule)
        for event in new_events(acting, rule, moment):
            firing_id = _insert(acting, rule, event, moment)
            if firing_id is None:
                continue  # another runner has it
            tally.found += 1
            _carry_out(acting, rule, firing_id, event.subject, moment, outlets, tally)
    active = {r.id: r for r in rules}
    for rule_id, firing_id, subject in _due_retries(uow, moment):
        owner = active.get(rule_id)
        if owner is None:
            continue  # removed since: it acts no more
        acting = acting_as(uow, owner)
        if _claim(acting, firing_id, moment):
            _carry_out(acting, owner, firing_id, subject, moment, outlets, tally)
    return RunSummary(tally.found, tally.done, tally.retrying, tally.given_up, tally.notified)


@dataclass
class _Tally:
    found: int = 0
    done: int = 0
    retrying: int = 0
    given_up: int = 0
    notified: int = 0


def _insert(uow: UnitOfWork, rule: Rule, event: Event, now: datetime) -> int | None:
    """Insert the firing, claimed by this runner for a lease; None when its key is there already."""

    def action(session: Session) -> int | None:
        dialect = session.get_bind().dialect.name
        maker = pg_insert if dialect == "postgresql" else sqlite_insert
        values = {
            "rule_id": rule.id,
            "event_key": event.key[:120],
            "subject": event.subject[:64],
            "fired_at": now,
            "state": FiringState.PENDING,
            "attempts": 0,
            "last_error": "",
            "next_attempt_at": now + LEASE,
            "done_at": None,
        }
        statement = (
            maker(RuleFiring)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["rule_id", "event_key"])
            .returning(RuleFiring.id)
        )
        return session.scalar(statement)

    return uow.run(action)


def _due_retries(uow: UnitOfWork, now: datetime) -> list[tuple[int, int, str]]:
    with uow.read() as session:
        rows = session.execute(
            select(RuleFiring.rule_id, RuleFiring.id, RuleFiring.subject)
            .where(RuleFiring.state == FiringState.PENDING, RuleFiring.next_attempt_at <= now)
            .order_by(RuleFiring.next_attempt_at, RuleFiring.id)
            .limit(500)
        )
        return [(rid, fid, subject) for rid, fid, subject in rows]


def _claim(uow: UnitOfWork, firing_id: int, now: datetime) -> bool:
    """Take a firing due for another try; False when another runner took it first."""

    def action(session: Session) -> bool:
        taken = session.execute(
            update(RuleFiring)
            .where(
                RuleFiring.id == firing_id,
                RuleFiring.state == FiringState.PENDING,
                RuleFiring.next_attempt_at <= now,
            )
            .values(next_attempt_at=now + LEASE)
        )
        return bool(getattr(taken, "rowcount", 0))

    return uow.run(action)


def _done(session: Session, firing_id: int, now: datetime) -> None:
    session.execute(
        update(RuleFiring)
        .where(RuleFiring.id == firing_id, RuleFiring.state == FiringState.PENDING)
        .values(
            state=FiringState.DONE,
            attempts=RuleFiring.attempts + 1,
            done_at=now,
            next_attempt_at=None,
            last_error="",
        )
    )


def _carry_out(
    uow: UnitOfWork,
    rule: Rule,
    firing_id: int,
    subject: str,
    now: datetime,
    outlets: Outlets | None,
    tally: _Tally,
) -> None:
    """Do the rule's action for one firing and mark how it went (a failure waits for its next try)."""
    try:
        if rule.action is RuleAction.NOTIFY:

            def notify(session: Session) -> None:
                said = told(session, uow, rule, subject, now)
                notifications.add(
                    session,
                    uow,
                    said.code,
                    said.params,
                    subject_kind=said.subject_kind,
                    subject=said.subject,
                    rule_id=rule.id,
                )
                _done(session, firing_id, now)

            uow.run(notify)
            tally.notified += 1
        else:
            _act(uow, rule, subject, now, outlets)
            uow.run(lambda session: _done(session, firing_id, now))
        tally.done += 1
    except DomainError as exc:
        _failed(uow, rule, firing_id, str(exc), now, tally)
    except Exception as exc:  # unforeseen: kept on the firing and in the log, never lost
        log.exception("rule %s failed on %s", rule.id, subject)
        _failed(uow, rule, firing_id, f"{type(exc).__name__}: {exc}", now, tally)


def _act(uow: UnitOfWork, rule: Rule, subject: str, now: datetime, outlets: Outlets | None) -> None:
    """The actions that are not a notification, each through the service that owns it."""
    action = rule.action
    if action is RuleAction.HOLD:
        with uow.read() as session:
            held = lookups.order_by_number(session, subject).hold_state == HoldState.HELD
        if not held:  # held already (by someone, or by this firing's last try): nothing more to do
            holds.hold(uow, subject, reason="other", note=rule.name)
        return
    if action is RuleAction.REORDER:
        made = replenishment.create_pos(uow, codes=[subject]).value
        if subject in made.without_supplier:
            raise ValidationError("rule_no_supplier", sku=subject)
        return
    if outlets is None:
        raise ValidationError("rule_outlets_missing", action=action.value)
    with uow.read() as session:
        settings = load(session)
        said: Told = told(session, uow, rule, subject, now)
        till_report = None
        if action is RuleAction.PRINT and rule.trigger is Trigger.TILL_VARIANCE:
            till = session.get(TillSession, int(subject))
            if till is None or not till.report:
                raise NotFound("rule_till_missing", number=int(subject))
            till_report = from_json(till.report, till.id)
    if action is RuleAction.PRINT:
        if till_report is not None:
            outlets.print_till_report(rule.action_value, till_report, settings)
        elif rule.trigger in ORDER_TRIGGERS:
            outlets.print_receipt(rule.action_value, orders.get_order(uow, subject), settings)
        return
    if action is RuleAction.EMAIL:
        text = english(said.code, said.params)
        where = f"\n{said.subject_kind.capitalize()}: {said.subject}" if said.subject else ""
        body = f"{text}\n\nRule: {rule.name}{where}\n-- \n{settings.shop_name}\n"
        outlets.send_mail(
            Mail(
                mail_server(settings),
                tuple(mail_addresses(rule.action_value)),
                f"{settings.shop_name}: {rule.name}",
                body,
            )
        )
        return
    raise AssertionError(f"no action {action}")


def _failed(uow: UnitOfWork, rule: Rule, firing_id: int, error: str, now: datetime, tally: _Tally) -> None:
    """Count the failed try: wait for the next one, or give up and say so in a notification."""

    # Where a click on the failure goes: the order, the product, or nowhere (a till, a day's summary).
    kind = (
        "order" if rule.trigger in ORDER_TRIGGERS else "product" if rule.trigger is Trigger.STOCK_LOW else ""
    )

    def action(session: Session) -> bool:
        firing = session.get(RuleFiring, firing_id)
        if firing is None or firing.state is not FiringState.PENDING:
            return False
        firing.attempts += 1
        firing.last_error = error[:ERROR_MOST]
        wait = retry_wait(firing.attempts)
        if wait is not None:
            firing.next_attempt_at = now + wait
            return False
        firing.state = FiringState.FAILED
        firing.next_attempt_at = None
        notifications.add(
            session,
            uow,
            "rule_failed",
            {"rule": rule.name, "attempts": firing.attempts, "subject": firing.subject, "error": error[:300]},
            subject_kind=kind,
            subject=firing.subject if kind else "",
            rule_id=rule.id,
        )
        return True

    try:
        gave_up = uow.run(action)
    except DomainError:  # the database refuses even this (damaged, busy): the lease runs out, it is retried
        log.warning("rule %s: the failure of firing %s could not be kept", rule.id, firing_id)
        return
    if gave_up:
        tally.given_up += 1
        tally.notified += 1
    else:
        tally.retrying += 1
