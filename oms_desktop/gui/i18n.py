"""The window's language: which one (the system's, or the user's choice on this computer), loading its
translations (ours and Qt's own for standard buttons), and the core's frequent refusals in that language.

Two languages are kept apart on purpose: the *window* language belongs to this computer's user and is kept
in the UI state file (`ctx.ui`, key `ui/language`); the shop's *document* language (ShopSettings.language)
is what invoices and receipts are printed in, the same on every till.
"""

import logging
import re
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from oms_desktop.config import resource_dirs
from oms_desktop.gui import formatting, labels

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

LANGUAGES = ("en", "zh_CN")  # what the window can speak; English is the source text
SYSTEM = "system"  # the choice that follows the computer's language
CHOICES = (SYSTEM, *LANGUAGES)
SETTING = "ui/language"
# Each language is named in itself, so that someone who cannot read the current one still finds theirs.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文"}

# The invoice's payment terms in each *document* language, while the shop has not written its own: when the
# document language changes, default terms follow it. Not tr(): documents do not follow the window.
DEFAULT_PAYMENT_TERMS = {"en": "Payment due within 30 days.", "zh_CN": "请于 30 天内付款。"}


def payment_terms_for(document_language: str, terms: str) -> str:
    """`terms` in `document_language` when they are one of the defaults; the shop's own words unchanged."""
    if terms.strip() in DEFAULT_PAYMENT_TERMS.values():
        return DEFAULT_PAYMENT_TERMS.get(document_language, terms)
    return terms


_translators: list[QTranslator] = []
_language = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The window language for the computer's preferred languages: the first one we have, else English.
    Any Chinese (Traditional too) gets Simplified Chinese: closer to the reader than English."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("-", "_").lower()
        if code.startswith("zh"):
            return "zh_CN"
        if code.startswith("en"):
            return "en"
    return "en"


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The language a stored choice means: "system" follows the computer; an unknown value does too."""
    return choice if choice in LANGUAGES else system_language(locale)


def stored_choice(ui: QSettings) -> str:
    value = ui.value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def store_choice(ui: QSettings, choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown window language {choice!r}")
    ui.setValue(SETTING, choice)
    ui.sync()


def choice_names() -> list[tuple[str, str]]:
    """(what the user reads, stored choice) for a window-language selector, in the current language."""
    system = translate("Language", "Same as the system ({language})").format(
        language=NATIVE_NAMES[system_language()]
    )
    return [(system if choice == SYSTEM else NATIVE_NAMES[choice], choice) for choice in CHOICES]


def current() -> str:
    """The language the window speaks now ("en" or "zh_CN")."""
    return _language


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_zh_CN.qm: OK, Cancel, Yes...) are: Qt's configured folder,
    then PySide6's package folder (what a PyInstaller bundle carries), then our resources."""
    dirs = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ]
    return [*dirs, *resource_dirs("translations")]


def _load(name: str, language: str, dirs: list[Path]) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    for folder in dirs:
        if translator.load(f"{name}_{language}", str(folder)):
            return translator
    return None


def install(language: str) -> str:
    """Make the window speak `language` from now on: widgets made afterwards get its words (made ones get
    a LanguageChange event). Returns the language in effect: English when the translation is missing."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication")
    for old in _translators:
        app.removeTranslator(old)
        old.deleteLater()
    _translators.clear()
    effective = "en"
    if language in LANGUAGES and language != "en":
        ours = _load("oms", language, resource_dirs("translations"))
        if ours is None:
            log.warning(
                "no %s translation in %s; the window stays in English",
                language,
                resource_dirs("translations"),
            )
        else:
            qt_own = _load("qtbase", language, qt_translation_dirs())
            if qt_own is None:
                log.info("Qt's own %s translation was not found; standard buttons stay in English", language)
            # Installed last, ours is asked first: our words win over Qt's for the same text.
            for found in (qt_own, ours):
                if found is not None:
                    app.installTranslator(found)
                    _translators.append(found)
            effective = language
    QLocale.setDefault(QLocale(effective))  # date pickers and Qt's number fields follow
    formatting.set_locale(effective)
    _language = effective
    return effective


# --- the core's refusals --------------------------------------------------------------------------
# Services speak English (the CLI and the log need one language). The refusals a cashier meets every day
# are said again here in the window's language; the rest stay in English.


def _action_verb(action: str) -> str:
    words = {
        "confirm": translate("CoreMessage", "confirm"),
        "pay": translate("CoreMessage", "take payment on"),
        "refund": translate("CoreMessage", "refund"),
        "pack": translate("CoreMessage", "pack"),
        "ship": translate("CoreMessage", "ship"),
        "deliver": translate("CoreMessage", "deliver"),
        "cancel": translate("CoreMessage", "cancel"),
        "return": translate("CoreMessage", "take back"),
        "complete": translate("CoreMessage", "complete"),
    }
    return words.get(action, action)


def _status_word(text: str) -> str:
    # The core names the status with spaces ("pending payment"); labels know the stored value.
    return labels.status(text.replace(" ", "_"))


Rewrite = Callable[[re.Match[str]], str]
_PATTERNS: list[tuple[re.Pattern[str], Rewrite]] = [
    (
        re.compile(
            r"Out of stock: (?P<sku>.+) asked (?P<asked>-?\d+), available (?P<available>-?\d+) at (?P<loc>.+)"
        ),
        lambda m: translate(
            "CoreMessage", "Out of stock: {sku} — {asked} asked, {available} available at {location}"
        ).format(sku=m["sku"], asked=m["asked"], available=m["available"], location=m["loc"]),
    ),
    (
        re.compile(r"Unknown SKU or barcode: (?P<code>.*)"),
        lambda m: translate("CoreMessage", "Unknown SKU or barcode: {code}").format(code=m["code"]),
    ),
    (
        re.compile(r"Unknown customer: (?P<code>.*)"),
        lambda m: translate("CoreMessage", "Unknown customer: {code}").format(code=m["code"]),
    ),
    (
        re.compile(r"Unknown order: (?P<number>.*)"),
        lambda m: translate("CoreMessage", "Unknown order: {number}").format(number=m["number"]),
    ),
    (
        re.compile(r"Unknown stock location: (?P<code>.*)"),
        lambda m: translate("CoreMessage", "Unknown stock location: {code}").format(code=m["code"]),
    ),
    (
        re.compile(r"Cannot (?P<action>\w+) order (?P<number>\S+): it is (?P<status>[\w ]+); (?P<reason>.+)"),
        lambda m: translate("CoreMessage", "Cannot {action} order {number}: it is {status}; {reason}").format(
            action=_action_verb(m["action"]),
            number=m["number"],
            status=_status_word(m["status"]),
            reason=labels.refusal_reason(m["reason"]),
        ),
    ),
    (
        re.compile(r"(?P<sku>\S+) '(?P<name>.*)' is no longer sold \(inactive\)"),
        lambda m: translate("CoreMessage", "{sku} {name} is no longer sold").format(
            sku=m["sku"], name=m["name"]
        ),
    ),
    (
        re.compile(r"Another till changed the same stock at the same time; try again"),
        lambda m: translate("CoreMessage", "Another till changed the same stock at the same time; try again"),
    ),
    (
        re.compile(r"The database is busy with another till's work .*"),
        lambda m: translate(
            "CoreMessage",
            "The database is busy with another till's work (an import, a backup?); try again in a moment",
        ),
    ),
    (
        re.compile(
            r"Barcode (?P<code>\S+) has a wrong check digit \(the last digit should be (?P<digit>\d)\)"
        ),
        lambda m: translate(
            "CoreMessage", "Barcode {code} has a wrong check digit (the last digit should be {digit})"
        ).format(code=m["code"], digit=m["digit"]),
    ),
    (
        re.compile(r"Demo data cancelled; nothing was written"),
        lambda m: translate("CoreMessage", "Demo data cancelled; nothing was written"),
    ),
    (
        re.compile(r"Demo data goes into an empty database only; .*"),
        lambda m: translate(
            "CoreMessage", "Demo data goes into an empty database only; this one has products or orders"
        ),
    ),
    (
        re.compile(r"The shop needs a name"),
        lambda m: translate("CoreMessage", "The shop needs a name"),
    ),
    (
        re.compile(r"'(?P<code>.*)' is not a currency code \(e\.g\. CNY, USD, EUR\)"),
        lambda m: translate("CoreMessage", "'{code}' is not a currency code (e.g. CNY, USD, EUR)").format(
            code=m["code"]
        ),
    ),
    (
        re.compile(r"The default tax rate must be between 0 and 100%"),
        lambda m: translate("CoreMessage", "The default tax rate must be between 0 and 100%"),
    ),
]


def core_message(text: str) -> str:
    """A refusal from the core in the window's language when it is one of the frequent ones; otherwise
    the core's English text unchanged."""
    if _language == "en":
        return text
    for pattern, rewrite in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            return rewrite(match)
    return text
