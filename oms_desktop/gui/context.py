"""What every page gets: the configuration, the task runner, the change bus and remembered UI state."""

import getpass
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from oms_desktop import this_computer
from oms_desktop.config import Config
from oms_desktop.db.engine import sqlite_path
from oms_desktop.db.migrate import open_database
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import formatting, operations
from oms_desktop.gui.change_bus import ChangeBus
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.private_files import private_folder
from oms_desktop.services.changes import Changes
from oms_desktop.services.settings import ShopSettings

UI_STATE_FILE = "window.ini"


def signed_in_user() -> str:
    """The name recorded in the audit trail: the operating-system account until the app has sign-in."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "shop"


def database_label(url: str) -> str:
    """The database as the status bar names it: a file path, or a URL without its password."""
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


class AppContext:
    """The open database (through `tasks`), the change bus, the shop settings and the UI state file."""

    def __init__(self, config: Config, tasks: TaskRunner, bus: ChangeBus, user: str) -> None:
        self.config = config
        self.tasks = tasks
        self.bus = bus
        self.user = user
        self.database = database_label(config.db_url)
        self.ui = QSettings(str(Path(config.data_dir) / UI_STATE_FILE), QSettings.Format.IniFormat)
        self.shop: ShopSettings = operations.settings.get_settings().call(tasks)
        # The shop's time zone (ShopSettings.time_zone; None: this computer's) decides what "today" is for
        # every page and report: put on the unit of work and kept here once, while the worker is idle, so
        # that pages never wait for it behind queued work.
        self.zone: tzinfo | None = operations.settings.read_shop_zone().call(tasks)
        formatting.set_zone(self.zone)
        bus.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.shop = operations.settings.get_settings().call(self.tasks)
            self.zone = operations.settings.read_shop_zone().call(self.tasks)
            formatting.set_zone(self.zone)

    def close(self) -> None:
        self.ui.sync()
        self.tasks.stop()
        formatting.set_zone(None)


def open_context(
    config: Config, user: str | None = None, *, waiting: Callable[[], None] | None = None
) -> AppContext:
    """Open (check, back up, migrate) the database on the worker thread; DatabaseRefused is raised here.
    `waiting` is called every 50 ms while that runs."""
    private_folder(config.data_dir)
    bus = ChangeBus()
    tasks = TaskRunner(bus)
    name = user or signed_in_user()
    try:
        till = this_computer.load(config.data_dir).till_name()

        def opener() -> UnitOfWork:
            uow = UnitOfWork(open_database(config.db_url, backup_dir=config.backup_dir), user=name)
            uow.till = till  # this computer's till: its cash-up counts the money taken here
            return uow

        tasks.open(opener)
        return AppContext(config, tasks, bus, name)
    except BaseException:
        tasks.stop()
        raise
