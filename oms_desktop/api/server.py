"""`oms-desktop serve`: the API under uvicorn, on this computer only unless told otherwise."""

import ipaddress
import socket
import sys
from pathlib import Path

import uvicorn

from oms_desktop.api.app import create_app
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import ValidationError
from oms_desktop.rule_loop import RuleLoop

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_local(host: str) -> bool:
    """Whether only this computer can reach an address (a loopback address or the name localhost)."""
    if host.strip().lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    uow: UnitOfWork,
    host: str,
    port: int,
    *,
    allow_remote: bool = False,
    log_file: Path | None = None,
    rules: RuleLoop | None = None,
) -> None:
    """Run until stopped (Ctrl+C); listening beyond this computer needs `allow_remote`, and says so. `rules`
    runs the automation rules meanwhile, on a thread of its own."""
    if not is_local(host):
        if not allow_remote:
            raise ValidationError("api_remote_needs_flag", host=host)
        print(
            f"oms-desktop: warning: the API listens on {host}:{port}, where other computers can reach it; "
            "only a valid token gets in, and nothing is encrypted (use a TLS proxy beyond a trusted network)",
            file=sys.stderr,
        )
    listening = _listen(host, port)  # bound first: a port in use is one line, not uvicorn's log
    shown = f"[{host}]" if ":" in host else host
    print(
        f"oms-desktop: the API is at http://{shown}:{port}/api/v1 (docs at /docs); Ctrl+C stops it",
        flush=True,
    )
    config = uvicorn.Config(create_app(uow, log_file=log_file), log_level="info", server_header=False)
    if rules is not None:
        rules.start()
    try:
        uvicorn.Server(config).run(sockets=[listening])
    finally:
        if rules is not None:
            rules.stop()


def _listen(host: str, port: int) -> socket.socket:
    try:
        found = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _name, address = found[0]
        listening = socket.socket(family, kind, proto)
    except OSError as exc:
        raise ValidationError("api_cannot_listen", host=host, port=port, detail=str(exc)) from exc
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError as exc:
        listening.close()
        raise ValidationError(
            "api_cannot_listen", host=host, port=port, detail=exc.strerror or str(exc)
        ) from exc
    return listening
