"""Secrets never shown: a database URL's password is replaced by *** wherever text leaves the program
(messages, the log file, the status bar, command output)."""

import logging
import re

# scheme://user:password@host  and  password=... in a query string or a libpq keyword string
_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*:)(?P<secret>[^@\s]*)(?P<at>@)")
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<secret>'[^']*'|[^&\s]+)", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with every password of a URL or of a `password=` setting replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}***{m['at']}", text)
    return _KEYWORD_PASSWORD.sub(lambda m: f"{m['head']}***", text)


class RedactingFilter(logging.Filter):
    """Redacts each record's message (and its traceback text) before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
