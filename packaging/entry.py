"""The bundle's program: the same `oms-desktop` command as the console script pip installs."""

import multiprocessing
import sys

from oms_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the large demo writes from a second process (db/load_process.py)
    sys.exit(main())
