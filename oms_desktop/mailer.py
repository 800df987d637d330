"""E-mail through the shop's mail server (SMTP, with STARTTLS, TLS from the first byte, or neither), for
the rules' e-mail action (services/automation.py). The password is read from this computer's password
store (oms_desktop/keychain.py) at sending time; a sign-in over a connection without TLS is refused unless
the server is this computer itself.

Every failure is one line (ValidationError "mail_not_sent" and friends), so the firing that sent it keeps
the reason and tries again later.
"""

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from oms_desktop import keychain
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services.automation import Mail

TIMEOUT = 20  # seconds for the connection and each reply
LOCAL = ("localhost", "127.0.0.1", "::1")


def message(mail: Mail) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = mail.server.sender
    msg["To"] = ", ".join(mail.to)
    msg["Subject"] = mail.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=mail.server.sender.rpartition("@")[2] or None)
    msg.set_content(mail.body)
    return msg


def send(mail: Mail) -> None:
    """Send `mail`; refuses with one line when the server cannot be reached or does not take it."""
    server = mail.server
    where = f"{server.host}:{server.port}"
    if server.user and server.security == "none" and server.host not in LOCAL:
        raise ValidationError("smtp_login_needs_tls", server=where)
    password = keychain.read(keychain.smtp_account(server.host, server.user)) if server.user else ""
    context = ssl.create_default_context()
    try:
        if server.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT, context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
        with smtp:
            if server.security == "starttls":
                smtp.starttls(context=context)
            if server.user:
                smtp.login(server.user, password)
            smtp.send_message(message(mail))
    except smtplib.SMTPAuthenticationError as exc:
        raise ValidationError(
            "mail_not_sent", server=where, detail=f"sign-in refused ({_said(exc)})"
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise ValidationError("mail_not_sent", server=where, detail=_said(exc)) from None
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(sorted(exc.recipients))[:200]
        raise ValidationError(
            "mail_not_sent", server=where, detail=f"recipients refused: {refused}"
        ) from None
    except (TimeoutError, smtplib.SMTPException, ssl.SSLError, OSError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise ValidationError("mail_not_sent", server=where, detail=detail[:200]) from None


def _said(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {text}"[:200]
