"""Texts the generator asked too little of: a fraction written as words ("a fifth of the
world's fresh water"), a short question that names its topic only once its references are
named ("How tall do adults stand?" -> "How tall do adult snow petrels stand?"), and "the
winner" of a report on a final named as the one who won (texts written for these tests)."""

from __future__ import annotations

from quizapp.generator import generate, pipeline, ranking
from quizapp.generator.checks.checks import defects
from quizapp.generator.facts.fraction_words import SHARE
from quizapp.generator.forms.origin_questions import origin_questions
from quizapp.generator.naming.naming import Namer
from quizapp.generator.synthesis import QuestionForm, fact_questions

RIVER = (
    "The Orlen is the longest river of the small republic of Varnia. It carries about a "
    "third of all the fresh water that flows into the Gulf of Tessa. Nearly two thirds of "
    "the country's farms draw water from it. The Varnian team finished third in the rowing "
    "race on the river, and the third of the old bridges was rebuilt in 1990. Half the "
    "towns along its banks were flooded in 2011, and the clean-up took one and a half years."
)
PETREL = (
    "The snow petrel is a small white seabird that nests on cliffs in Antarctica. Adults "
    "stand about 0.4 metres tall and weigh about 450 grams. Snow petrels feed on "
    "krill far from the coast. In November the female lays a single egg in a crevice."
)
FINAL = (
    "Tomas Berg won the Varnian Open title on Sunday, beating the top seed Piet Holm in five "
    "sets in a final that lasted four hours. Holm had won 31 matches in a row before the "
    "final. The winner receives 800,000 euros in prize money and will rise to fifth in the "
    "world rankings. Berg thanked his coach, Lena Moor, and his parents in the crowd."
)
STREAK = (
    "Piet Holm had won 31 matches in a row before the Varnian Open final on Sunday. He lost "
    "the final to Tomas Berg in five sets. The winner receives 800,000 euros in prize money."
)


def _shares(text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    facts = pipeline.analyse(text).facts
    return {f.answer: (f.value, f.aliases) for f in facts if f.type == SHARE}


def test_a_measure_leaves_its_adjective_out() -> None:
    facts = pipeline.analyse("Adults of the snow petrel stand about 40 centimetres tall.").facts
    assert [f.answer for f in facts if f.kind == "figure"] == ["40 centimetres"]


def test_fractions_written_as_words_are_figures() -> None:
    shares = _shares(RIVER)
    assert set(shares) == {"a third", "two thirds", "Half"}, shares
    value, aliases = shares["a third"]
    assert abs(value - 1 / 3) < 1e-9
    assert {"one third", "1/3"} <= set(aliases)
    assert {"2/3", "two-thirds"} <= set(shares["two thirds"][1])
    assert {"50 percent", "50%", "one half"} <= set(shares["Half"][1])


def test_a_share_of_someones_own_money_is_trivia() -> None:
    text = (
        "In 1931 the Varnian chemist Ida Loss won the Tessa Prize for her work on dyes. She "
        "gave half of her prize money to a school in her home town of Orlen."
    )
    facts = pipeline.analyse(text).facts
    share = next(f for f in facts if f.type == SHARE)
    assert share.unit == "her prize money"
    assert ranking.trivia(share, None).startswith("a secondary money figure")


def test_a_fraction_is_asked_in_its_sentence_only() -> None:
    questions = [q for q in generate(RIVER, max_questions=20) if q.fine_type == SHARE]
    assert questions, "no question on a fraction"
    for q in questions:
        assert q.kind == "cloze" and "___ of" in q.prompt, q.prompt  # never "What ...?"


def test_a_short_question_names_its_topic_before_it_is_judged() -> None:
    analysis = pipeline.analyse(PETREL)
    facts = analysis.facts
    namer = Namer(analysis.sentences, analysis.entities, facts, pipeline._subject(analysis))
    height = next(f for f in facts if f.surface == "0.4 metres")
    raw = [q for q in fact_questions(height, facts) if q.form == QuestionForm.WH]
    assert [q.prompt for q in raw][:1] == ["How tall do adults stand?"], raw
    assert "too short to tell what it is about" in defects(raw[0], height)  # unnamed: refused
    named = namer.named(raw[0], height)
    assert named.prompt == "How tall do adult snow petrels stand?"
    assert not defects(named, height), defects(named, height)


def test_the_winner_of_a_final_is_the_one_who_won_its_title() -> None:
    asked = {q.prompt: q.answer for q in generate(FINAL, max_questions=12)}
    prize = [p for p in asked if "prize money" in p]
    assert prize and all("Tomas Berg" in p for p in prize), asked
    assert not any("the winner" in p for p in asked), asked


def test_a_run_of_won_matches_makes_no_winner() -> None:
    prompts = [q.prompt for q in generate(STREAK, max_questions=12)]
    assert not any("prize money" in p and "Holm" in p for p in prompts), prompts


SPRINT = (
    "Mira Solanko won the women's 200 metres at the Varnian Games on Friday in a record "
    "time of 21.9 seconds. The silver medal went to Ida Berg, a 24-year-old sprinter from "
    "Norway, who had led until the last bend. Solanko, who trains in Tessa, said she had not "
    "expected to win. Her coach, Piet Holm, said the record would stand for years."
)


def test_a_persons_country_in_an_aside_is_asked_of_the_person() -> None:
    asked = {q.prompt: q for q in generate(SPRINT, max_questions=8)}
    q = asked.get("Which country is Ida Berg from?")
    assert q is not None and q.answer == "Norway", list(asked)
    assert q.choices is not None and len(q.choices) == 4 and "Norway" in q.choices


def test_a_history_asks_where_a_person_was_from() -> None:
    text = (
        "In 1936 the Varnian Games were held in Tessa. The marathon was won by Otto Lind, a "
        "young farmer from Sweden, in 2 hours 31 minutes. The games were opened by King "
        "Arvid in front of 40,000 spectators in 1936."
    )
    questions = origin_questions(pipeline.analyse(text).facts)
    assert [q.prompt for q, _ in questions] == ["Which country was Otto Lind from?"]


def test_a_country_not_in_a_persons_aside_is_no_origin() -> None:
    text = (
        "The first flight from Norway landed in Tessa on Monday. Ida Berg, the pilot, said "
        "the airport of Tessa, a city from which ferries leave for Denmark, was ready."
    )
    assert origin_questions(pipeline.analyse(text).facts) == []


def test_a_length_of_time_in_two_units_is_no_figure() -> None:
    for text in (
        "The siege of Tessa lasted two years and three months before the city fell in 1648.",
        "The siege of Tessa lasted two years, three months and a week before it fell in 1648.",
    ):
        facts = pipeline.analyse(text).facts
        assert not [f for f in facts if f.type == "duration"], [f.answer for f in facts]
