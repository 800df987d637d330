"""The local API (`oms-desktop serve`): FastAPI over the same services as the command line and the window.

app.py builds the application from a UnitOfWork; auth.py turns a bearer token into who acts; errors.py says
every refusal as JSON with its code and fields; body_limit.py refuses oversized bodies; products.py, orders.py
and payments.py are the routers, one per resource; values.py writes money and quantities as exact text;
server.py runs it under uvicorn. No business rule lives here: each endpoint is one service call.
"""

from oms_desktop.api.app import create_app

__all__ = ["create_app"]
