"""The API application, built from the UnitOfWork of an opened database (every request acts on a copy of
it, as its token's name)."""

from pathlib import Path

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from oms_desktop import __version__
from oms_desktop.api import errors, orders, payments, products
from oms_desktop.api.body_limit import BODY_MOST, BodyLimit
from oms_desktop.db.uow import UnitOfWork

DESCRIPTION = """Orders, products and stock of an OMS Desktop shop, for a web shop or a script.

Send a token made by the owner (`oms-desktop api token create NAME --scope write`) as
`Authorization: Bearer TOKEN`. Money and quantities are exact text ("12.50", "0.255"). Every refusal is
JSON: `{"code", "message", "fields"}`."""


def create_app(uow: UnitOfWork, *, log_file: Path | None = None, body_most: int = BODY_MOST) -> FastAPI:
    # /docs with Swagger UI's files served by the app itself: a shop may have no internet.
    app = FastAPIOffline(
        title="OMS Desktop API", version=__version__, description=DESCRIPTION, redoc_url=None
    )
    app.state.uow = uow
    errors.install(app, log_file)
    for module in (products, orders, payments):
        app.include_router(module.router)
    app.add_middleware(BodyLimit, most=body_most)
    return app
