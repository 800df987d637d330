"""Refuse a request body larger than a limit: by its Content-Length when it says one, else by counting
what arrives (a chunked body). An order of hundreds of lines is a few kilobytes."""

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from oms_desktop.domain.messages import english

BODY_MOST = 256 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """ASGI middleware: 413 with the API's error body for a body beyond `most` bytes."""

    def __init__(self, app: App, most: int = BODY_MOST) -> None:
        self.app = app
        self.most = most

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.most):
            await self._refuse(send)
            return
        # Read whole (it is small) before the application sees it: a refusal while FastAPI reads it would
        # come out as its own 400.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.most:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        whole: Message | None = {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        async def replay() -> Message:
            nonlocal whole
            if whole is not None:
                message, whole = whole, None
                return message
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        params = {"limit": self.most}
        body = {"code": "api_body_too_large", "message": english("api_body_too_large", params)}
        body["fields"] = {"limit": str(self.most)}  # type: ignore[assignment]
        data = json.dumps(body).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode("ascii")),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})
