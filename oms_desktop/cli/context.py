"""What every command gets: the configuration, an opened database, and how to print."""

import argparse
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import Engine

from oms_desktop.cli import output
from oms_desktop.config import Config
from oms_desktop.db.migrate import open_database
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services.settings import shop_zone


@dataclass
class Context:
    config: Config
    args: argparse.Namespace
    engines: list[Engine] = field(default_factory=list)
    empty_ok: bool = False  # db init: an empty (0-byte) file may become a new shop

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @cached_property
    def uow(self) -> UnitOfWork:
        engine = open_database(self.config.db_url, backup_dir=self.config.backup_dir, empty_ok=self.empty_ok)
        self.engines.append(engine)
        uow = UnitOfWork(engine, user=getattr(self.args, "user", None) or "system")
        shop_zone(uow)  # business days, order numbers' years and report periods in the shop's time zone
        return uow

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
