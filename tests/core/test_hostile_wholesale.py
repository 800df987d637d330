"""What the hostile-input pass over changing orders, shipping in parts, quotations and the local API found
(docs/hostile-inputs-wholesale.md), each kept found: a product named twice in one edit, an API `since` of
year 1 and a search with a NUL are refused or answered, never a crash, and nothing is written."""

from pathlib import Path

import anyio
import httpx
import pytest

from oms_desktop.api import create_app
from oms_desktop.cli import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.api_token import Scope
from oms_desktop.services import api_tokens
from tests import factories
from tests.core.test_cli_fuzz import _state


@pytest.fixture
def draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "oms.sqlite3"
    for args in (
        ["product", "add", "--sku", "TEA-1", "--name", "Tea", "--price", "5"],
        ["product", "add", "--sku", "CUP-1", "--name", "Cup", "--price", "3"],
        ["stock", "receive", "TEA-1", "20"],
        ["stock", "receive", "CUP-1", "20"],
        ["order", "create", "--walk-in", "--line", "TEA-1:2", "--line", "CUP-1:1"],
    ):
        assert main(["--db", str(db), *args]) == 0, args
    capsys.readouterr()
    return db


@pytest.mark.parametrize(
    "edit",
    [
        ("--set-line", "TEA-1:3", "--set-line", "TEA-1:4"),  # which of 3 and 4?
        (
            "--set-line",
            "TEA-1:3:1.00",
            "--remove-line",
            "TEA-1",
        ),  # removed, then added back at the list price
        ("--remove-line", "CUP-1", "--remove-line", "CUP-1"),
    ],
)
def test_a_product_named_twice_in_one_edit_is_refused(
    draft: Path, capsys: pytest.CaptureFixture[str], edit: tuple[str, ...]
) -> None:
    before = _state(draft)
    code = main(["--db", str(draft), "order", "edit", "SO-2026-000001", *edit])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.strip().splitlines()[-1].endswith("is given twice: set or remove each product once in an edit")
    assert _state(draft) == before


def test_each_product_once_in_an_edit_still_goes_through(
    draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(draft), "order", "edit", "SO-2026-000001", "--set-line", "TEA-1:3"]) == 0
    assert "TEA-1 Tea x3" in capsys.readouterr().out


def _get(uow: UnitOfWork, path: str) -> httpx.Response:
    token = api_tokens.create_token(uow, f"script {len(api_tokens.list_tokens(uow))}", Scope.READ).value.token
    app = create_app(uow)

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://shop") as client:
            return await client.get(path, headers={"Authorization": f"Bearer {token}"})

    return anyio.run(call)


@pytest.mark.parametrize("since", ["0001-01-01", "0001-01-01T00:00:00", "1899-12-31", "3000-01-01"])
def test_orders_since_a_day_beyond_the_calendar_is_refused_not_a_500(uow: UnitOfWork, since: str) -> None:
    answer = _get(uow, f"/api/v1/orders?since={since}")
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == "date_range"


def test_a_product_search_with_a_nul_answers_not_a_500(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", name="Green tea")
    answer = _get(uow, "/api/v1/products?search=tea%00x")
    assert answer.status_code == 200, answer.text
    assert answer.json() == []
    assert [p["sku"] for p in _get(uow, "/api/v1/products?search=tea").json()] == ["TEA-1"]
