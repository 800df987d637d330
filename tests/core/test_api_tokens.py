"""The local API's tokens: made by the owner (audited), shown once and kept as a hash, listed, revoked, and
checked on every request, which notes its use at most once a minute. On SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from oms_desktop.db import damage
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.api_token import ApiToken, Scope, token_hash
from oms_desktop.domain.errors import NotAllowed, NotFound, SignInRefused, ValidationError
from oms_desktop.domain.user import Role
from oms_desktop.services import api_tokens, audit_trail, users


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_token_is_shown_once_kept_as_its_hash_and_its_creation_audited(uow: UnitOfWork) -> None:
    made = api_tokens.create_token(uow, "  web   shop ", Scope.WRITE).value
    assert made.record.name == "web shop" and made.record.scope == "write"
    assert len(made.token) >= 43 and made.record.prefix == made.token[:8]
    with uow.read() as session:
        stored = session.execute(select(ApiToken.token_hash, ApiToken.prefix)).one()
    assert stored.token_hash == token_hash(made.token) and made.token not in tuple(stored)
    assert api_tokens.create_token(uow, "script").value.record.scope == "read"  # read unless told
    audit = audit_trail.entries(uow, action="api_token_create")[-1]
    assert audit.subject == "web shop" and '"scope": "write"' in audit.after and made.token not in audit.after


def test_names_are_refused_when_empty_too_long_or_taken(uow: UnitOfWork) -> None:
    api_tokens.create_token(uow, "webshop")
    for bad in ("", "   ", "x" * 65, "tab\tname\x00"):
        with pytest.raises(ValidationError) as refused:
            api_tokens.create_token(uow, bad)
        assert refused.value.code == "api_token_name_invalid"
    with pytest.raises(ValidationError) as taken:
        api_tokens.create_token(uow, "webshop", Scope.WRITE)
    assert taken.value.code == "api_token_name_taken"


def test_authenticate_finds_the_caller_and_refuses_unknown_and_revoked_tokens(uow: UnitOfWork) -> None:
    made = api_tokens.create_token(uow, "webshop", Scope.WRITE).value
    caller = api_tokens.authenticate(uow, made.token)
    assert (caller.name, caller.scope, caller.may_write) == ("webshop", Scope.WRITE, True)
    actor = caller.actor()
    assert actor.name == "webshop" and actor.role is Role.CASHIER and actor.remote
    for wrong in ("", made.token[:-1], made.token + "x", "x" * 5000):
        with pytest.raises(SignInRefused) as refused:
            api_tokens.authenticate(uow, wrong)
        assert refused.value.code == "api_token_invalid"
    revoked = api_tokens.revoke_token(uow, "webshop").value
    assert revoked.revoked_at is not None and not revoked.active
    with pytest.raises(SignInRefused):
        api_tokens.authenticate(uow, made.token)
    with pytest.raises(ValidationError) as again:
        api_tokens.revoke_token(uow, "webshop")
    assert again.value.code == "api_token_already_revoked"
    with pytest.raises(NotFound):
        api_tokens.revoke_token(uow, "nobody")
    assert [(t.name, t.active) for t in api_tokens.list_tokens(uow)] == [("webshop", False)]
    assert audit_trail.entries(uow, action="api_token_revoke")[0].subject == "webshop"


def test_use_is_noted_at_most_once_a_minute(engine: Engine) -> None:
    clock = Clock()
    uow = UnitOfWork(engine, clock=clock)
    made = api_tokens.create_token(uow, "webshop").value

    def last_used() -> datetime | None:
        return api_tokens.list_tokens(uow)[0].last_used_at

    assert last_used() is None
    api_tokens.authenticate(uow, made.token)
    first = clock.now
    assert last_used() == first
    clock.now += timedelta(seconds=59)
    api_tokens.authenticate(uow, made.token)
    assert last_used() == first  # a read within the minute writes nothing
    clock.now += timedelta(seconds=1)
    api_tokens.authenticate(uow, made.token)
    assert last_used() == clock.now


def test_only_the_owner_creates_or_revokes_tokens(uow: UnitOfWork) -> None:
    users.add_user(uow, "Olivia", "owner", "1234")
    with pytest.raises(SignInRefused):
        api_tokens.create_token(uow, "webshop")  # nobody signed in, once the shop has users
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    users.add_user(uow, "Max", "manager", "2222")
    made = api_tokens.create_token(uow, "webshop", Scope.WRITE).value
    assert made.record.created_by == "Olivia"
    uow.sign_in(users.authenticate(uow, "Max", "2222"))
    with pytest.raises(NotAllowed) as refused:
        api_tokens.create_token(uow, "other")
    assert refused.value.permission == "api_tokens"
    with pytest.raises(NotAllowed):
        api_tokens.revoke_token(uow, "webshop")
    uow.sign_in(None)
    # A request is checked with nobody signed in: its use is noted all the same.
    assert api_tokens.authenticate(uow, made.token).name == "webshop"
    assert api_tokens.list_tokens(uow)[0].last_used_at is not None


def test_a_database_marked_damaged_still_lets_a_token_read(sqlite_uow: UnitOfWork) -> None:
    made = api_tokens.create_token(sqlite_uow, "webshop").value
    assert sqlite_uow.file is not None
    damage.mark(sqlite_uow.file, "a test's finding")
    assert api_tokens.authenticate(sqlite_uow, made.token).name == "webshop"  # its use is not noted
    assert api_tokens.list_tokens(sqlite_uow)[0].last_used_at is None
