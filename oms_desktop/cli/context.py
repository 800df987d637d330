"""What every command gets: the configuration, an opened database, and how to print."""

import argparse
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from oms_desktop import this_computer
from oms_desktop.cli import output
from oms_desktop.config import Config
from oms_desktop.db.engine import sqlite_path
from oms_desktop.db.migrate import open_database, read_only_companions, remove_empty_companions
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import users
from oms_desktop.services.settings import shop_zone


def _pin(given: str) -> str:
    """A PIN as given; `-` reads it from the first line of standard input (out of the process list)."""
    if given == "-":
        return sys.stdin.readline().strip()
    return given


@dataclass
class Context:
    config: Config
    args: argparse.Namespace
    engines: list[Engine] = field(default_factory=list)
    empty_ok: bool = False  # db init: an empty (0-byte) file may become a new shop
    leftovers: list[Path] = field(default_factory=list)  # -wal/-shm a read-only shop would keep

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @cached_property
    def uow(self) -> UnitOfWork:
        self.leftovers = read_only_companions(sqlite_path(self.config.db_url))
        engine = open_database(self.config.db_url, backup_dir=self.config.backup_dir, empty_ok=self.empty_ok)
        self.engines.append(engine)
        uow = UnitOfWork(engine, user="system")
        shop_zone(uow)  # business days, order numbers' years and report periods in the shop's time zone
        uow.till = getattr(self.args, "till", None) or this_computer.load(self.config.data_dir).till_name()
        self._sign_in(uow)
        return uow

    def _sign_in(self, uow: UnitOfWork) -> None:
        """--user/--pin (or OMS_USER/OMS_PIN) and --approve-by/--approve-pin, checked once per command. In a
        shop without users, --user is only the name the history records."""
        name = getattr(self.args, "user", None) or os.environ.get("OMS_USER", "")
        pin = _pin(getattr(self.args, "pin", None) or os.environ.get("OMS_PIN", ""))
        approver = getattr(self.args, "approve_by", None)
        approver_pin = _pin(getattr(self.args, "approve_pin", None) or "")
        if not users.any_users(uow):
            if name:
                uow.user = name.strip()[:64] or "system"
            return
        if pin and not name:
            raise ValidationError("pin_without_user")
        if approver and not name:
            raise ValidationError("approval_without_user")
        if name:
            uow.sign_in(users.authenticate(uow, name, pin))
        if approver:
            uow.approver = users.authenticate(uow, approver, approver_pin)

    def show(self, value: Any, headers: list[str] | None = None, rows: list[list[Any]] | None = None) -> None:
        """JSON of `value` with --json, else a table of `rows` (or a key: value listing)."""
        if self.json:
            output.print_json(value)
        elif headers is not None and rows is not None:
            output.table(headers, rows)
        else:
            for key, val in output.plain(value).items():
                print(f"{key}: {output.cell(val)}")

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        remove_empty_companions(self.leftovers)
