"""Who is learning: the one remembered from last time, the only one of a bank, and the
window title naming them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.study.learners import LearnerInfo


def remembered_learner(bank: Bank, name: str) -> LearnerInfo | None:
    """The learner called ``name`` in ``bank``; None when gone or behind a password."""
    from quizapp.errors import QuizappError
    from quizapp.study import learners

    try:
        learner = learners.get_learner(bank, name)
    except QuizappError:
        return None
    if learner.protected:
        return None  # a protected profile opens only with its password
    return learner


def sole_learner(bank: Bank) -> LearnerInfo | None:
    """The bank's only learner, taken at the first start; None with none, several, or one
    behind a password (the window asks who is learning then)."""
    from quizapp.study import learners

    found = learners.list_learners(bank)
    if len(found) != 1 or found[0].protected:
        return None
    return found[0]


def window_title(learner: LearnerInfo | None, db: str | Path | None) -> str:
    """The main window's title: the app, who is learning, and which bank (a class bank)."""
    from quizapp.study.classconnect import describe

    names = [learner.name if learner else "", describe(db)]
    return " — ".join(["quizapp", *filter(None, names)])
