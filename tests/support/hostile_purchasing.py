"""Hostile and tired-cashier inputs against the purchasing, stocktake, receivables and order-hold commands,
run through the real CLI in subprocesses, each class against its own data folder under /tmp/hostile2.

    .venv/bin/python -m tests.support.hostile_purchasing [--root /tmp/hostile2] [--only amounts,files]

Every call gets a digest of every table before and after; a call that is refused (exit 1 or 2) must leave
the digest as it was. Per class it counts: tried / one clear line with exit 1 or 2 / traceback / data
changed after a refusal, and prints each call that is not a clean refusal (accepted where a refusal was
expected, several lines, a traceback) so that a person can judge it. The table is docs/hostile-inputs-
purchasing.md.
"""

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXE = [str(ROOT / ".venv" / "bin" / "python"), "-m", "oms_desktop"]

Arg = str | bytes


@dataclass
class Case:
    argv: list[Arg]
    refuse: bool = True  # False: either answer is acceptable, but never a traceback
    label: str = ""


@dataclass
class Result:
    case: Case
    code: int
    err: str
    out: str
    changed: bool

    @property
    def traceback(self) -> bool:
        return "Traceback" in self.err or "unexpected error" in self.err or "Exception ignored" in self.err

    @property
    def clear(self) -> bool:
        """Refused with exit 1 or 2 and one line that says why (argparse's usage lines before its own
        error line are allowed: the last line is the message)."""
        lines = [ln for ln in self.err.splitlines() if ln.strip()]
        if self.code not in (1, 2) or not lines or self.traceback:
            return False
        if self.code == 2 and lines[0].startswith("usage:"):
            return lines[-1].startswith("oms-desktop") and ": error: " in lines[-1]
        return len(lines) == 1 and lines[0].startswith("oms-desktop")


@dataclass
class Tally:
    tried: int = 0
    clear: int = 0
    traceback: int = 0
    changed: int = 0
    notes: list[str] = field(default_factory=list)


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMS_")}
    env.update(OMS_DATA_DIR=str(data), PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    return env


def _bytes(arg: Arg) -> bytes:
    return arg if isinstance(arg, bytes) else arg.encode("utf-8", "surrogateescape")


def run(data: Path, argv: Sequence[Arg], stdin: str = "") -> tuple[int, str, str]:
    done = subprocess.run(
        [*EXE, *[_bytes(a) for a in argv]],
        env=_env(data),
        input=stdin.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def digest(data: Path) -> str:
    """Every table's rows (the search indexes are derived) as one hash."""
    db = data / "oms.sqlite3"
    h = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")]
        for name in names:
            if name.startswith(("sqlite_", "products_fts", "customers_fts")):
                continue
            h.update(name.encode())
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                h.update(repr(row).encode())
    return h.hexdigest()


def json_of(data: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run(data, ["--json", *argv])
    if code != 0:
        raise SystemExit(f"setup failed: {argv}: {err}")
    value = json.loads(out)
    assert isinstance(value, dict)
    return value


@dataclass
class Shop:
    """The numbers of what the setup made."""

    draft: str = ""
    sent: str = ""
    partial: str = ""
    cancelled_po: str = ""
    open_count: str = ""
    cancelled_count: str = ""
    owes: str = ""
    owes_nothing: str = ""
    owed_order: str = ""
    held_order: str = ""
    walk_in_order: str = ""
    balance: str = ""


KG = ["--decimals", "3"]


def set_up(data: Path) -> Shop:
    shop = Shop()
    steps: list[list[str]] = [
        ["product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5.00", "--cost", "2.00"],
        ["product", "add", "--sku", "RICE", "--name", "Rice", "--price", "3.00", "--unit", "kg", *KG],
        ["product", "add", "--sku", "PEN", "--name", "Pen", "--price", "1.00"],
        ["stock", "receive", "TEA-1", "50"],
        ["stock", "receive", "RICE", "20.5"],
        ["supplier", "add", "--name", "Acme Tea", "--code", "SUP-001"],
        ["product", "supplier", "TEA-1", "--supplier", "SUP-001", "--cost", "2.00", "--preferred"],
        ["product", "supplier", "RICE", "--supplier", "SUP-001", "--cost", "1.00"],
    ]
    for step in steps:
        code, _, err = run(data, step)
        if code != 0:
            raise SystemExit(f"setup failed: {step}: {err}")

    def po(*lines: str) -> str:
        args = ["po", "create", "--supplier", "SUP-001"]
        for line in lines:
            args += ["--line", line]
        return str(json_of(data, *args)["number"])

    shop.draft = po("TEA-1:10", "RICE:2.5")
    shop.sent = po("TEA-1:10")
    json_of(data, "po", "send", shop.sent)
    shop.partial = po("TEA-1:10")
    json_of(data, "po", "send", shop.partial)
    json_of(data, "po", "receive", shop.partial, "--line", "TEA-1:4")
    shop.cancelled_po = po("TEA-1:1")
    json_of(data, "po", "cancel", shop.cancelled_po)
    shop.cancelled_count = json_of(data, "stock", "count", "start", "--sku", "RICE")["number"]
    json_of(data, "stock", "count", "cancel", shop.cancelled_count)
    shop.open_count = json_of(data, "stock", "count", "start", "--sku", "TEA-1", "--sku", "RICE")["number"]
    owes = json_of(data, "customer", "add", "--name", "Owes Ltd", "--payment-terms-days", "30")
    shop.owes = owes["code"]
    json_of(data, "customer", "terms", shop.owes, "--credit-limit", "1000")
    shop.owes_nothing = json_of(data, "customer", "add", "--name", "Paid Up")["code"]
    order = json_of(data, "order", "create", "--customer", shop.owes, "--line", "TEA-1:2", "--confirm")
    shop.owed_order = order["number"]
    shop.balance = order["total"]
    held = json_of(data, "order", "create", "--customer", shop.owes_nothing, "--line", "TEA-1:1")
    shop.held_order = held["number"]
    json_of(data, "order", "hold", shop.held_order, "--reason", "payment", "--note", "check")
    sale = json_of(data, "order", "create", "--walk-in", "--line", "TEA-1:1", "--pay", "cash")
    shop.walk_in_order = sale["number"]
    return shop


AMOUNTS = ["9223372036854775808", "1e30", "NaN", "Infinity", "-0.01", "0.001", "1,5", "١٢", ""]
TEXTS: list[Arg] = ["x" * 5000, "a\x01\x07\x1b[2Jb", "first\nsecond", b"\xff\xfe bad", "\u202eevil", " "]


def amounts(s: Shop) -> list[Case]:
    cases = []
    for v in AMOUNTS:
        cases += [
            Case(["customer", "pay", s.owes, "--amount", v, "--method", "cash"], label=f"pay {v!r}"),
            Case(["customer", "terms", s.owes, "--credit-limit", v], label=f"terms limit {v!r}"),
            Case(["customer", "add", "--name", "X", "--credit-limit", v], label=f"customer add limit {v!r}"),
            Case(["supplier", "add", "--name", "X", "--order-cost", v], label=f"order cost {v!r}"),
            Case(["product", "supplier", "TEA-1", "--supplier", "SUP-001", "--cost", v], label=f"cost {v!r}"),
            Case(["po", "create", "--supplier", "SUP-001", "--line", f"TEA-1:1:{v}"], label=f"po cost {v!r}"),
            Case(["po", "add", s.draft, "--line", f"TEA-1:1:{v}"], label=f"po add cost {v!r}"),
            Case(["po", "receive", s.sent, "--line", f"TEA-1:1:{v}"], label=f"receive cost {v!r}"),
        ]
    return cases


QUANTITIES = [("0", "TEA-1"), ("-1", "TEA-1"), ("100000000000000000000", "TEA-1"), ("1.5", "TEA-1")]
QUANTITIES += [("0.0001", "RICE"), ("-1", "RICE")]


def quantities(s: Shop) -> list[Case]:
    cases = []
    for q, sku in QUANTITIES:
        zero = q == "0"
        cases += [
            Case(["po", "create", "--supplier", "SUP-001", "--line", f"{sku}:{q}"], label=f"po {sku}:{q}"),
            Case(["po", "add", s.draft, "--line", f"{sku}:{q}"], label=f"po add {sku}:{q}"),
            Case(["po", "receive", s.sent, "--line", f"{sku}:{q}"], label=f"receive {sku}:{q}"),
            Case(["stock", "count", "set", s.open_count, sku, q], refuse=not zero, label=f"count {sku} {q}"),
            Case(["product", "reorder", sku, "--pin", q], refuse=not zero, label=f"pin {sku} {q}"),
            Case(
                ["product", "supplier", sku, "--supplier", "SUP-001", "--cost", "1", "--pack-size", q],
                label=f"pack {sku} {q}",
            ),
            Case(
                ["product", "supplier", sku, "--supplier", "SUP-001", "--cost", "1", "--min-qty", q],
                refuse=not zero,
                label=f"min qty {sku} {q}",
            ),
        ]
    for days in ["-1", "366", "100000000000000000000", "1.5"]:
        cases += [
            Case(["customer", "terms", s.owes, "--days", days], label=f"terms days {days}"),
            Case(["customer", "add", "--name", "X", "--payment-terms-days", days], label=f"add terms {days}"),
            Case(["supplier", "add", "--name", "X", "--lead-time-days", days], label=f"lead time {days}"),
            Case(
                [
                    "product",
                    "supplier",
                    "TEA-1",
                    "--supplier",
                    "SUP-001",
                    "--cost",
                    "1",
                    "--lead-time-days",
                    days,
                ],
                label=f"product lead time {days}",
            ),
        ]
    return cases


def dates(s: Shop) -> list[Case]:
    cases = []
    for d in ["0001-01-01", "9999-12-31", "2026-02-30", "", "2026-1-5"]:
        cases += [
            Case(["report", "receivables", "--as-of", d], label=f"as of {d}"),
            Case(["print", "statement", s.owes, "--from", d, "--to", "2026-03-01"], label=f"from {d}")
            | _out(),
            Case(["print", "statement", s.owes, "--from", "2026-01-01", "--to", d], label=f"to {d}") | _out(),
        ]
    cases.append(
        Case(["print", "statement", s.owes, "--from", "2026-03-01", "--to", "2026-01-01"], label="from>to")
        | _out()
    )
    cases.append(
        Case(["print", "statement", s.owes, "--from", "1900-01-01", "--to", "2999-12-31"], refuse=False)
        | _out()
    )
    return cases


OUT_DIR = Path("/tmp/hostile2/out")


def _out(name: str = "doc.pdf") -> "_Out":
    return _Out(str(OUT_DIR / name))


@dataclass
class _Out:
    path: str

    def __ror__(self, case: Case) -> Case:
        case.argv += ["--out", self.path]
        return case


def texts(s: Shop) -> list[Case]:
    cases = []
    for i, t in enumerate(TEXTS):
        k = f"text{i}"
        cases += [
            Case(["supplier", "add", "--name", t], refuse=False, label=f"{k} supplier name"),
            Case(["supplier", "add", "--name", "Y", "--code", t], refuse=False, label=f"{k} supplier code"),
            Case(["supplier", "add", "--name", "Y", "--notes", t], refuse=False, label=f"{k} supplier notes"),
            Case(["supplier", "add", "--name", "Y", "--email", t], refuse=False, label=f"{k} supplier email"),
            Case(["supplier", "add", "--name", "Y", "--currency", t], refuse=False, label=f"{k} currency"),
            Case(["supplier", "show", t], label=f"{k} supplier show"),
            Case(["supplier", "list", "--search", t], refuse=False, label=f"{k} supplier search"),
            Case(
                ["po", "create", "--supplier", "SUP-001", "--line", "TEA-1:1", "--notes", t],
                refuse=False,
                label=f"{k} po notes",
            ),
            Case(["po", "create", "--supplier", "SUP-001", "--line", t], label=f"{k} po line"),
            Case(["po", "show", t], label=f"{k} po show"),
            Case(["po", "cancel", s.cancelled_po, "--reason", t], label=f"{k} cancel reason"),
            Case(
                ["po", "receive", s.sent, "--line", "TEA-1:1", "--note", t], refuse=False, label=f"{k} note"
            ),
            Case(["order", "hold", s.owed_order, "--reason", "payment", "--note", t], refuse=False)
            | _Label(f"{k} hold note"),
            Case(["order", "release", s.walk_in_order, "--note", t], label=f"{k} release note"),
            Case(["order", "assign", s.owed_order, "--to", t], refuse=False, label=f"{k} assign"),
            Case(["order", "list", "--assigned", t], refuse=False, label=f"{k} list assigned"),
            Case(["stock", "count", "start", "--sku", "PEN", "--note", t], refuse=False, label=f"{k} count"),
            Case(["stock", "count", "show", t], label=f"{k} count show"),
            Case(
                ["customer", "pay", s.owes, "--amount", "0.01", "--reference", t],
                refuse=False,
                label=f"{k} pay ref",
            ),
            Case(["customer", "pay", s.owes, "--amount", "0.01", "--order", t], label=f"{k} pay order"),
            Case(["replenish", "suggest", "--sku", t], label=f"{k} suggest sku"),
            Case(["chart", "demand", "--sku", t, "--out", str(OUT_DIR / "c.png")], label=f"{k} chart"),
        ]
    return cases


@dataclass
class _Label:
    label: str

    def __ror__(self, case: Case) -> Case:
        case.label = self.label
        return case


def unknown(s: Shop) -> list[Case]:
    p, c, n = "PO-2099-99999", "CNT-99999", "NOPE-1"
    pdf = str(OUT_DIR / "u.pdf")
    return [
        Case(["supplier", "show", "SUP-999"]),
        Case(["po", "show", p]),
        Case(["po", "send", p]),
        Case(["po", "add", p, "--line", "TEA-1:1"]),
        Case(["po", "receive", p, "--line", "TEA-1:1"]),
        Case(["po", "cancel", p]),
        Case(["po", "close", p]),
        Case(["po", "list", "--supplier", "SUP-999"]),
        Case(["po", "create", "--supplier", "SUP-999", "--line", "TEA-1:1"]),
        Case(["po", "create", "--supplier", "SUP-001", "--line", "NOPE:1"]),
        Case(["po", "add", s.draft, "--line", "NOPE:1"]),
        Case(["po", "receive", s.sent, "--line", "RICE:1"]),  # not on this PO
        Case(["print", "po", p, "--out", pdf]),
        Case(["product", "supplier", "NOPE", "--supplier", "SUP-001", "--cost", "1"]),
        Case(["product", "supplier", "TEA-1", "--supplier", "SUP-999", "--cost", "1"]),
        Case(["product", "reorder", "NOPE", "--pin", "1"]),
        Case(["product", "reorder", "NOPE", "--unpin"]),
        Case(["replenish", "suggest", "--supplier", "SUP-999"]),
        Case(["replenish", "suggest", "--sku", "NOPE"]),
        Case(["replenish", "create-pos", "--supplier", "SUP-999"]),
        Case(["stock", "count", "show", c]),
        Case(["stock", "count", "set", c, "TEA-1", "1"]),
        Case(["stock", "count", "set", s.open_count, "NOPE", "1"]),
        Case(["stock", "count", "finish", c]),
        Case(["stock", "count", "cancel", c]),
        Case(["stock", "count", "start", "--sku", "NOPE"]),
        Case(["stock", "count", "start", "--location", "NOWHERE"]),
        Case(["customer", "pay", n, "--amount", "1"]),
        Case(["customer", "pay", s.owes, "--amount", "1", "--order", "SO-2099-99999"]),
        Case(["customer", "pay", s.owes, "--amount", "1", "--order", s.held_order]),  # not this customer's
        Case(["customer", "terms", n, "--days", "10"]),
        Case(["report", "receivables", "--customer", n]),
        Case(["print", "statement", n, "--from", "2026-01-01", "--to", "2026-02-01", "--out", pdf]),
        Case(["order", "hold", "SO-2099-99999", "--reason", "payment", "--note", "x"]),
        Case(["order", "release", "SO-2099-99999"]),
        Case(["order", "assign", "SO-2099-99999", "--to", "x"]),
        Case(["order", "assign", s.owed_order, "--to", "nobody-here"], refuse=False),
        Case(["order", "list", "--mine"], refuse=False),
        Case(["--user", "nobody", "order", "list", "--mine"], refuse=False),
        Case(["chart", "demand", "--sku", "NOPE", "--out", str(OUT_DIR / "u.png")]),
    ]


def states(s: Shop) -> list[Case]:
    return [
        Case(["po", "receive", s.draft, "--line", "TEA-1:1"], label="receive a draft"),
        Case(["po", "close", s.sent], label="close a sent PO nothing received"),
        Case(["po", "close", s.draft], label="close a draft"),
        Case(["po", "add", s.sent, "--line", "TEA-1:1"], label="add to a sent PO"),
        Case(["po", "send", s.sent], label="send a sent PO"),
        Case(["po", "send", s.cancelled_po], label="send a cancelled PO"),
        Case(["po", "cancel", s.cancelled_po], label="cancel a cancelled PO"),
        Case(["po", "receive", s.cancelled_po, "--line", "TEA-1:1"], label="receive a cancelled PO"),
        Case(["po", "cancel", s.partial], label="cancel a partly received PO"),
        Case(["po", "add", s.cancelled_po, "--line", "TEA-1:1"], label="add to a cancelled PO"),
        Case(["print", "po", s.cancelled_po, "--out", str(OUT_DIR / "c.pdf")], refuse=False),
        Case(["stock", "count", "finish", s.cancelled_count], label="finish a cancelled count"),
        Case(["stock", "count", "set", s.cancelled_count, "RICE", "1"], label="set on a cancelled count"),
        Case(["stock", "count", "cancel", s.cancelled_count], label="cancel a cancelled count"),
        Case(["stock", "count", "set", s.open_count, "PEN", "1"], label="set a product not in the count"),
        Case(["stock", "count", "start", "--sku", "TEA-1"], label="second open count of the same product"),
        Case(["customer", "pay", s.owes_nothing, "--amount", "1"], label="pay a customer who owes nothing"),
        Case(["customer", "pay", s.owes, "--amount", "999999"], label="pay more than owed"),
        Case(["customer", "pay", s.owes, "--amount", "0"], label="pay zero"),
        Case(["customer", "pay", s.owes, "--amount", "-5"], label="pay negative"),
        Case(
            ["customer", "pay", s.owes, "--amount", "1", "--order", s.walk_in_order], label="pay a paid order"
        ),
        Case(["order", "release", s.walk_in_order], label="release an order not on hold"),
        Case(["order", "release", s.owed_order], label="release an open order not on hold"),
        Case(
            ["order", "hold", s.held_order, "--reason", "payment", "--note", "x"], label="hold a held order"
        ),
        Case(
            ["order", "hold", s.walk_in_order, "--reason", "payment", "--note", "x"],
            label="hold a completed sale",
        ),
        Case(["order", "hold", s.owed_order, "--reason", "nonsense", "--note", "x"], label="unknown reason"),
        Case(
            ["order", "hold", s.owed_order, "--reason", "payment", "--note", ""], label="hold without a note"
        ),
        Case(
            ["order", "hold", s.owed_order, "--reason", "payment", "--note", "   "], label="blank hold note"
        ),
        Case(
            ["order", "ship", s.held_order, "--carrier", "SF", "--tracking", "1"], label="ship a held order"
        ),
        Case(
            ["order", "assign", s.walk_in_order, "--to", "x"], refuse=False, label="assign a completed sale"
        ),
        Case(["order", "list", "--held", "--mine", "--waiting", "payment"], refuse=False),
    ]


def files(s: Shop, data: Path) -> list[Case]:
    full = data.parent / "devfull"  # a /dev/full of our own (the real one must not be touched)
    if not full.exists():
        os.mknod(full, 0o666 | 0o020000, os.makedev(1, 7))
    fifo_dir = data.parent / "readonly"
    fifo_dir.mkdir(exist_ok=True)
    targets = {
        "a folder": str(OUT_DIR),
        "no such folder": "/tmp/hostile2/no/such/folder/x",
        "unwritable (/proc)": "/proc/oms-x",
        "a full device": str(full),
        "empty name": "",
    }
    cases = []
    for what, target in targets.items():
        cases += [
            Case(["print", "po", s.draft, "--out", target], label=f"print po to {what}"),
            Case(
                ["print", "statement", s.owes, "--from", "2026-01-01", "--to", "2026-12-31", "--out", target],
                label=f"statement to {what}",
            ),
            Case(["chart", "demand", "--sku", "TEA-1", "--out", target], label=f"chart to {what}"),
        ]
    return cases


def run_class(name: str, root: Path, template: Path, shop: Shop) -> Tally:
    data = root / name
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    cases = files(shop, data) if name == "files" else CLASSES[name](shop)
    tally = Tally()
    for case in cases:
        before = digest(data)
        code, out, err = run(data, case.argv)
        result = Result(case, code, err, out, changed=code != 0 and digest(data) != before)
        tally.tried += 1
        tally.clear += result.clear
        tally.traceback += result.traceback
        tally.changed += result.changed
        shown = " ".join(repr(a) if not isinstance(a, str) or len(a) > 40 or not a else a for a in case.argv)
        shown = shown[:200]
        if result.traceback or result.changed:
            tally.notes.append(f"BUG {case.label}: {shown}\n    exit {code}: {err.strip()[-400:]}")
        elif case.refuse and not result.clear:
            tally.notes.append(f"UNCLEAR {case.label}: {shown}\n    exit {code}: {err.strip()[:300]}")
        elif not case.refuse and code == 0:
            tally.notes.append(f"accepted {case.label}: {shown}")
        else:
            tally.notes.append(f"ok {case.label}: {shown}\n    exit {code}: {err.strip()[-300:]}")
    return tally


def options(shop: Shop, root: Path, template: Path) -> Tally:
    """The global options before the command and after it give the same answer."""
    data = root / "options"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data)
    tally = Tally()
    commands = [
        ["supplier", "list"],
        ["supplier", "show", "SUP-001"],
        ["po", "list"],
        ["po", "show", shop.partial],
        ["stock", "count", "list"],
        ["stock", "count", "show", shop.open_count],
        ["report", "receivables", "--orders"],
        ["report", "receivables", "--as-of", "2026-01-01"],
        ["replenish", "suggest", "--all"],
        ["order", "list", "--held"],
        ["po", "show", "PO-2099-99999"],
        ["customer", "pay", shop.owes_nothing, "--amount", "1"],
    ]
    for command in commands:
        for opt in (["--json"], ["--data-dir", str(data)], ["--user", "anna"]):
            tally.tried += 1
            first = run(data, [*opt, *command])
            after = run(data, [*command, *opt])
            tb = any("Traceback" in r[2] or "unexpected error" in r[2] for r in (first, after))
            tally.traceback += tb
            same = first == after
            tally.clear += same and not tb
            tag = "ok" if same else "DIFFERENT"
            tally.notes.append(f"{tag} {' '.join(opt)} before/after: {' '.join(command)} -> exit {first[0]}")
    return tally


def pipes(shop: Shop, root: Path, template: Path) -> Tally:
    """Output piped into `head -1`, and into a reader that has already gone."""
    data = root / "pipes"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data)
    for i in range(40):  # enough lines that the writer outlives head
        run(data, ["supplier", "add", "--name", f"Supplier {i} " + "w" * 60])
    tally = Tally()
    commands = [
        ["supplier", "list"],
        ["--json", "supplier", "list"],
        ["po", "list"],
        ["po", "show", shop.draft],
        ["stock", "count", "show", shop.open_count],
        ["stock", "count", "list"],
        ["report", "receivables", "--orders"],
        ["--json", "report", "receivables"],
        ["replenish", "suggest", "--all"],
        ["order", "list", "--held"],
        ["--json", "replenish", "suggest", "--all"],
    ]
    for command in commands:
        for how in ("head", "closed"):
            tally.tried += 1
            args = [*EXE, *command]
            if how == "head":
                line = " ".join(f"'{a}'" for a in args) + " | head -1 >/dev/null; echo ${PIPESTATUS[0]} >&2"
                done = subprocess.run(
                    ["bash", "-c", line], env=_env(data), capture_output=True, text=True, check=False
                )
                err = done.stderr
                code = int(err.strip().splitlines()[-1])
                err = "\n".join(err.strip().splitlines()[:-1])
            else:
                r, w = os.pipe()
                os.close(r)
                proc = subprocess.run(args, env=_env(data), stdout=w, stderr=subprocess.PIPE, check=False)
                os.close(w)
                code, err = proc.returncode, proc.stderr.decode()
            bad = "Traceback" in err or "BrokenPipe" in err or "Exception ignored" in err
            tally.traceback += bad
            tally.clear += not bad and not err.strip()
            tag = "BUG" if bad else ("ok" if not err.strip() else "noise")
            tally.notes.append(f"{tag} {how}: {' '.join(command)} -> exit {code} {err.strip()[-300:]}")
    return tally


def concurrent(shop: Shop, root: Path, template: Path) -> Tally:
    """The same command five times at once: one wins, the others are refused in one line; no traceback."""
    tally = Tally()
    repeats: list[tuple[str, list[str], int]] = [
        ("pay the whole balance", ["customer", "pay", shop.owes, "--amount", shop.balance], 1),
        ("send a draft", ["po", "send", shop.draft], 1),
        ("receive what is to come", ["po", "receive", shop.partial, "--line", "TEA-1:6"], 5),
        ("close a partly received PO", ["po", "close", shop.partial], 1),
        ("finish a count", ["stock", "count", "finish", shop.open_count], 1),
        ("cancel a count", ["stock", "count", "cancel", shop.open_count], 1),
        ("release a held order", ["order", "release", shop.held_order], 1),
        ("hold an order", ["order", "hold", shop.owed_order, "--reason", "payment", "--note", "x"], 1),
        ("the same supplier code", ["supplier", "add", "--name", "Twin", "--code", "TWIN"], 1),
        ("suppliers numbered", ["supplier", "add", "--name", "Numbered"], 5),
        ("create-pos", ["replenish", "create-pos"], 5),
        ("refresh", ["replenish", "refresh"], 5),
        ("count the same product", ["stock", "count", "start", "--sku", "PEN"], 1),
    ]
    for i, (what, command, winners) in enumerate(repeats):
        data = root / f"concurrent{i}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(template, data)
        with ThreadPoolExecutor(5) as pool:
            results = list(pool.map(run, [data] * 5, [command] * 5))
        tally.tried += 1
        codes = sorted(r[0] for r in results)
        errs = [r[2] for r in results if r[0] != 0]
        tb = any("Traceback" in e or "unexpected error" in e for e in errs)
        tally.traceback += tb
        won = codes.count(0)
        ok = (
            not tb
            and (won == winners or (winners == 5 and won >= 1))
            and all(len(e.strip().splitlines()) == 1 for e in errs)
        )
        tally.clear += ok
        tag = "ok" if ok else ("BUG" if tb else "CHECK")
        tally.notes.append(f"{tag} {what}: exits {codes} {' | '.join(e.strip()[-200:] for e in errs)}")
    return tally


CLASSES = {
    "amounts": amounts,
    "quantities": quantities,
    "dates": dates,
    "texts": texts,
    "unknown": unknown,
    "states": states,
    "files": lambda shop: [],  # made by files(shop, data): it needs the class's own folder
}
SPECIAL = {"options": options, "pipes": pipes, "concurrent": concurrent}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=Path("/tmp/hostile2"))
    parser.add_argument("--only", default="", help="comma-separated classes")
    parser.add_argument("--verbose", action="store_true", help="every call, not only the doubtful")
    a = parser.parse_args(argv)
    root: Path = a.root
    template = root / "template"
    if not (template / "oms.sqlite3").exists() or not (template / "shop.json").exists():
        shutil.rmtree(template, ignore_errors=True)
        template.mkdir(parents=True)
        shop = set_up(template)
        (template / "shop.json").write_text(json.dumps(shop.__dict__))
    shop = Shop(**json.loads((template / "shop.json").read_text()))
    only = [w for w in a.only.split(",") if w] or [*CLASSES, *SPECIAL]
    jobs = {}
    with ThreadPoolExecutor(3) as pool:
        for name in only:
            if name in CLASSES:
                jobs[name] = pool.submit(run_class, name, root, template, shop)
            else:
                jobs[name] = pool.submit(SPECIAL[name], shop, root, template)
        tallies = {name: job.result() for name, job in jobs.items()}
    print("| class | tried | one clear line, exit 1/2 | traceback | data changed after a refusal |")
    print("|---|---:|---:|---:|---:|")
    for name, t in tallies.items():
        print(f"| {name} | {t.tried} | {t.clear} | {t.traceback} | {t.changed} |")
    for name, t in tallies.items():
        print(f"\n## {name}")
        for note in t.notes:
            if a.verbose or not note.startswith("ok"):
                print(note)
    return 1 if any(t.traceback or t.changed for t in tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
