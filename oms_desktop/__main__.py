import sys

from oms_desktop.cli import main

sys.exit(main())
