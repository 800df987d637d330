"""rule list | add | remove | run | firings, notifications list | read, and mail password | test: the
owner's automation rules, what they leave for the shop, and the mail server their e-mail goes through."""

import argparse
import getpass
import sys
from collections.abc import Callable, Mapping

from oms_desktop import keychain, mailer
from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.domain.automation import ACTIONS_FOR, FiringState, RuleAction, RuleValues, Trigger
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.messages import visible
from oms_desktop.rule_outlets import ShopOutlets
from oms_desktop.services import automation, notifications
from oms_desktop.services.automation import Mail, mail_server
from oms_desktop.services.settings import get_settings

# The command line's words for the triggers (--when) and the actions (--do).
WHEN = {t.value.replace("_", "-"): t for t in Trigger}
DO = {a.value: a for a in RuleAction}
WHEN_HELP = {
    Trigger.ORDER_CREATED: "an order is made (--channel counter|phone|wholesale|online: only those)",
    Trigger.ORDER_PAID: "an order is paid in full (--channel: only those)",
    Trigger.ORDER_OVERDUE: "an order on account is unpaid --days N days after its due date",
    Trigger.PAID_NOT_SHIPPED: "a paid order is not shipped --hours N hours after it was paid",
    Trigger.STOCK_LOW: "a product's available stock is below its reorder point (once a day per product)",
    Trigger.STOCK_SUMMARY: "once a day: how many products are below their reorder point",
    Trigger.TILL_VARIANCE: "a till is closed with its cash off (--over AMOUNT: by at least that much)",
}
DO_HELP = {
    RuleAction.NOTIFY: "a notification in the window's bell and `notifications list`",
    RuleAction.EMAIL: "an e-mail --to ADDRESS[,ADDRESS] through the shop's mail server (settings smtp-*)",
    RuleAction.PRINT: "the order's receipt, or the till's Z report, on --printer (default: this computer's)",
    RuleAction.HOLD: "put the order on hold (reason other, the rule's name as the note)",
    RuleAction.REORDER: "add the product to its supplier's draft purchase order (made if there is none)",
}


def _epilog() -> str:
    lines = ["triggers (--when):"]
    lines += [f"  {word:<17} {WHEN_HELP[t]}" for word, t in WHEN.items()]
    lines += ["", "actions (--do), and the triggers each goes with:"]
    for word, action in DO.items():
        goes = [w for w, t in WHEN.items() if action in ACTIONS_FOR[t]]
        lines.append(f"  {word:<17} {DO_HELP[action]}")
        lines.append(f"  {'':<17} with: {', '.join(goes)}")
    lines += [
        "",
        "examples:",
        '  oms-desktop rule add --name "Unpaid 7 days" --when order-overdue --days 7 --do notify',
        '  oms-desktop rule add --name "Tell me" --when order-overdue --days 7 --do email --to me@shop.cn',
        '  oms-desktop rule add --name "Web orders" --when order-created --channel online --do print',
        '  oms-desktop rule add --name "Restock" --when stock-low --do reorder',
        "",
        "A rule acts on what happens after it is made, once per event; `oms-desktop rule run` runs the",
        "rules now (the window runs them every minute; for a computer without the window, run it from",
        "cron or the Task Scheduler).",
    ]
    return "\n".join(lines)


def _word(choices: Mapping[str, object], what: str) -> Callable[[str], object]:
    def parse(text: str) -> object:
        word = text.strip().lower().replace("_", "-")
        if word not in choices:
            raise argparse.ArgumentTypeError(f"'{text[:30]}' is not {what}: one of {', '.join(choices)}")
        return choices[word]

    return parse


def add(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(
        "rule",
        help="automation rules: when something happens, notify, e-mail, print, hold or reorder",
        description="The shop's automation rules. `rule add --help` lists the triggers and actions.",
    ).add_subparsers(dest="rule_command", required=True)
    ls = r.add_parser("list", help="the rules, with how many times each fired")
    ls.add_argument("--all", action="store_true", help="removed rules too")
    ls.set_defaults(func=rule_list)

    a = r.add_parser(
        "add",
        help="a new rule (a manager's or the owner's)",
        description="A new rule: --when something happens, --do something. It acts on what happens "
        "from now on, never on what happened before it was made.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument("--name", required=True, help='what the rule is called, e.g. "Unpaid 7 days"')
    a.add_argument(
        "--when", required=True, type=_word(WHEN, "a trigger"), metavar="TRIGGER", help="see below"
    )
    a.add_argument("--do", required=True, type=_word(DO, "an action"), metavar="ACTION", help="see below")
    a.add_argument("--channel", default="", help="order-created, order-paid: only this channel's orders")
    a.add_argument("--days", type=A.positive, help="order-overdue: days after the due date")
    a.add_argument("--hours", type=A.positive, help="paid-not-shipped: hours after it was paid")
    a.add_argument("--over", type=A.amount, metavar="AMOUNT", help="till-variance: the least variance")
    a.add_argument("--to", default="", metavar="ADDRESS", help="email: where to (commas between several)")
    a.add_argument(
        "--printer",
        default="",
        metavar="SETTING",
        help="print: network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE, file:PATH "
        "(default: this computer's receipt printer when the rule runs)",
    )
    a.set_defaults(func=rule_add)

    rm = r.add_parser("remove", help="stop a rule (its log and notifications are kept)")
    rm.add_argument("rule", help="the rule's number (see rule list) or name")
    rm.set_defaults(func=rule_remove)

    r.add_parser(
        "run",
        help="run the rules now, once (for cron or the Task Scheduler)",
        description="Fires every rule for what happened since its last run and retries failed actions "
        "whose wait is over. Safe to run from several computers at once: each event fires once.",
    ).set_defaults(func=rule_run)

    f = r.add_parser("firings", help="the log of what the rules did: every firing, newest first")
    state = f.add_mutually_exclusive_group()
    state.add_argument("--failed", action="store_true", help="only those given up after the last try")
    state.add_argument("--pending", action="store_true", help="only those waiting for a (next) try")
    f.add_argument("--rule", help="only this rule's (number or name)")
    f.add_argument("--limit", type=A.positive, default=50)
    f.set_defaults(func=rule_firings)

    n = sub.add_parser(
        "notifications", help="what the rules told the shop (the window's bell)"
    ).add_subparsers(dest="notifications_command", required=True)
    nl = n.add_parser("list", help="the newest first")
    nl.add_argument("--unread", action="store_true", help="only those nobody has read")
    nl.add_argument("--limit", type=A.positive, default=50)
    nl.set_defaults(func=notifications_list)
    nr = n.add_parser("read", help="mark notifications read")
    which = nr.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", type=A.positive, default=[], metavar="ID", help="their numbers")
    which.add_argument("--all", action="store_true", help="every unread one")
    nr.set_defaults(func=notifications_read)

    m = sub.add_parser("mail", help="the mail server the rules' e-mail goes through").add_subparsers(
        dest="mail_command", required=True
    )
    mp = m.add_parser(
        "password",
        help="keep the mail server's password in this computer's password store (keyring)",
        description="Reads the password of `settings` smtp-user at smtp-host (asked, or one line of "
        "standard input with --stdin) and keeps it in this computer's password store, never in the "
        "database.",
    )
    mp.add_argument("--stdin", action="store_true", help="read it from standard input")
    mp.set_defaults(func=mail_password)
    mt = m.add_parser("test", help="send a test e-mail through the shop's mail server")
    mt.add_argument("to", metavar="ADDRESS")
    mt.set_defaults(func=mail_test)


def rule_list(ctx: Context) -> int:
    rules = automation.list_rules(ctx.uow, removed=ctx.args.all)
    if ctx.json:
        ctx.show([{**_plain(r), "when": r.when, "does": r.does} for r in rules])
        return 0
    if not rules:
        print("No rules yet: oms-desktop rule add --help")
        return 0
    headers = ["#", "name", "when", "does", "done", "waiting", "failed", "made"]
    if ctx.args.all:
        headers.append("active")
    rows = [
        [r.id, visible(r.name), r.when, r.does, r.done, r.pending, r.failed, r.created_at]
        + ([r.active] if ctx.args.all else [])
        for r in rules
    ]
    ctx.show(rules, headers, rows)
    return 0


def _plain(value: object) -> dict[str, object]:
    from oms_desktop.cli.output import plain

    result = plain(value)
    return result if isinstance(result, dict) else {}


def rule_add(ctx: Context) -> int:
    a = ctx.args
    if a.do is RuleAction.PRINT and a.printer:
        from oms_desktop.printing.connection import parse_setting

        parse_setting(a.printer)  # a setting that cannot be read is refused now, not at the first print
    values = RuleValues(
        name=a.name,
        trigger=a.when,
        action=a.do,
        channel=a.channel,
        days=a.days,
        hours=a.hours,
        over=a.over,
        email=a.to,
        printer=a.printer,
    )
    rule = automation.add_rule(ctx.uow, values).value
    if ctx.json:
        ctx.show({**_plain(rule), "when": rule.when, "does": rule.does})
    else:
        print(f"Rule {rule.id} {visible(rule.name)}: when {rule.when}, {rule.does}")
    return 0


def rule_remove(ctx: Context) -> int:
    rule = automation.remove_rule(ctx.uow, ctx.args.rule).value
    if ctx.json:
        ctx.show(_plain(rule))
    else:
        print(f"Rule {rule.id} {visible(rule.name)} removed: it fires no more (its log is kept)")
    return 0


def rule_run(ctx: Context) -> int:
    summary = automation.run_rules(ctx.uow, outlets=ShopOutlets(ctx.config.data_dir))
    if ctx.json:
        ctx.show(summary)
    else:
        print(
            f"Rules run: {summary.found} new events, {summary.done} actions done, "
            f"{summary.retrying} to try again, {summary.given_up} given up"
        )
    return 0


def rule_firings(ctx: Context) -> int:
    a = ctx.args
    state = FiringState.FAILED if a.failed else FiringState.PENDING if a.pending else None
    rows = automation.list_firings(ctx.uow, state=state, rule=a.rule, limit=a.limit)
    ctx.show(
        rows,
        ["#", "rule", "event", "state", "tries", "fired", "next try", "error"],
        [
            [
                f.id,
                visible(f.rule),
                f.event_key,
                f.state,
                f.attempts,
                f.fired_at,
                f.next_attempt_at,
                visible(f.last_error)[:80],
            ]
            for f in rows
        ],
    )
    return 0


def notifications_list(ctx: Context) -> int:
    found = notifications.list_notifications(ctx.uow, unread_only=ctx.args.unread, limit=ctx.args.limit)
    if ctx.json:
        ctx.show([{**_plain(n), "text": n.text, "unread": n.unread} for n in found])
        return 0
    if not found:
        print("No unread notifications" if ctx.args.unread else "No notifications")
        return 0
    ctx.show(
        found,
        ["#", "when", "", "what", "rule"],
        [[n.id, n.created_at, "*" if n.unread else "", visible(n.text), visible(n.rule)] for n in found],
    )
    return 0


def notifications_read(ctx: Context) -> int:
    a = ctx.args
    count = notifications.mark_read(ctx.uow, None if a.all else list(a.ids)).value
    if ctx.json:
        ctx.show({"read": count})
    else:
        print(f"{count} notification(s) marked read")
    return 0


def mail_password(ctx: Context) -> int:
    server = mail_server(get_settings(ctx.uow))
    if not server.user:
        raise ValidationError("smtp_user_missing")
    if ctx.args.stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = getpass.getpass(f"Password of {server.user} at {server.host}: ")
    if not secret:
        raise ValidationError("password_empty")
    account = keychain.smtp_account(server.host, server.user)
    keychain.keep(account, secret)
    print(f"The password of {account} is kept in this computer's password store")
    return 0


def mail_test(ctx: Context) -> int:
    from oms_desktop.domain.automation import mail_addresses

    settings = get_settings(ctx.uow)
    server = mail_server(settings)
    to = tuple(mail_addresses(ctx.args.to))
    body = (
        f"A test e-mail from OMS Desktop at {settings.shop_name}: the rules' e-mail will arrive like this.\n"
    )
    mailer.send(Mail(server, to, f"{settings.shop_name}: test e-mail", body))
    print(f"Sent a test e-mail to {', '.join(to)} through {server.host}:{server.port}")
    return 0
