"""`oms-desktop`: with no sub-command the window opens; otherwise one headless command runs.

Exit codes: 0 done, 1 refused (with a one-line message on stderr), 2 bad usage.
"""

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import NoReturn

from oms_desktop import __version__, config
from oms_desktop.cli import (
    api_commands,
    bench_commands,
    chart_commands,
    db_commands,
    demo_commands,
    import_commands,
    order_commands,
    people_commands,
    print_commands,
    purchase_commands,
    report_commands,
    rule_commands,
    settings_commands,
    shop_commands,
    till_commands,
)
from oms_desktop.cli.context import Context
from oms_desktop.config import Config
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.messages import visible
from oms_desktop.log_file import append_crash
from oms_desktop.private_files import private_umask
from oms_desktop.redaction import RedactingFilter, redact


def build_parser() -> argparse.ArgumentParser:
    # No abbreviations: `--for` would silently be --force, and a new option could change what an old
    # script's abbreviation means.
    parser = _Parser(prog="oms-desktop", description="Order management for a small shop.", allow_abbrev=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="database file or URL (default: the data folder; env OMS_DB_URL)")
    parser.add_argument("--data-dir", help="data folder (env OMS_DATA_DIR)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--user", help="who acts: once the shop has users, with --pin (env OMS_USER)")
    parser.add_argument("--pin", help="the user's PIN; - reads it from standard input (env OMS_PIN)")
    parser.add_argument("--approve-by", help="a manager approving this action (with --approve-pin)")
    parser.add_argument("--approve-pin", help="the approving manager's PIN; - reads it from standard input")
    parser.add_argument(
        "--till", help="this till's name (default: Settings, env OMS_TILL, the computer's name)"
    )
    parser.add_argument("--smoke", action="store_true", help="open the window, make a demo order, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        db_commands,
        shop_commands,
        settings_commands,
        order_commands,
        import_commands,
        report_commands,
        print_commands,
        chart_commands,
        demo_commands,
        bench_commands,
        people_commands,
        till_commands,
        purchase_commands,
        api_commands,
        rule_commands,
    ):
        module.add(sub)
    _share_global_options(parser)
    return parser


class _Parser(argparse.ArgumentParser):
    """Its sub-commands' parsers are of this class too (argparse makes them of the parent's class)."""

    def error(self, message: str) -> NoReturn:
        super().error(visible(message))  # a value typed with a line break is quoted on the one line


# Options a user may give before the command or after it (`stock show TEA-1 --json`).
GLOBAL_OPTIONS = (
    ("--db", {"help": "database file or URL"}),
    ("--data-dir", {"help": "data folder"}),
    ("--json", {"action": "store_true", "help": "machine-readable output"}),
    ("--user", {"help": "who acts (with --pin once the shop has users)"}),
    ("--pin", {"help": "the user's PIN"}),
    ("--approve-by", {"help": "a manager approving this action"}),
    ("--approve-pin", {"help": "the approving manager's PIN"}),
    ("--till", {"help": "this till's name"}),
)


def _share_global_options(parser: argparse.ArgumentParser) -> None:
    """Every sub-command accepts the global options too; given after the command they win, and left out
    they leave what was given before it (SUPPRESS: no default of their own)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                child.allow_abbrev = False
                taken = {o for a in child._actions for o in a.option_strings}
                for flag, options in GLOBAL_OPTIONS:
                    if flag not in taken:
                        child.add_argument(flag, default=argparse.SUPPRESS, **options)
                _share_global_options(child)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the window); every failure ends in one line on stderr and an exit code."""
    private_umask()
    where: list[Config] = []
    try:
        return _main(argv, where)
    except KeyboardInterrupt:
        print("oms-desktop: stopped; the action under way was not kept", file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: a line for the user, the traceback for us
        log_file = where[0].log_file if where else config.resolve().log_file
        report = "".join(traceback.format_exception(exc))
        written = append_crash(
            log_file, f"{datetime.now(UTC).isoformat()} oms-desktop {__version__}\n{report}\n"
        )
        detail = visible(redact(f"{type(exc).__name__}: {exc}"))[:300]
        place = f"details written to {written}" if written else "no log file could be written"
        print(f"oms-desktop: unexpected error ({detail}); {place}", file=sys.stderr)
        return 1


def _main(argv: Sequence[str] | None, where: list[Config]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    bad = next((a for a in (argv if argv is not None else sys.argv[1:]) if not _is_text(a)), None)
    if bad is not None:
        print(
            f"oms-desktop: error: an argument is not UTF-8 text: {bad.encode('utf-8', 'replace')!r}",
            file=sys.stderr,
        )
        return 2
    cfg = config.resolve(args.db, args.data_dir)
    where.append(cfg)
    if args.command is None:
        from oms_desktop.gui.app import run  # imported only here: the CLI never loads Qt

        return run(cfg, smoke=args.smoke)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())
    ctx = Context(cfg, args)
    try:
        code = int(args.func(ctx))
        sys.stdout.flush()  # a full disk or a closed pipe behind stdout is met here, not at exit
        return code
    except argparse.ArgumentTypeError as exc:
        print(f"oms-desktop: error: {visible(str(exc))}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"oms-desktop: {redact(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (`... | head`): what it wanted was written; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        # A file the command writes (--out a folder, a full disk, a name too long) or its standard output.
        if exc.filename is None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # else the exit flush fails again
            print(f"oms-desktop: the output could not be written ({exc.strerror or exc})", file=sys.stderr)
        else:
            print(f"oms-desktop: {redact(str(exc.filename))[:300]}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _is_text(arg: str) -> bool:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which no file or database can store."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
