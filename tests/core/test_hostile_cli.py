"""What the hostile-input pass of the whole command line found (docs/hostile-inputs.md), each kept found:
a count of none, digits that are not 0-9, abbreviated options, outputs that cannot be written and paths too
long for the file system get one clear line, never the last resort, and change nothing."""

import subprocess
import sys
from pathlib import Path

import pytest

from oms_desktop.cli import main
from tests.core.test_cli_fuzz import _state


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "oms.sqlite3"
    assert main(["--db", str(db), "product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5"]) == 0
    assert main(["--db", str(db), "stock", "receive", "TEA-1", "20"]) == 0
    assert main(["--db", str(db), "order", "create", "--walk-in", "--line", "TEA-1:2", "--pay", "cash"]) == 0
    capsys.readouterr()
    return db


def refused(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    before = _state(db)
    code = main(["--db", str(db), *args])
    err = capsys.readouterr().err
    assert code in (1, 2), (args, code, err)
    assert "unexpected error" not in err and "Traceback" not in err, err
    assert _state(db) == before, args
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "args",
    [
        ("order", "list", "--limit", "0"),
        ("order", "list", "--limit", "-1"),
        ("product", "list", "--limit", "0"),
        ("customer", "list", "--limit", "-5"),
        ("report", "top-products", "--preset", "this-year", "--limit", "0"),
    ],
)
def test_a_limit_of_none_is_refused_not_a_crash(
    shop: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    assert "is not a count: give 1 or more" in refused(capsys, shop, *args)


@pytest.mark.parametrize(
    ("copies", "said"), [("0", "give 1 or more"), ("-1", "give 1 or more"), ("100000", "more than 1,000")]
)
def test_labels_are_printed_at_least_once_and_not_a_billion_times(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], copies: str, said: str
) -> None:
    out = tmp_path / "labels.pdf"
    line = refused(capsys, shop, "print", "barcode-labels", "--copies", copies, "--out", str(out))
    assert said in line and not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("product", "add", "--sku", "T-2", "--name", "t", "--price", "1", "--tax-rate", "١٢"),
        ("product", "add", "--sku", "T-2", "--name", "t", "--price", "1", "--tax-rate", "1_3"),
        ("settings", "set", "default-tax-rate", "١٢"),
        ("settings", "set", "cashier-discount-limit", "1_0"),
        ("settings", "set", "variance-limit", "٥"),
    ],
)
def test_only_the_digits_0_to_9_make_a_rate_or_a_limit(
    shop: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    assert "digits 0-9" in refused(capsys, shop, *args)


@pytest.mark.parametrize(
    "args",
    [
        ("order", "list", "--js"),
        ("db", "backup", "--to", "{here}", "--for"),
        ("order", "list", "--lim", "3"),
    ],
)
def test_an_abbreviated_option_is_not_guessed(
    shop: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    mine = shop.with_name("mine.sqlite3")
    mine.write_text("my own file")  # `--for` would have been --force, and replaced it
    args = tuple(a.replace("{here}", str(mine)) for a in args)
    assert "unrecognized arguments" in refused(capsys, shop, *args)
    assert mine.read_text() == "my own file"


def _cli(db: Path, *args: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oms_desktop", "--db", str(db), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
    )


def _one_line(result: subprocess.CompletedProcess[str], said: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert "Exception ignored" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and said in result.stderr, result.stderr


def test_an_output_that_cannot_be_written_is_one_line(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    report = ("report", "kpis", "--preset", "this-year")
    _one_line(_cli(shop, *report, "--format", "csv", "--out", str(folder)), f"{folder}: Is a directory")
    _one_line(
        _cli(shop, "chart", "channels", "--preset", "this-year", "--out", str(folder)), "Is a directory"
    )
    # A full disk behind the file or behind standard output (here /dev/full, which is always full).
    _one_line(_cli(shop, *report, "--format", "xlsx", "--out", "/dev/full"), "No space left on device")
    _one_line(_cli(shop, "chart", "channels", "--preset", "this-year", "--out", "/dev/full"), "No space left")
    with open("/dev/full", "w") as full:
        _one_line(_cli(shop, "order", "list", stdout=full), "the output could not be written (No space left")
        _one_line(_cli(shop, "--json", "order", "list", stdout=full), "the output could not be written")


def test_a_path_too_long_for_the_file_system_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = tmp_path / ("n" * 5000)
    for args in (
        ["--db", f"{long}.sqlite3"],
        ["--data-dir", str(long)],
        ["--db", f"{tmp_path / ('d' * 300)}/x.sqlite3"],
    ):
        assert main([*args, "order", "list"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "the name is too long" in err and "unexpected error" not in err, err


@pytest.mark.parametrize(("width", "height"), [("2147483648", "560"), ("1000", "99999999"), ("30000", "600")])
def test_a_chart_too_large_to_draw_is_refused_before_drawing(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], width: str, height: str
) -> None:
    out = tmp_path / "c.png"
    args = (
        "chart",
        "channels",
        "--preset",
        "this-year",
        "--out",
        str(out),
        "--width",
        width,
        "--height",
        height,
    )
    assert "at most 20,000 x 20,000 pixels" in refused(capsys, shop, *args)
    assert not out.exists()


@pytest.mark.parametrize("count", ["١٠٠x2", "100x٢", "1_00x2", "100x1_0"])
def test_a_cash_count_takes_the_digits_0_to_9_only(count: str) -> None:
    from oms_desktop.domain.denominations import parse_count
    from oms_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as refusal:
        parse_count(count, "CNY")
    assert refusal.value.code == "count_entry_invalid"


@pytest.mark.parametrize(
    "args",
    [
        ("product", "add", "--sku", "line\nbreak", "--name", "n", "--price", "1"),
        ("order", "show", "SO-1\nOK: all is well"),
        ("stock", "receive", "TEA-1", "1\n2"),
        ("customer", "show", "\x1b[2J\x1b[31mC-1"),
        ("order", "show", "\u202eSO-1"),
    ],
)
def test_what_was_typed_is_quoted_on_the_one_line_with_its_controls_escaped(
    shop: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    before = _state(shop)
    code = main(["--db", str(shop), *args])
    err = capsys.readouterr().err
    assert code in (1, 2) and _state(shop) == before
    last = err.splitlines()[-1]
    assert last.startswith("oms-desktop") and err.endswith(last + "\n")
    assert (
        "\x1b" not in err and "\u202e" not in err and ("\\n" in last or "\\x1b" in last or "\\u202e" in last)
    )


def test_a_device_or_a_pipe_given_as_the_output_is_never_replaced_by_a_file(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`db backup --to /dev/full --force` once renamed its copy over the device (as root, /dev/full became a
    regular file); so did `print ... --out` with its half-written PDF."""
    import os
    import stat
    import threading

    pipe = tmp_path / "printer-fifo"
    os.mkfifo(pipe)
    line = refused(capsys, shop, "db", "backup", "--to", str(pipe), "--force")
    assert "cannot be written" in line and "not a regular file" in line
    assert stat.S_ISFIFO(pipe.stat().st_mode)

    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code = main(["--db", str(shop), "print", "receipt", "--status", "completed", "--out", str(pipe)])
    reader.join(timeout=60)
    assert code == 0, capsys.readouterr().err
    assert stat.S_ISFIFO(pipe.stat().st_mode) and received and received[0].startswith(b"%PDF")


@pytest.mark.parametrize(
    "logo", ["{tmp}/missing.png", "{tmp}", "/etc/hostname", "{tmp}/" + "n" * 300 + ".png"]
)
def test_a_logo_that_cannot_be_read_is_refused_when_it_is_set(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], logo: str
) -> None:
    """Documents leave out a logo they cannot read (with a line in the log): accepted silently, the shop
    would believe its invoices carry it."""
    line = refused(capsys, shop, "settings", "set", "logo-path", logo.replace("{tmp}", str(tmp_path)))
    assert "cannot be the logo" in line and "PNG or JPEG" in line


def test_a_url_for_a_driver_this_program_lacks_is_said(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://shop@localhost/shop", "order", "list"]) == 1
    err = capsys.readouterr().err
    assert "is not a database this program can use" in err and "unexpected error" not in err
