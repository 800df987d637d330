"""How the CLI prints: aligned tables (CJK-aware widths), or JSON with exact money as strings."""

import dataclasses
import enum
import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    texts = [[cell(v) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in texts]) for i, h in enumerate(headers)]
    numeric = [all(_is_number(r[i]) for r in texts) and bool(texts) for i in range(len(headers))]

    def fmt(values: Sequence[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - width(v))
            parts.append(pad + v if numeric[i] else v + pad)
        return "  ".join(parts).rstrip()

    print(fmt(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in texts:
        print(fmt(row), file=out)


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return text != ""


def plain(value: Any) -> Any:
    """Dataclasses, enums, Decimals and datetimes as JSON-ready values (money stays a string)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in ("available", "balance", "margin", "low"):
            if hasattr(type(value), name) and isinstance(getattr(type(value), name), property):
                data[name] = plain(getattr(value, name))
        return data
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def print_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(plain(value), out, ensure_ascii=False, indent=2)
    out.write("\n")
