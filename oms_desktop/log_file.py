"""The log file in the data folder: rotating, private to the user, secrets redacted. The window and the
command line both write to it."""

import logging
import os
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from oms_desktop.private_files import make_private, private_folder
from oms_desktop.redaction import RedactingFilter, redact


def open_log(log_file: Path, level: int = logging.INFO) -> bool:
    """Log to `log_file` (1 MB, 3 old files kept); False when it cannot be written (logging then goes to
    stderr only)."""
    try:
        private_folder(log_file.parent)
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        make_private(log_file)
    except OSError:
        return False
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return True


def append_crash(log_file: Path, text: str) -> Path | None:
    """Append a crash report to the log file, or to one in the temporary folder when the data folder cannot
    be written; the file written, or None."""
    for target in (log_file, Path(tempfile.gettempdir()) / "oms-desktop-crash.log"):
        try:
            fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as f:
                f.write(redact(text))
            return target
        except OSError:
            continue
    return None
