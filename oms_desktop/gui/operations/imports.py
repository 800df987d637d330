"""Operations of the import wizard: read a file's preview (no database), a dry run, the import; presets."""

from collections.abc import Callable, Mapping
from pathlib import Path

from oms_desktop import import_presets
from oms_desktop.gui.operations.op import ProgressOp
from oms_desktop.services import imports
from oms_desktop.services.changes import Outcome
from oms_desktop.services.import_layouts import Format, Kind, MappingFile
from oms_desktop.services.imports import ImportOptions, ImportPreview, ImportReport


def preview(
    path: Path, kind: Kind, fmt: Format | None, mapping: Mapping[str, str] | None
) -> Callable[[], ImportPreview]:
    """The file as the import reads it, checked without the shop: work for the CPU pool (run_cpu)."""
    return lambda: imports.preview(path, kind, fmt, mapping)


def dry_run(path: Path, options: ImportOptions) -> ProgressOp[Outcome[ImportReport]]:
    """Everything checked in a transaction that is rolled back: what would happen."""
    dry = ImportOptions(
        options.kind, options.format, options.mapping, True, options.skip_bad_rows, options.file_name
    )
    return ProgressOp(lambda uow, progress: imports.import_file(uow, path, dry, progress=progress))


def run_import(path: Path, options: ImportOptions) -> ProgressOp[Outcome[ImportReport]]:
    """The import itself (Cancel stops it and nothing is kept)."""
    return ProgressOp(lambda uow, progress: imports.import_file(uow, path, options, progress=progress))


def preset_names(data_dir: Path) -> list[str]:
    return import_presets.names(data_dir)


def load_preset(data_dir: Path, name: str) -> MappingFile:
    return import_presets.load(data_dir, name)


def save_preset(data_dir: Path, name: str, columns: dict[str, str], kind: Kind, fmt: Format) -> Path:
    return import_presets.save(data_dir, name, columns, kind, fmt)
