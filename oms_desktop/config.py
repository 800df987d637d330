"""Where the data lives: --db / --data-dir flags, then OMS_DB_URL / OMS_DATA_DIR, then platformdirs."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "OMS Desktop"
APP_AUTHOR = "OMS"
DB_FILENAME = "oms.sqlite3"


@dataclass(frozen=True)
class Config:
    data_dir: Path
    db_url: str

    @property
    def log_file(self) -> Path:
        return self.data_dir / "oms-desktop.log"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def db_url_from(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (made absolute) for SQLite; `:memory:` is SQLite's
    database that lives as long as the command (never a file of that name in the current folder)."""
    if "://" in value:
        return value
    if value.strip() == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def resolve(db: str | None = None, data_dir: str | None = None) -> Config:
    folder = data_dir or os.environ.get("OMS_DATA_DIR")
    path = Path(folder).expanduser() if folder else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    url = db or os.environ.get("OMS_DB_URL")
    return Config(data_dir=path, db_url=db_url_from(url) if url else db_url_from(str(path / DB_FILENAME)))


def resource_dirs(kind: str) -> list[Path]:
    """Folders of shipped resources of one kind ("fonts", "icons"): the PyInstaller bundle first, then the
    source tree's resources/ folder."""
    dirs = [Path(__file__).resolve().parents[1] / "resources" / kind]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.insert(0, Path(bundle) / "resources" / kind)
    return dirs
