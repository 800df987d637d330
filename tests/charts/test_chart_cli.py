"""`oms-desktop chart NAME --from D --to D --out FILE.png` for every chart."""

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from oms_desktop.charts.registry import CHARTS
from oms_desktop.cli.main import main


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_chart_from_the_command_line(name: str, demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.png"
    assert main(["--db", demo_url, "chart", name, "--preset", "this-year", "--out", str(out)]) == 0
    with Image.open(out) as image:
        assert (image.format, image.size) == ("PNG", (1000, 560))


def test_size_language_and_options(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "weeks.png"
    args = ["--db", demo_url, "chart", "sales-over-time", "--from", "2026-01-01", "--to", "2026-03-31"]
    assert main([*args, "--by", "week", "--language", "zh_CN", "--width", "1600", "--height", "900",
                 "--dpi", "160", "--out", str(out)]) == 0  # fmt: skip
    with Image.open(out) as image:
        assert image.size == (1600, 900)
    assert main([*args, "--width", "50", "--out", str(out)]) == 2
    assert "at least 200 x 150" in capsys.readouterr().err
    assert main(["--db", demo_url, "chart", "kpis", "--out", str(out)]) == 2


def test_the_command_line_loads_matplotlib_only_to_draw() -> None:
    code = "import sys\nimport oms_desktop.cli.main\nassert 'matplotlib' not in sys.modules\n"
    subprocess.run([sys.executable, "-c", code], check=True)
