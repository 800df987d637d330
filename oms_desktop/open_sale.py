"""The sale being rung up, kept beside the database as it changes (`open-sale.json` in the data folder), so
that closing the window, a crash, a power cut or a language switch never loses it. One per computer: a till.

Written whole to a scratch file, flushed to the disk, then renamed over the old one: a file is either the
last sale as it was or the one before, never half of one."""

import json
import os
from pathlib import Path
from typing import Any

from oms_desktop.domain.errors import ValidationError
from oms_desktop.private_files import make_private, private_folder

FILE_NAME = "open-sale.json"


def keep(data_dir: Path, sale: dict[str, Any] | None) -> None:
    """Keep `sale` (Sale.to_dict()); None or a sale without lines removes the file. A disk that refuses
    (full, read-only) is said as `open_sale_not_kept`: the sale stays on the screen."""
    path = data_dir / FILE_NAME
    try:
        if not sale or not sale.get("lines"):
            path.unlink(missing_ok=True)
            return
        private_folder(data_dir)
        scratch = path.with_suffix(".tmp")
        with open(scratch, "w", encoding="utf-8") as out:
            json.dump(sale, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        make_private(scratch)
        os.replace(scratch, path)
    except OSError as exc:
        raise ValidationError("open_sale_not_kept", path=str(path), detail=exc.strerror or str(exc)) from exc


def load(data_dir: Path) -> dict[str, Any] | None:
    """The kept sale, or None (no file, or one that cannot be read: a sale is never worth a crash)."""
    try:
        data = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
