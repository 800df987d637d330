"""The PyInstaller bundle (packaging/build.sh) on a clean environment: it opens the window, sells at the
counter and writes the invoice with the shipped CJK font embedded, on a new database and on one made by the
source tree's `oms-desktop demo`; its headless commands draw charts and print Chinese documents.

Builds dist/oms-desktop first unless it is newer than every source file (about a minute on 2 cores).
"""

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from oms_desktop.db.engine import make_engine
from oms_desktop.db.migrate import head_revision
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.smoke_invoice import has_cjk
from oms_desktop.services import orders
from tests.documents import pdf_tools
from tests.packaging import bundle

pytestmark = pytest.mark.slow

ROOT = bundle.ROOT
INTERNAL = bundle.BUNDLE / "_internal"


@pytest.fixture(scope="module")
def built() -> Path:
    try:
        print(bundle.build())
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    return bundle.EXECUTABLE


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose database the source tree's `oms-desktop demo` filled."""
    folder = tmp_path_factory.mktemp("demo-data")
    bundle.venv_command("demo", "--orders", "40", "--products", "30", "--customers", "10", data_dir=folder)
    return folder / "oms.sqlite3"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def squash(text: str) -> str:
    """Text without white space: pdftotext may break a long name over two lines of a table cell."""
    return "".join(text.split())


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """pdffonts' table as {font name: embedded}; the columns after the type are counted from the right
    because a type may have spaces ("Type 1", "CID TrueType")."""
    rows = pdf_tools.fonts(pdf).splitlines()[2:]
    return {row.split()[0]: row.split()[-5] == "yes" for row in rows if row.strip()}


def check_invoice(run: bundle.SmokeRun, invoice: Path, database: Path) -> None:
    """The smoke run passed and its invoice names the order and its Chinese products in an embedded font."""
    assert run.code == 0, run.output
    assert run.shown_after_s is not None, run.output
    number = run.order_number
    assert number, run.output
    assert invoice.is_file(), run.output
    pdf = invoice.read_bytes()
    assert pdf.startswith(b"%PDF")
    engine = make_engine(f"sqlite:///{database}")
    try:
        detail = orders.get_order(UnitOfWork(engine), number)
    finally:
        engine.dispose()
    chinese = [line.name for line in detail.lines if has_cjk(line.name)]
    assert chinese, f"order {number} sold no product with a Chinese name: {[ln.name for ln in detail.lines]}"
    text = pdf_tools.text(pdf)
    assert number in text
    for name in chinese:
        assert squash(name) in squash(text), f"{name!r} is not in the invoice:\n{text}"
    fonts = embedded_fonts(pdf)
    cjk = {name: embedded for name, embedded in fonts.items() if "WenQuanYi" in name}
    assert cjk and all(cjk.values()), f"the CJK font is not embedded:\n{pdf_tools.fonts(pdf)}"


def test_bundle_carries_resources_migrations_and_barcode_modules(built: Path) -> None:
    for kind, pattern in {"fonts": "*", "icons": "*", "style": "*", "translations": "*.qm"}.items():
        source = ROOT / "resources" / kind
        if not source.is_dir():
            assert kind == "translations", f"resources/{kind} is missing from the source tree"
            continue  # no translations yet: nothing to ship, and the build must not fail
        shipped = {p.name for p in (INTERNAL / "resources" / kind).iterdir()}
        assert {p.name for p in source.glob(pattern) if p.is_file()} <= shipped, kind
    assert (INTERNAL / "resources" / "fonts" / "wqy-microhei.ttc").is_file()

    # Alembic reads the scripts as files and the analysis compiled them into the archive as modules.
    migrations = ROOT / "oms_desktop" / "db" / "migrations"
    versions = sorted(p.name for p in (migrations / "versions").glob("0*.py"))
    assert versions
    shipped_versions = INTERNAL / "oms_desktop" / "db" / "migrations" / "versions"
    assert sorted(p.name for p in shipped_versions.glob("0*.py")) == versions
    assert (INTERNAL / "oms_desktop" / "db" / "migrations" / "env.py").is_file()
    # Imported here: pyinstaller is installed by packaging/build.sh, which the `built` fixture ran.
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(built))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    for name in versions:
        assert f"oms_desktop.db.migrations.versions.{name.removesuffix('.py')}" in modules

    # reportlab looks barcode modules up by name at run time: all of them must be in the archive.
    import reportlab.graphics.barcode as barcode_package

    barcode_modules = {
        f"reportlab.graphics.barcode.{p.stem}"
        for p in Path(barcode_package.__path__[0]).glob("*.py")
        if p.stem != "__init__"
    }
    assert barcode_modules and barcode_modules <= modules, sorted(barcode_modules - modules)

    # Our run-time hook replaces PyInstaller's matplotlib one (a new font cache folder on every start).
    scripts = set(archive.toc)
    assert "rthook_mplconfig" in scripts
    assert "pyi_rth_mplconfig" not in scripts


def test_smoke_on_a_new_database(built: Path, tmp_path: Path, home: Path) -> None:
    data = tmp_path / "data"
    invoice = tmp_path / "out" / "invoice.pdf"
    run = bundle.run_smoke(data, home, invoice=invoice)
    check_invoice(run, invoice, data / "oms.sqlite3")
    # The bundle migrated the new file to the head revision with the scripts it carries.
    with sqlite3.connect(data / "oms.sqlite3") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_smoke_and_commands_on_a_demo_database(
    built: Path, demo_database: Path, tmp_path: Path, home: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_database, data / "oms.sqlite3")
    invoice = tmp_path / "invoice.pdf"
    run = bundle.run_smoke(data, home, invoice=invoice)
    check_invoice(run, invoice, data / "oms.sqlite3")
    number = run.order_number
    assert number is not None

    # Headless commands of the bundle: a Chinese invoice (babel's zh data made the cut)
    zh = tmp_path / "invoice-zh.pdf"
    printed = bundle.run_bundle(
        "print", "invoice", number, "--language", "zh_CN", "--out", str(zh), data_dir=data, home=home
    )
    assert printed.returncode == 0, printed.stderr
    zh_text = pdf_tools.text(zh.read_bytes())
    assert number in zh_text and "发票" in zh_text, zh_text

    # A chart with Chinese labels: matplotlib and the font in the bundle. The font cache goes to the data
    # folder (not a new temporary folder per start), so the second start reads it instead of building it.
    first = draw_chart(data, home, "top-products", tmp_path / "top-products.png")
    assert first, "matplotlib's font cache is not in <data folder>/cache/matplotlib"
    assert draw_chart(data, home, "sales-over-time", tmp_path / "sales.png") == first


def draw_chart(data: Path, home: Path, chart: str, png: Path) -> dict[str, int]:
    """Draw `chart` with the bundle; returns the font cache files of matplotlib with their mtimes."""
    drawn = bundle.run_bundle(
        *("--json", "chart", chart, "--preset", "this-year", "--language", "zh_CN", "--out", str(png)),
        data_dir=data,
        home=home,
    )
    assert drawn.returncode == 0, drawn.stderr
    assert json.loads(drawn.stdout)["file"] == str(png)
    assert png.read_bytes().startswith(b"\x89PNG")
    return {p.name: p.stat().st_mtime_ns for p in (data / "cache" / "matplotlib").glob("fontlist-*.json")}


def mount_namespaces_work() -> bool:
    probe = ["unshare", "-m", "--propagation", "private", "mount", "-t", "tmpfs", "none", "/mnt"]
    try:
        return subprocess.run(probe, capture_output=True, check=False, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def test_documents_need_no_system_font(built: Path, tmp_path: Path, home: Path) -> None:
    """With the system's fonts hidden (as on a machine without fonts-wqy-microhei) the invoice still has
    its Chinese text: the bundle's own font is used."""
    if not mount_namespaces_work():
        pytest.skip("needs root and mount namespaces (unshare -m) to hide /usr/share/fonts")
    hide = [
        "unshare",
        "-m",
        "--propagation",
        "private",
        "sh",
        "-c",
        'mount -t tmpfs none /usr/share/fonts && exec "$0" "$@"',
    ]
    data = tmp_path / "data"
    invoice = tmp_path / "invoice.pdf"
    run = bundle.run_smoke(data, home, invoice=invoice, wrap=hide)
    check_invoice(run, invoice, data / "oms.sqlite3")


def test_the_bundle_serves_the_api(built: Path, tmp_path: Path, home: Path) -> None:
    """uvicorn picks its protocol and loop by name at run time: the bundle must carry them."""
    import socket
    import time

    import httpx

    data = tmp_path / "data"
    made = bundle.run_bundle(
        "api", "token", "create", "webshop", "--scope", "write", data_dir=data, home=home
    )
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(built), "serve", "--port", str(port)],
            env=bundle.clean_env(home, data),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + bundle.SMOKE_TIMEOUT_S
        while True:
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/api/v1/products", headers={"Authorization": f"Bearer {token}"}
                )
                break
            except httpx.TransportError:
                time.sleep(0.3)
        assert answer.status_code == 200 and answer.json() == [], answer.text
        assert httpx.get(f"http://127.0.0.1:{port}/api/v1/orders").json()["code"] == "api_token_missing"
        docs = httpx.get(f"http://127.0.0.1:{port}/docs").text  # Swagger UI's files come along
        script = next(part.split('"')[0] for part in docs.split('src="')[1:] if ".js" in part)
        assert httpx.get(f"http://127.0.0.1:{port}{script}").status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Traceback" not in log.read_text()
