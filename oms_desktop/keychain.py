"""Secrets kept in this computer's password store (keyring: the Windows Credential Manager, the macOS
Keychain, the Secret Service on Linux), never in the database or a settings file.

Today it keeps the mail server's password (the rules' e-mail, oms_desktop/mailer.py). A computer with no
password store (a bare Linux server without a Secret Service) refuses with one line instead of keeping the
password somewhere less safe.
"""

from typing import Any

from oms_desktop.domain.errors import ValidationError

SERVICE = "oms-desktop"


def smtp_account(host: str, user: str) -> str:
    """The name the mail server's password is kept under: smtp:USER@HOST."""
    return f"smtp:{user}@{host}"


def _store() -> Any:
    """The keyring module when this computer has a usable password store; refuses otherwise."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        raise ValidationError("keyring_unavailable", detail="the keyring package is not installed") from None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise ValidationError("keyring_unavailable", detail="no keyring backend on this computer")
    return keyring


def keep(account: str, secret: str) -> None:
    """Keep (or replace) the secret of `account`."""
    keyring = _store()
    try:
        keyring.set_password(SERVICE, account, secret)
    except Exception as exc:  # keyring's backends raise their own errors (locked, refused, no D-Bus)
        raise ValidationError("keyring_unavailable", detail=str(exc)[:200] or type(exc).__name__) from None


def read(account: str) -> str:
    """The secret of `account`; refuses when none is kept (or there is no password store)."""
    keyring = _store()
    try:
        secret = keyring.get_password(SERVICE, account)
    except Exception as exc:
        raise ValidationError("keyring_unavailable", detail=str(exc)[:200] or type(exc).__name__) from None
    if secret is None:
        raise ValidationError("smtp_password_missing", account=account)
    return str(secret)
