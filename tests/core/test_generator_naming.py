"""References a question must not leave unnamed ("they", "the neighbours", "it", "the
purchase") are named where the article makes sure what they stand for, and left out or
refused otherwise (texts written for these tests)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.generator.checks.self_contained import not_self_contained
from quizapp.generator.naming.naming import Namer
from quizapp.generator.naming.parties import Parties, parties_by_sentence
from quizapp.generator.naming.references import antecedent
from quizapp.generator.pipeline import _subject, analyse
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm, fact_questions
from quizapp.questiondata import QuestionKind

# the pair of the opening sentence, recalled three sentences later, then "They"
RECALLED = (
    "Old rivals Peru and Ecuador are close to a border treaty, officials said on Monday. "
    "Brazil, Chile and Argentina offered to mediate in 1995.\n\n"
    "The talks were slow at first. In May, the Andean neighbours issued a joint statement "
    "on the river. They have since met in Lima, Quito and Brasilia."
)
# another country named just before "the neighbours": which two are meant is not sure
INTERRUPTED = (
    "Old rivals Peru and Ecuador are close to a border treaty, officials said on Monday. "
    "The talks were slow at first. In May, Colombia hosted the Andean neighbours in Bogota. "
    "They have since met in Lima and Quito."
)


def _parties(text: str) -> dict[str, Parties]:
    analysis = analyse(text)
    texts = {s.index: s.text for s in analysis.sentences}
    found = parties_by_sentence(analysis.sentences, analysis.facts)
    return {texts[i]: p for i, p in found.items()}


@pytest.mark.slow
def test_a_group_noun_recalls_the_opening_pair_and_they_follows() -> None:
    # Given the opening names "Peru and Ecuador", a later sentence names three other countries,
    # and "the Andean neighbours" (no count) opens a sentence, then "They" the next one
    found = _parties(RECALLED)
    # Then the neighbours are the opening's pair, and so is the "They" after them
    neighbours = next(p for t, p in found.items() if t.startswith("In May"))
    assert neighbours.phrase == "the Andean neighbours"
    assert neighbours.names == "Peru and Ecuador"
    they = next(p for t, p in found.items() if t.startswith("They"))
    assert (they.phrase, they.names) == ("They", "Peru and Ecuador")


@pytest.mark.slow
def test_another_country_named_just_before_names_no_one() -> None:
    found = _parties(INTERRUPTED)
    assert not any(t.startswith(("In May", "They")) for t in found), found


def _named(text: str, sentence: str) -> list[str]:
    """The named prompts of every question on the facts of the sentence holding ``sentence``."""
    analysis = analyse(text)
    namer = Namer(analysis.sentences, analysis.entities, analysis.facts, _subject(analysis))
    return [
        namer.named(q, f).prompt
        for f in analysis.facts
        if sentence in f.sentence.text
        for q in fact_questions(f, analysis.facts)
    ]


# "it" for the subject of the sentence before (a noun), named by the name the article gave it
DELTA = (
    "The Varna River rises in the hills of Moravia and flows south for 410 kilometres. "
    "Near the coast the river splits into four branches and forms the Varna Delta.\n\n"
    "The delta covers about 900 square kilometres of reeds and lakes. UNESCO listed it as "
    "a protected wetland in 1994."
)


@pytest.mark.slow
def test_it_after_a_sentence_about_the_delta_is_the_delta() -> None:
    prompts = _named(DELTA, "UNESCO listed it")
    assert prompts, "no question on the sentence"
    assert all(" it " not in p for p in prompts), prompts
    assert any("UNESCO list the Varna Delta" in p for p in prompts), prompts


# "it" whose own sentence names another thing before it: not sure, never named
MILL = (
    "The Sosna River flows into Lake Orlik from the east. A paper mill on its bank at "
    "Dubrava discharged waste into the river for decades until it closed in 2013."
)


@pytest.mark.slow
def test_it_after_another_thing_in_its_own_sentence_is_not_named() -> None:
    for prompt in _named(MILL, "until it closed"):
        assert "Sosna River closed" not in prompt and "lake closed" not in prompt, prompt


# "it" as the subject of a clause joined to one whose subject is the wall
WALL = (
    "The Harlow Wall was built by the city council in 1962 to keep out floods. In the 1980s "
    "the wall was raised in stone, and in 1991 it was extended to the fishing port of Kell."
)


@pytest.mark.slow
def test_it_of_a_joined_clause_is_the_other_clause_subject() -> None:
    sentence = next(s for s in analyse(WALL).sentences if "it was extended" in s.text)
    sure = antecedent(sentence, None)
    assert sure is not None and sure[2] == "the wall"


# a title line, then a first sentence about the subject under a longer name
TITLED = (
    "Anna Sesto\n\n"
    "Anna Maria Ruffo, Countess of Sesto, was an Italian astronomer who catalogued "
    "variable stars. She was born in Bologna on 3 May 1821, the only child of the printer "
    "Luigi Ferri. In 1850 Sesto became the first woman to work at the Brera observatory, "
    "where Anna Sesto published a catalogue of 800 stars. Sesto died in Milan in 1890."
)


@pytest.mark.slow
def test_she_after_an_opening_past_the_title_is_named() -> None:
    prompts = _named(TITLED, "She was born in Bologna")
    assert any("Anna Sesto" in p and "born" in p for p in prompts), prompts


# an aside between commas holds "the scheme", which the article never names
ASIDE = (
    "Tomas Holm began work on a shared catalogue of seeds at the Nordic Gene Bank in 1989. "
    "The first printed list, which described the scheme itself, was sent to 40 farms in "
    "March 1991, and a second list followed in 1993."
)


@pytest.mark.slow
def test_an_aside_holding_an_unnamed_reference_is_left_out() -> None:
    prompts = _named(ASIDE, "first printed list")
    assert prompts, "no question on the sentence"
    assert all("the scheme" not in p for p in prompts), prompts
    assert any(p.startswith("The first printed list was sent") for p in prompts), prompts


# "Its leader ... said the party would": both the "Its" and "the party" are the alliance
BODY = (
    "The ruling Farmers Union won the vote with 58 percent. The opposition Green Party "
    "urged a boycott of the count. Its leader, Mira Kolar, said the party would ask the "
    "Constitutional Court to review 20 ballots."
)


@pytest.mark.slow
def test_its_and_the_party_are_both_named() -> None:
    prompts = [p for p in _named(BODY, "Its leader") if "leader" in p]
    assert prompts, _named(BODY, "Its leader")
    for prompt in prompts:
        assert not prompt.startswith("Its "), prompt
        assert "Green Party’s leader" in prompt, prompt


# a body that opens the sentence speaks of itself: "said it was"
SPEAKER = (
    "A freight train left the rails near Orton on Friday. The rail operator, Eastline Cargo, "
    "said it was helping the police and had stopped all trains on the line until Monday."
)


def test_it_after_a_body_that_speaks_is_the_body() -> None:
    q = GeneratedQuestion(
        kind=QuestionKind.CLOZE,
        prompt="The rail operator, ___, said it was helping the police and had stopped "
        "all trains on the line until Monday.",
        answer="Eastline Cargo",
        fact_kind="actor",
        fact_key="k",
        source="",
        explanation="",
        form=QuestionForm.GAPPED,
    )
    assert not not_self_contained(q)
    other = replace(q, prompt="The police said it was helping the rail operator ___ now.")
    assert not not_self_contained(other)  # "The police": a noun phrase too
    bare = replace(q, prompt="___ said it was helping the police on the line.")
    assert not_self_contained(bare)


# "the crossing of about 380 kilometres" named by the phrase that introduced it, the measure
# left out
CROSSING = (
    "Karin Dahl was a Swedish explorer who led the first crossing of the Vatna ice cap on "
    "skis. In 1902 she set out with two companions from the northern coast. The crossing "
    "of about 380 kilometres took 31 days."
)


@pytest.mark.slow
def test_a_reference_with_a_measure_is_named_without_it() -> None:
    prompts = [p for p in _named(CROSSING, "took 31 days") if "31" not in p]
    assert any("first crossing of the Vatna ice cap took ___" in p for p in prompts), prompts
    assert all("crossing of about" not in p or "___" in p for p in prompts), prompts


# "the couple": the one marriage told before, one side a "she" sure to be the subject
COUPLE_TEXT = (
    "Hanna Lind\n\n"
    "Hanna Lind was a Swedish chemist who studied rare metals. She was born in Uppsala in "
    "1870. In 1896 she married the engineer Erik Lind. She taught at a school in Lund for "
    "six years. Working in a cold cellar, the couple isolated three new salts in 1902."
)
# two marriages told before: which couple is not sure
TWO_MARRIAGES = COUPLE_TEXT.replace(
    "She taught at", "Her sister Karin married the painter Olof Berg. She taught at"
)


@pytest.mark.slow
def test_the_couple_is_the_one_marriage_told_before() -> None:
    prompts = _named(COUPLE_TEXT, "the couple")
    assert any("Hanna and Erik Lind isolated" in p for p in prompts), prompts
    for prompt in _named(TWO_MARRIAGES, "the couple"):
        assert "Lind isolated" not in prompt, prompt


# "The purchase": the one deal told before by its verb, with both sides named
PURCHASE = (
    "The Danish dairy group Nordmat agreed on Tuesday to buy the Norwegian baker Fjellbrod "
    "for 2.1 billion kroner. The purchase is expected to close in March, after approval by "
    "the competition authority in Oslo."
)


@pytest.mark.slow
def test_the_purchase_is_named_by_the_verb_that_told_of_it() -> None:
    prompts = _named(PURCHASE, "The purchase")
    assert prompts, "no question on the sentence"
    assert all(not p.startswith("The purchase") for p in prompts), prompts
    assert any("Nordmat’s purchase of Fjellbrod" in p for p in prompts), prompts


# a sentence that is all quotation, and a quotation closed by "he said": the speaker named
QUOTES = (
    "The Latvian finance minister, Andris Ozols, said in Riga on Monday that the plan was ready. "
    '"We will cut the deficit to three percent by 2027 with help from the European Union." '
    '"The first cuts will fall on roads and on the army in Daugavpils," he said.'
)


@pytest.mark.slow
def test_a_quotation_is_shown_with_its_speaker() -> None:
    alone = [p for p in _named(QUOTES, "We will cut") if "___" in p]
    assert alone, _named(QUOTES, "We will cut")
    assert all(p.startswith("Andris Ozols said: ") for p in alone), alone
    closed = [p for p in _named(QUOTES, "The first cuts") if "___" in p]
    assert closed, _named(QUOTES, "The first cuts")
    assert all("Andris Ozols said." in p for p in closed), closed


def test_a_quotation_without_its_speaker_is_not_self_contained() -> None:
    q = GeneratedQuestion(
        kind=QuestionKind.CLOZE,
        prompt="“We will cut the deficit to three percent with help from ___.”",
        answer="Brussels",
        fact_kind="actor",
        fact_key="k",
        source="",
        explanation="",
        form=QuestionForm.GAPPED,
    )
    assert not_self_contained(q)
    said = replace(q, prompt="“We will cut the deficit with help from ___,” Ozols said.")
    assert not not_self_contained(said)


# "She" opening a sentence after one whose only person is its subject
LEADER = (
    "The vote on the new budget passed by 61 to 40 on Thursday. Finance Minister Lena "
    "Sorensen, who drafted the plan, called the result a fair compromise. She said the "
    "first payments would reach the regions in April."
)
# two people in the sentence before: the "She" is not sure
TWO_PEOPLE = LEADER.replace(
    "called the result a fair compromise", "thanked Ingrid Dahl for her support"
)


@pytest.mark.slow
def test_she_after_a_sentence_about_one_person_is_that_person() -> None:
    prompts = _named(LEADER, "first payments")
    assert any(p.startswith("Lena Sorensen said") for p in prompts), prompts
    for prompt in _named(TWO_PEOPLE, "first payments"):
        assert "Sorensen said" not in prompt and "Dahl said" not in prompt, prompt


MERGER = (
    "The Finnish paper maker Lumera merged with the Swedish forestry group Skogsbolaget in "
    "May. The merger created the largest paper company in Europe, with 31,000 workers."
)
# two deals told before: which one "the purchase" is is not sure
TWO_DEALS = (
    "Nordmat bought Fjellbrod in 2019 and Havkost bought Sildco in 2020. The purchase "
    "doubled its sales in Norway within three years."
)


@pytest.mark.slow
def test_the_merger_names_both_sides_and_two_deals_name_none() -> None:
    prompts = _named(MERGER, "The merger")
    assert any(p.startswith("The merger of Lumera and Skogsbolaget") for p in prompts), prompts
    for prompt in _named(TWO_DEALS, "The purchase"):
        assert "’s purchase" not in prompt, prompt
