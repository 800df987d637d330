"""Import presets: a column mapping saved under a name, in the data folder (`import-presets/NAME.json`).

The import wizard saves one when the owner has matched a spreadsheet's columns to our fields, so that next
month's file of the same shape needs no matching again; `oms-desktop import ... --mapping NAME` reads it as
it reads a mapping file (services/import_layouts.parse_mapping: {"kind", "format", "columns"}).
"""

import os
import re
from pathlib import Path

from oms_desktop.domain.errors import ValidationError
from oms_desktop.private_files import make_private, private_folder
from oms_desktop.services.import_layouts import (
    Format,
    Kind,
    MappingFile,
    mapping_json,
    parse_mapping,
    read_mapping,
)

FOLDER = "import-presets"
NAME = re.compile(r"[\w .-]{1,64}")


def folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _path(data_dir: Path, name: str) -> Path:
    name = name.strip()
    if not NAME.fullmatch(name) or name.startswith(".") or not name.strip("."):
        raise ValidationError("import_preset_name_invalid", name=name[:80])
    return folder(data_dir) / f"{name}.json"


def names(data_dir: Path) -> list[str]:
    """The saved presets, by name."""
    try:
        return sorted(p.stem for p in folder(data_dir).glob("*.json") if p.is_file())
    except OSError:
        return []


def load(data_dir: Path, name: str) -> MappingFile:
    path = _path(data_dir, name)
    if not path.is_file():
        raise ValidationError("import_preset_unknown", name=name)
    return read_mapping(path)


def save(data_dir: Path, name: str, columns: dict[str, str], kind: Kind, fmt: Format) -> Path:
    """Keep the mapping under `name` (replacing one of that name); written whole or not at all."""
    path = _path(data_dir, name)
    private_folder(folder(data_dir))
    scratch = path.with_suffix(".tmp")
    scratch.write_text(mapping_json(columns, kind, fmt), encoding="utf-8")
    make_private(scratch)
    os.replace(scratch, path)
    return path


def mapping_from(data_dir: Path, given: str) -> MappingFile:
    """`--mapping`: a JSON file, or else the name of a saved preset."""
    path = Path(given).expanduser()
    if path.is_file():
        return read_mapping(path)
    if NAME.fullmatch(given.strip()) and (folder(data_dir) / f"{given.strip()}.json").is_file():
        return load(data_dir, given)
    if path.suffix.lower() == ".json" or os.sep in given:
        raise ValidationError("import_file_missing", path=given)
    raise ValidationError("import_preset_unknown", name=given)


def parse(text: str, where: str) -> MappingFile:
    return parse_mapping(text, where)
