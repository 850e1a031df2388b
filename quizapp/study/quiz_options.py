"""What a quiz asks: how many questions, of which kinds, tags and fact kinds, and its rules.

:class:`QuizOptions` is the one typed value the setup page, the saved quizzes
and the command line share; :func:`select_questions` picks a quiz's questions
from a set's by it. No Qt here: the screen enforces the time limit, the core
chooses the questions and says whether a score passes.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from quizapp.errors import QuizappError
from quizapp.questiondata import FactKind, QuestionKind

K = TypeVar("K", QuestionKind, FactKind)
MAX_COUNT = 500  # questions in one quiz
MAX_LIMIT_S = 6 * 60 * 60  # a time limit of six hours at most
DURATION = re.compile(r"(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s?)?")
CLOCK = re.compile(r"(?:(?P<h>\d+):)?(?P<m>\d+):(?P<s>[0-5]\d)")
MIN_PASS_MARK, MAX_PASS_MARK = 1, 100  # percent; a quiz and an assignment take the same range


def check_pass_mark(pass_mark: int | None) -> None:
    """Refuse a pass mark outside 1-100 percent (None: no pass mark, always fine).

    Raises:
        QuizappError: the mark is out of range.
    """
    if pass_mark is not None and not MIN_PASS_MARK <= pass_mark <= MAX_PASS_MARK:
        raise QuizappError(
            f"a pass mark is {MIN_PASS_MARK} to {MAX_PASS_MARK} percent, not {pass_mark}"
        )


def reaches_pass_mark(correct: int, total: int, pass_mark: int) -> bool:
    """Whether ``correct`` right of ``total`` reaches ``pass_mark`` percent, in whole numbers.

    The one rule for passed or not (the results page, the class's work, its CSV and
    JSON): exact, never from a rounded percent (25 right of 41 is shown as 61.0 % but
    does not reach a pass mark of 61 %).
    """
    return total > 0 and 100 * correct >= pass_mark * total


@dataclass(frozen=True)
class QuizOptions:
    """A quiz's options; an empty ``kinds``, ``tags`` or ``fact_kinds`` takes every one.

    Attributes:
        count: how many questions (fewer when fewer match).
        kinds: only questions of these kinds.
        tags: only questions carrying at least one of these tags.
        fact_kinds: only questions about these kinds of fact.
        time_limit_s: the quiz ends after this many seconds (None: no limit).
        exam: no feedback until the results.
        pass_mark: the percentage of right answers that passes (None: no mark).
    """

    count: int = 10
    kinds: tuple[QuestionKind, ...] = ()
    tags: tuple[str, ...] = ()
    fact_kinds: tuple[FactKind, ...] = ()
    time_limit_s: int | None = None
    exam: bool = False
    pass_mark: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_COUNT:
            raise QuizappError(f"a quiz has 1 to {MAX_COUNT} questions, not {self.count}")
        if self.time_limit_s is not None and not 1 <= self.time_limit_s <= MAX_LIMIT_S:
            raise QuizappError(
                f"a time limit is 1 second to {MAX_LIMIT_S // 3600} hours, "
                f"not {self.time_limit_s} seconds"
            )
        check_pass_mark(self.pass_mark)

    def matches(self, kind: str, tags: Iterable[str], fact_kind: str | None) -> bool:
        """Whether a question with this kind, these tags and this fact kind may be asked."""
        if self.kinds and kind not in self.kinds:
            return False
        if self.tags and not set(self.tags).intersection(tags):
            return False
        return not self.fact_kinds or fact_kind in self.fact_kinds

    def passed(self, score: int, total: int) -> bool | None:
        """Whether ``score`` of ``total`` reaches the pass mark (None without a mark)."""
        if self.pass_mark is None:
            return None
        return reaches_pass_mark(score, total, self.pass_mark)


def options_from(
    *,
    count: int = 10,
    kinds: Iterable[str] = (),
    tags: Iterable[str] = (),
    fact_kinds: Iterable[str] = (),
    time_limit_s: int | None = None,
    exam: bool = False,
    pass_mark: int | None = None,
) -> QuizOptions:
    """Options from plain values (a file, a row, the command line), each checked.

    Raises:
        QuizappError: a kind or fact kind quizapp does not know, or a value out of range.
    """
    return QuizOptions(
        count=count,
        kinds=tuple(_known(QuestionKind, kinds, "kind of question")),
        tags=tuple(dict.fromkeys(t.strip() for t in tags if t.strip())),
        fact_kinds=tuple(_known(FactKind, fact_kinds, "fact kind")),
        time_limit_s=time_limit_s,
        exam=exam,
        pass_mark=pass_mark,
    )


def _known(enum: type[K], values: Iterable[str], what: str) -> list[K]:
    found: list[K] = []
    for value in values:
        try:
            member = enum(value.strip())
        except ValueError:
            names = ", ".join(m.value for m in enum)
            raise QuizappError(f"{value!r} is not a {what} (one of: {names})") from None
        if member not in found:
            found.append(member)
    return found


@dataclass(frozen=True)
class Candidate:
    """What the selection needs of one question of the set."""

    question_id: int
    kind: str
    tags: Sequence[str]
    fact_kind: str | None


def check_for_set(candidates: Sequence[Candidate], options: QuizOptions) -> None:
    """Refuse options naming a tag, kind or fact kind none of the set's questions has.

    Raises:
        QuizappError: one line naming the first such value and what the set has.
    """
    have_tags = sorted({tag for c in candidates for tag in c.tags})
    have_kinds = sorted({str(c.kind) for c in candidates})
    have_facts = sorted({str(c.fact_kind) for c in candidates if c.fact_kind})
    for asked, have, what in (
        (list(options.tags), have_tags, "tag"),
        ([str(k) for k in options.kinds], have_kinds, "kind"),
        ([str(f) for f in options.fact_kinds], have_facts, "fact kind"),
    ):
        unknown = [value for value in asked if value not in have]
        if unknown:
            listed = f"its {what}s: {', '.join(have)}" if have else f"it has no {what}s"
            raise QuizappError(f"this set has no {what} {unknown[0]!r} ({listed})")


def matching(candidates: Iterable[Candidate], options: QuizOptions) -> list[int]:
    """The ids of the candidates the options allow, in the set's order."""
    return [c.question_id for c in candidates if options.matches(c.kind, c.tags, c.fact_kind)]


def select_questions(
    candidates: Iterable[Candidate], options: QuizOptions, rng: random.Random
) -> list[int]:
    """``options.count`` of the matching questions at random (all of them when fewer).

    Raises:
        QuizappError: no question of the set matches the options.
    """
    pool = matching(candidates, options)
    if not pool:
        raise QuizappError("no question of this set matches these options")
    return rng.sample(pool, min(options.count, len(pool)))


def parse_duration(text: str) -> int | None:
    """Seconds in ``text``: "90", "90s", "10m", "1h30m", "1:30" (m:ss), "1:00:00"; "" is None.

    Raises:
        QuizappError: text that is no duration.
    """
    written = text.strip().lower().replace(" ", "")
    if written in ("", "0", "none", "nolimit"):
        return None
    clock = CLOCK.fullmatch(written)
    found = clock or DURATION.fullmatch(written)
    if found is None or not any(found.groups()):
        raise QuizappError(f"{text!r} is not a duration (e.g. 90s, 10m, 1h30m or 1:30)")
    parts = {name: int(value or 0) for name, value in found.groupdict().items()}
    seconds = parts["h"] * 3600 + parts["m"] * 60 + parts["s"]
    return seconds or None


def clock_text(seconds: float) -> str:
    """``seconds`` as a countdown shows them: "4:05", or "1:02:03" from an hour on."""
    whole = max(0, math.ceil(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
