"""Wrong types and names: a telescope, an airport and a trophy taken for people, a player
taken for a team, two surnames taken for one firm, a national side left unsure, an author
taken for a place, and "the carmaker" named as the sentence's own subject.

The texts are invented for the tests. Before: "Harlan Deep Field Telescope", "Oskvik
Airport", "Halden Prize" and "Halvard Museum" were people, "Silver Slam" a place, "Novak
Ristic" (who beat a named player) an organisation asked "Which team won ...?", "Agnes
Pellow" (author of a novel) a place, "Marlow and Brisk" one organisation, "Belgium"
(beating Portugal 3-1) an unsure country, "Brenner expects the Brenner Capital Partners to
open ..." and "World Grain Programme plans ..." without "The".
"""

from __future__ import annotations

from quizapp.generator.naming.pronouns import named_for_body, named_for_pronoun
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.questiondata import FactKind, QuestionKind


def _entities(text: str) -> dict[str, tuple[str, bool]]:
    return {e.name: (e.type, e.sure) for e in analyse(text).entities}


THINGS = (
    "The Harlan Deep Field Telescope was launched in March 2029 from a site in Chile. "
    "The Harlan Deep Field Telescope observes distant galaxies in infrared light. "
    "Oskvik Airport handled 12 million passengers last year, and Oskvik Airport said it "
    "would build a second runway. Mira Tollan won the Silver Slam title in Oslo on Sunday.\n\n"
    "The Halden Prize announced its winner on Monday. The Halden Prize said it had received "
    "300 entries. Halvard Museum said it would show the winning book in May."
)


def test_a_telescope_an_airport_and_a_trophy_are_no_people() -> None:
    found = _entities(THINGS)
    assert found["Harlan Deep Field Telescope"][0] == "work"
    assert found["Oskvik Airport"][0] == "place"
    assert found.get("Silver Slam", ("event",))[0] not in ("place", "person")
    assert "Halden Prize" not in found  # a prize: no actor to ask "who" or "which place"
    assert found["Halvard Museum"][0] == "org"  # though it "said"


PLAYERS = (
    "Novak Ristic won the Valdor Open in Rome on Sunday. Novak Ristic beat Carlos Ostrin "
    "6-4, 7-5 in the final. Ristic had lost to Ostrin in Madrid a month earlier. Ostrin "
    "said Ristic had served better than ever."
)


def test_a_player_who_beats_a_named_player_is_a_person_not_a_team() -> None:
    found = _entities(PLAYERS)
    assert found["Novak Ristic"] == ("person", True)


def test_a_text_with_no_team_asks_no_which_team() -> None:
    from quizapp.generator import generate

    for q in generate(PLAYERS):
        assert "team" not in q.prompt.lower(), q.prompt


SCIENTISTS = (
    "Harriet Marlow and Owen Brisk worked at the same laboratory in Leeds in the 1950s. "
    "In 1957 Marlow and Brisk showed that the enzyme could be made in bulk. Work by Marlow "
    "and Brisk turned the discovery into a cheap medicine."
)


def test_two_surnames_joined_by_and_are_two_people_not_a_firm() -> None:
    found = _entities(SCIENTISTS)
    assert "Marlow and Brisk" not in found
    assert found["Harriet Marlow"][0] == "person"


MATCH = (
    "Belgium beat Portugal 3-1 in Lisbon to win the Nations Trophy. Karel Damme scored "
    "twice for Belgium, and Portugal had equalised just before half-time."
)


def test_a_country_that_plays_is_a_sure_country() -> None:
    found = _entities(MATCH)
    assert found["Belgium"] == ("country", True)
    assert found["Portugal"] == ("country", True)


BODIES = (
    "Brenner Capital Partners bought a 20 percent stake in Voltane Motors on Monday. "
    "Brenner expects the carmaker to open a second factory in 2027.\n\n"
    "The World Grain Programme warned that grain prices had risen sharply. It plans to "
    "feed 2 million people in the region this winter."
)


def _question(sentence: str) -> GeneratedQuestion:
    return GeneratedQuestion(
        kind=QuestionKind.SHORT_ANSWER,
        prompt=sentence,
        answer="x",
        fact_kind=FactKind.FIGURE,
        fact_key="k",
        source=sentence,
        explanation=sentence,
    )


def test_the_carmaker_is_never_named_as_its_own_sentence_subject() -> None:
    found = analyse(BODIES)
    sentence = next(s for s in found.sentences if "the carmaker" in s.text)
    fact = next(f for f in found.facts if f.sentence.index == sentence.index)
    q = named_for_body(_question(sentence.text), fact, found.facts)
    assert "Brenner Capital Partners" not in q.prompt, q.prompt


def test_a_programme_named_for_it_keeps_its_the() -> None:
    found = analyse(BODIES)
    sentence = next(s for s in found.sentences if s.text.startswith("It plans"))
    body = next(e for e in found.entities if e.name == "World Grain Programme")
    q = named_for_pronoun(_question(sentence.text), body, "")
    assert q.prompt.startswith("The World Grain Programme plans"), q.prompt


AUTHOR = (
    "The shipwreck became famous in 1903 thanks to Agnes Pellow. A novel by Agnes Pellow "
    "sold 80,000 copies. Readers wrote to Agnes Pellow from across Europe."
)


def test_the_author_of_a_novel_is_a_person_not_a_place() -> None:
    assert _entities(AUTHOR)["Agnes Pellow"] == ("person", True)


ADJUNCT = (
    "The Northern Relief Agency sent 40 trucks of water from Lima on Tuesday, according to "
    "a statement from the agency."
)


def test_the_agency_of_an_adjunct_may_be_the_sentence_subject() -> None:
    found = analyse(ADJUNCT)
    sentence = found.sentences[0]
    fact = next(f for f in found.facts if f.sentence.index == sentence.index)
    q = named_for_body(_question(sentence.text), fact, found.facts)
    assert q.prompt.endswith("from the Northern Relief Agency."), q.prompt
