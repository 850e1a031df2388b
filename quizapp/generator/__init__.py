"""The question generator: an article in, questions about its facts out.

Public API::

    read_article(path) -> ArticleData
    generate(text, *, progress=None) -> list[GeneratedQuestion]
    generate_set(article, name) -> SetData

The spaCy model is loaded on the first call of :func:`generate` (never on
import) and kept for the session.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.errors import QuizappError
from quizapp.generator.pipeline import analyse, questions_from
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.generator.text import read_article
from quizapp.questiondata import ArticleData, SetData

Progress = Callable[[int, int], None]

__all__ = ["GeneratedQuestion", "generate", "generate_set", "read_article"]


def generate(
    text: str, *, progress: Progress | None = None, name: str = "the text"
) -> list[GeneratedQuestion]:
    """Questions about the dates, actors, figures and quotes of ``text``.

    ``progress(done, total)`` is called as the work advances. Raises
    QuizappError when the text holds no usable facts.
    """
    if sum(ch.isalpha() for ch in text) < 20:
        raise QuizappError(f"no usable facts found in {name}: it holds almost no text")
    analysis = analyse(text, progress)
    questions = questions_from(analysis, len(text))
    if progress is not None:
        progress(analysis.steps, analysis.steps)
    if not questions:
        raise QuizappError(f"no usable facts found in {name}")
    return questions


def generate_set(article: ArticleData, name: str) -> SetData:
    """A set called ``name`` with questions about ``article``, the article attached."""
    questions = generate(article.text, name=article.title or "the article")
    return SetData(
        name=name,
        description=f"Generated from {article.title}" if article.title else "Generated",
        questions=[q.to_data() for q in questions],
        article=article,
    )
