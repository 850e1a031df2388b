"""What guards a bank (the teacher passphrase, learners' passwords), kept across a restore.

A backup may come from before a passphrase or a password was set. Restoring it
must not open the teacher's tools or a learner's profile to everyone, so the
window reads the bank's protection before a restore and puts it back into the
restored bank: the current passphrase and every current learner's password
(by name) win; a learner or passphrase found only in the backup keeps its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import select

from quizapp.store import backup
from quizapp.store.bank import Bank, open_bank
from quizapp.store.models import Learner, Meta
from quizapp.store.teacher_passphrase import PASSPHRASE_KEY


@dataclass(frozen=True)
class Protection:
    """The secrets' records of one bank (salted hashes, never the secrets)."""

    passphrase: str | None = None  # the teacher passphrase's record
    passwords: dict[str, str | None] = field(default_factory=dict)  # learner name -> record


def read_protection(bank: Bank) -> Protection:
    """The passphrase record and every learner's password record of ``bank``."""
    with bank.session() as session:
        row = session.get(Meta, PASSPHRASE_KEY)
        learners = session.exec(select(Learner)).all()
        return Protection(
            passphrase=row.value if row is not None and row.value else None,
            passwords={learner.name: learner.password_hash for learner in learners},
        )


def keep_protection(bank: Bank, kept: Protection) -> None:
    """Put ``kept`` (read before a restore) into the restored ``bank``.

    The passphrase and the passwords of learners present in both stay as they
    were before the restore, so a restore never removes or replaces a secret
    the teacher or a learner set since the backup.
    """
    with bank.session() as session:
        if kept.passphrase is not None:
            row = session.get(Meta, PASSPHRASE_KEY)
            if row is None:
                session.add(Meta(key=PASSPHRASE_KEY, value=kept.passphrase))
            else:
                row.value = kept.passphrase
        for learner in session.exec(select(Learner)).all():
            if learner.name in kept.passwords:
                learner.password_hash = kept.passwords[learner.name]


def restore_keeping_protection(
    bank: Bank, chosen: backup.BackupInfo | Path, *, now: datetime
) -> backup.BackupInfo | None:
    """Close ``bank``, put the backup ``chosen`` in its place, and keep its protection.

    The bank must be a file (its instance lock held by the caller). Returns
    what :func:`quizapp.store.backup.restore_backup` returns; raises what it raises
    (the bank is then left as it was, closed).
    """
    path = bank.path
    if path is None:
        raise ValueError("only a bank file can be restored")
    try:
        kept = read_protection(bank)
    finally:
        bank.close()  # closed in any case: the caller opens the bank again
    saved = backup.restore_backup(chosen, path, now=now)
    restored = open_bank(path)  # brings an old backup up to date before writing to it
    try:
        keep_protection(restored, kept)
    finally:
        restored.close()
    return saved
