"""A person named with a title or a first name is a person, though the surname is also a
country's name; a sports team is an organisation, never a person (issue 16, item 3).

The texts are invented for the tests. Before, "Prime Minister Luis Montenegro" lost his
first name to the rule that turns "Christian Armenia" into Armenia, so he and every
"Montenegro said" were the country ("Which country visited the flooded district?");
"Redmoor Athletic" and "Castleford United", labelled people by the model, were asked with
"Who" and offered as choices beside the players.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse

FLOOD = (
    "Flood Relief in Coimbra\n\n"
    "Prime Minister Luis Montenegro visited the flooded district of Coimbra on Wednesday, "
    "two days after the river burst its banks. Montenegro said the government would release "
    "40 million euros for repairs. He met the mayor, Ana Sousa, and workers from the Red "
    "Cross.\n\n"
    "Montenegro told reporters that the army would stay until the water had gone down. "
    "Spain sent two rescue teams to help. Montenegro admitted that warnings had come too "
    "late for some villages."
)

TITLED = (
    "Storm Damage in the South\n\n"
    "Prime Minister Montenegro toured the flooded valley on Tuesday, a day after the storm. "
    "Montenegro said the state would pay for new roads and schools. Ana Duarte, the regional "
    "governor, told reporters that 300 homes had been lost. Spain and France sent rescue "
    "teams. Montenegro admitted that the warnings had come late."
)

COUNTRY = (
    "Energy Talks in Vienna\n\n"
    "Montenegro said on Monday that it would join the regional energy talks in Vienna. The "
    "country's foreign minister, Ivo Radic, told reporters that Montenegro needed cheaper "
    "power. Serbia and Croatia welcomed the move. In Montenegro, electricity prices have "
    "risen by 40 percent since 2021."
)

FINAL = (
    "A Late Winner\n\n"
    "Redmoor Athletic beat Castleford United 2-1 in the final of the Northern Cup on "
    "Saturday, their first trophy in twenty years. Striker Tom Haldane scored both goals for "
    "Redmoor Athletic, the second in the last minute. The club's manager, Peter Oakes, said "
    "the win belonged to the supporters.\n\n"
    "Castleford United had led at half-time through a header by Sam Ruddock. Their coach, "
    "Ian Merrow, told reporters that his side had tired in the heat. Haldane, who joined "
    "from Bexley Rovers in 2022, has scored 31 goals this season. Redmoor Athletic will play "
    "Harwick City FC in the Super Cup in August."
)

BRIDGE = (
    "The Old Bridge\n\n"
    "The bridge was built in 1204 by Count Aldric of Flanders. Flanders was then one of the "
    "richest regions of Europe, and Aldric paid for the work himself."
)


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


def test_a_titled_person_whose_surname_is_a_country_is_a_person() -> None:
    entities = {e.name: e for e in analyse(FLOOD).entities}
    assert entities["Luis Montenegro"].type == "person"
    assert "Montenegro" in entities["Luis Montenegro"].aliases  # "Montenegro said ..."
    assert "Montenegro" not in entities  # no country beside him
    for q in generate(FLOOD, max_questions=40):
        assert not (q.answer in ("Montenegro", "Luis Montenegro") and "country" in q.prompt)
        if q.choices and q.answer in ("Montenegro", "Luis Montenegro"):
            assert "Spain" not in q.choices


def test_a_name_after_a_title_alone_is_a_person() -> None:
    assert _types(TITLED).get("Montenegro") == "person"  # "Prime Minister Montenegro"


def test_a_country_that_speaks_stays_a_country() -> None:
    assert _types(COUNTRY).get("Montenegro") == "country"  # no person of that name


def test_teams_are_organisations_and_never_offered_for_a_person() -> None:
    types = _types(FINAL)
    for team in ("Redmoor Athletic", "Castleford United", "Harwick City FC", "Bexley Rovers"):
        assert types.get(team) == "org", team
    teams = {"Redmoor Athletic", "Castleford United", "Harwick City FC", "Bexley Rovers"}
    for q in generate(FINAL, max_questions=40):
        if q.answer in teams:
            assert not q.prompt.startswith("Who ")
        if q.choices and q.fine_type == "person":
            assert not teams & set(q.choices), q.prompt


def test_a_place_after_of_is_no_surname_of_a_titled_name() -> None:
    entities = {e.name: e for e in analyse(BRIDGE).entities}
    count = next(e for e in entities.values() if "Aldric" in e.name)
    assert "Flanders" not in count.aliases


VISIT = (
    "A Visit to Amman\n\n"
    "Former basketball player Michael Jordan visited Jordan in May to open a youth sports "
    "centre. Jordan said the centre would train 500 children a year. King Abdullah thanked "
    "the visitors."
)


def test_a_surname_used_as_a_place_stays_the_place() -> None:
    # "Michael Jordan visited Jordan": the person keeps his first name, the country its type
    types = _types(VISIT)
    assert types.get("Michael Jordan") == "person"
    assert types.get("Jordan") == "country"


def test_a_town_named_x_town_is_no_sure_team() -> None:
    # "Harlow Town" may be a football club or the town itself: its last word is no evidence
    # of an organisation, so it is never asked as one ("Which organisation ...?")
    from quizapp.generator import pipeline

    text = (
        "Floods hit Harlow Town on Monday, forcing 300 people from their homes. The mayor of "
        "Harlow Town, Jane Cole, said the river rose two metres in an hour."
    )
    town = next(e for e in pipeline.analyse(text).entities if e.name == "Harlow Town")
    assert not (town.type == "org" and town.sure)
