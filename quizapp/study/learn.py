"""Learn mode (as Quizlet's Learn): rounds of a few questions until each is mastered.

A pure state machine over question ids: no Qt, no bank. Each question climbs a
:class:`Ladder` of two forms: it is first asked in its easy form (multiple
choice, usually); once answered right it is *familiar* and comes back, in a
later round, in its hardest form (a typed answer); answered right again it is
*mastered* and is not asked any more. Missed in its hardest form, it is
mastered only by a right answer in a later round: one in the same round may
just copy the key the feedback showed, so it leaves the question *familiar*
again. A question with one form only (true or false, ordering, matching) climbs
the same way with that form asked twice, so a lucky guess never masters it.

A round asks up to :data:`ROUND_SIZE` questions not mastered yet, those already
started first (in the order they were first asked), then new ones in the
order given. A wrong answer keeps the question's stage and asks it again at
the end of the round (at most :data:`TRIES_PER_ROUND` times a round), and
then in the next round. The session is done when every question is mastered.

Learn mode is practice: what it records stays here, and the cards' schedule
never moves.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum

ROUND_SIZE = 7  # questions in a round (Quizlet's Learn asks about as many)
TRIES_PER_ROUND = 2  # a question missed this often in a round waits for the next one


class Form(StrEnum):
    """How a question is asked."""

    CHOICE = "choice"  # pick the answer among options (its own, or other answers of the set)
    TYPED = "typed"  # type the answer, graded as in a review
    OWN = "own"  # the question's own form: true or false, an order, a matching, a flashcard


class Stage(Enum):
    """How far a question has come in this session."""

    NEW = "new"  # not answered right yet
    FAMILIAR = "familiar"  # right once, in its easy form
    MASTERED = "mastered"  # right in its hardest form too


@dataclass(frozen=True)
class Ladder:
    """A question's two forms: the first asked, then the hardest."""

    easy: Form
    hard: Form


@dataclass(frozen=True)
class Ask:
    """The question to ask now, and in which form."""

    question_id: int
    form: Form


@dataclass(frozen=True)
class Progress:
    """How many questions are at each stage."""

    familiar: int
    mastered: int
    total: int

    @property
    def new(self) -> int:
        return self.total - self.familiar - self.mastered


@dataclass(frozen=True)
class RoundSummary:
    """A finished round: what was asked and how it went."""

    number: int
    questions: tuple[int, ...]  # in the order first asked this round
    right_first_time: int  # questions answered right at their first ask this round
    answers: int  # answers given this round (a missed question is asked again)
    progress: Progress


@dataclass
class _State:
    """Everything an answer changes (copied whole before each answer, for undo)."""

    stage: dict[int, Stage]
    started: dict[int, None] = field(default_factory=dict)  # asked at least once, in order
    queue: list[int] = field(default_factory=list)  # this round's questions still to ask
    round_number: int = 0
    round_asked: Counter[int] = field(default_factory=Counter)
    round_first: dict[int, bool] = field(default_factory=dict)  # first answer this round
    answers: int = 0
    right_first_time: int = 0  # over the session: right at a question's first ask
    missed_hard: dict[int, int] = field(default_factory=dict)  # id -> round missed in hard form


class LearnSession:
    """Rounds of questions until every one is mastered.

    Args:
        ladders: each question's forms, in the order new questions are taken; a
            ladder is read when its question is asked (a mapping may work it out then).
        round_size: questions in a round.
    """

    def __init__(self, ladders: Mapping[int, Ladder], *, round_size: int = ROUND_SIZE) -> None:
        if not ladders:
            raise ValueError("learn mode needs at least one question")
        if round_size < 1:
            raise ValueError(f"a round needs at least one question, not {round_size}")
        self._ladders = ladders
        self._round_size = round_size
        self._state = _State(stage=dict.fromkeys(ladders, Stage.NEW))
        self._history: list[_State] = []
        self._start_round()

    # --- what to ask --------------------------------------------------------------

    def current(self) -> Ask | None:
        """The question to ask now; None between rounds and at the end."""
        if not self._state.queue:
            return None
        qid = self._state.queue[0]
        return Ask(qid, self.form_of(qid))

    def form_of(self, question_id: int) -> Form:
        """The form ``question_id`` is asked in at its stage."""
        ladder = self._ladders[question_id]
        return ladder.easy if self._state.stage[question_id] is Stage.NEW else ladder.hard

    def stage(self, question_id: int) -> Stage:
        return self._state.stage[question_id]

    @property
    def round_number(self) -> int:
        return self._state.round_number

    def asked_again(self, question_id: int) -> bool:
        """Whether ``question_id`` is still to be asked in this round (missed, it comes back)."""
        return question_id in self._state.queue

    @property
    def round_left(self) -> int:
        """Answers still to give in this round (a missed question counts again)."""
        return len(self._state.queue)

    @property
    def round_over(self) -> bool:
        """The round's questions are all asked (and the session is not done)."""
        return not self._state.queue and not self.finished

    @property
    def finished(self) -> bool:
        """Every question is mastered."""
        return all(s is Stage.MASTERED for s in self._state.stage.values())

    def progress(self) -> Progress:
        stages = Counter(self._state.stage.values())
        return Progress(stages[Stage.FAMILIAR], stages[Stage.MASTERED], len(self._ladders))

    @property
    def answers(self) -> int:
        """Answers given in the session."""
        return self._state.answers

    @property
    def right_first_time(self) -> int:
        """Answers that were right at a question's first ask in a round."""
        return self._state.right_first_time

    # --- answering -----------------------------------------------------------------

    def record(self, correct: bool) -> Stage:
        """The answer to :meth:`current`; returns the question's stage after it."""
        state = self._state
        if not state.queue:
            raise ValueError("no question is being asked")
        self._history.append(copy.deepcopy(state))
        qid = state.queue.pop(0)
        state.answers += 1
        state.started.setdefault(qid, None)
        state.round_asked[qid] += 1
        if qid not in state.round_first:
            state.round_first[qid] = correct
            state.right_first_time += correct
        if correct:
            if not self._copied(qid):
                state.stage[qid] = _promoted(state.stage[qid])
        else:
            if state.stage[qid] is Stage.FAMILIAR:
                state.missed_hard[qid] = state.round_number
            if state.round_asked[qid] < TRIES_PER_ROUND:
                state.queue.append(qid)  # later in this round
        return state.stage[qid]

    def _copied(self, question_id: int) -> bool:
        """Whether a right answer may only echo the key shown after a miss in this round.

        Missed in its hardest form, a question is mastered only by a right answer
        in a later round; right again in the same round it stays familiar.
        """
        return self._state.missed_hard.get(question_id) == self._state.round_number

    def familiar_again(self, question_id: int) -> bool:
        """Whether ``question_id`` was missed in its hardest form this round (so stays familiar)."""
        return self._copied(question_id) and self.stage(question_id) is Stage.FAMILIAR

    def overrule(self) -> Stage:
        """The last answer was right after all (a typed answer the grading missed)."""
        if not self._history:
            raise ValueError("no answer to overrule")
        self._state = self._history.pop()
        return self.record(True)

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> Ask:
        """Take back the last answer: that question is asked again, as it was."""
        if not self._history:
            raise ValueError("no answer to take back")
        self._state = self._history.pop()
        ask = self.current()
        assert ask is not None  # the state before an answer was asking a question
        return ask

    # --- rounds ---------------------------------------------------------------------

    def round_summary(self) -> RoundSummary:
        """The round so far (complete once :attr:`round_over`)."""
        state = self._state
        return RoundSummary(
            number=state.round_number,
            questions=tuple(state.round_first),
            right_first_time=sum(state.round_first.values()),
            answers=sum(state.round_asked.values()),
            progress=self.progress(),
        )

    def next_round(self) -> None:
        """Start the next round (once this one is over)."""
        if not self.round_over:
            raise ValueError("this round is not over" if self._state.queue else "all mastered")
        self._history.clear()  # a finished round's answers are not taken back
        self._start_round()

    def _start_round(self) -> None:
        state = self._state
        waiting = [q for q in state.stage if state.stage[q] is not Stage.MASTERED]
        started = [q for q in state.started if q in waiting]
        fresh = [q for q in waiting if q not in state.started]
        state.queue = (started + fresh)[: self._round_size]
        state.round_number += 1
        state.round_asked = Counter()
        state.round_first = {}


def _promoted(stage: Stage) -> Stage:
    return Stage.MASTERED if stage is not Stage.NEW else Stage.FAMILIAR
