"""Update the window's translations: lupdate collects every tr()/translate() string of oms_desktop/gui into
resources/translations/oms_<language>.ts, lrelease compiles each .ts into the .qm the app loads.

    .venv/bin/python scripts/translations.py          (or: make translations)

Then translate the new entries (marked unfinished) with .venv/bin/pyside6-linguist or any editor, and run
it again: the .qm files are committed next to the .ts, so that a fresh clone and the bundle have them, and
tests/gui/test_translations.py fails while either is out of date.
"""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "oms_desktop" / "gui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)  # English is the source text


def tool(name: str) -> str:
    """lupdate / lrelease as shipped inside the PySide6 package, else a pyside6-<name> on the PATH."""
    inside = Path(PySide6.__file__).resolve().parent / name
    if inside.exists():
        return str(inside)
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} was found neither in {inside.parent} nor as pyside6-{name}")


def ts_path(language: str) -> Path:
    return FOLDER / f"oms_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"oms_{language}.qm"


def lupdate(ts: Path) -> None:
    """Merge the strings of the sources into `ts`: new ones come in unfinished, gone ones go (no obsolete
    entries kept), and no line numbers are stored, so that moving code does not change the file."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    options = ["-silent", "-extensions", "py", "-locations", "none", "-no-obsolete"]
    subprocess.run([tool("lupdate"), *options, str(SOURCES), "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` still without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    status = 0
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts)
        lrelease(ts, qm_path(language))
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} unfinished")
        for text in missing:
            print(f"    {text!r}")
        status = status or int(bool(missing))
    return status


if __name__ == "__main__":
    sys.exit(main())
