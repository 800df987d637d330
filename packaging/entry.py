"""The bundle's program: the same `oms-desktop` command as the console script pip installs."""

import sys

from oms_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
