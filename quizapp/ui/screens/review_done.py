"""What the review screen says when a session ends: what was done, and what comes later."""

from __future__ import annotations

from quizapp.study import review_queue
from quizapp.ui.humanize import count


def done_text(done: int, cards: int, counts: review_queue.QueueCounts, scope: str) -> str:
    """What the end of a session says: what was done, and why nothing more is asked now.

    ``done`` answers were given to ``cards`` cards (a card in learning comes back).
    """
    answers = f", with {count(done, 'answer')}" if done != cards else ""
    lines = [f"You reviewed {count(cards, 'card')}{answers}."] if done else []
    if counts.held_back and not counts.new:
        wait = "waits" if counts.held_back == 1 else "wait"
        lines.append(
            "You have reached today's limit of new cards: "
            f"{count(counts.held_back, 'new question')} {scope} {wait} for another day."
        )
    elif not counts.due:
        lines.append("Nothing more is due today. Well done!")
    if counts.due:
        come = "comes" if counts.due == 1 else "come"
        lines.append(f"{count(counts.due, 'card')} in learning {come} back later today.")
    return "\n".join(lines)
