"""The chosen proposal in full, read-only: the question, its answer and its options.

The table beside it cuts prompts short and never shows the wrong options; this
pane shows everything a teacher needs to accept or reject a question without
opening the editor. Plain text only: the words come from an article.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.study.grading import expected_text
from quizapp.ui.widgets.proposal_table import FACT_TITLES, MARKS, PENDING, Proposal
from quizapp.ui.widgets.question_card import KIND_TITLES

EMPTY = "Choose a proposed question to see it in full here."
VERDICTS = {PENDING: "not reviewed yet"}


def describe(proposal: Proposal) -> str:
    """The proposal as plain text: kind, verdict, prompt, answer, options, explanation."""
    q = proposal.question
    heading = [KIND_TITLES.get(q.kind, q.kind), FACT_TITLES.get(q.fact_kind or "", "")]
    verdict = VERDICTS.get(proposal.status, proposal.status)
    mark = MARKS[proposal.status]
    heading.append(f"{mark} {verdict}".strip() + (", edited" if proposal.edited else ""))
    lines = [" · ".join(part for part in heading if part), "", q.prompt, ""]
    lines += _answer_lines(q)
    if q.explanation:
        lines += ["", f"Explanation: {q.explanation}"]
    return "\n".join(lines)


def _answer_lines(q: QuestionData) -> list[str]:
    if q.kind == QuestionKind.ORDERING:
        return ["Right order:", *(f"  {n}. {item}" for n, item in enumerate(q.choices or [], 1))]
    if q.kind == QuestionKind.MATCHING:
        return ["Pairs:", *(f"  {left} → {right}" for left, right in q.pairs or [])]
    lines = [f"Answer: {expected_text(q)}"]
    if q.kind == QuestionKind.MULTIPLE_CHOICE and q.choices:
        lines.append("Options (✔ the right one):")
        lines += [f"  {'✔' if c == q.answer else '•'} {c}" for c in q.choices]
    if q.accepted:
        lines.append("Also accepted: " + "; ".join(q.accepted))
    return lines


class ProposalView(QPlainTextEdit):
    """Read-only text of one proposal (or a hint when none is chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Chosen question in full")
        self.setPlaceholderText(EMPTY)

    def show_proposal(self, proposal: Proposal | None) -> None:
        """Show ``proposal``, or nothing (the hint) for None."""
        self.setPlainText(describe(proposal) if proposal is not None else "")
