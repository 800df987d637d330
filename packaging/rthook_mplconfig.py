"""PyInstaller run-time hook: keep matplotlib's font cache in the data folder from one start to the next.

The CLI imports matplotlib on every start (the chart commands), and matplotlib builds its font cache when
it finds none: ~0.5 s that PyInstaller's own hook (a fresh temporary MPLCONFIGDIR each run) would spend at
every start. The spec drops that hook; this one points MPLCONFIGDIR at <data folder>/cache/matplotlib.
A cache listing fonts that moved (the bundle was moved) is rebuilt by matplotlib itself.
"""

import os
import sys
from collections.abc import Sequence


def data_dir_flag(argv: Sequence[str]) -> str | None:
    """The value of --data-dir on the command line (argparse reads it later; this hook runs first)."""
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--data-dir="):
            return arg.partition("=")[2]
    return None


def use_cache_folder() -> None:
    if os.environ.get("MPLCONFIGDIR"):
        return  # the user's own choice wins
    from oms_desktop import config

    folder = config.resolve(data_dir=data_dir_flag(sys.argv[1:])).data_dir / "cache" / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # matplotlib then finds a folder of its own, as it does outside the bundle
    os.environ["MPLCONFIGDIR"] = str(folder)


use_cache_folder()
