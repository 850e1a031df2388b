"""The learner service: several learner profiles in one bank, each with its own settings.

Every learner has their own card states and review history (both go when the
learner is deleted). A learner may guard their profile with a password (on a
shared computer, so others cannot open it); only its salted hash is stored.
Settings are checked here, so the GUI and the CLI refuse
the same bad values with the same one-line message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func
from sqlmodel import Session, select

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.store.models import Learner
from quizapp.store.passwords import hash_record, matches

RETENTION_RANGE = (0.70, 0.99)
MAX_NEW_PER_DAY = 9999


@dataclass(frozen=True)
class LearnerInfo:
    """A learner as screens and services see it."""

    id: int
    name: str
    desired_retention: float
    new_per_day: int
    day_start_hour: int
    timezone: str
    parameters: tuple[float, ...] | None = None  # fitted FSRS parameters, None = defaults
    protected: bool = False  # opening the profile asks for the learner's password


def info(row: Learner) -> LearnerInfo:
    """The plain view of a learner row."""
    params = tuple(row.fsrs_parameters) if row.fsrs_parameters else None
    return LearnerInfo(
        id=row.id or 0,
        name=row.name,
        desired_retention=row.desired_retention,
        new_per_day=row.new_per_day,
        day_start_hour=row.day_start_hour,
        timezone=row.timezone,
        parameters=params,
        protected=bool(row.password_hash),
    )


def local_timezone() -> str:
    """The computer's IANA time zone name (TZ, then /etc/localtime), or "UTC"."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and _valid_zone(name):
            return name
    return "UTC"


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def list_learners(bank: Bank) -> list[LearnerInfo]:
    """Every learner, by name."""
    with bank.session() as session:
        rows = session.exec(select(Learner).order_by(func.lower(Learner.name))).all()
        return [info(r) for r in rows]


def create_learner(bank: Bank, name: str, **settings: Any) -> LearnerInfo:
    """Add a learner called ``name``; ``settings`` are those of :func:`update_learner`."""
    name = name.strip()
    if not name:
        raise QuizappError("a learner needs a name")
    settings.setdefault("timezone", local_timezone())
    _check_settings(**settings)
    with bank.session() as session:
        if _by_name(session, name) is not None:
            raise QuizappError(f"a learner called {name!r} already exists")
        row = Learner(name=name, **{k: v for k, v in settings.items() if v is not None})
        session.add(row)
        session.flush()
        return info(row)


def learner_named(bank: Bank, name: str) -> LearnerInfo:
    """The learner called ``name`` (matched as :func:`find_learner` does), created if new."""
    with bank.session() as session:
        row = _by_name(session, name.strip())
        if row is not None:
            return info(row)
    return create_learner(bank, name)


def get_learner(bank: Bank, name: str) -> LearnerInfo:
    """The learner called ``name``; a QuizappError naming the learners if there is none."""
    with bank.session() as session:
        return info(find_learner(session, name))


def learner_by_id(bank: Bank, learner_id: int) -> LearnerInfo:
    """The learner with id ``learner_id``."""
    with bank.session() as session:
        return info(_by_id(session, learner_id))


def find_learner(session: Session, name: str) -> Learner:
    """The learner row called ``name`` (exact name, else the only case-insensitive match)."""
    row = _by_name(session, name)
    if row is None:
        names = session.exec(select(Learner.name).order_by(Learner.name)).all()
        known = ", ".join(repr(n) for n in names) or "none yet; add one with: quizapp learner add"
        raise QuizappError(f"no learner called {name!r} (learners: {known})")
    return row


def _by_name(session: Session, name: str) -> Learner | None:
    exact = session.exec(select(Learner).where(Learner.name == name)).first()
    if exact is not None:
        return exact
    folded = session.exec(
        select(Learner).where(func.lower(Learner.name) == name.strip().lower())
    ).all()
    return folded[0] if len(folded) == 1 else None


def _by_id(session: Session, learner_id: int) -> Learner:
    row = session.get(Learner, learner_id)
    if row is None:
        raise QuizappError(f"there is no learner with id {learner_id}")
    return row


def update_learner(
    bank: Bank,
    learner_id: int,
    *,
    name: str | None = None,
    desired_retention: float | None = None,
    new_per_day: int | None = None,
    day_start_hour: int | None = None,
    timezone: str | None = None,
) -> LearnerInfo:
    """Change a learner's settings; None leaves a setting as it is."""
    _check_settings(
        desired_retention=desired_retention,
        new_per_day=new_per_day,
        day_start_hour=day_start_hour,
        timezone=timezone,
    )
    with bank.session() as session:
        row = _by_id(session, learner_id)
        if name is not None and name.strip() != row.name:
            name = name.strip()
            if not name:
                raise QuizappError("a learner needs a name")
            if session.exec(select(Learner).where(Learner.name == name)).first() is not None:
                raise QuizappError(f"a learner called {name!r} already exists")
            row.name = name
        changes = {
            "desired_retention": desired_retention,
            "new_per_day": new_per_day,
            "day_start_hour": day_start_hour,
            "timezone": timezone,
        }
        for key, value in changes.items():
            if value is not None:
                setattr(row, key, value)
        session.add(row)
        return info(row)


def set_parameters(bank: Bank, learner_id: int, parameters: list[float] | None) -> LearnerInfo:
    """Store fitted FSRS parameters for a learner (None goes back to the defaults)."""
    with bank.session() as session:
        row = _by_id(session, learner_id)
        row.fsrs_parameters = list(parameters) if parameters is not None else None
        session.add(row)
        return info(row)


MIN_PASSWORD = 4


def set_password(
    bank: Bank, learner_id: int, password: str | None, *, current: str | None = None
) -> LearnerInfo:
    """Guard the learner's profile with ``password`` (None removes the guard).

    Raises:
        QuizappError: the password is shorter than :data:`MIN_PASSWORD` characters,
            or the profile already has one and ``current`` is not it.
    """
    if password is not None and len(password.strip()) < MIN_PASSWORD:
        raise QuizappError(f"a learner's password needs at least {MIN_PASSWORD} characters")
    with bank.session() as session:
        row = _by_id(session, learner_id)
        if row.password_hash and (current is None or not matches(row.password_hash, current)):
            raise QuizappError(f"that is not {row.name}'s current password")
        row.password_hash = hash_record(password) if password is not None else None
        session.add(row)
        return info(row)


def check_password(bank: Bank, learner_id: int, password: str) -> bool:
    """Whether ``password`` opens the learner's profile (always True without a password)."""
    with bank.session() as session:
        stored = _by_id(session, learner_id).password_hash
    return not stored or matches(stored, password)


def delete_learner(bank: Bank, learner_id: int) -> None:
    """Remove a learner with their cards, reviews and quiz attempts."""
    with bank.session() as session:
        session.delete(_by_id(session, learner_id))


def _check_settings(
    *,
    desired_retention: float | None = None,
    new_per_day: int | None = None,
    day_start_hour: int | None = None,
    timezone: str | None = None,
) -> None:
    low, high = RETENTION_RANGE
    if desired_retention is not None and not low <= desired_retention <= high:
        raise QuizappError(
            f"desired retention must be between {low:.2f} and {high:.2f}, not {desired_retention}"
        )
    if new_per_day is not None and not 0 <= new_per_day <= MAX_NEW_PER_DAY:
        raise QuizappError(f"new cards per day must be 0 to {MAX_NEW_PER_DAY}, not {new_per_day}")
    if day_start_hour is not None and not 0 <= day_start_hour <= 23:
        raise QuizappError(f"the day start hour must be 0 to 23, not {day_start_hour}")
    if timezone is not None and not _valid_zone(timezone):
        raise QuizappError(f"unknown time zone {timezone!r}; use a name like Europe/Paris")
