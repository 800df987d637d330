"""Start a real, throw-away PostgreSQL server for tests, from Debian's packages.

Usage::

    server = start_postgres(tmp_path / "pg")
    try:
        server.create_database("oms_test")
        engine = sqlalchemy.create_engine(server.url("oms_test"))
        ...
    finally:
        server.stop()

The cluster is made with ``initdb`` (trust authentication, superuser role ``postgres``, UTF-8,
fsync off) and listens on a free TCP port on 127.0.0.1 only (no unix socket). PostgreSQL refuses
to run as root, so when the tests run as root ``initdb`` and ``pg_ctl`` run as the ``postgres``
user through ``runuser``. If that user cannot reach ``base_dir`` (pytest's ``/tmp/pytest-of-root``
is mode 0700), the cluster goes into a private directory under the system temp dir instead, which
``stop()`` removes. Failures raise ``RuntimeError`` with the end of the server log: tests that
need PostgreSQL fail loudly rather than skip.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL

SUPERUSER = "postgres"
HOST = "127.0.0.1"
_OS_USER = "postgres"  # the account the server runs as when we are root

_SETTINGS = {
    "listen_addresses": HOST,
    "unix_socket_directories": "",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "log_min_messages": "warning",
    "log_line_prefix": "%m [%p] ",
}


def find_bindir() -> Path:
    """The directory holding initdb/pg_ctl: ``pg_config --bindir``, else /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            candidates.append(Path(out))
        except (subprocess.SubprocessError, OSError):
            pass

    def version_key(path: str) -> float:
        try:
            return float(Path(path).parent.name)
        except ValueError:
            return 0.0

    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version_key, reverse=True)
    candidates += [Path(p) for p in installed]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise RuntimeError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's 'postgresql' "
        "package (scripts/bootstrap.sh does it when run as root). Looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def _has_c_utf8_locale() -> bool:
    """glibc >= 2.35 (Debian 12) always has C.UTF-8; older systems may not."""
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=30).stdout
    except (subprocess.SubprocessError, OSError):
        return False
    return any(name.lower().replace("-", "") == "c.utf8" for name in out.split())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"(no server log at {path}: {exc})"
    return "\n".join(text.splitlines()[-lines:]) or "(server log is empty)"


class PostgresServer:
    """A running PostgreSQL cluster started by :func:`start_postgres`."""

    def __init__(self, bindir: Path, run_dir: Path, port: int, as_user: str | None, owns_run_dir: bool):
        self.bindir = bindir
        self.run_dir = run_dir
        self.data_dir = run_dir / "data"
        self.log_file = run_dir / "server.log"
        self.host = HOST
        self.port = port
        self.user = SUPERUSER
        self._as_user = as_user
        self._owns_run_dir = owns_run_dir
        self._running = True

    # -- connecting --------------------------------------------------------------------
    def url(self, dbname: str) -> URL:
        """SQLAlchemy URL (psycopg 3 driver) for database ``dbname`` as the superuser."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            host=self.host,
            port=self.port,
            database=dbname,
        )

    def connect(self, dbname: str = "postgres") -> psycopg.Connection:
        """A plain psycopg connection in autocommit mode (caller closes it)."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            dbname=dbname,
            autocommit=True,
            connect_timeout=10,
        )

    # -- databases ---------------------------------------------------------------------
    def create_database(self, name: str, template: str | None = None) -> None:
        """CREATE DATABASE ``name`` (UTF-8), optionally copied from ``template``.

        PostgreSQL copies a template only while nobody is connected to it: dispose of
        engines/pools pointing at the template first.
        """
        query = sql.SQL("CREATE DATABASE {} ENCODING 'UTF8'").format(sql.Identifier(name))
        if template is not None:
            query = sql.SQL("{} TEMPLATE {}").format(query, sql.Identifier(template))
        with self.connect() as conn:
            conn.execute(query)

    def drop_database(self, name: str) -> None:
        """DROP DATABASE IF EXISTS ``name``, closing any connections still open to it."""
        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    # -- lifecycle ---------------------------------------------------------------------
    def stop(self) -> None:
        """Shut the server down (pg_ctl stop -m fast). Safe to call more than once."""
        if not self._running:
            return
        self._running = False
        result = _run(
            [str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "fast", "-w", "-t", "60"],
            self._as_user,
        )
        if self._owns_run_dir:
            shutil.rmtree(self.run_dir, ignore_errors=True)
        if result.returncode != 0 and "No such file" not in result.stderr + result.stdout:
            raise RuntimeError(
                f"pg_ctl stop failed ({result.returncode}): {result.stdout}{result.stderr}\n"
                f"server log:\n{_tail(self.log_file)}"
            )

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self._running else "stopped"
        return f"<PostgresServer {self.host}:{self.port} {state} data={self.data_dir}>"


def _run(cmd: list[str], as_user: str | None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` (as ``as_user`` via runuser when given) with a C locale, cwd '/' and no stdin."""
    if as_user is not None:
        cmd = ["runuser", "-u", as_user, "--", *cmd]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C.UTF-8"
    env.pop("LANGUAGE", None)
    return subprocess.run(
        cmd,
        cwd="/",
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _prepare_run_dir(base_dir: Path, as_user: str | None) -> tuple[Path, bool]:
    """Directory for data + log, writable by the server's user. Returns (dir, we_must_remove_it)."""
    base_dir.mkdir(parents=True, exist_ok=True)
    if as_user is None:
        return base_dir, False

    shutil.chown(base_dir, user=as_user, group=as_user)
    if _run(["test", "-w", str(base_dir), "-a", "-x", str(base_dir)], as_user).returncode == 0:
        return base_dir, False

    # An ancestor of base_dir is closed to the postgres user (e.g. /tmp/pytest-of-root is 0700).
    run_dir = Path(tempfile.mkdtemp(prefix="oms-pg-"))
    shutil.chown(run_dir, user=as_user, group=as_user)
    if _run(["test", "-w", str(run_dir), "-a", "-x", str(run_dir)], as_user).returncode != 0:
        shutil.rmtree(run_dir, ignore_errors=True)
        raise RuntimeError(
            f"user {as_user!r} can reach neither {base_dir} nor a directory under {tempfile.gettempdir()}"
        )
    (base_dir / "CLUSTER_LOCATION").write_text(f"{run_dir}\n")
    return run_dir, True


def start_postgres(base_dir: Path, *, attempts: int = 3) -> PostgresServer:
    """initdb a fresh cluster under ``base_dir``, start it on a free port on 127.0.0.1, wait until ready.

    Raises RuntimeError (with the end of the server log) when the server cannot be started.
    """
    bindir = find_bindir()
    as_user: str | None = None
    if os.geteuid() == 0:
        as_user = _OS_USER
        try:
            import pwd

            pwd.getpwnam(as_user)
        except KeyError:
            raise RuntimeError(
                f"running as root but there is no {as_user!r} user to run PostgreSQL as "
                "(Debian's 'postgresql' package creates it)"
            ) from None
        if shutil.which("runuser") is None:
            raise RuntimeError("running as root but 'runuser' (util-linux) is not available")

    run_dir, owns_run_dir = _prepare_run_dir(Path(base_dir), as_user)
    data_dir = run_dir / "data"
    log_file = run_dir / "server.log"
    if data_dir.exists():
        raise RuntimeError(f"{data_dir} already exists: start_postgres needs a fresh base_dir")

    try:
        init_cmd = [
            str(bindir / "initdb"),
            "-D", str(data_dir),
            "-U", SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        ]  # fmt: skip
        init_cmd.append("--locale=C.UTF-8" if _has_c_utf8_locale() else "--no-locale")
        result = _run(init_cmd, as_user)
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed ({result.returncode}):\n{result.stdout}{result.stderr}")

        with (data_dir / "postgresql.conf").open("a") as conf:  # appending keeps the file's owner
            conf.write("\n# added by tests/support/postgres.py\n")
            for key, value in _SETTINGS.items():
                conf.write(f"{key} = '{value}'\n")

        last_error = ""
        for _ in range(attempts):
            port = _free_port()
            started = time.monotonic()
            start_cmd = [
                str(bindir / "pg_ctl"), "start",
                "-D", str(data_dir),
                "-l", str(log_file),
                "-o", f"-p {port}",
                "-w", "-t", "60",
            ]  # fmt: skip
            result = _run(start_cmd, as_user)
            if result.returncode == 0:
                server = PostgresServer(bindir, run_dir, port, as_user, owns_run_dir)
                _wait_until_accepting(server, deadline=started + 60)
                atexit.register(_stop_quietly, server)
                return server
            last_error = f"pg_ctl start failed ({result.returncode}):\n{result.stdout}{result.stderr}"
            if "already in use" not in _tail(log_file, 20):
                break  # not a port race: retrying will not help
        raise RuntimeError(f"{last_error}\nserver log ({log_file}):\n{_tail(log_file)}")
    except BaseException:
        if owns_run_dir:
            # the error message above already holds the end of the log
            _run([str(bindir / "pg_ctl"), "stop", "-D", str(data_dir), "-m", "immediate"], as_user)
            shutil.rmtree(run_dir, ignore_errors=True)
        raise


def _wait_until_accepting(server: PostgresServer, deadline: float) -> None:
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with server.connect() as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError as exc:
            last = exc
            time.sleep(0.1)
    log_tail = _tail(server.log_file)
    server.stop()
    raise RuntimeError(f"PostgreSQL started but does not accept connections: {last}\n{log_tail}")


def _stop_quietly(server: PostgresServer) -> None:
    with contextlib.suppress(Exception):
        server.stop()
