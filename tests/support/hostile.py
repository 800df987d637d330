"""The hostile-input pass: the real command line in subprocesses, fed what a careless, unlucky or hostile
user would give it, with a digest of the database before and after every refusal.

    .venv/bin/python -m tests.support.hostile [--markdown docs/hostile-inputs.md] [--no-postgres] [-v]

Each case is counted as: a clear refusal (exit 1 or 2, one line saying why; argparse's usage errors end with
their one `error:` line), accepted (exit 0, for input that is in fact valid, such as `stock adjust -1`), the
last resort (`unexpected error ...`: the line the CLI prints for what nobody foresaw), a traceback (or an
exit code other than 0, 1, 2), a refusal that changed the data, or bad input accepted. Two shops are made:
one without users, one with an owner, a manager, a cashier and an open till. PostgreSQL cases run on a
server of their own (tests/support/postgres.py) with a role that must give its password.
"""

import argparse
import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Arg = str | bytes

PLAIN, PEOPLE = "plain", "people"
OWNER, MANAGER, CASHIER = ("Olga", "1357"), ("Mia", "2468"), ("Cai", "3579")


@dataclass
class Case:
    klass: str
    args: Sequence[Arg]
    expect: str = "refuse"  # "refuse": bad input, to be refused; "either": refused, or accepted as valid
    shop: str = PLAIN
    stdin: bytes = b""
    head: bool = False  # read one line of the output, then close the pipe (`| head -1`)
    ignore: tuple[str, ...] = ()  # tables a refusal changes by design (wrong PINs are counted)
    env: dict[str, str] = field(default_factory=dict)
    secret: str = ""  # must appear nowhere in the output
    stdout: str = ""  # a file to give the command as its standard output (a full disk)


@dataclass
class Outcome:
    case: Case
    code: int
    out: str
    err: str
    changed: bool
    verdict: str


VERDICTS = ("clear", "accepted", "last resort", "traceback", "hang", "data changed", "bad input accepted")
VERDICT_TITLES = {
    "clear": "clear refusal",
    "accepted": "accepted (valid)",
    "last resort": "last resort",
    "traceback": "traceback",
    "hang": "hang",
    "data changed": "data changed",
    "bad input accepted": "bad input accepted",
}
TIMEOUT = 120  # seconds: a command that takes longer on these small shops is stuck


# --- the shops


def cli(
    args: Sequence[Arg], *, env: dict[str, str], stdin: bytes = b"", timeout: float = 300, stdout: str = ""
) -> subprocess.CompletedProcess[bytes]:
    command: list[Arg] = [sys.executable, "-m", "oms_desktop", *args]
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(stdout, "wb")) if stdout else subprocess.PIPE
        done = subprocess.run(
            command, input=stdin, stdout=out, stderr=subprocess.PIPE, env=env, timeout=timeout, check=False
        )
    if done.stdout is None:
        done.stdout = b""
    return done


def must(args: Sequence[Arg], env: dict[str, str], stdin: bytes = b"") -> str:
    done = cli(args, env=env, stdin=stdin)
    if done.returncode != 0:
        raise RuntimeError(f"setting up failed: {args}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode()


@dataclass
class Shop:
    db: Path
    env: dict[str, str]
    order: str = ""  # a paid counter sale
    phone_order: str = ""  # a confirmed phone order, unpaid
    return_number: str = ""
    customer: str = ""
    sku: str = ""
    barcode: str = ""

    def options(self) -> list[str]:
        return ["--db", str(self.db)]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMS_", "PG"))}
    env.update(
        {
            "HOME": str(home),
            "OMS_DATA_DIR": str(home / "data"),
            "OMS_TILL": "till-1",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return env


def make_shops(root: Path) -> dict[str, Shop]:
    env = _env(root / "home")
    plain = Shop(root / "plain.sqlite3", env)
    o = plain.options()
    must([*o, "demo", "--orders", "900", "--products", "30", "--customers", "12", "--seed", "3"], env)
    must(
        [
            *o,
            "product",
            "add",
            "--sku",
            "TEA-1",
            "--name",
            "Tea",
            "--price",
            "5.00",
            "--barcode",
            "6901234567892",
        ],
        env,
    )
    must([*o, "stock", "receive", "TEA-1", "100"], env)
    sale = must([*o, "--json", "order", "create", "--walk-in", "--line", "TEA-1:3", "--pay", "cash"], env)
    plain.order = _field(sale, "number")
    customer = must([*o, "--json", "customer", "add", "--name", "Wang", "--code", "C-HOSTILE"], env)
    plain.customer = _field(customer, "code") or "C-HOSTILE"
    confirmed = ["--customer", plain.customer, "--channel", "phone", "--line", "TEA-1:2", "--confirm"]
    phone = must([*o, "--json", "order", "create", *confirmed], env)
    plain.phone_order = _field(phone, "number")
    returned = must([*o, "--json", "order", "return", plain.order, "--line", "TEA-1:1"], env)
    plain.return_number = _field(returned, "number")
    plain.sku, plain.barcode = "TEA-1", "6901234567892"

    people = Shop(root / "people.sqlite3", env)
    shutil.copyfile(plain.db, people.db)
    for suffix in ("-wal", "-shm"):
        if plain.db.with_name(plain.db.name + suffix).exists():
            raise RuntimeError("the plain shop was left open")
    p = people.options()
    people.order, people.phone_order, people.return_number = (
        plain.order,
        plain.phone_order,
        plain.return_number,
    )
    people.customer, people.sku, people.barcode = plain.customer, plain.sku, plain.barcode
    must([*p, "user", "add", OWNER[0], "--role", "owner", "--pin", OWNER[1]], env)
    owner = ["--user", OWNER[0], "--pin", OWNER[1]]
    must([*p, *owner, "user", "add", MANAGER[0], "--role", "manager", "--pin", MANAGER[1]], env)
    must([*p, *owner, "user", "add", CASHIER[0], "--role", "cashier", "--pin", CASHIER[1]], env)
    must([*p, "--user", CASHIER[0], "--pin", CASHIER[1], "till", "open", "--float", "200"], env)
    return {PLAIN: plain, PEOPLE: people}


def _field(json_text: str, key: str) -> str:
    import json

    value = json.loads(json_text)
    if isinstance(value, dict):
        for k in (key, "order", "return"):
            v = value.get(k)
            if isinstance(v, str) and k == key:
                return v
            if isinstance(v, dict) and isinstance(v.get(key), str):
                return str(v[key])
    return ""


def digest(db: Path, ignore: tuple[str, ...] = ()) -> str:
    """Every row of every table (search indexes left out: they follow their tables)."""
    h = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        for t in tables:
            if t.startswith(("products_fts", "customers_fts", "sqlite_")) or t in ignore:
                continue
            h.update(t.encode())
            for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid'):
                h.update(repr(row).encode())
    return h.hexdigest()


# --- running a case


def run_case(case: Case, shops: dict[str, Shop], default_db: bool = True) -> Outcome:
    shop = shops[case.shop]
    env = {**shop.env, **case.env}
    uses_db = default_db and not any(a in ("--db", b"--db") for a in case.args)
    args: list[Arg] = [*shop.options(), *case.args] if uses_db else list(case.args)
    before = digest(shop.db, case.ignore)
    try:
        if case.head:
            code, out, err = _run_head(args, env)
        else:
            done = cli(args, env=env, stdin=case.stdin, timeout=TIMEOUT, stdout=case.stdout)
            code, out, err = (
                done.returncode,
                done.stdout.decode(errors="replace"),
                done.stderr.decode(errors="replace"),
            )
    except subprocess.TimeoutExpired:  # subprocess.run has killed it
        changed = digest(shop.db, case.ignore) != before
        return Outcome(case, -9, "", f"no answer after {TIMEOUT} s", changed, "hang")
    changed = digest(shop.db, case.ignore) != before
    return Outcome(case, code, out, err, changed, _verdict(case, code, out, err, changed))


def _run_head(args: Sequence[Arg], env: dict[str, str]) -> tuple[int, str, str]:
    """`oms-desktop ... | head -1`: one line read, then the pipe closed while the command still writes."""
    process = subprocess.Popen(
        [sys.executable, "-m", "oms_desktop", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read()
    code = process.wait(timeout=TIMEOUT)
    return code, first.decode(errors="replace"), err.decode(errors="replace")


def _verdict(case: Case, code: int, out: str, err: str, changed: bool) -> str:
    if "Traceback" in err or "Exception ignored" in err or code not in (0, 1, 2):
        return "traceback"
    if "unexpected error" in err:
        return "last resort"
    if case.secret and (case.secret in out or case.secret in err):
        return "traceback"  # a leaked secret is as bad: counted with the failures
    if code == 0:
        if case.expect == "refuse":
            return "bad input accepted"
        return "accepted"
    if changed:
        return "data changed"
    lines = [line for line in err.splitlines() if line.strip()]
    if not lines:
        return "traceback"  # refused without a word
    if lines[0].startswith("oms-desktop: Nothing was imported:"):
        return "clear"  # the import names every line it refuses, one line each
    if code == 2 and lines[-1].startswith("oms-desktop") and "error:" in lines[-1]:
        return "clear"  # argparse: the usage, then its one error line
    return "clear" if len(lines) == 1 and lines[0].startswith("oms-desktop") else "traceback"


# --- the cases


BIG = [
    "9223372036854775808", "92233720368547758.07", "99999999999999999999", "1e30", "1e999", "-1e999", "NaN",
    "nan", "Infinity", "-Infinity", "0.001", "1,5", "١٢", "1_000", "", " ", "abc", "1e9", "0x10", "--5",
    "6901234567892",
]  # fmt: skip
QUANTITIES = [
    "0",
    "-1",
    "100000000000000000000",
    "2147483648",
    "100001",
    "1e3",
    "١",
    "1.5",
    "",
    "x",
    "NaN",
    "-0",
]
DATES = [
    "0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01", "2026-02-30", "2026-13-01", "2026-00-10", "today",
    "", "2026/01/01", "20260101", "２０２６-01-01", "2026-1-1x",
]  # fmt: skip
LONG = ["x" * 201, "x" * 500, "x" * 10_000, "名" * 300]
CONTROLS = [
    "\x01\x02",
    "\x1b[31mred\x1b[0m",
    "line\nbreak",
    "tab\there",
    "\u202eevil",
    "\u200b",
    "e\u0301" * 50,
    "🙂" * 70,
]
NOT_UTF8 = [b"\xff\xfe", b"caf\xe9", b"\xc3\x28", b"\xed\xa0\x80"]


def cases(shops: dict[str, Shop], scratch: Path) -> Iterator[Case]:
    s = shops[PLAIN]
    order, phone, rt, sku, customer = s.order, s.phone_order, s.return_number, s.sku, s.customer
    pdf = str(scratch / "out.pdf")
    # documents of a return, and returns that cannot be
    for bad in [rt + "x", "RT-0", "", order, "RT-" + "9" * 30]:
        yield Case("unknown values", ["print", "return", bad, "--out", pdf])
        yield Case("unknown values", ["order", "show", bad], expect="either")

    # amounts
    for bad in BIG:
        yield Case(
            "amounts", ["product", "add", "--sku", f"N-{uuid.uuid4().hex[:6]}", "--name", "n", "--price", bad]
        )
        yield Case("amounts", ["order", "pay", phone, "--amount", bad, "--method", "cash"])
        yield Case("amounts", ["order", "create", "--walk-in", "--line", f"{sku}:1:{bad}", "--pay", "cash"])
    for bad in ["1e30", "NaN", "-5", "1,5", "١٢", "", "99999999999999999999"]:
        yield Case("amounts", ["order", "refund", order, "--amount", bad, "--method", "cash"])
        yield Case("amounts", ["customer", "add", "--name", "Big", "--credit-limit", bad])
        yield Case("amounts", ["customer", "credit", customer, "--expire", bad])
        yield Case("amounts", ["settings", "set", "cashier-discount-limit", bad])
        yield Case("amounts", ["settings", "set", "default-tax-rate", bad])
        yield Case(
            "amounts", ["product", "add", "--sku", "T-1", "--name", "t", "--price", "1", "--tax-rate", bad]
        )
        yield Case(
            "amounts",
            ["order", "create", "--walk-in", "--line", f"{sku}:1", "--pay", "cash", "--tendered", bad],
        )
        yield Case("amounts", ["till", "open", "--float", bad], shop=PEOPLE, env=_as(CASHIER))
        yield Case("amounts", ["till", "cash-in", bad, "--reason", "r"], shop=PEOPLE, env=_as(CASHIER))
        yield Case("amounts", ["till", "cash-out", bad, "--reason", "r"], shop=PEOPLE, env=_as(CASHIER))
        yield Case("amounts", ["till", "close", "--counted", bad], shop=PEOPLE, env=_as(MANAGER))
    for bad in ["100x", "x2", "100x-1", "100x1e9", "0x5", "١٠٠x2", "100x99999999999", "100x2,,"]:
        # The last is a count with empty places, read as 100x2: accepted, and the till is closed by it.
        yield Case(
            "amounts",
            ["till", "close", "--count", bad],
            shop=PEOPLE,
            env=_as(MANAGER),
            expect="either" if bad.endswith(",,") else "refuse",
        )

    # quantities
    for bad in QUANTITIES:
        yield Case("quantities", ["stock", "receive", sku, bad])
        yield Case("quantities", ["stock", "transfer", sku, bad, "--from", "MAIN", "--to", "DAMAGED"])
        yield Case("quantities", ["order", "create", "--walk-in", "--line", f"{sku}:{bad}", "--pay", "cash"])
        yield Case("quantities", ["order", "return", order, "--line", f"{sku}:{bad}"])
        yield Case("quantities", ["print", "barcode-labels", "--sku", sku, "--copies", bad, "--out", pdf])
        yield Case(
            "quantities",
            ["print", "barcode-labels", "--sku", sku, "--skip", bad, "--out", pdf],
            expect="either",
        )
        yield Case("quantities", ["order", "list", "--limit", bad], expect="either")
    for bad in ["-1", "100000000000000000000", "2147483648", "1e3", ""]:
        yield Case("quantities", ["stock", "adjust", sku, bad, "--reason", "count"], expect="either")
        yield Case(
            "quantities", ["product", "add", "--sku", "Q-1", "--name", "q", "--price", "1", "--decimals", bad]
        )
        yield Case(
            "quantities",
            ["product", "add", "--sku", "Q-2", "--name", "q", "--price", "1", "--reorder-point", bad],
        )
        yield Case(
            "quantities",
            ["chart", "kpis", "--preset", "this-year", "--out", str(scratch / "c.png"), "--width", bad],
        )

    # dates
    for bad in DATES:
        # 20260101 is ISO 8601's basic form of 2026-01-01: a date, and read as one.
        valid = "either" if bad == "20260101" else "refuse"
        yield Case("dates", ["report", "sales", "--from", bad, "--to", "2026-12-31"], expect=valid)
        yield Case("dates", ["report", "kpis", "--from", "2026-01-01", "--to", bad], expect=valid)
        yield Case("dates", ["audit", "list", "--from", bad], shop=PEOPLE, env=_as(OWNER), expect=valid)
    yield Case("dates", ["report", "sales", "--from", "2026-12-31", "--to", "2026-01-01"])
    yield Case(
        "dates",
        [
            "chart",
            "sales-over-time",
            "--from",
            "0001-01-01",
            "--to",
            "9999-12-31",
            "--out",
            str(scratch / "d.png"),
        ],
    )

    # text lengths, control characters
    for bad in LONG + CONTROLS:
        yield Case(
            "text",
            ["product", "add", "--sku", f"L-{uuid.uuid4().hex[:6]}", "--name", bad, "--price", "1"],
            expect="either",
        )
        yield Case("text", ["product", "add", "--sku", bad, "--name", "n", "--price", "1"], expect="either")
        yield Case("text", ["customer", "add", "--name", bad, "--phone", bad], expect="either")
        yield Case("text", ["settings", "set", "shop-name", bad], expect="either")
        yield Case(
            "text", ["order", "create", "--walk-in", "--line", f"{sku}:1", "--notes", bad], expect="either"
        )
        yield Case(
            "text",
            ["user", "add", bad, "--role", "cashier", "--pin", "4242"],
            shop=PEOPLE,
            env=_as(OWNER),
            expect="either",
        )
        yield Case(
            "text", ["till", "cash-in", "1", "--reason", bad], shop=PEOPLE, env=_as(CASHIER), expect="either"
        )
        yield Case("text", ["order", "show", bad])
        yield Case("text", ["product", "list", "--search", bad], expect="either")

    # bytes that are not UTF-8
    for bad in NOT_UTF8:
        yield Case("not UTF-8", ["product", "add", "--sku", "U-1", "--name", bad, "--price", "1"])
        yield Case("not UTF-8", ["customer", "list", "--search", bad])
        yield Case("not UTF-8", ["--db", bad + b".sqlite3", "order", "list"])
        yield Case(
            "not UTF-8",
            ["report", "kpis", "--preset", "this-year", "--format", "csv", "--out", b"/tmp/" + bad],
        )

    # files and paths
    folder = scratch / "a-folder"
    folder.mkdir(exist_ok=True)
    text_file = scratch / "notes.txt"
    text_file.write_text("hello\n")
    binary = scratch / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    long_name = str(scratch / ("n" * 300))
    full = _full_device(scratch)
    for out in [
        str(folder),
        "/proc/nope.pdf",
        "/nonexistent/dir/x.pdf",
        full,
        long_name + ".pdf",
        str(text_file) + "/x.pdf",
    ]:
        # A folder that does not exist yet is made (documents, exports and charts all do): valid.
        made = "either" if out.startswith("/nonexistent/") else "refuse"
        xlsx, png = out.replace(".pdf", ".xlsx"), out.replace(".pdf", ".png")
        yield Case("files and paths", ["print", "receipt", order, "--out", out], expect=made)
        yield Case(
            "files and paths",
            ["report", "kpis", "--preset", "this-year", "--format", "xlsx", "--out", xlsx],
            expect=made,
        )
        yield Case(
            "files and paths", ["chart", "channels", "--preset", "this-year", "--out", png], expect=made
        )
    for source in [
        str(folder),
        "/dev/null",
        str(binary),
        str(text_file),
        "/nonexistent.csv",
        long_name,
        "/proc/self/mem",
    ]:
        yield Case("files and paths", ["order", "import", source])
        yield Case("files and paths", ["db", "restore", source])
    for value in [str(text_file), "/nonexistent/logo.png", str(folder), long_name]:
        yield Case("files and paths", ["settings", "set", "logo-path", value])
        yield Case("files and paths", ["settings", "set", "backup-folder", value], expect="either")
    yield Case("files and paths", ["db", "backup", "--to", str(s.db)])
    yield Case("files and paths", ["db", "backup", "--to", str(text_file)])
    yield Case("files and paths", ["db", "backup", "--to", "/proc/x.sqlite3"])
    yield Case("files and paths", ["db", "backup", "--to", full, "--force"])
    yield Case("files and paths", ["order", "list"], stdout=full)
    yield Case("files and paths", ["--json", "report", "kpis", "--preset", "this-year"], stdout=full)
    yield Case("files and paths", ["print", "receipt", order, "--printer", "network:256.1.1.1:9100"])
    yield Case("files and paths", ["print", "receipt", order, "--printer", "nonsense"])
    yield Case("files and paths", ["print", "receipt", order, "--printer", "file:/proc/nope"])

    # --db and --data-dir
    empty = scratch / "empty.sqlite3"
    empty.write_bytes(b"")
    for db in [
        "", str(folder), "/dev/null", str(text_file), str(empty), "sqlite://", "sqlite:///:memory:", "mysql://u@h/d",
        "junk://x", ":memory:", str(text_file) + "/x.sqlite3", long_name + ".sqlite3", "/proc/x.sqlite3",
        "/etc/passwd", "sqlite:////nonexistent/dir/x.sqlite3", "postgresql+psycopg://u@/",
    ]:  # fmt: skip
        yield Case("--db and --data-dir", ["--db", db, "order", "list"], expect="either")
    for data in ["", str(text_file), "/proc", long_name, "/dev/null"]:
        yield Case(
            "--db and --data-dir", ["--data-dir", data, "--db", str(s.db), "order", "list"], expect="either"
        )
        yield Case("--db and --data-dir", ["--data-dir", data, "order", "list"], expect="either")

    # option order, unknown options
    yield Case("option order", ["stock", "show", sku, "--json"], expect="either")
    yield Case("option order", ["order", "list", "--json", "--json"], expect="either")
    yield Case("option order", ["order", "list", "--js"])
    yield Case("option order", ["order", "list", "--d", "x"])
    yield Case("option order", ["order", "--db", str(s.db), "list"], expect="either")
    yield Case("option order", ["order", "list", "--", "--json"])
    yield Case("option order", ["order", "list", "--no-such-option"])
    yield Case("option order", ["order", "list", "--limit"])
    yield Case("option order", ["product", "add", "--price", "1", "--name", "n"])
    yield Case("option order", ["order", "create", "--walk-in", "--customer", customer, "--line", f"{sku}:1"])
    yield Case(
        "option order",
        ["till", "close", "--count", "100x1", "--counted", "100"],
        shop=PEOPLE,
        env=_as(MANAGER),
    )
    yield Case("option order", ["order", "return", order, "--refund-to", "store-credit", "--method", "cash"])
    yield Case("option order", ["nonsense"])
    yield Case("option order", ["db"])

    # closed pipes
    for args in [
        ["order", "list", "--limit", "900"], ["--json", "order", "list", "--limit", "900"], ["product", "list"],
        ["stock", "ledger", sku], ["report", "sales", "--from", "2020-01-01", "--to", "2030-12-31", "--by", "day"],
        ["report", "kpis", "--preset", "this-year", "--format", "csv"], ["customer", "list"], ["settings", "show"],
        ["--help"], ["order", "--help"], ["order", "show", order],
    ]:  # fmt: skip
        yield Case("closed pipe", args, expect="either", head=True)
    yield Case("closed pipe", ["audit", "list"], expect="either", head=True, shop=PEOPLE, env=_as(OWNER))
    yield Case(
        "closed pipe",
        ["order", "list", "--limit", "900"],
        expect="either",
        env={"PYTHONUNBUFFERED": "1"},
        head=True,
    )

    # unknown enum values
    for args in [
        ["order", "pay", phone, "--amount", "1", "--method", "gold"],
        ["order", "create", "--walk-in", "--line", f"{sku}:1", "--channel", "telepathy"],
        ["customer", "add", "--name", "n", "--tier", "platinum"],
        ["user", "add", "King", "--role", "king", "--pin", "1111"],
        ["print", "receipt", order, "--paper", "99mm", "--out", pdf],
        ["print", "invoice", order, "--language", "fr", "--out", pdf],
        ["print", "barcode-labels", "--sheet", "a5", "--out", pdf],
        ["order", "list", "--status", "lost"],
        ["report", "sales", "--from", "2026-01-01", "--to", "2026-12-31", "--by", "planet"],
        ["report", "kpis", "--preset", "forever"],
        ["settings", "set", "no-such-key", "1"],
        ["settings", "set", "language", "fr"],
        ["settings", "set", "paper-size", "A0"],
        ["settings", "set", "currency", "XXXX"],
        ["settings", "set", "time-zone", "Mars/Olympus_Mons"],
        ["settings", "set", "time-zone", "../../etc/passwd"],
        ["settings", "set", "payment-methods", "cash,gold"],
        ["settings", "set", "prices-include-tax", "maybe"],
        ["settings", "set", "scale-barcodes", "21:x:weight:3"],
        ["settings", "set", "scale-barcodes", "21:5:volume:3"],
        ["order", "return", order, "--refund-to", "bitcoin"],
    ]:
        yield Case("unknown values", args)

    # wrong PIN, wrong approver (a shop with users); wrong PINs are counted, by design
    counted = ("users", "audit_log")  # a wrong PIN is counted and audited: by design
    p = shops[PEOPLE]
    for env, args in [
        (
            {"OMS_USER": OWNER[0], "OMS_PIN": "0000"},
            ["product", "add", "--sku", "P-1", "--name", "p", "--price", "1"],
        ),
        (
            {"OMS_USER": "Nobody", "OMS_PIN": "1234"},
            ["product", "add", "--sku", "P-1", "--name", "p", "--price", "1"],
        ),
        ({"OMS_PIN": OWNER[1]}, ["product", "add", "--sku", "P-1", "--name", "p", "--price", "1"]),
        ({}, ["product", "add", "--sku", "P-1", "--name", "p", "--price", "1"]),
        ({"OMS_USER": OWNER[0], "OMS_PIN": "12ab"}, ["stock", "receive", p.sku, "1"]),
        ({"OMS_USER": OWNER[0], "OMS_PIN": "9" * 500}, ["stock", "receive", p.sku, "1"]),
        (
            {"OMS_USER": CASHIER[0], "OMS_PIN": CASHIER[1]},
            ["user", "add", "Eve", "--role", "owner", "--pin", "4444"],
        ),
        ({"OMS_USER": CASHIER[0], "OMS_PIN": CASHIER[1]}, ["user", "pin", OWNER[0], "--pin", "4444"]),
        ({"OMS_USER": CASHIER[0], "OMS_PIN": CASHIER[1]}, ["db", "restore", str(p.db)]),
        ({"OMS_USER": CASHIER[0], "OMS_PIN": CASHIER[1]}, ["order", "void", p.order]),
        (
            {"OMS_USER": OWNER[0], "OMS_PIN": OWNER[1]},
            ["user", "add", "Short", "--role", "cashier", "--pin", "12"],
        ),
        ({"OMS_USER": OWNER[0], "OMS_PIN": OWNER[1]}, ["user", "disable", OWNER[0]]),
        ({"OMS_USER": OWNER[0], "OMS_PIN": OWNER[1]}, ["user", "disable", "Nobody"]),
    ]:
        yield Case("PIN and approver", args, shop=PEOPLE, env=env, ignore=counted)
    cashier = ["--user", CASHIER[0], "--pin", CASHIER[1]]
    for approval in [
        ["--approve-by", MANAGER[0], "--approve-pin", "0000"],
        ["--approve-by", CASHIER[0], "--approve-pin", CASHIER[1]],
        ["--approve-by", "Nobody", "--approve-pin", "1234"],
        ["--approve-by", MANAGER[0]],
        ["--approve-by", MANAGER[0], "--approve-pin", "-"],
    ]:
        yield Case(
            "PIN and approver", [*cashier, *approval, "order", "void", p.order], shop=PEOPLE, ignore=counted
        )
    yield Case(
        "PIN and approver",
        ["--user", OWNER[0], "--pin", "-", "stock", "receive", p.sku, "1"],
        shop=PEOPLE,
        stdin=b"",
        ignore=counted,
    )
    yield Case(
        "PIN and approver",
        ["--approve-by", MANAGER[0], "--approve-pin", MANAGER[1], "order", "void", p.order],
        shop=PEOPLE,
        ignore=counted,
    )
    for _ in range(6):  # five wrong PINs lock the cashier for a minute; the sixth is refused as locked
        yield Case(
            "PIN and approver",
            ["--user", CASHIER[0], "--pin", "0000", "till", "status"],
            shop=PEOPLE,
            ignore=counted,
        )


def _full_device(scratch: Path) -> str:
    """A device like /dev/full (every write: no space left), of our own: a command that wrongly renames a
    file over its --out then replaces this one, never the machine's (as /dev/full once was)."""
    import stat

    device = scratch / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except OSError:  # not root: /dev/full is the one left
        return "/dev/full"
    return str(device)


def _as(who: tuple[str, str]) -> dict[str, str]:
    return {"OMS_USER": who[0], "OMS_PIN": who[1]}


# --- PostgreSQL


@contextlib.contextmanager
def postgres_shop(root: Path) -> Iterator[tuple[str, str, str]]:
    """A shop on a PostgreSQL server of its own, for a role that must give its password: (url, password,
    the server's url without a password for a role that may not log in)."""
    from tests.support.postgres import start_postgres

    server = start_postgres(root / "pg")
    try:
        role, password = "keeper", f"Pw-{uuid.uuid4().hex[:12]}"
        with server.connect() as conn:
            conn.execute(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{password}'")
        hba = server.data_dir / "pg_hba.conf"
        before = hba.read_text()
        with hba.open("r+") as f:
            f.write(f"host all {role} {server.host}/32 scram-sha-256\n{before}")
        with server.connect() as conn:
            conn.execute("SELECT pg_reload_conf()")
        server.create_database("shop")
        url = f"postgresql+psycopg://{role}:{password}@{server.host}:{server.port}/shop"
        yield url, password, f"postgresql+psycopg://{role}@{server.host}:{server.port}/shop"
    finally:
        server.stop()


def postgres_cases(url: str, password: str, no_password: str, scratch: Path) -> Iterator[Case]:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    wrong = u.set(password="wrong-" + password).render_as_string(hide_password=False)
    closed_port = u.set(port=1).render_as_string(hide_password=False)
    no_db = u.set(database="no_such_shop").render_as_string(hide_password=False)
    no_host = u.set(host="no-such-host.invalid").render_as_string(hide_password=False)
    no_user = u.set(username="no_such_role").render_as_string(hide_password=False)
    dump = scratch / "pg.dump"
    foreign = scratch / "notes.txt"
    foreign.write_text("not a dump\n")
    secret = password
    for target in [wrong, closed_port, no_db, no_host, no_user]:
        for args in [
            ["order", "list"],
            ["db", "backup", "--to", str(dump)],
            ["db", "restore", str(dump)],
            ["db", "init"],
        ]:
            yield Case("PostgreSQL", ["--db", target, *args], secret=secret)
    yield Case("PostgreSQL", ["--db", no_password, "order", "list"], secret=secret)
    yield Case(
        "PostgreSQL", ["--db", no_password, "order", "list"], env={"PGPASSWORD": "wrong"}, secret=secret
    )
    yield Case("PostgreSQL", ["--db", url, "db", "restore", str(foreign)], secret=secret)
    yield Case("PostgreSQL", ["--db", url, "db", "restore", str(scratch / "missing.dump")], secret=secret)
    yield Case("PostgreSQL", ["--db", url, "db", "backup", "--to", str(foreign)], secret=secret)
    yield Case("PostgreSQL", ["--db", url, "db", "backup", "--to", "/proc/x.dump"], secret=secret)
    yield Case(
        "PostgreSQL",
        ["--db", url, "db", "backup", "--to", str(scratch / "x.dump")],
        env={"PATH": "/nonexistent"},
        secret=secret,
    )
    yield Case("PostgreSQL", ["--db", url + "?sslmode=bogus", "order", "list"], secret=secret)
    yield Case(
        "PostgreSQL",
        ["--db", url.replace("postgresql+psycopg", "postgresql+nodriver"), "order", "list"],
        secret=secret,
    )


# --- the table


def table(outcomes: list[Outcome]) -> str:
    by_class: dict[str, Counter[str]] = {}
    order: list[str] = []
    for o in outcomes:
        if o.case.klass not in by_class:
            by_class[o.case.klass] = Counter()
            order.append(o.case.klass)
        by_class[o.case.klass][o.verdict] += 1
    head = "| class of bad input | tried | " + " | ".join(VERDICT_TITLES[v] for v in VERDICTS) + " |"
    lines = [head, "|---|---:|" + "---:|" * len(VERDICTS)]
    total: Counter[str] = Counter()
    for klass in order:
        c = by_class[klass]
        total.update(c)
        lines.append(f"| {klass} | {sum(c.values())} | " + " | ".join(str(c[v]) for v in VERDICTS) + " |")
    lines.append(
        f"| **total** | **{sum(total.values())}** | " + " | ".join(f"**{total[v]}**" for v in VERDICTS) + " |"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--table", type=Path, help="write the table (markdown) to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="every case, not only the failures")
    parser.add_argument("--only", help="run only the classes whose name contains this")
    parser.add_argument("--cases", type=Path, help="write every case and its outcome (tab-separated) here")
    options = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="oms-hostile-"))
    started = time.monotonic()
    outcomes: list[Outcome] = []
    try:
        scratch = root / "scratch"
        scratch.mkdir()
        shops = make_shops(root)
        print(f"shops ready in {time.monotonic() - started:.0f} s", file=sys.stderr)
        todo = list(cases(shops, scratch))
        with contextlib.ExitStack() as stack:
            if not options.no_postgres:
                url, password, no_password = stack.enter_context(postgres_shop(root))
                must(["--db", url, "db", "init"], shops[PLAIN].env)
                todo += list(postgres_cases(url, password, no_password, scratch))
            if options.only:
                todo = [c for c in todo if options.only in c.klass]
            for case in todo:
                outcome = run_case(case, shops)
                outcomes.append(outcome)
                if options.verbose or outcome.verdict not in ("clear", "accepted"):
                    shown = [a if isinstance(a, str) else repr(a) for a in case.args]
                    print(
                        f"[{outcome.verdict}] {case.klass}: {' '.join(x[:60] for x in shown)}"
                        f" -> {outcome.code}: {outcome.err.strip()[-400:]}",
                        file=sys.stderr,
                    )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    text = table(outcomes)
    print(text)
    print(f"{len(outcomes)} cases in {time.monotonic() - started:.0f} s", file=sys.stderr)
    if options.table:
        options.table.write_text(text + "\n")
    if options.cases:
        with options.cases.open("w") as f:
            for o in outcomes:
                shown = " ".join((a if isinstance(a, str) else repr(a))[:80] for a in o.case.args)
                said = (o.err.strip().splitlines() or [""])[-1][:200]
                f.write(f"{o.verdict}\t{o.case.klass}\t{o.code}\t{shown!r}\t{said!r}\n")
    bad = [o for o in outcomes if o.verdict not in ("clear", "accepted")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
