"""Sending a finished job to the receipt printer in one write."""

import contextlib
import socket

from escpos import exceptions as escpos_errors
from escpos.escpos import Escpos
from escpos.printer import Network

from oms_desktop.printing.connection import close_quietly, open_printer, unreachable

DRAIN_WAIT = 0.5  # seconds to wait for the printer to hang up after the job


def send(setting: str, job: bytes) -> None:
    """Write `job` to the printer that `setting` names, then close the connection. Refuses with
    ValidationError "printer_not_set", "printer_setting_invalid" or "printer_unreachable" (one line, no
    traceback); the job can be sent again as it is."""
    printer = open_printer(setting)
    try:
        printer._raw(job)
        _finish(printer)
    except (OSError, escpos_errors.Error) as exc:
        raise unreachable(setting, exc) from None
    finally:
        close_quietly(printer)


def _finish(printer: Escpos) -> None:
    # Closing a socket with bytes from the printer still unread (status bytes many printers send by
    # themselves) resets the connection, and the reset may drop the end of the job still on its way.
    # So: say the job is over, then read whatever the printer sends until it hangs up, briefly.
    if not isinstance(printer, Network) or not isinstance(printer.device, socket.socket):
        return
    # The job is with the system by now: a printer that hangs up early has it, and is not refused.
    sock = printer.device
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(DRAIN_WAIT)
        while sock.recv(1024):
            pass
