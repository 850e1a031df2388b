"""Naming the article's topic in a question: "The fire burned ..." -> "The wildfire near
Kessel Creek burned ...", "They usually hunt ..." -> "Emperor penguins usually hunt ...".

What stands for the topic in the question's sentence is found by :mod:`topic`; here its
words are replaced in the prompt, outside quotation marks, keeping a capital at the start.
A pronoun is named only where the prompt does not name the topic before it ("Emperor
penguins live only in Antarctica, where they gather ..." stays as it is).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.topic import Reference, Topic
from quizapp.generator.naming.pronouns import quoted_spans
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm


def named_for_topic(
    q: GeneratedQuestion, fact: Fact, topic: Topic, refs: dict[int, list[Reference]]
) -> GeneratedQuestion:
    """The question with each reference to the topic in its sentence named."""
    if q.form == QuestionForm.QUOTE:
        return q
    prompt = q.prompt
    place = topic.place
    short = bool(place) and (place in prompt or q.answer in place or place in q.answer)
    for ref in refs.get(fact.sentence.index, []):
        prompt = _named(prompt, ref, topic, short)
    return q if prompt == q.prompt else replace(q, prompt=prompt)


def _named(prompt: str, ref: Reference, topic: Topic, short: bool) -> str:
    """``prompt`` with ``ref`` named (a pronoun wherever the topic is not named before it;
    the place left out where the prompt holds it or it is the answer: "the wildfire")."""
    quoted = quoted_spans(prompt)
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(ref.words)}(?![\w’'-])", re.IGNORECASE)
    out: list[str] = []
    last = 0
    for m in pattern.finditer(prompt):
        if any(a < m.start() < b for a, b in quoted):
            continue
        before = "".join(out) + prompt[last : m.start()]
        if ref.pronoun and _names_topic(before, topic, ref):
            continue  # "Emperor penguins live ..., where they gather": named already
        name = ref.name
        if short and name == topic.name:
            name = "the " + _short(topic)  # "... towards Kessel Creek"
        if m.group()[0].isupper() and _opens(prompt, m.start()):
            name = name[0].upper() + name[1:]
        out.append(prompt[last : m.start()] + name)
        last = m.end()
        if not ref.pronoun:
            break  # "the fire": its first mention only
    return "".join(out) + prompt[last:]


def _opens(prompt: str, at: int) -> bool:
    """Whether ``at`` opens the prompt or the sentence it quotes (a capital is kept)."""
    before = prompt[:at].rstrip()
    return not before or before.endswith(("?", ".", "“", '"', "…", ":"))


def _names_topic(text: str, topic: Topic, ref: Reference) -> bool:
    """Whether ``text`` (the prompt before a pronoun) names the topic or the pronoun's
    antecedent ("Emperor penguins live ..., where they ...")."""
    lowered = text.lower()
    forms = [topic.name.removeprefix("the "), _short(topic), topic.kind, topic.plural]
    if any(f and f.lower() in lowered for f in forms):
        return True
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in ref.antecedents)


def _short(topic: Topic) -> str:
    """ "wildfire" of "the wildfire near Kessel Creek": the name without its place."""
    words = topic.name.split()
    cut = len(words) - len(topic.place.split()) - 1
    return " ".join(words[1:cut])
