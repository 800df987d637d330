"""serve, and api token create | list | revoke: the local API for a web shop or a script."""

import argparse

from oms_desktop.cli.context import Context
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.api_token import Scope
from oms_desktop.domain.messages import visible
from oms_desktop.services import api_tokens

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8765


def port(text: str) -> int:
    if not text.strip().isascii() or not text.strip().isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text[:20]}' is not a port (1 to 65535)")
    return int(text)


def add(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser(
        "serve",
        help="run the local API (HTTP, OpenAPI docs at /docs) until Ctrl+C",
        description="Runs the HTTP API over this shop's database for a web shop or a script. Requests "
        "need a token: `oms-desktop api token create NAME --scope write`.",
    )
    s.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    s.add_argument("--port", type=port, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    s.add_argument(
        "--allow-remote",
        action="store_true",
        help="let other computers reach it (any --host beyond this computer needs this)",
    )
    s.add_argument(
        "--no-rules",
        action="store_true",
        help="do not run the automation rules every minute meanwhile (when the window or a scheduled "
        "`rule run` does)",
    )
    s.set_defaults(func=serve)

    api = sub.add_parser("api", help="the local API's tokens").add_subparsers(
        dest="api_command", required=True
    )
    tokens = api.add_parser("token", help="tokens a web shop or a script signs in with").add_subparsers(
        dest="token_command", required=True
    )
    c = tokens.add_parser(
        "create",
        help="make a token (the owner's); it is printed once, alone on the last line",
        description="Prints the new token alone on its last line, this once: only its hash is kept.",
    )
    c.add_argument("name", help="who uses it, e.g. webshop (the history names it)")
    c.add_argument(
        "--scope",
        choices=[s.value for s in Scope],
        default=Scope.READ.value,
        help="read: products, stock, orders; write: also place, pay and cancel orders (default read)",
    )
    c.set_defaults(func=token_create)
    tokens.add_parser("list", help="every token: name, scope, first characters, last use").set_defaults(
        func=token_list
    )
    r = tokens.add_parser("revoke", help="refuse a token from now on (the owner's)")
    r.add_argument("name")
    r.set_defaults(func=token_revoke)


def serve(ctx: Context) -> int:
    from oms_desktop.api.server import serve as run  # FastAPI and uvicorn only for this command

    a = ctx.args
    uow = ctx.uow
    rules = None
    if not a.no_rules:
        from oms_desktop.rule_loop import RuleLoop

        rules = RuleLoop(lambda: UnitOfWork(uow.engine, user="system", zone=uow.zone), ctx.config.data_dir)
    run(uow, a.host, a.port, allow_remote=a.allow_remote, log_file=ctx.config.log_file, rules=rules)
    return 0


def token_create(ctx: Context) -> int:
    made = api_tokens.create_token(ctx.uow, ctx.args.name, Scope(ctx.args.scope)).value
    r = made.record
    if ctx.json:
        ctx.show({"name": r.name, "scope": r.scope, "prefix": r.prefix, "token": made.token})
        return 0
    print(f"API token {visible(r.name)} ({r.scope}) created. It is shown this once; keep it safe:")
    print(made.token)
    return 0


def token_list(ctx: Context) -> int:
    found = api_tokens.list_tokens(ctx.uow)
    ctx.show(
        found,
        ["Name", "Scope", "Starts with", "Created", "By", "Last used", "Revoked"],
        [
            [visible(t.name), t.scope, t.prefix, t.created_at, t.created_by, t.last_used_at, t.revoked_at]
            for t in found
        ],
    )
    return 0


def token_revoke(ctx: Context) -> int:
    r = api_tokens.revoke_token(ctx.uow, ctx.args.name).value
    ctx.show({"revoked": r.name, "scope": r.scope, "prefix": r.prefix})
    return 0
