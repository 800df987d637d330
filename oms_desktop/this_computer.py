"""Settings of this computer, not of the shop: which till it is and its receipt printer.

The shop's settings live in the database that every till shares; these live in `this-computer.json` in the
data folder, because two tills pointing at one PostgreSQL server are two tills. OMS_TILL overrides the name.
"""

import json
import os
import platform
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from oms_desktop.private_files import make_private, private_folder

FILE_NAME = "this-computer.json"


@dataclass(frozen=True)
class ThisComputer:
    till: str = ""  # empty: the computer's network name
    printer: str = ""  # network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE[:BAUD], file:PATH; empty: none
    printer_text: str = (
        "gb18030"  # "gb18030" (the printer has a Chinese font) or "image" (printed as a picture)
    )
    printer_columns: int = 42  # characters a line holds: 42 on 80 mm paper, 32 on 58 mm
    auto_print: bool = False  # print the receipt when a sale is paid
    idle_lock_minutes: int = 5  # sign the cashier out of the window after this long untouched; 0: never
    customer_display: bool = False  # a second window turned to the customer (on a second screen if any)

    def till_name(self) -> str:
        return (os.environ.get("OMS_TILL") or self.till).strip() or default_till_name()


def default_till_name() -> str:
    return (platform.node() or "till").strip()[:64] or "till"


def load(data_dir: Path) -> ThisComputer:
    """The stored settings; a missing or unreadable file gives the defaults (nothing here is worth a crash)."""
    try:
        stored = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ThisComputer()
    if not isinstance(stored, dict):
        return ThisComputer()
    known = {f.name: f.type for f in fields(ThisComputer)}
    base = ThisComputer()
    values: dict[str, object] = {}
    for key, value in stored.items():
        default = getattr(base, key, None)
        if key in known and type(value) is type(default):
            values[key] = value
    return replace(base, **values)  # type: ignore[arg-type]


def save(data_dir: Path, settings: ThisComputer) -> None:
    private_folder(data_dir)
    path = data_dir / FILE_NAME
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    make_private(scratch)
    os.replace(scratch, path)
