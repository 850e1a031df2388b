"""The question generator: an article in, questions about its facts out.

Public API::

    read_article(path) -> ArticleData
    generate(text, *, progress=None, name=..., max_questions=None) -> list[GeneratedQuestion]

The spaCy model is loaded on the first call of :func:`generate` (never on
import) and kept for the session.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.errors import QuizappError
from quizapp.generator.pipeline import analyse, questions_from
from quizapp.generator.selection import default_count
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.generator.text import check_length, read_article, strip_dateline

Progress = Callable[[int, int], None]

__all__ = ["GeneratedQuestion", "default_count", "generate", "read_article"]


def generate(
    text: str,
    *,
    progress: Progress | None = None,
    name: str = "the text",
    max_questions: int | None = None,
) -> list[GeneratedQuestion]:
    """Questions about the most central dates, actors, figures and quotes of ``text``,
    one per fact, the best first.

    ``max_questions`` caps the count (None: :func:`default_count` of the text's
    length, about 12 for 300 words). ``progress(done, total)`` is called as the
    work advances. Raises QuizappError when the text holds no usable facts.
    """
    check_length(text, name)
    if sum(ch.isalpha() for ch in text) < 20:
        raise QuizappError(
            f"no usable facts found in {name}: it is too short; write or paste an article "
            "of a few sentences"
        )
    if max_questions is not None and max_questions < 1:
        raise QuizappError(f"the number of questions must be at least 1, not {max_questions}")
    limit = max_questions if max_questions is not None else default_count(len(text.split()))
    text = strip_dateline(text)  # pasted news: "BERGEN - At least ..." (read_article does too)
    analysis = analyse(text, progress)
    questions = questions_from(analysis, limit)
    if progress is not None:
        progress(analysis.steps, analysis.steps)
    if not questions:
        raise QuizappError(f"no usable facts found in {name}")
    return questions
