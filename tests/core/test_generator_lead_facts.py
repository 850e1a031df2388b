"""The headline facts of an article's first paragraph are asked (issue 16).

Each text is a news or encyclopedia lead written for these tests.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.facts.facts import FIGURE
from quizapp.generator.pipeline import analyse

ELECTION = (
    "The Reform Union won the general election on 4 May, taking 212 of the 400 seats in the "
    "National Assembly. The Green League won 96 seats, its best result since 1990."
)


def _figures(text: str) -> dict[str, str]:
    return {f.answer: f.unit for f in analyse(text).facts if f.kind == FIGURE}


def test_a_share_of_a_whole_counts_the_whole_s_noun() -> None:
    """ "212 of the 400 seats" counts seats, as "three of its clauses" counts clauses; "two
    of them" counts nothing the sentence names."""
    assert _figures(ELECTION).get("212") == "seats"
    text = "Three of its eleven towers still stand beside the harbour at Kelmor."
    assert _figures(text).get("Three") == "towers"
    assert "Two" not in _figures("Two of them were later found alive near the border.")


def test_a_share_of_a_whole_is_asked() -> None:
    text = (
        "The old charter of Veltria was sealed in 1302 by King Osric. Three of its clauses "
        "remain part of the law of Veltria today. The charter is kept in the cathedral."
    )
    prompts = [q.prompt for q in generate(text, max_questions=6)]
    assert any("How many clauses" in p for p in prompts), prompts


def _actors(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


def test_a_peer_named_by_a_place_is_a_person() -> None:
    """ "the Duke of Richmond" is a person, not the town; "made Earl of X" (no "the") is the
    title itself and stays as it was."""
    text = (
        "The royal fleet sailed from Portsmouth on 3 May 1702 under the Duke of Richmond. "
        "It reached Lisbon after nine days at sea."
    )
    actors = _actors(text)
    assert actors.get("Duke of Richmond") == "person", actors
    assert "Richmond" not in actors


TELESCOPE = (
    "The Hollis Space Telescope was launched on 12 March 2024 from French Guiana aboard an "
    "Ariane 6 rocket. The telescope carries a mirror 2.4 metres wide and three infrared "
    "cameras. It will orbit the Sun about 1.5 million kilometres from Earth."
)


def test_a_thing_the_lead_opens_on_is_the_topic_where_the_model_missed_its_name() -> None:
    """ "The telescope" and "It" of the body are the Hollis Space Telescope, so the body's
    figures may be asked."""
    from quizapp.generator.facts.topic import article_topic

    topic = article_topic(analyse(TELESCOPE).sentences)
    assert topic is not None and topic.name == "the Hollis Space Telescope"
    prompts = [q.prompt for q in generate(TELESCOPE, max_questions=6)]
    assert any("Hollis Space Telescope" in p and "mirror" in p for p in prompts), prompts


def test_a_lead_on_a_kind_or_a_named_body_keeps_its_topic() -> None:
    """No topic from a subject the model tagged, nor one the body never calls by its noun."""
    from quizapp.generator.facts.topic import article_topic

    text = "The Orla Canal was opened in 1822. Barges carried coal along it for a century."
    assert article_topic(analyse(text).sentences) is None


def test_a_place_the_model_cut_short_is_named_in_full() -> None:
    """ "French Guiana" the model split into a nationality and a person is the place."""
    actors = _actors(TELESCOPE)
    assert actors.get("French Guiana") == "country", actors
    assert "Guiana" not in actors


def test_a_gap_does_not_take_a_lead_from_its_weightier_facts() -> None:
    """ "... taking ___ of the 400 seats" would show the winner and the date; the lead keeps a
    real question on them instead."""
    text = ELECTION + " Turnout was 71 per cent, and the Farmers' Party won 14 seats."
    questions = generate(text, max_questions=6)
    assert not any(q.answer == "212" and "___" in q.prompt for q in questions)
    assert any(q.answer == "4 May" for q in questions), [q.prompt for q in questions]


def test_a_match_score_is_never_cut_to_its_first_set() -> None:
    """ "Who beat Ana Ruiz 6-4?" of "beat Ana Ruiz 6-4, 6-3" says a wrong score; the whole
    score, or none, is fine."""
    from quizapp.generator.checks.checks import defects
    from quizapp.generator.facts.facts import Fact, Sentence
    from quizapp.generator.synthesis import GeneratedQuestion
    from quizapp.questiondata import QuestionKind

    source = "Mia Holt beat Ana Ruiz 6-4, 6-3 to win the Vesta Cup on Sunday."
    fact = Fact("actor", "person", "Mia Holt", Sentence(0, source, None, 0, True), 0, 8)

    def asked(prompt: str) -> list[str]:
        q = GeneratedQuestion(
            QuestionKind.SHORT_ANSWER, prompt, "Mia Holt", "actor", "k", source, ""
        )
        return defects(q, fact)

    assert "a match's score cut to its first set" in asked("Who beat Ana Ruiz 6-4?")
    assert "a match's score cut to its first set" not in asked("Who beat Ana Ruiz 6-4, 6-3?")
    assert "a match's score cut to its first set" not in asked("Who won the Vesta Cup?")


def test_a_who_question_may_keep_the_winner_s_own_her() -> None:
    """ "Who won her first title on Sunday?": "her" is the one asked for; "Who beat her in the
    final?" and "Who made her the captain?" leave her unnamed."""
    from quizapp.generator.checks.checks import unnamed_person
    from quizapp.generator.facts.facts import PERSON
    from quizapp.generator.synthesis import GeneratedQuestion
    from quizapp.questiondata import QuestionKind

    def unnamed(prompt: str) -> bool:
        q = GeneratedQuestion(
            QuestionKind.SHORT_ANSWER, prompt, "Mia Holt", "actor", "k", "", "", fine_type=PERSON
        )
        return unnamed_person(q, {"Mia Holt", "Holt", "Ana Ruiz", "Ruiz"})

    assert not unnamed("Who won her first clay-court title on Sunday?")
    assert unnamed("Who beat her in the final?")
    assert unnamed("Who made her the captain of the team?")
    assert unnamed("Whose coach praised her first serve?")


def test_a_body_s_name_may_begin_with_a_nationality() -> None:
    """ "European Space Agency" is a whole name; "Italian Marco Bellini" of a person is not."""
    from quizapp.generator.checks.checks import defects
    from quizapp.generator.facts.facts import Fact, Sentence
    from quizapp.generator.synthesis import GeneratedQuestion
    from quizapp.questiondata import QuestionKind

    def refused(text: str, answer: str, type_: str) -> bool:
        start = text.index(answer)
        fact = Fact("actor", type_, answer, Sentence(0, text, None, 0, True), start,
                    start + len(answer))  # fmt: skip
        prompt = text.replace(answer, "___")
        q = GeneratedQuestion(QuestionKind.CLOZE, prompt, answer, "actor", "k", text, "")
        return "an answer that is not a whole name" in defects(q, fact)

    assert not refused(
        "The probe was built by the European Space Agency.", "European Space Agency", "org"
    )
    assert refused("The race was won by Italian Marco Bellini.", "Italian Marco Bellini", "person")
