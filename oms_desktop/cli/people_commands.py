"""user add / list / disable / enable / pin, and audit list."""

import argparse
import sys
from datetime import datetime, time, timedelta

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.domain.user import Role
from oms_desktop.services import audit_trail, users


def add(sub: argparse._SubParsersAction) -> None:
    u = sub.add_parser("user", help="the shop's people: cashiers, managers, owners").add_subparsers(
        dest="user_command", required=True
    )
    ua = u.add_parser("add", help="add a person (the first one is the owner)")
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    # This --pin is the new person's; the signing-in person's PIN goes before the command (or OMS_PIN).
    ua.add_argument("--pin", dest="new_pin", required=True, help="their PIN, 4-8 digits (- reads stdin)")
    ua.add_argument("--badge", default="", help="a badge barcode that signs them in")
    ua.set_defaults(func=user_add)
    u.add_parser("list", help="everyone, with their role").set_defaults(func=user_list)
    for name, enable, helptext in (
        ("disable", False, "take a person's access away (their history stays)"),
        ("enable", True, "give a disabled person access again"),
    ):
        p = u.add_parser(name, help=helptext)
        p.add_argument("name")
        p.set_defaults(func=user_disable, enable=enable)
    up = u.add_parser("pin", help="set a person's PIN (an owner's; anyone may change their own)")
    up.add_argument("name")
    up.add_argument("--pin", dest="new_pin", required=True, help="the new PIN, 4-8 digits (- reads stdin)")
    up.set_defaults(func=user_pin)

    a = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    al = a.add_parser("list", help="sensitive actions, newest first")
    al.add_argument("--person", help="who did it or approved it")
    al.add_argument("--action", help="refund, void, discount, price_override, stock_adjust, cash_in, ...")
    al.add_argument("--from", dest="start", type=A.day, metavar="YYYY-MM-DD")
    al.add_argument("--to", dest="end", type=A.day, metavar="YYYY-MM-DD", help="inclusive")
    al.add_argument("--limit", type=A.positive, default=200)
    al.set_defaults(func=audit_list)


def _new_pin(ctx: Context) -> str:
    """The new PIN as given; `-` reads it from the first line of standard input."""
    given = str(ctx.args.new_pin)
    return sys.stdin.readline().strip() if given == "-" else given


def user_add(ctx: Context) -> int:
    a = ctx.args
    pin = _new_pin(ctx)
    record = users.add_user(ctx.uow, a.name, a.role, pin, badge=a.badge).value
    ctx.show({"added": record.name, "role": record.role.value})
    return 0


def user_list(ctx: Context) -> int:
    found = users.list_users(ctx.uow)
    ctx.show(
        found,
        ["Name", "Role", "Active", "Badge"],
        [[u.name, u.role.value, "yes" if u.active else "no", u.badge] for u in found],
    )
    return 0


def user_disable(ctx: Context) -> int:
    record = users.disable_user(ctx.uow, ctx.args.name, enable=ctx.args.enable).value
    ctx.show({"user": record.name, "active": record.active})
    return 0


def user_pin(ctx: Context) -> int:
    pin = _new_pin(ctx)
    record = users.set_pin(ctx.uow, ctx.args.name, pin).value
    ctx.show({"user": record.name, "pin": "changed"})
    return 0


def audit_list(ctx: Context) -> int:
    a = ctx.args
    uow = ctx.uow
    zone = uow.zone or datetime.now().astimezone().tzinfo

    def start_of(day: object) -> datetime | None:
        return datetime.combine(day, time.min, tzinfo=zone) if day is not None else None  # type: ignore[arg-type]

    until = start_of(a.end)
    rows = audit_trail.entries(
        uow,
        person=a.person,
        action=a.action,
        since=start_of(a.start),
        until=until + timedelta(days=1) if until is not None else None,
        limit=max(1, min(a.limit, 100_000)),
    )
    ctx.show(
        rows,
        ["#", "When", "Who", "Approved by", "Action", "Subject", "Before", "After", "Detail", "Till"],
        [
            [
                r.seq,
                r.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                r.actor,
                r.approver,
                r.action,
                r.subject,
                r.before,
                r.after,
                r.detail,
                r.till,
            ]
            for r in rows
        ],
    )
    return 0
