"""Connecting the window to a class bank: where it is, its password, which bank is open.

The window's File > Connect to class bank... keeps the server, database and login
name in ``class-bank.json`` in the config folder (never the password), so the
next start opens the class bank again. The password goes to the desktop's
keyring through the ``keyring`` library when there is one (``quizapp[server]``);
without a keyring backend it is asked at each start.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import URL, make_url

from quizapp import paths
from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import learners
from quizapp.study.learners import LearnerInfo

KEYRING_SERVICE = "quizapp class bank"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ClassLogin:
    """Where a class bank is and whose login opens it (no password)."""

    server: str  # host, or host:port
    database: str
    name: str

    def url(self, password: str) -> str:
        """The bank's SQLAlchemy URL with ``password`` (quoted as a URL needs it)."""
        host, _, port = (
            self.server.strip().rpartition(":")
            if ":" in self.server
            else (self.server.strip(), "", "")
        )
        if not host or not self.database.strip() or not self.name.strip():
            raise QuizappError("give the server, the database and your name")
        if port and not port.isdigit():
            raise QuizappError(f"{self.server!r}: the port after ':' is a number")
        made = URL.create(
            "postgresql+psycopg",
            self.name.strip(),
            password,
            host,
            int(port) if port else None,
            self.database.strip(),
        )
        return made.render_as_string(hide_password=False)

    def describe(self) -> str:
        """How the window names the bank: ``class bank school on SERVER (ann)``."""
        return f"class bank {self.database} on {self.server} ({self.name})"

    @property
    def keyring_user(self) -> str:
        return f"{self.name}@{self.server}/{self.database}"


def login_of(db: str | Path | None) -> ClassLogin | None:
    """The class login behind a bank address, or None for a bank file."""
    if db is None or isinstance(db, Path) or "://" not in db:
        return None
    url = make_url(db)
    if url.get_backend_name() != "postgresql" or not url.host:
        return None
    server = url.host if url.port in (None, DEFAULT_PORT) else f"{url.host}:{url.port}"
    return ClassLogin(server, url.database or "", url.username or "")


def describe(db: str | Path | None) -> str:
    """The open bank in words for the title and status bar; "" for a bank file."""
    login = login_of(db)
    return login.describe() if login is not None else ""


# --- the remembered connection -------------------------------------------------------


def _file() -> Path:
    return paths.class_bank_file()


def remembered() -> ClassLogin | None:
    """The class bank the window used last, or None (own bank, or an unreadable file)."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        return ClassLogin(str(data["server"]), str(data["database"]), str(data["name"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(login: ClassLogin | None) -> None:
    """Open ``login``'s class bank at the next start (None: the user's own bank)."""
    path = _file()
    if login is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(login), indent=2) + "\n", encoding="utf-8")


# --- the password in the desktop keyring ---------------------------------------------


def stored_password(login: ClassLogin) -> str | None:
    """The password kept in the keyring for ``login``, or None (none kept, or no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, login.keyring_user)
    except ImportError:
        return None
    except KeyringError:  # no backend (a server, a bare desktop): asked each start
        return None


def store_password(login: ClassLogin, password: str) -> bool:
    """Keep ``password`` in the keyring; False when there is no keyring to keep it in."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, login.keyring_user, password)
    except (ImportError, KeyringError):
        return False
    return True


def forget_password(login: ClassLogin) -> None:
    """Take ``login``'s password out of the keyring (a refused or changed password)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.delete_password(KEYRING_SERVICE, login.keyring_user)
    except (ImportError, KeyringError):
        return


# --- the learner of a class bank ------------------------------------------------------


def own_profile(bank: Bank) -> LearnerInfo | None:
    """On a learner's login the server shows one profile, its own: that one; else None."""
    visible = learners.list_learners(bank)
    login = bank.engine.url.username
    mine = [x for x in visible if x.name == login]
    return mine[0] if len(visible) == 1 and mine else None
