"""A read-only folder or file, and a full disk, for real rather than through driver messages: the command
line runs as an unprivileged user (root ignores file modes) against root-owned folders, and on a small
tmpfs filled to the brim. Each refusal is one true line (never "damaged ... restore a backup"), no
traceback, the shop file byte for byte as it was, and no -wal/-shm left beside it.

The unprivileged case always runs: as root through setpriv (util-linux, on every Debian), as any other
user directly. It fails, never skips, when it cannot. Mounting a tmpfs needs root with CAP_SYS_ADMIN,
which a container may not have: only that case is skipped, with the reason, and the driver-message
tests in tests/core/test_honest_store.py keep covering it."""

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = ("nobody", "nogroup")
ROOT = os.geteuid() == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def cli(*args: str, home: Path, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """The real command line in a process of its own (as nobody when `unprivileged` and we are root)."""
    command = [sys.executable, "-m", "oms_desktop", *args]
    if unprivileged and ROOT:
        user, group = NOBODY
        command = ["setpriv", f"--reuid={user}", f"--regid={group}", "--clear-groups", *command]
    env = {
        **os.environ,
        "HOME": str(home),
        "OMS_DATA_DIR": str(home / "data"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180, cwd="/", check=False)


def _one_true_line(result: subprocess.CompletedProcess[str], said: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and said in result.stderr, result.stderr
    assert "damaged" not in result.stderr and "Restore a backup" not in result.stderr, result.stderr


@pytest.fixture
def place() -> Iterator[Path]:
    """A root-owned 0755 folder the unprivileged user can reach (pytest's own tmp folders are 0700), with a
    home of its own for that user (logs and settings)."""
    base = Path(tempfile.mkdtemp(prefix="oms-disks-"))
    base.chmod(0o755)
    home = base / "home"
    home.mkdir()
    if ROOT:
        shutil.chown(home, user=NOBODY[0], group=NOBODY[1])
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def unprivileged(place: Path) -> Path:
    """Fails with the reason when the unprivileged user cannot run this Python and this checkout."""
    if ROOT and shutil.which("setpriv") is None:
        pytest.fail(
            "running as root without setpriv (util-linux): cannot run the CLI as an unprivileged user"
        )
    probe = cli("--version", home=place / "home", unprivileged=True)
    out_of_reach = not (_readable_to_others(Path(sys.executable)) and _readable_to_others(Path(__file__)))
    if probe.returncode != 0 and out_of_reach:
        # A checkout (or venv) below a private folder (/root, a 0700 temp folder) is out of the unprivileged
        # user's reach whatever this test does; it says so rather than fail the run on where it was cloned.
        pytest.skip(
            f"this checkout or its Python lies below a folder {NOBODY[0]!r} may not enter: {sys.executable}"
        )
    if probe.returncode != 0:
        pytest.fail(
            f"the user {NOBODY[0]!r} cannot run {sys.executable} -m oms_desktop (the interpreter, the venv "
            f"or the checkout is not readable to others): {probe.stderr.strip()[-300:]}"
        )
    return place / "home"


def _readable_to_others(path: Path) -> bool:
    """Whether every folder above `path` lets others in (the execute bit), and the file itself is readable."""
    for folder in path.resolve().parents:
        if not folder.stat().st_mode & 0o001:
            return False
    return bool(path.resolve().stat().st_mode & 0o004)


def _shop(folder: Path, home: Path) -> Path:
    """A small shop made by root (or by us), then left readable to all and writable by its owner only."""
    db = folder / "oms.sqlite3"
    made = cli("--db", str(db), "demo", "--orders", "20", "--products", "8", "--customers", "4", home=home)
    assert made.returncode == 0, made.stderr
    folder.chmod(0o755)
    db.chmod(0o644)
    assert _companions(db) == []
    return db


def test_a_read_only_folder_is_said_for_what_it_is(place: Path, unprivileged: Path) -> None:
    if not ROOT:
        pytest.fail("this test makes the folder another user's; run it as root (CI does)")
    shop_folder = place / "shop"
    shop_folder.mkdir()
    db = _shop(shop_folder, place / "home")
    before = _digest(db)

    # A new shop in a folder that is not ours to write.
    new = shop_folder / "new.sqlite3"
    result = cli("--db", str(new), "db", "init", home=unprivileged, unprivileged=True)
    _one_true_line(result, "cannot be written (its folder is read-only)")
    assert not new.exists() and _companions(new) == []

    # The data folder itself is not ours.
    result = cli(
        "--data-dir", str(shop_folder / "elsewhere"), "order", "list", home=unprivileged, unprivileged=True
    )
    _one_true_line(result, "cannot be written")

    # A shop in a folder we may not write: SQLite cannot make its -shm there, so even reading is refused,
    # and said so; nothing is left beside the file.
    for write in (
        ("order", "list"),
        ("product", "add", "--sku", "RO-1", "--name", "Read only", "--price", "1.00"),
        ("stock", "receive", "RO-1", "5"),
        ("order", "create", "--walk-in", "--line", "X:1", "--pay", "cash"),
        ("settings", "set", "shop-name", "Mine now"),
        ("db", "backup", "--to", str(shop_folder / "copy.sqlite3")),
    ):
        result = cli("--db", str(db), *write, home=unprivileged, unprivileged=True)
        _one_true_line(result, "cannot be written (the file and its folder are read-only)")
        assert _digest(db) == before and _companions(db) == [], write
    assert not (shop_folder / "copy.sqlite3").exists()


def test_a_read_only_file_in_a_folder_of_ours_is_said_and_left_as_it_was(
    place: Path, unprivileged: Path
) -> None:
    if not ROOT:
        pytest.fail("this test makes the file another user's; run it as root (CI does)")
    own = place / "own"
    own.mkdir()
    db = _shop(own, place / "home")
    shutil.chown(own, user=NOBODY[0], group=NOBODY[1])  # the folder is the user's, the file root's
    before = _digest(db)

    listed = cli("--db", str(db), "order", "list", home=unprivileged, unprivileged=True)
    assert listed.returncode == 0 and "SO-" in listed.stdout, listed.stderr
    assert _companions(db) == []  # a look leaves no -wal/-shm, though SQLite could have kept them
    result = cli(
        "--db", str(db), "product", "add", "--sku", "RO-1", "--name", "n", "--price", "1",
        home=unprivileged, unprivileged=True,
    )  # fmt: skip
    _one_true_line(result, "cannot be written (the file is read-only)")
    assert _digest(db) == before and _companions(db) == []

    # A backup of it goes where the user may write; not into a folder that is root's.
    closed = place / "closed"
    closed.mkdir()
    closed.chmod(0o755)
    result = cli("--db", str(db), "db", "backup", "--to", str(closed), home=unprivileged, unprivileged=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "damaged" not in result.stderr
    assert list(closed.iterdir()) == [] and _digest(db) == before


# --- a full disk


def _can_mount() -> str | None:
    """None when a tmpfs can be mounted here, else why not."""
    if not ROOT:
        return "mounting a tmpfs needs root"
    probe = Path(tempfile.mkdtemp(prefix="oms-mount-probe-"))
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True, text=True
        )
        if done.returncode != 0:
            return f"mount -t tmpfs is not permitted here ({done.stderr.strip()})"
        subprocess.run(["umount", str(probe)], check=True)
        return None
    finally:
        probe.rmdir()


@pytest.fixture(scope="module")
def mount_refusal() -> str | None:
    return _can_mount()


@pytest.fixture
def small_disk(mount_refusal: str | None, place: Path) -> Iterator[Path]:
    """A 2 MiB disk of its own (a tmpfs), unmounted afterwards: room for the empty schema (540 KB) and its
    WAL, not for a demo shop."""
    if mount_refusal is not None:
        pytest.skip(f"{mount_refusal}; the full disk stays covered by the driver-message tests")
    disk = place / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(disk)], check=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave: int = 0) -> None:
    """Fill the disk, leaving about `leave` bytes free."""
    free = shutil.disk_usage(disk).free - leave
    # The disk may fill before the end (or at the close): just what was asked.
    with contextlib.suppress(OSError), (disk / "filler").open("wb") as f:
        f.write(b"\0" * max(free, 0))


def test_a_full_disk_is_said_to_be_full_and_nothing_is_half_written(small_disk: Path, place: Path) -> None:
    home = place / "home"
    db = small_disk / "oms.sqlite3"
    assert cli("--db", str(db), "db", "init", home=home).returncode == 0

    # Some room left, not enough for a few hundred orders: the demo (one transaction) keeps nothing.
    _fill(small_disk, leave=200_000)
    result = cli(
        "--db", str(db), "demo", "--orders", "400", "--products", "40", "--customers", "20", home=home
    )
    _one_true_line(result, "is full: free some space")
    (small_disk / "filler").unlink()
    listed = cli("--db", str(db), "--json", "product", "list", home=home)
    assert listed.returncode == 0 and '"sku"' not in listed.stdout, listed.stdout + listed.stderr
    made = cli("--db", str(db), "product", "add", "--sku", "A-1", "--name", "A", "--price", "1.00", home=home)
    assert made.returncode == 0, made.stderr

    # No room at all: opening the shop (SQLite's -shm) fails with an I/O error, said as the full disk it is.
    _fill(small_disk)
    before = _digest(db)
    for write in (
        ("product", "add", "--sku", "B-1", "--name", "B", "--price", "2.00"),
        ("stock", "receive", "A-1", "5"),
        ("order", "list"),
        ("db", "check"),
    ):
        result = cli("--db", str(db), *write, home=home)
        _one_true_line(result, "is full: free some space")
        assert _digest(db) == before and _companions(db) == [], write

    (small_disk / "filler").unlink()
    checked = cli("--db", str(db), "db", "check", home=home)
    assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked.stdout + checked.stderr
    listed = cli("--db", str(db), "--json", "product", "list", home=home)
    assert '"A-1"' in listed.stdout and '"B-1"' not in listed.stdout


def test_a_backup_onto_a_full_disk_is_said_and_leaves_nothing(small_disk: Path, place: Path) -> None:
    home = place / "home"
    shop = place / "shop"
    shop.mkdir()
    db = _shop(shop, home)
    _fill(small_disk, leave=100_000)  # room for the start of the copy, not for all of it
    result = cli("--db", str(db), "db", "backup", "--to", str(small_disk / "b.sqlite3"), home=home)
    _one_true_line(result, "The disk holding")
    assert "b.sqlite3 is full" in result.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
