"""The teacher passphrase: set on first use, kept in the bank as a salted scrypt hash.

The bank's ``meta`` table holds its :mod:`quizapp.store.passwords` record under
:data:`PASSPHRASE_KEY`; the passphrase itself is never stored.
Editing sets, importing and the class view ask for it; taking quizzes does not.
"""

from __future__ import annotations

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.store.models import Meta
from quizapp.store.passwords import hash_record, matches

PASSPHRASE_KEY = "teacher_passphrase"
MIN_LENGTH = 8


def has_passphrase(bank: Bank) -> bool:
    """Whether a teacher passphrase has been set for this bank."""
    return _stored(bank) is not None


def set_passphrase(bank: Bank, text: str, *, current: str | None = None) -> None:
    """Store ``text`` as the teacher passphrase (its salted hash).

    Raises:
        QuizappError: ``text`` is shorter than :data:`MIN_LENGTH` characters or
            only spaces, or a passphrase is already set and ``current`` does not
            match it.
    """
    if len(text.strip()) < MIN_LENGTH:
        raise QuizappError(f"the teacher passphrase needs at least {MIN_LENGTH} characters")
    stored = _stored(bank)
    if stored is not None and (current is None or not matches(stored, current)):
        raise QuizappError("the current teacher passphrase is not right")
    value = hash_record(text)
    with bank.session() as session:
        row = session.get(Meta, PASSPHRASE_KEY)
        if row is None:
            session.add(Meta(key=PASSPHRASE_KEY, value=value))
        else:
            row.value = value


def reset_passphrase(bank: Bank) -> bool:
    """Remove the passphrase (a forgotten one); whether there was one.

    Whoever opens the Teacher menu next chooses a new one.
    """
    with bank.session() as session:
        row = session.get(Meta, PASSPHRASE_KEY)
        if row is None:
            return False
        session.delete(row)
        return bool(row.value)


def check_passphrase(bank: Bank, text: str) -> bool:
    """Whether ``text`` is the teacher passphrase (False when none is set)."""
    stored = _stored(bank)
    return stored is not None and matches(stored, text)


def _stored(bank: Bank) -> str | None:
    with bank.session() as session:
        row = session.get(Meta, PASSPHRASE_KEY)
        return row.value if row is not None and row.value else None
