"""The store says what is true and keeps secrets: one line for every failure, passwords never shown, the
shop's files private to its user, and a full disk or a read-only folder never called damage."""

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from oms_desktop.cli import main, report_commands
from oms_desktop.db.diagnosis import diagnose
from oms_desktop.redaction import redact

SECRET = "s3cr3t-pw"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_redact_hides_passwords_in_urls_and_settings() -> None:
    assert redact(f"postgresql+psycopg://shop:{SECRET}@db.local:5432/oms") == (
        "postgresql+psycopg://shop:***@db.local:5432/oms"
    )
    assert SECRET not in redact(f"host=db password={SECRET} dbname=oms")
    assert SECRET not in redact(f"postgresql://db/oms?password={SECRET}&sslmode=require")
    assert redact("sqlite:////home/me/oms.sqlite3") == "sqlite:////home/me/oms.sqlite3"


def test_a_server_that_does_not_answer_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--db", f"postgresql+psycopg://shop:{SECRET}@127.0.0.1:1/oms", "db", "init")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Cannot use the database server" in err and "Connection refused" in err
    assert SECRET not in err and "Traceback" not in err


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx: object) -> int:
        raise RuntimeError(f"boom near postgresql://u:{SECRET}@h/db")

    monkeypatch.setattr(report_commands, "sales", broken)
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path), "report", "sales", "--from", "2026-01-01", "--to", "2026-01-31"
    )
    log_file = tmp_path / "oms-desktop.log"
    assert code == 1 and err.count("\n") == 1
    assert "unexpected error (RuntimeError: boom" in err and str(log_file) in err
    assert SECRET not in err and "Traceback" not in err
    logged = log_file.read_text()
    assert "Traceback (most recent call last)" in logged and "boom near" in logged and SECRET not in logged
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_shops_files_are_private_to_its_user(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    command = [sys.executable, "-m", "oms_desktop", "--data-dir", str(data)]
    subprocess.run([*command, "db", "init"], check=True, capture_output=True)
    subprocess.run([*command, "product", "add", "--sku", "A-1", "--name", "A", "--price", "1"], check=True)
    subprocess.run([*command, "db", "backup"], check=True, capture_output=True)
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name == "oms.sqlite3" for p in files) and any(p.parent.name == "backups" for p in files)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {p.name: "0o600" for p in files}


def test_a_folder_or_an_empty_file_is_said_for_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "order", "list")
    assert code == 1 and "is a folder, not a database file" in err
    a_file = tmp_path / "note.txt"
    a_file.write_text("not a folder")
    code, _, err = run(capsys, "--data-dir", str(a_file), "order", "list")
    assert code == 1 and "is a file, not a folder" in err
    empty = tmp_path / "lost.sqlite3"
    empty.touch()
    code, _, err = run(capsys, "--db", str(empty), "order", "list")
    assert code == 1 and "empty file (0 bytes)" in err and empty.stat().st_size == 0
    assert not empty.with_name("lost.sqlite3-wal").exists()
    assert run(capsys, "--db", str(empty), "db", "init")[0] == 0  # asked for: a new shop in it
    assert run(capsys, "--db", str(empty), "order", "list")[0] == 0


@pytest.mark.parametrize(
    ("driver_message", "said"),
    [
        ("database or disk is full", "is full: free some space"),
        ("attempt to write a readonly database", "cannot be written"),
        ("unable to open database file", "cannot be written"),
        ("database disk image is malformed", "is damaged"),
        ("disk I/O error", "could not be read or written"),  # a failing or pulled disk: not damage either
    ],
)
def test_a_full_disk_or_a_read_only_folder_is_never_called_damage(driver_message: str, said: str) -> None:
    refusal = diagnose(sqlite3.OperationalError(driver_message), Path("/shop/oms.sqlite3"))
    assert refusal is not None and said in str(refusal)
    assert ("Restore a backup" in str(refusal)) == (said == "is damaged")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_keeps_its_mode_and_memory_is_no_file(tmp_path: Path) -> None:
    shared = tmp_path / "project"
    shared.mkdir()
    shared.chmod(0o755)
    command = [sys.executable, "-m", "oms_desktop", "--data-dir", str(tmp_path / "data")]
    subprocess.run(
        [*command, "--db", str(shared / "shop.sqlite3"), "db", "init"], check=True, capture_output=True
    )
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "shop.sqlite3").stat().st_mode) == 0o600
    here = tmp_path / "here"
    here.mkdir()
    here.chmod(0o755)
    done = subprocess.run(
        [*command, "--db", ":memory:", "db", "init"], capture_output=True, text=True, cwd=here
    )
    assert done.returncode == 0, done.stderr
    assert list(here.iterdir()) == [] and stat.S_IMODE(here.stat().st_mode) == 0o755
