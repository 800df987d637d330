"""The local API through a real `oms-desktop serve` process (uvicorn) and httpx, on SQLite and PostgreSQL: each
endpoint, each error status with its JSON, a retried POST that makes one order, and two clients racing for
the last unit. One server per database for the whole module; each test uses products of its own.

The shop has users (an owner made the tokens), so every write of the API is checked as the token's own:
the token's name is who acts, with a cashier's rights."""

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.api_token import Scope
from oms_desktop.services import api_tokens, catalogue, health, orders, users
from tests import factories
from tests.conftest import _copy
from tests.support.postgres import PostgresServer

START_TIMEOUT_S = 60


@dataclass
class Shop:
    base: str
    uow: UnitOfWork
    write: str  # tokens
    read: str
    log: Path

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)

    def product(self, sku: str, stock: int, price: str = "12.50") -> None:
        factories.product(self.uow, sku, price=price, stock=stock)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(url: str, data_dir: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "oms_desktop", "--db", url, "--data-dir", str(data_dir), "serve"]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, env=os.environ.copy()
        )
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"serve stopped ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}/openapi.json", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"serve did not answer in {START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shop(
    request: pytest.FixtureRequest, sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shop]:
    folder = tmp_path_factory.mktemp(f"api-{request.param}")
    pg: PostgresServer | None = None
    name = ""
    if request.param == "sqlite":
        url = _copy(sqlite_template, folder / "shop.sqlite3")
    else:
        pg = request.getfixturevalue("pg_server")
        name = f"api_{uuid.uuid4().hex[:10]}"
        pg.create_database(name, template="oms_template")
        url = pg.url(name).render_as_string(hide_password=False)
    engine = make_engine(url)
    uow = UnitOfWork(engine)
    users.add_user(uow, "Olivia", "owner", "1234")
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    catalogue.add_location(uow, "BACK", "Back room")
    write = api_tokens.create_token(uow, "webshop", Scope.WRITE).value.token
    read = api_tokens.create_token(uow, "report script", Scope.READ).value.token
    log = folder / "serve.log"
    process, base = start_server(url, folder / "data", log)
    try:
        yield Shop(base, uow, write, read, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        engine.dispose()
        if pg is not None:
            pg.drop_database(name)
    assert "Traceback" not in log.read_text(), log.read_text()[-3000:]


def order_body(sku: str, quantity: Any = 1, **customer: str) -> dict[str, Any]:
    who = customer or {"name": "张伟", "phone": "13800138000", "address": "上海市浦东新区人民路1号"}
    return {"customer": who, "lines": [{"sku": sku, "quantity": quantity}]}


def refused(response: httpx.Response, status: int, code: str) -> dict[str, str]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code, body
    assert body["message"] and "Traceback" not in response.text
    fields: dict[str, str] = body["fields"]
    return fields


# --- products


def test_products_are_found_by_search_and_one_shows_its_stock_per_location(shop: Shop) -> None:
    shop.product("API-TEA", 7, price="26.99")
    from oms_desktop.services import inventory

    inventory.receive(shop.uow, "API-TEA", 3, location="BACK")
    with shop.client(shop.read) as api:
        found = api.get("/api/v1/products", params={"search": "API-TEA"})
        assert found.status_code == 200
        [tea] = [p for p in found.json() if p["sku"] == "API-TEA"]
        assert (tea["price"], tea["on_hand"], tea["available"]) == ("26.99", "10", "10")
        one = api.get("/api/v1/products/API-TEA").json()
        assert {lv["location"]: lv["on_hand"] for lv in one["locations"]} == {"MAIN": "7", "BACK": "3"}
        fields = refused(api.get("/api/v1/products/NO-SUCH"), 404, "unknown_item")
        assert fields == {"item": "NO-SUCH"}


# --- tokens


def test_no_token_a_wrong_one_or_a_revoked_one_is_401(shop: Shop) -> None:
    with shop.client() as api:
        answer = api.get("/api/v1/products")
        refused(answer, 401, "api_token_missing")
        assert answer.headers["www-authenticate"] == "Bearer"
    with shop.client(shop.read + "x") as api:
        refused(api.get("/api/v1/orders"), 401, "api_token_invalid")
    gone = api_tokens.create_token(shop.uow, "old shop", Scope.WRITE).value.token
    with shop.client(gone) as api:
        assert api.get("/api/v1/products").status_code == 200
        api_tokens.revoke_token(shop.uow, "old shop")
        refused(api.get("/api/v1/products"), 401, "api_token_invalid")


def test_a_read_token_may_not_write(shop: Shop) -> None:
    shop.product("API-RO", 5)
    with shop.client(shop.read) as api:
        for path, body in (
            ("/api/v1/orders", order_body("API-RO")),
            ("/api/v1/orders/SO-2026-000001/cancel", {}),
            ("/api/v1/orders/SO-2026-000001/payments", {"method": "card", "amount": "1.00"}),
        ):
            fields = refused(api.post(path, json=body), 403, "api_token_read_only")
            assert fields["name"] == "report script" and fields["path"] == path
    assert catalogue.find_product(shop.uow, "API-RO").reserved == 0


# --- orders


def test_an_order_by_a_new_customer_then_the_same_phone_finds_them(shop: Shop) -> None:
    shop.product("API-NEW", 10)
    with shop.client(shop.write) as api:
        first = api.post(
            "/api/v1/orders",
            json=order_body("API-NEW", "2", name="李娜", phone="139 1111 2222", address="北京市朝阳区1号"),
        )
        assert first.status_code == 201, first.text
        order = first.json()
        assert (order["status"], order["channel"], order["total"]) == ("pending_payment", "online", "25.00")
        assert order["lines"][0]["quantity"] == "2" and order["ship_to"].splitlines()[0] == "李娜"
        again = api.post(
            "/api/v1/orders",
            json=order_body("API-NEW", 1, name="李娜", phone="13911112222", address="北京市朝阳区1号"),
        )
        assert again.json()["customer"]["code"] == order["customer"]["code"]
    detail = orders.get_order(shop.uow, order["number"])
    assert {h.user for h in detail.history} == {"webshop"}  # the token's name acts
    assert catalogue.find_product(shop.uow, "API-NEW").reserved == 3


def test_an_order_by_customer_code(shop: Shop) -> None:
    shop.product("API-CODE", 4)
    code = factories.customer(shop.uow, "王芳", phone="13700000001", code="C-API-1").code
    with shop.client(shop.write) as api:
        placed = api.post(
            "/api/v1/orders",
            json={
                "customer": {"code": code},
                "lines": [{"sku": "API-CODE", "quantity": 1}],
                "channel": "phone",
            },
        )
        assert placed.status_code == 201, placed.text
        assert placed.json()["customer"]["code"] == code and placed.json()["channel"] == "phone"
        fields = refused(
            api.post(
                "/api/v1/orders",
                json={"customer": {"code": "C-NONE"}, "lines": [{"sku": "API-CODE", "quantity": 1}]},
            ),
            404,
            "unknown_customer",
        )
        assert fields == {"customer": "C-NONE"}


def test_a_retried_post_with_the_same_key_makes_one_order(shop: Shop) -> None:
    shop.product("API-KEY", 10)
    body = order_body("API-KEY", 2, name="赵六", phone="13600000006", address="广州市天河区2号")
    key = {"Idempotency-Key": f"web-{uuid.uuid4().hex}"}
    with shop.client(shop.write) as api:
        first = api.post("/api/v1/orders", json=body, headers=key)
        second = api.post("/api/v1/orders", json=body, headers=key)
        third = api.post("/api/v1/orders", json=body, headers=key)
        assert (first.status_code, second.status_code, third.status_code) == (201, 200, 200)
        assert first.json()["number"] == second.json()["number"] == third.json()["number"]
        other = {**body, "lines": [{"sku": "API-KEY", "quantity": 3}]}
        fields = refused(api.post("/api/v1/orders", json=other, headers=key), 409, "idempotency_key_reused")
        assert fields["number"] == first.json()["number"]
        stranger = order_body("API-KEY", 2, name="Somebody", phone="13600009999", address="x")
        refused(api.post("/api/v1/orders", json=stranger, headers=key), 409, "idempotency_key_reused")
    assert catalogue.find_product(shop.uow, "API-KEY").reserved == 2
    from oms_desktop.services import customers

    assert customers.search_customers(shop.uow, "13600009999") == []  # the refused order left nobody behind


def test_an_order_is_read_and_listed_by_status_and_since(shop: Shop) -> None:
    shop.product("API-LIST", 10)
    with shop.client(shop.write) as api:
        number = api.post("/api/v1/orders", json=order_body("API-LIST")).json()["number"]
    with shop.client(shop.read) as api:
        one = api.get(f"/api/v1/orders/{number}").json()
        assert one["number"] == number and one["balance"] == "12.50" and "pay" in one["allowed_actions"]
        listed = api.get("/api/v1/orders", params={"status": "pending_payment", "since": "2000-01-01"})
        assert number in [o["number"] for o in listed.json()]
        assert all(o["status"] == "pending_payment" for o in listed.json())
        later = api.get("/api/v1/orders", params={"since": "2999-01-01T00:00:00+08:00"}).json()
        assert later == []
        assert number not in [
            o["number"] for o in api.get("/api/v1/orders", params={"status": "paid"}).json()
        ]
        refused(api.get("/api/v1/orders/SO-1999-999999"), 404, "unknown_order")
        fields = refused(api.get("/api/v1/orders", params={"status": "lost"}), 422, "api_bad_input")
        assert fields["field"] == "status"
        refused(api.get("/api/v1/orders", params={"since": "yesterday"}), 422, "api_bad_input")


def test_cancel_releases_the_stock_and_a_second_cancel_is_409(shop: Shop) -> None:
    shop.product("API-CANCEL", 5)
    with shop.client(shop.write) as api:
        number = api.post("/api/v1/orders", json=order_body("API-CANCEL", 3)).json()["number"]
        assert catalogue.find_product(shop.uow, "API-CANCEL").available == 2
        cancelled = api.post(f"/api/v1/orders/{number}/cancel", json={"reason": "customer changed mind"})
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        assert catalogue.find_product(shop.uow, "API-CANCEL").available == 5
        fields = refused(api.post(f"/api/v1/orders/{number}/cancel"), 409, "illegal_transition")
        assert fields["action"] == "cancel" and fields["reason"].startswith("reason_")
        refused(api.post("/api/v1/orders/SO-1999-999999/cancel"), 404, "unknown_order")


def test_a_payment_pays_the_order_and_a_second_is_refused(shop: Shop) -> None:
    shop.product("API-PAY", 5)
    with shop.client(shop.write) as api:
        number = api.post("/api/v1/orders", json=order_body("API-PAY", 2)).json()["number"]
        url = f"/api/v1/orders/{number}/payments"
        too_much = api.post(url, json={"method": "card", "amount": "25.01"})
        assert too_much.status_code == 422 and too_much.json()["code"] != "api_bad_input", too_much.text
        paid = api.post(url, json={"method": "bank_transfer", "amount": "25.00", "reference": "TX-1"})
        assert paid.status_code == 201, paid.text
        assert (paid.json()["status"], paid.json()["paid"], paid.json()["balance"]) == (
            "paid",
            "25.00",
            "0.00",
        )
        assert paid.json()["payments"][0]["reference"] == "TX-1"
        fields = refused(api.post(url, json={"method": "card", "amount": "1.00"}), 409, "illegal_transition")
        assert fields["action"] == "pay"
        fields = refused(api.post(url, json={"method": "gold", "amount": 1.005}), 422, "api_bad_input")
        assert fields["field"] == "method"
        refused(api.post(url, json={"method": "cash", "amount": "1.00"}), 409, "illegal_transition")
        refused(
            api.post("/api/v1/orders/SO-1999-999999/payments", json={"method": "card", "amount": "1.00"}),
            404,
            "unknown_order",
        )


def test_out_of_stock_is_409_naming_the_sku_and_leaves_nothing_behind(shop: Shop) -> None:
    shop.product("API-SHORT", 2)
    body = order_body("API-SHORT", 3, name="孙七", phone="13500000007", address="深圳市南山区3号")
    with shop.client(shop.write) as api:
        fields = refused(api.post("/api/v1/orders", json=body), 409, "out_of_stock")
    assert (fields["sku"], fields["asked"], fields["available"], fields["location"]) == (
        "API-SHORT",
        "3",
        "2",
        "MAIN",
    )
    from oms_desktop.services import customers

    assert customers.search_customers(shop.uow, "13500000007") == []
    assert catalogue.find_product(shop.uow, "API-SHORT").reserved == 0


# --- bad input: one clear error each, never a 500


@pytest.mark.parametrize(
    ("content", "headers", "status", "code", "field"),
    [
        (b'{"customer": {', {"content-type": "application/json"}, 400, "api_bad_json", None),
        (b'{"customer": {"code": "C-1"}, "lines": []}', {}, 415, "api_needs_json", None),
        (b"[1, 2]", {"content-type": "application/json"}, 422, "api_bad_input", "body"),
        (
            b'{"customer": {"code": "C-1"}, "lines": [], "paid": true}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "paid",
        ),
        (
            b'{"customer": {"name": "x"}, "lines": []}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "customer",
        ),
        (
            b'{"customer": {"code": "C-1", "phone": "1"}, "lines": []}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "customer",
        ),
        (
            b'{"customer": {"code": "C-1"}, "lines": [{"sku": "A", "quantity": "lots"}]}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "lines.0.quantity",
        ),
        (
            b'{"customer": {"code": "C-1"}, "lines": [{"sku": "A", "quantity": 1e999}]}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "lines.0.quantity",
        ),
        (
            b'{"customer": {"code": "C-1"}, "lines": [{"sku": "A", "quantity": true}]}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "lines.0.quantity",
        ),
        (
            b'{"customer": {"code": "C-1"}, "lines": [{"sku": "A", "quantity": 1}], "channel": "fax"}',
            {"content-type": "application/json"},
            422,
            "api_bad_input",
            "channel",
        ),
        (
            b'{"customer": {"code": "C-1"}, "lines": [{"sku": "A", "quantity": 1}]}',
            {"content-type": "application/json", "Idempotency-Key": "k" * 65},
            422,
            "idempotency_key_length",
            None,
        ),
    ],
)
def test_bad_bodies_get_one_clear_error(
    shop: Shop, content: bytes, headers: dict[str, str], status: int, code: str, field: str | None
) -> None:
    with shop.client(shop.write) as api:
        fields = refused(api.post("/api/v1/orders", content=content, headers=headers), status, code)
    if field is not None:
        assert fields["field"] == field


def test_quantities_the_services_refuse_name_the_sku(shop: Shop) -> None:
    shop.product("API-QTY", 5)
    with shop.client(shop.write) as api:
        fields = refused(
            api.post("/api/v1/orders", json=order_body("API-QTY", -2)), 422, "line_quantity_not_positive"
        )
        assert fields["item"] == "API-QTY"
        fields = refused(
            api.post("/api/v1/orders", json=order_body("API-QTY", "99999999999999999999")),
            422,
            "line_quantity_range",
        )
        assert fields["item"] == "API-QTY"
        fields = refused(
            api.post("/api/v1/orders", json=order_body("API-QTY", "1.5")), 422, "quantity_too_precise"
        )
        assert fields["item"] == "API-QTY"
        refused(api.post("/api/v1/orders", json=order_body("NO-SUCH-SKU")), 404, "unknown_item")
        refused(
            api.post("/api/v1/orders", json={"customer": {"code": "C-1"}, "lines": []}), 422, "order_no_lines"
        )
    assert catalogue.find_product(shop.uow, "API-QTY").reserved == 0


def test_a_huge_body_is_413_and_unknown_paths_are_json(shop: Shop) -> None:
    huge = b'{"customer": {"code": "C-1"}, "lines": [' + b'{"sku": "A", "quantity": 1},' * 20_000 + b"]}"
    with shop.client(shop.write) as api:
        fields = refused(
            api.post("/api/v1/orders", content=huge, headers={"content-type": "application/json"}),
            413,
            "api_body_too_large",
        )
        assert int(fields["limit"]) < len(huge)

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            yield from (huge[i : i + 65536] for i in range(0, len(huge), 65536))

        refused(
            api.post("/api/v1/orders", content=chunks(), headers={"content-type": "application/json"}),
            413,
            "api_body_too_large",
        )
        refused(api.get("/api/v1/nothing"), 404, "api_no_such_path")
        refused(api.delete("/api/v1/orders"), 405, "api_no_such_path")
        docs = api.get("/docs")  # Swagger UI from the app itself: the shop may have no internet
        assert docs.status_code == 200 and "cdn" not in docs.text.lower()
        script = next(part.split('"')[0] for part in docs.text.split('src="')[1:] if ".js" in part)
        assert script.startswith("/") and api.get(script).status_code == 200
        assert "/api/v1/orders/{number}/payments" in api.get("/openapi.json").json()["paths"]


# --- two clients, one last unit


def test_two_clients_racing_for_the_last_unit(shop: Shop) -> None:
    shop.product("API-LAST", 1)
    start = threading.Barrier(2)
    answers: list[httpx.Response] = []

    def buy(phone: str) -> None:
        with shop.client(shop.write) as api:
            body = order_body("API-LAST", 1, name=f"Client {phone}", phone=phone, address="Race street 1")
            start.wait()
            answers.append(api.post("/api/v1/orders", json=body))

    racers = [threading.Thread(target=buy, args=(p,)) for p in ("13300000001", "13300000002")]
    for t in racers:
        t.start()
    for t in racers:
        t.join(timeout=60)
    assert sorted(a.status_code for a in answers) == [201, 409], [a.text for a in answers]
    [lost] = [a for a in answers if a.status_code == 409]
    fields = refused(lost, 409, "out_of_stock")
    assert (fields["sku"], fields["asked"], fields["available"]) == ("API-LAST", "1", "0")
    last = catalogue.find_product(shop.uow, "API-LAST")
    assert (last.on_hand, last.reserved, last.available) == (1, 1, 0)
    assert health.check(shop.uow) == []


def test_amounts_are_exact_text(shop: Shop) -> None:
    shop.product("API-CENT", 10, price="0.10")
    with shop.client(shop.write) as api:
        order = api.post("/api/v1/orders", json=order_body("API-CENT", 3)).json()
    assert order["total"] == "0.30" and isinstance(order["total"], str)
    assert Decimal(order["lines"][0]["unit_price"]) == Decimal("0.10")
