"""Fixtures for the document tests: the sample shop in a fresh SQLite file."""

import pytest

from oms_desktop.db.uow import UnitOfWork
from tests.documents.sample_shop import Shop, build_shop


@pytest.fixture
def shop(sqlite_uow: UnitOfWork) -> Shop:
    return build_shop(sqlite_uow)
