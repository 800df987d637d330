"""Screenshots of every page and of the first-run wizard in Simplified Chinese, at 1366x768, for the README.

Run under Xvfb, like the English ones (../capture.py, whose steps it repeats with the window in Chinese):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/zh_CN/capture.py

It saves docs/screenshots/zh_CN/<page>.png and wizard-1-welcome.png ... wizard-3-demo.png.
"""

import importlib.util
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from oms_desktop.config import Config  # noqa: E402
from oms_desktop.db.migrate import open_database  # noqa: E402
from oms_desktop.gui import i18n  # noqa: E402
from oms_desktop.gui.app import application  # noqa: E402
from oms_desktop.gui.context import AppContext, open_context  # noqa: E402
from oms_desktop.gui.dialogs.first_run import FirstRunWizard  # noqa: E402
from oms_desktop.services import settings  # noqa: E402
from oms_desktop.services.settings import ShopSettings  # noqa: E402

LANGUAGE = "zh_CN"


def english_capture() -> ModuleType:
    """The English capture script as a module, its pictures redirected here."""
    spec = importlib.util.spec_from_file_location("capture_en", HERE.parent / "capture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    vars(module)["HERE"] = HERE  # its shoot() saves next to this file
    shoot = module.shoot

    def shoot_settled(ctx: AppContext, name: str) -> Path:
        if name.startswith("charts"):  # the charts are drawn after their numbers are read: give them time
            module.settle(ctx, 3000)
        return Path(shoot(ctx, name))

    vars(module)["shoot"] = shoot_settled
    return module


def wizard_shots(folder: Path) -> None:
    """The wizard on a new, empty shop: each page as a shopkeeper fills it."""
    url = f"sqlite:///{folder / 'oms.sqlite3'}"
    open_database(url).dispose()
    ctx = open_context(Config(data_dir=folder, db_url=url), user="cashier")
    wizard = FirstRunWizard(ctx)
    wizard.resize(720, 520)
    wizard.show()

    def shot(name: str) -> None:
        for _ in range(20):
            QCoreApplication.processEvents()
        path = HERE / f"{name}.png"
        wizard.grab().save(str(path))
        print(f"saved {path}")

    shot("wizard-1-welcome")
    wizard.next()
    wizard.shop.shop_name.setText("福满多便利店")
    wizard.shop.address.setPlainText("上海市黄浦区南京东路 100 号")
    wizard.shop.tax_id.setText("91310000MA1K000000")
    shot("wizard-2-shop")
    wizard.next()
    shot("wizard-3-demo")
    assert wizard.currentId() == wizard.pageIds()[-1]
    wizard.button(QWizard.WizardButton.CancelButton).click()
    ctx.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    # A computer set to Chinese: the window follows the system, as it does for a user who chose nothing.
    os.environ["LC_ALL"] = os.environ["LANG"] = "zh_CN.UTF-8"
    app = application()
    assert i18n.install(i18n.resolve(i18n.SYSTEM)) == LANGUAGE
    wizard_shots(Path(tempfile.mkdtemp(prefix="oms-wizard-")))
    folder = Path(tempfile.mkdtemp(prefix="oms-shots-zh-"))
    capture = english_capture()
    url = capture.make_demo(folder)
    # The demo shop prints Chinese documents, as a shop set up in Chinese would.
    from oms_desktop.db.engine import make_engine
    from oms_desktop.db.uow import UnitOfWork

    engine = make_engine(url)
    settings.save_settings(
        UnitOfWork(engine),
        ShopSettings(
            shop_name="福满多便利店",
            address="上海市黄浦区南京东路 100 号",
            language=LANGUAGE,
            payment_terms=i18n.payment_terms_for(LANGUAGE, ShopSettings.payment_terms),
            configured=True,
        ),
    )
    engine.dispose()
    sys.argv = [sys.argv[0], "--data-dir", str(folder)]
    capture.main()
    app.quit()


if __name__ == "__main__":
    main()
