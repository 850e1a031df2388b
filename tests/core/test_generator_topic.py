"""An article about a thing with no proper name (an event, a species, a substance) has its
topic learned from the first sentence and named where a question says "the fire", "it",
"adults" or "they" for it; where the pronoun may be something else it stays refused
(texts written for these tests)."""

from __future__ import annotations

import re

import pytest

from quizapp.generator import GeneratedQuestion, generate, pipeline
from quizapp.generator.checks.checks import defects
from quizapp.generator.facts.facts import Fact, Sentence
from quizapp.generator.facts.topic import Reference, article_topic, topic_references
from quizapp.generator.naming.topic_names import named_for_topic

FIRE = (
    "Crews stopped a wildfire near the hill village of Pellin Ridge on Sunday after it had "
    "spread for six days. The fire started in a dry field beside a highway and burned through "
    "about 4,000 hectares of pine forest. Officials said the blaze destroyed 38 barns and two "
    "schools. The rail operator, Tarvo Lines, said it would pay for new fences."
)
SPECIES = (
    "The snow petrel is a small white seabird that nests on cliffs in Antarctica. Adults weigh "
    "about 300 grams and have a wingspan of 80 centimetres. In November the female lays one egg "
    "in a rocky crevice, and the male guards it while she feeds. Snow petrels are strong "
    "fliers. They often feed on krill far from the coast."
)
SUBSTANCE = (
    "Caffeine is a bitter compound found in coffee, tea and cocoa. It blocks a chemical in the "
    "brain that makes people feel tired. A cup of coffee holds about 95 milligrams of caffeine. "
    "The compound was first isolated in 1819 by a German chemist."
)
TWO_FIRES = (
    "Crews stopped a wildfire near the hill village of Pellin Ridge on Sunday. A second fire "
    "broke out on Monday beside the coast road. The fire burned through about 900 hectares of "
    "grass before rain put it out."
)


def references(text: str) -> dict[int, list[tuple[str, str]]]:
    sentences = pipeline.analyse(text).sentences
    topic = article_topic(sentences)
    assert topic is not None
    found: dict[int, list[Reference]] = topic_references(sentences, topic)
    return {i: [(r.words, r.name) for r in refs] for i, refs in found.items()}


def test_an_event_is_named_by_its_noun_and_one_place() -> None:
    topic = article_topic(pipeline.analyse(FIRE).sentences)
    assert topic is not None and topic.name == "the wildfire near Pellin Ridge"
    refs = references(FIRE)
    assert ("The fire", "the wildfire near Pellin Ridge") in refs[1]
    assert ("the blaze", "the wildfire near Pellin Ridge") in refs[2]
    assert ("it", "the wildfire near Pellin Ridge") in refs[0]  # "a wildfire ... after it had"


def test_it_after_another_thing_is_not_the_topic() -> None:
    # "The rail operator, Tarvo Lines, said it would pay": the operator, not the fire
    assert not [w for w, _ in references(FIRE)[3] if w == "it"]
    # "the female lays one egg ..., and the male guards it": the egg
    assert not [w for w, _ in references(SPECIES)[2] if w == "it"]
    # the sentence before is about the fire, but names a mill it may be too
    mill = (
        FIRE.split(". The fire")[0]
        + ". The fire destroyed the old mill. It had stood for 200 years."
    )
    assert not references(mill)[2]
    # "It is thought that ...": an "it" that stands for what follows
    thought = FIRE.split(". The fire")[0] + ". It is thought that a spark from a train started it."
    assert not [w for w, _ in references(thought)[1] if w == "it"]


def test_event_questions_name_the_fire() -> None:
    prompts = [q.prompt for q in generate(FIRE)]
    # named in the question, whether it opens a gapped sentence or stands after "did"
    assert any("the wildfire near pellin ridge " in p.casefold() for p in prompts), prompts
    assert not any(re.search(r"\bthe (?:fire|blaze)\b", p, re.I) for p in prompts), prompts


def test_a_species_names_its_members_and_they() -> None:
    topic = article_topic(pipeline.analyse(SPECIES).sentences)
    assert topic is not None and topic.name == "the snow petrel" and topic.animal
    refs = references(SPECIES)
    assert ("Adults", "adult snow petrels") in refs[1]
    assert ("the male", "the male snow petrel") in refs[2]
    assert ("they", "snow petrels") in refs[4]  # after "Snow petrels are strong fliers."
    prompts = [q.prompt for q in generate(SPECIES)]
    # the weight asked of the named adults, as a gap or as a question
    assert any("adult snow petrels weigh" in p.casefold() for p in prompts), prompts


def test_a_substance_is_named_for_it_and_for_what_it_is_said_to_be() -> None:
    refs = references(SUBSTANCE)
    assert ("it", "caffeine") in refs[1]
    assert ("The compound", "caffeine") in refs[3]
    prompts = [q.prompt for q in generate(SUBSTANCE)]
    assert any("was caffeine first isolated" in p for p in prompts), prompts
    assert not any("the compound" in p.lower() for p in prompts), prompts


@pytest.mark.parametrize("text", [TWO_FIRES])
def test_the_fire_after_a_second_fire_stays_unnamed(text: str) -> None:
    assert not references(text).get(2)
    for q in generate(text):
        assert "Pellin Ridge burned" not in q.prompt


def test_the_place_is_left_out_where_the_prompt_holds_it_or_asks_it() -> None:
    sentences = pipeline.analyse(FIRE).sentences
    topic = article_topic(sentences)
    assert topic is not None
    refs = topic_references(sentences, topic)
    text = "The fire started in a dry field outside Pellin Ridge."
    fact = Fact("actor", "city", "Pellin Ridge", Sentence(1, text, None, 0, True), 39, 51)
    asked = GeneratedQuestion("cloze", text.replace("Pellin Ridge", "___"), "Pellin Ridge",
                              "actor", "k", text, "e")  # fmt: skip
    assert named_for_topic(asked, fact, topic, refs).prompt.startswith("The wildfire started")
    said = GeneratedQuestion("cloze", "The fire started in a dry ___ outside Pellin Ridge.",
                             "field", "actor", "k", text, "e")  # fmt: skip
    assert named_for_topic(said, fact, topic, refs).prompt.startswith("The wildfire started")


def test_a_species_is_the_bird_unless_another_kind_is_named() -> None:
    text = "The rockhopper penguin is a small penguin with yellow crests. The bird has red eyes."
    assert ("The bird", "the rockhopper penguin") in references(text)[1]
    rival = (
        "The rockhopper penguin is a small penguin with yellow crests. King penguins share its "
        "islands. The bird has red eyes."
    )
    assert not references(rival).get(2)


def test_an_event_without_a_place_is_no_topic() -> None:
    # "the storm" would say no more than the article's own "the storm" (still refused)
    text = "A tropical storm battered the coast on Saturday. It flooded 1,200 homes."
    assert article_topic(pipeline.analyse(text).sentences) is None


def test_an_animal_is_known_by_the_words_of_its_life() -> None:
    text = (
        "The grey lynx is a shy hunter of the northern forests. The female gives birth to two "
        "or three cubs in May."
    )
    assert ("The female", "the female grey lynx") in references(text)[1]


def test_what_a_kind_is_said_to_be_is_named_unless_another_is_said_so() -> None:
    text = (
        "The viola is a string instrument. The instrument is tuned a fifth below the violin. "
        "Most violas have four strings."
    )
    assert ("The instrument", "the viola") in references(text)[1]
    rival = (
        "The viola is a string instrument. The cello is a larger instrument. The instrument is "
        "tuned an octave lower. Most violas have four strings."
    )
    assert not references(rival).get(2)


def test_one_unnamed_thing_is_no_kind() -> None:
    # "The hospital" of a text on one hospital says no more than "it": still refused
    text = "The hospital is the largest in the region. It has 900 beds and a school for nurses."
    assert article_topic(pipeline.analyse(text).sentences) is None


def test_the_female_of_no_named_kind_is_refused_and_named_is_kept() -> None:
    text = (
        "Scientists counted 400 grey seals on the island of Varn in 2021. The female gives "
        "birth to a single pup in November and nurses the pup for 18 days."
    )
    assert not any("the female" in q.prompt.lower() for q in generate(text))
    month = next(f for f in pipeline.analyse(text).facts if f.answer == "November")
    asked = "In which month does the female give birth to a single pup?"
    named = "In which month does the female grey seal give birth to a single pup?"
    unnamed = [d for d in defects(GeneratedQuestion("short_answer", asked, "November", "date",
               "k", month.sentence.text, "e"), month) if "reference" in d]  # fmt: skip
    assert unnamed
    assert not [d for d in defects(GeneratedQuestion("short_answer", named, "November", "date",
                "k", month.sentence.text, "e"), month) if "reference" in d]  # fmt: skip
