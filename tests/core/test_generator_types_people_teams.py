"""Trust a type or do not use it: rulers named by one name, a ship and a novel named like
people, and football clubs named after towns.

The texts are invented for the tests. Before: "Aurelian" (a "nationality" to the model) and
"Charlemagne" (untagged) were no actors, "Zenobia, the queen of Palmyra" a region and
Palmyra a person, "Tetricus, who had ruled" an organisation, "the novelist Agnes Verrall"
a place, "Pope Leo III" answered by "III", and the headline "Kelby Beat Harwick" a person
whose other names were both clubs ("Who had led at half-time?", people as distractors).
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse

HISTORY = (
    "The Rise and Fall of Aurelian\n"
    "\n"
    "Aurelian was crowned emperor in 270 after the death of his predecessor. He reigned "
    "for only five years, but in that time he reunited an empire that had split into "
    "three parts.\n"
    "In 272 Aurelian defeated Zenobia, the queen of Palmyra, at the battle of Immae. "
    "Zenobia was captured and brought to Rome. Two years later Aurelian defeated "
    "Tetricus, who had ruled the western provinces, and the empire was whole again.\n"
    "Aurelian also built a new wall around Rome, much of which still stands. He was "
    "murdered by his own officers in 275 near Byzantium.\n"
    "Centuries later, a different ruler faced the same problem. Charlemagne was crowned "
    "emperor by Pope Leo III in 800. Charlemagne reigned over most of western Europe and "
    "was defeated only once, at Roncevaux, where his rearguard was destroyed in 778."
)

SHIP = (
    "The Last Voyage of the Margaret Hale\n"
    "\n"
    "The Margaret Hale, a three-masted cargo ship, left Liverpool in March 1881 with a "
    "cargo of coal for Valparaiso. She was commanded by Captain Elias Dunmore, who had "
    "sailed the route nine times.\n"
    "Off Cape Horn the Margaret Hale was caught in a storm that lasted eleven days. The "
    "ship lost two masts, and Dunmore ordered the crew to throw half the coal overboard. "
    "The Margaret Hale finally reached the Falkland Islands in May, where she was "
    "repaired.\n"
    "The voyage became famous in 1903, when the novelist Agnes Verrall published Anna "
    "Wexford, a novel based on the logbook. Anna Wexford sold 80,000 copies in its first "
    "year. Verrall said she had found the logbook in a shop in Bristol.\n"
    "The Margaret Hale was broken up in 1910."
)

FOOTBALL = (
    "Kelby Beat Harwick to Reach the Final\n"
    "\n"
    "Kelby came from behind to beat Harwick 3-1 on Saturday and reach the final of the "
    "county cup. Harwick had led at half-time through a goal by striker Owen Pell.\n"
    "Kelby equalised in the 58th minute when Dan Fretter headed in a corner. Fretter "
    "scored again ten minutes later, and substitute Luca Brann added a third in stoppage "
    "time.\n"
    "Harwick manager Sean Colley said his side had tired in the second half. Kelby will "
    "face Castlemoor in the final at Denbridge on 12 May. Castlemoor beat Ridley 2-0 in "
    "the other semi-final on Friday.\n"
    "It is the first time Kelby have reached a final since 1998, when they lost to "
    "Harwick."
)


def _entities(text: str) -> dict[str, tuple[str, bool, set[str]]]:
    return {e.name: (e.type, e.sure, e.aliases) for e in analyse(text).entities}


def test_rulers_named_by_one_name_are_people() -> None:
    found = _entities(HISTORY)
    for ruler in ("Aurelian", "Charlemagne", "Zenobia", "Tetricus"):
        assert found[ruler][:2] == ("person", True), ruler
    assert "III" not in found["Pope Leo III"][2]


def test_a_city_of_a_title_and_a_battle_site_are_places() -> None:
    found = _entities(HISTORY)
    assert found["Palmyra"][0] == "place"  # "the queen of Palmyra"
    assert found["Immae"][0] == "place"  # "the battle of Immae", no region
    assert found["Roncevaux"][0] == "place"  # "at Roncevaux"


def test_a_ship_and_a_novel_named_like_people_are_no_people_but_the_novelist_is() -> None:
    found = _entities(SHIP)
    assert found["Margaret Hale"][0] == "work"
    assert found["Anna Wexford"][0] == "work"
    assert found["Agnes Verrall"][:2] == ("person", True)  # "the novelist Agnes Verrall"


def test_clubs_named_after_towns_are_organisations_and_the_venue_a_place() -> None:
    found = _entities(FOOTBALL)
    assert "Kelby Beat Harwick" not in found
    for club in ("Kelby", "Harwick", "Castlemoor", "Ridley"):
        assert found[club][0] == "org", club
    assert found["Denbridge"][0] == "place"  # "the final at Denbridge"


def test_no_who_question_and_no_player_distractors_for_a_club() -> None:
    people = {"Owen Pell", "Dan Fretter", "Luca Brann", "Sean Colley"}
    for q in generate(FOOTBALL):
        if q.prompt.startswith("Who") or people & set(q.choices or []):
            assert q.answer in people, q  # never "Who had led at half-time?" for a club
            assert set(q.choices or []) <= people, q.choices


EXILE = (
    "Napoleon was exiled to Elba in 1814 after his defeat. He escaped the island a year later "
    "and marched on Paris with a small army."
)


def test_an_exiled_ruler_is_a_person_and_his_island_a_place() -> None:
    found = _entities(EXILE)
    assert found["Napoleon"][:2] == ("person", True)  # "was exiled", parsed as an adjective
    assert found["Elba"][0] == "place"  # "exiled to Elba"
