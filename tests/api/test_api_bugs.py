"""What the API does with a real bug (500 with a code, the traceback in the log and never in the answer),
and `serve` refusing to listen beyond this computer unless told."""

import socket
from pathlib import Path

import anyio
import httpx
import pytest

from oms_desktop.api import create_app
from oms_desktop.api.server import is_local
from oms_desktop.cli.main import main
from oms_desktop.db.uow import UnitOfWork


def test_a_bug_answers_500_with_a_code_and_logs_the_traceback(sqlite_uow: UnitOfWork, tmp_path: Path) -> None:
    log = tmp_path / "oms-desktop.log"
    app = create_app(sqlite_uow, log_file=log)

    @app.get("/api/v1/broken")
    def broken() -> None:
        raise RuntimeError("a secret detail of the bug")

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://shop") as client:
            return await client.get("/api/v1/broken")

    answer = anyio.run(call)
    assert answer.status_code == 500
    assert answer.json()["code"] == "api_internal_error"
    assert "secret" not in answer.text and "Traceback" not in answer.text
    written = log.read_text()
    assert "Traceback" in written and "a secret detail of the bug" in written and "/api/v1/broken" in written


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("shop.example", False),
    ],
)
def test_which_addresses_only_this_computer_reaches(host: str, local: bool) -> None:
    assert is_local(host) is local


def test_serve_beyond_this_computer_needs_allow_remote(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", sqlite_url, "serve", "--host", "0.0.0.0"]) == 1
    err = capsys.readouterr().err
    assert "0.0.0.0" in err and "--allow-remote" in err
    assert main(["--db", sqlite_url, "serve", "--port", "70000"]) == 2


def test_a_port_in_use_is_one_line(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--db", sqlite_url, "serve", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1 port {port}" in err and "Traceback" not in err
