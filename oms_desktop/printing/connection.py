"""This computer's receipt printer setting, read into a python-escpos printer, and what a printer that
does not answer is called.

The setting is one line of text:
    network:HOST[:PORT]    a printer on the network (raw port, 9100 unless given); network:[::1]:9100
    usb:VENDOR:PRODUCT     a USB printer by its hex ids (usb:04b8:0202), through pyusb
    serial:DEVICE[:BAUD]   a serial port (serial:/dev/ttyS0:19200, serial:COM3), 9600 baud unless given
    file:PATH              a device file the system offers (file:/dev/usb/lp0)
"""

import contextlib
import os
import socket
from dataclasses import dataclass

from escpos import exceptions as escpos_errors
from escpos.escpos import Escpos
from escpos.printer import File, Network, Serial, Usb

from oms_desktop.domain.errors import ValidationError

DEFAULT_PORT = 9100  # the raw "JetDirect" port every network receipt printer listens on
DEFAULT_BAUD = 9600
CONNECT_TIMEOUT = 3.0  # seconds: a printer that is off must not keep the cashier waiting
# Seconds for one whole write: the printer takes the bytes as fast as it prints, and a long job (a receipt
# drawn as images) on a slow printer takes longer than the connection did.
WRITE_TIMEOUT = 20.0
DETAIL_LENGTH = 80  # characters of the reason kept in the refusal: one line


@dataclass(frozen=True)
class NetworkPrinter:
    host: str
    port: int = DEFAULT_PORT


@dataclass(frozen=True)
class UsbPrinter:
    vendor: int
    product: int


@dataclass(frozen=True)
class SerialPrinter:
    device: str
    baud: int = DEFAULT_BAUD


@dataclass(frozen=True)
class FilePrinter:
    path: str


PrinterAddress = NetworkPrinter | UsbPrinter | SerialPrinter | FilePrinter


def parse_setting(setting: str) -> PrinterAddress:
    """The printer that `setting` names; ValidationError "printer_not_set" for an empty setting and
    "printer_setting_invalid" for one that is not understood."""
    text = setting.strip()
    if not text:
        raise ValidationError("printer_not_set")
    kind, _, rest = text.partition(":")
    address = _parsers.get(kind.strip().lower(), _nothing)(rest.strip())
    if address is None:
        raise ValidationError("printer_setting_invalid", setting=text)
    return address


def _network(rest: str) -> NetworkPrinter | None:
    if rest.startswith("["):  # an IPv6 address: [::1]:9100
        host, bracket, tail = rest[1:].partition("]")
        if not bracket or (tail and not tail.startswith(":")):
            return None
        port_text = tail[1:] if tail else None
    elif rest.count(":") > 1:
        return None  # an IPv6 address needs its brackets, or its last group would read as the port
    else:
        host, colon, port_text_ = rest.partition(":")
        port_text = port_text_ if colon else None
    port = DEFAULT_PORT if port_text is None else _number(port_text, 1, 65535)
    if not host or any(ch.isspace() for ch in host) or port is None:
        return None
    return NetworkPrinter(host, port)


def _usb(rest: str) -> UsbPrinter | None:
    parts = rest.split(":")
    if len(parts) != 2:
        return None
    ids = [_number(p.strip().lower().removeprefix("0x"), 0, 0xFFFF, base=16) for p in parts]
    if ids[0] is None or ids[1] is None or ids[0] == 0:
        return None
    return UsbPrinter(ids[0], ids[1])


def _serial(rest: str) -> SerialPrinter | None:
    device, colon, baud_text = rest.rpartition(":")
    if not colon or not baud_text.isdigit():
        device, baud_text = rest, ""  # no baud rate given (a Windows "COM3" has no colon either)
    baud = _number(baud_text, 50, 4_000_000) if baud_text else DEFAULT_BAUD
    if not device or baud is None:
        return None
    return SerialPrinter(device, baud)


def _file(rest: str) -> FilePrinter | None:
    return FilePrinter(rest) if rest else None


def _nothing(rest: str) -> None:
    return None


_parsers = {"network": _network, "usb": _usb, "serial": _serial, "file": _file}


def _number(text: str, low: int, high: int, base: int = 10) -> int | None:
    try:
        value = int(text.strip(), base)
    except ValueError:
        return None
    return value if low <= value <= high else None


def open_printer(setting: str) -> Escpos:
    """The printer that `setting` names, connected and ready for `_raw`; the caller closes it. Refuses
    with ValidationError: "printer_not_set", "printer_setting_invalid", or "printer_unreachable" for a
    printer that is off, unplugged or refusing."""
    address = parse_setting(setting)
    printer = _printer(address, setting)
    try:
        if isinstance(printer, Network):
            # Not Network.open: it speaks IPv4 only and leaves the socket of a failed attempt open.
            printer.device = socket.create_connection((printer.host, printer.port), CONNECT_TIMEOUT)
        else:
            printer.open()
        _limit_writes(printer)
    except (OSError, escpos_errors.Error, RuntimeError) as exc:
        # RuntimeError: python-escpos's way of saying the USB or serial library is missing.
        close_quietly(printer)
        raise unreachable(setting, exc) from None
    return printer


def _limit_writes(printer: Escpos) -> None:
    # A write must not hang the till: python-escpos leaves a serial port without a write timeout (a
    # printer that is off never raises DSR, and the write would wait for ever) and gives a socket the
    # short connect timeout, too short for a long job.
    device = printer.device
    if isinstance(printer, Network) and isinstance(device, socket.socket):
        device.settimeout(WRITE_TIMEOUT)
    elif isinstance(printer, Serial) and device is not None:
        device.write_timeout = WRITE_TIMEOUT


def _printer(address: PrinterAddress, setting: str) -> Escpos:
    # The escpos USB and serial classes fail in odd ways (NameError, errors at exit) when their library
    # is missing, so that is said before one is made.
    if isinstance(address, NetworkPrinter):
        return Network(address.host, port=address.port, timeout=CONNECT_TIMEOUT)
    if isinstance(address, UsbPrinter):
        if not Usb.is_usable():
            raise _refused(setting, "USB printing needs pyusb installed")
        return Usb(address.vendor, address.product, timeout=int(WRITE_TIMEOUT * 1000))
    if isinstance(address, SerialPrinter):
        if not Serial.is_usable():
            raise _refused(setting, "serial printing needs pyserial installed")
        return Serial(address.device, baudrate=address.baud, timeout=WRITE_TIMEOUT)
    # A device file that is not there is a printer unplugged; opening it would make an ordinary file
    # that prints nothing.
    if not os.path.exists(address.path):
        raise _refused(setting, f"no device {address.path}")
    return File(address.path)


def unreachable(setting: str, exc: BaseException) -> ValidationError:
    """The refusal for a printer that did not take a job, with a short reason drawn from `exc`."""
    return _refused(setting, reason(exc))


def _refused(setting: str, detail: str) -> ValidationError:
    return ValidationError("printer_unreachable", printer=setting.strip(), detail=detail[:DETAIL_LENGTH])


def reason(exc: BaseException) -> str:
    """A few words on why a printer did not answer: "connection refused", "timed out"..."""
    # python-escpos wraps the system's error in its own; the system's says it better.
    if isinstance(exc, escpos_errors.Error) and isinstance(exc.__context__, OSError):
        exc = exc.__context__
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
        return "connection dropped"
    if isinstance(exc, FileNotFoundError):
        return "not found"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, escpos_errors.DeviceNotFoundError):
        return "not found or not plugged in"
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def close_quietly(printer: Escpos) -> None:
    """Close a printer's connection, ignoring a connection already gone."""
    with contextlib.suppress(OSError, escpos_errors.Error, RuntimeError):
        printer.close()
