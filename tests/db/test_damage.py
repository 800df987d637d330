"""A damaged database is said to be damaged and never written to without the user knowing; backups are
checked before they are called done, never overwrite without --force, leave nothing partial, and a damaged
backup never replaces a healthy shop."""

import hashlib
from pathlib import Path

import pytest

from oms_desktop.cli import main
from oms_desktop.db import damage


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "shop"
    assert run(capsys, "--data-dir", str(data), "demo", "--orders", "120")[0] == 0
    return data


def _damage(database: Path) -> None:
    """What a failing disk does: a few KB in the middle of the file overwritten."""
    size = database.stat().st_size
    with database.open("r+b") as f:
        f.seek(size // 2 - (size // 2) % 4096)
        f.write(b"\xa5" * 8192)


def test_a_damaged_shop_is_found_refuses_writes_and_comes_back_by_restore(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = shop / "oms.sqlite3"
    data = ["--data-dir", str(shop)]
    code, out, _ = run(capsys, *data, "db", "backup", "--to", str(shop / "good.sqlite3"))
    assert code == 0 and (shop / "good.sqlite3").exists()
    _damage(db)

    assert run(capsys, *data, "db", "check", "--quick")[0] == 1
    code, out, err = run(capsys, *data, "db", "check")
    assert code == 1 and out.startswith("integrity:") and "Traceback" not in out + err
    assert damage.finding(db) is not None
    before = _digest(db)

    code, _, err = run(capsys, *data, "product", "add", "--sku", "NEW-1", "--name", "New", "--price", "1")
    assert code == 1 and "Nothing was written" in err and "Restore a backup" in err
    code, _, err = run(capsys, *data, "db", "backup", "--to", str(shop / "copy.sqlite3"))
    assert code == 1 and "damaged" in err
    assert not (shop / "copy.sqlite3").exists() and not list(shop.glob("*.partial"))
    assert _digest(db) == before  # nothing was written into the damaged file

    code, _, err = run(capsys, *data, "db", "restore", str(shop / "good.sqlite3"))
    assert code == 0, err
    assert damage.finding(db) is None
    code, out, _ = run(capsys, *data, "db", "check", "--quick")
    assert code == 0 and out.startswith("ok: quick check passed")
    assert run(capsys, *data, "db", "check")[0] == 0
    assert run(capsys, *data, "product", "add", "--sku", "NEW-1", "--name", "New", "--price", "1")[0] == 0


def test_a_damaged_backup_never_replaces_a_healthy_shop(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(shop)]
    backup = shop / "b.sqlite3"
    assert run(capsys, *data, "db", "backup", "--to", str(backup))[0] == 0
    _damage(backup)
    before = _digest(shop / "oms.sqlite3")
    code, _, err = run(capsys, *data, "db", "restore", str(backup))
    assert code == 1 and "is damaged" in err and "nothing was replaced" in err
    assert _digest(shop / "oms.sqlite3") == before


def test_a_backup_never_overwrites_without_force(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(shop)]
    target = shop / "mine.sqlite3"
    target.write_text("my own file")
    code, _, err = run(capsys, *data, "db", "backup", "--to", str(target))
    assert code == 1 and "already exists" in err and target.read_text() == "my own file"
    assert run(capsys, *data, "db", "backup", "--to", str(target), "--force")[0] == 0
    assert target.read_bytes().startswith(b"SQLite format 3")
    folder = shop / "usb"
    folder.mkdir()
    assert run(capsys, *data, "db", "backup", "--to", str(folder))[0] == 0
    assert [p.suffix for p in folder.iterdir()] == [".sqlite3"]


def test_restore_waits_for_the_other_tills_unless_forced(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    data = ["--data-dir", str(shop)]
    good = shop / "good.sqlite3"
    assert run(capsys, *data, "db", "backup", "--to", str(good))[0] == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]); "
            "c.execute('select count(*) from orders').fetchone(); print('open', flush=True); time.sleep(60)",
            str(shop / "oms.sqlite3"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        code, _, err = run(capsys, *data, "db", "restore", str(good))
        assert code == 1 and "is open in another window or till" in err
        assert run(capsys, *data, "db", "restore", str(good), "--force")[0] == 0
    finally:
        holder.kill()
        holder.wait()
    assert run(capsys, *data, "db", "restore", str(good))[0] == 0


def test_a_refused_file_is_left_as_it_was_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    before = _digest(other)
    code, _, err = run(capsys, "--db", str(other), "order", "list")
    assert code == 1 and "another program" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"] and _digest(other) == before
