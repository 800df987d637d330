"""The chart font: the shipped copy first, registered directly so a stale font cache cannot hide it."""

import subprocess
import sys
from pathlib import Path

import matplotlib

from oms_desktop.charts import fonts


def test_the_shipped_font_comes_first_and_covers_chinese() -> None:
    first = fonts.candidates()[0]
    assert first.parts[-3:] == ("resources", "fonts", "wqy-microhei.ttc")
    assert first.is_file()
    assert fonts.configure_fonts() == "WenQuanYi Micro Hei"
    assert matplotlib.rcParams["font.sans-serif"][0] == "WenQuanYi Micro Hei"
    assert matplotlib.rcParams["axes.unicode_minus"] is False


def test_a_font_cache_that_predates_the_font_still_finds_it(tmp_path: Path) -> None:
    # Start from an empty cache folder and drop every WenQuanYi entry, as a cache built before the font
    # was installed would have none; configure_fonts must still find and register the file.
    code = (
        "from matplotlib import font_manager as fm\n"
        "fm.fontManager.ttflist = [f for f in fm.fontManager.ttflist if 'WenQuanYi' not in f.name]\n"
        "fm.fontManager._findfont_cached.cache_clear()\n"
        "from oms_desktop.charts.fonts import configure_fonts\n"
        "assert configure_fonts() == 'WenQuanYi Micro Hei'\n"
        "path = fm.findfont(fm.FontProperties(family=['sans-serif']))\n"
        "assert path.endswith('wqy-microhei.ttc'), path\n"
        "print(path)\n"
    )
    env = {"MPLCONFIGDIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    assert "resources/fonts/wqy-microhei.ttc" in out.stdout  # the shipped copy, not the system one
