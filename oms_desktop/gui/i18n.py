"""The window's language: which one (the system's, or the user's choice on this computer), loading its
translations (ours and Qt's own for standard buttons). The core's refusals are said in it by
`gui/error_text.py`, by their code.

Two languages are kept apart on purpose: the *window* language belongs to this computer's user and is kept
in the UI state file (`ctx.ui`, key `ui/language`); the shop's *document* language (ShopSettings.language)
is what invoices and receipts are printed in, the same on every till.
"""

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from oms_desktop.config import resource_dirs
from oms_desktop.gui import formatting

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


# The discount reasons, likewise, while the shop has not written its own.
DEFAULT_DISCOUNT_REASONS = {
    "en": "Loyal customer,Damaged packaging,Price match,Staff purchase,Promotion",
    "zh_CN": "老顾客,包装破损,同价保证,员工内购,促销活动",
}


def discount_reasons_for(document_language: str, reasons: str) -> str:
    """`reasons` in `document_language` when they are one of the defaults; the shop's own unchanged."""
    if reasons.strip() in DEFAULT_DISCOUNT_REASONS.values():
        return DEFAULT_DISCOUNT_REASONS.get(document_language, reasons)
    return reasons


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
