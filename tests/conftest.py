"""Shared fixtures: every test gets its own QUIZAPP_HOME and its own bank (SQLite or PostgreSQL)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import settings as hypothesis_settings

from quizapp import paths
from quizapp.store.bank import Bank, open_bank

# Property tests draw the same examples on every run (a red CI is then a real bug, not
# the luck of the draw); HYPOTHESIS_PROFILE=explore draws new ones, to hunt for bugs.
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
ARTICLES = SHARED / "articles"


@pytest.fixture(autouse=True)
def quizapp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every file the app writes goes under this test's temp folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("QUIZAPP_HOME", str(home))
    return home


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: run the test's `bank` on SQLite and on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked ``both_engines`` that uses ``bank`` runs once per engine."""
    if "bank_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_engines"
    ):
        metafunc.parametrize("bank_engine", list(BankEngine), indirect=True, ids=str)


@pytest.fixture
def bank_engine(request: pytest.FixtureRequest) -> BankEngine:
    """The engine under the test's bank: SQLite unless the test is marked ``both_engines``."""
    return BankEngine(getattr(request, "param", BankEngine.SQLITE))


@pytest.fixture
def bank_url(
    bank_engine: BankEngine, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """An empty bank's URL: a new SQLite file, or a fresh, migrated PostgreSQL database."""
    if bank_engine is BankEngine.SQLITE:
        yield paths.bank_url(tmp_path / "bank.sqlite3")
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    with cluster.fresh_database() as url:
        yield url


@pytest.fixture
def bank(bank_url: str) -> Iterator[Bank]:
    """An empty, migrated bank: a real SQLite file (or PostgreSQL database, see ``bank_url``)."""
    opened = open_bank(bank_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throw-away PostgreSQL cluster for the session (skips when PostgreSQL is absent)."""
    bindir = find_pg_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin;"
            " `apt-get install postgresql`, as .ci/run does)"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("the PostgreSQL driver is missing: pip install 'quizapp[server]'")
    with running_cluster(bindir) as cluster:
        yield cluster


@pytest.fixture
def shared_article() -> Callable[[str], Path]:
    """Gives a file of ../shared/articles, or skips the test saying why it is missing."""

    def find(name: str) -> Path:
        path = ARTICLES / name
        if not path.exists():
            pytest.skip(f"{path} is absent: shared articles come with the team's checkout only")
        return path

    return find


# --- A throw-away PostgreSQL cluster -------------------------------------------------------


class BankEngine(StrEnum):
    """The database engines a bank can live on."""

    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


PG_SUPERUSER = "quizapp_admin"
TEMPLATE_DB = "quizapp_template"


@dataclass
class PgCluster:
    """A running cluster: the superuser connects through the socket, others by TCP."""

    root: Path
    port: int
    bindir: Path  # initdb, pg_ctl, pg_dump...
    serial: itertools.count[int] = field(default_factory=itertools.count)
    options: str = ""  # the server's start options (pg_ctl -o)

    @property
    def socket_dir(self) -> Path:
        return self.root / "sockets"

    def admin_url(self, database: str = "postgres") -> str:
        return (
            f"postgresql+psycopg://{PG_SUPERUSER}@/{database}"
            f"?host={self.socket_dir}&port={self.port}"
        )

    def login_url(self, database: str, user: str, password: str) -> str:
        """A password login over TCP, as a learner's computer connects."""
        secret = quote(password, safe="")
        return f"postgresql+psycopg://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, *statements: str) -> None:
        """Run statements as the superuser, outside a transaction (CREATE DATABASE...)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=PG_SUPERUSER,
            dbname="postgres", autocommit=True,
        ) as conn:  # fmt: skip
            for statement in statements:
                conn.execute(statement.encode())

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """The server down (``pg_ctl stop -m fast`` cuts every connection) until the block ends."""
        data = str(self.root / "data")
        _run([str(self.bindir / "pg_ctl"), "stop", "-w", "-D", data, "-m", "fast"])
        try:
            yield
        finally:
            _run([str(self.bindir / "pg_ctl"), "start", "-w", "-D", data,
                  "-l", str(self.root / "server.log"), "-o", self.options])  # fmt: skip

    @contextmanager
    def fresh_database(self) -> Iterator[str]:
        """A new database copied from the migrated template; dropped afterwards."""
        name = f"bank_{next(self.serial)}"
        self.admin_sql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE_DB}')
        try:
            yield self.admin_url(name)
        finally:
            self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def find_pg_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("pg_ctl")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True
    ) if Path("/usr/lib/postgresql").is_dir() else []  # fmt: skip
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_cluster_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the postgres (or nobody) user then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", _cluster_owner(), "--", *command]


def _cluster_owner() -> str:
    import pwd

    try:
        pwd.getpwnam("postgres")
        return "postgres"
    except KeyError:
        return "nobody"


def _run(command: list[str]) -> None:
    done = subprocess.run(  # from "/": the cluster's owner may not enter the current folder
        _as_cluster_owner(command),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd="/",
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


@contextmanager
def running_cluster(bindir: Path) -> Iterator[PgCluster]:
    """initdb into a temp folder, pg_ctl start on a free local port; stopped and removed after."""
    root = Path(tempfile.mkdtemp(prefix="quizapp-pg-"))
    cluster = PgCluster(root, _free_port(), bindir)
    data = root / "data"
    cluster.socket_dir.mkdir()
    if os.geteuid() == 0:
        owner = _cluster_owner()
        shutil.chown(root, owner)
        shutil.chown(cluster.socket_dir, owner)
    try:
        _run([str(bindir / "initdb"), "-D", str(data), "-U", PG_SUPERUSER, "-E", "UTF8",
              "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"])  # fmt: skip
        cluster.options = (
            f"-p {cluster.port} -k {cluster.socket_dir} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        _run([str(bindir / "pg_ctl"), "start", "-w", "-D", str(data),
              "-l", str(root / "server.log"), "-o", cluster.options])  # fmt: skip
        try:
            cluster.admin_sql(f"CREATE DATABASE {TEMPLATE_DB}")
            open_bank(cluster.admin_url(TEMPLATE_DB)).close()
            yield cluster
        finally:
            _run([str(bindir / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate"])
    finally:
        shutil.rmtree(root, ignore_errors=True)
