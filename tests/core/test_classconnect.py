"""Where the window's class bank is, and its password: the keyring when there is one."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import make_url

from quizapp.errors import QuizappError
from quizapp.study import classconnect
from quizapp.study.classconnect import ClassLogin


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a keyring backend (a bare desktop, a server)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_url_quotes_the_password_and_reads_back_as_the_same_login() -> None:
    login = ClassLogin("school-db:5433", "school", "ann")
    url = login.url("p@ss:/ word%")
    parsed = make_url(url)
    assert (parsed.host, parsed.port, parsed.database) == ("school-db", 5433, "school")
    assert parsed.username == "ann" and parsed.password == "p@ss:/ word%"
    assert classconnect.login_of(url) == login
    assert classconnect.login_of(ClassLogin("db", "school", "ann").url("x")).server == "db"
    assert classconnect.describe(url) == "class bank school on school-db:5433 (ann)"
    assert classconnect.describe(None) == "" and classconnect.login_of("/tmp/bank.sqlite3") is None


@pytest.mark.parametrize(("login", "problem"), [
    (ClassLogin("", "school", "ann"), "give the server, the database and your name"),
    (ClassLogin("db", "", "ann"), "give the server, the database and your name"),
    (ClassLogin("db:port", "school", "ann"), "the port after ':' is a number"),
])  # fmt: skip
def test_an_incomplete_address_is_one_clear_line(login: ClassLogin, problem: str) -> None:
    with pytest.raises(QuizappError, match=problem):
        login.url("pw")


def test_the_connection_is_remembered_without_its_password() -> None:
    login = ClassLogin("db", "school", "ann")
    assert classconnect.remembered() is None
    classconnect.remember(login)
    assert classconnect.remembered() == login
    classconnect.remember(None)
    assert classconnect.remembered() is None


def test_without_a_keyring_the_password_is_not_kept(no_keyring: None) -> None:
    login = ClassLogin("db", "school", "ann")
    assert classconnect.store_password(login, "secret") is False
    assert classconnect.stored_password(login) is None
    classconnect.forget_password(login)  # nothing to forget: no error either
