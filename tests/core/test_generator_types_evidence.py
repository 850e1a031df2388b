"""Trust a type or do not use it: common words capitalised by their place, places the
small model calls people, a people's adjective taken for a town, a name cut at a
preposition, a period taken for a place, a player called a body.

The texts are invented for the tests. Before: "Glass is patient ..." of a quote and
"Turnout was ..." opening a sentence were people, "The second city, Brenmoor" a person,
"the basin is called Lago Verde" and "the settlement was named Korvask" people, "Oskar
Dahl Land" a person, "Nedre Vik, a farm" and "his home, Kvernhaugen" people, "the Norman
cavalry" the city of Norman, Oklahoma, "fought at Hollin Brae" a person, "at Lysaker near
Drammen" the name "Lysaker near Drammen", "the Middle Ages" a place, "the Andes mountains" a lake,
"the Harbour Museum of Glass" an organisation without trust, "Novak Djokovic, beating
Roger Federer 7-6" a team apart from the person "Djokovic".
"""

from __future__ import annotations

from quizapp.generator.pipeline import analyse

GLASS = (
    "Harbour Museum of Glass Opens in Brenmoor\n"
    "\n"
    "The Harbour Museum of Glass opened on Saturday in Brenmoor. Its collection holds "
    "4,000 pieces of blown glass from six centuries. The glassblower Ada Lind, 70, made "
    'its great chandelier. "Glass is patient with you only while it is hot," Ada Lind '
    "told reporters at the opening.\n"
    "Turnout was higher than the museum had hoped, with 9,000 people over the weekend. "
    "The second city, Ostervik, will get a smaller museum in 2027."
)

LAKES = (
    "Lake Corvana lies high in the Andes mountains. The larger basin is called Lago "
    "Verde, and the smaller one is known as Lago Pardo. More than 20 rivers flow into it."
    "\nThe first settlement on its shore was named Korvask by its founders in 1620. "
    "In the Middle Ages the lake was a sacred site for the peoples around it."
)

EXPLORER = (
    "Halvar Eng was born on 2 May 1871 at Nedre Vik, a farm near Bergen. In 1895 Halvar "
    "Eng and his crew wintered on Oskar Dahl Land in a stone hut. He later fought "
    "against a rival expedition at Hollin Brae, where he lost two men. Eng died at his "
    "home, Kvernhaugen, in 1940. His widow bought a cabin at Lysaker near Drammen."
)

FINAL = (
    "Novak Djokovic won the final on Sunday, beating Roger Federer 7-6, 1-6, 7-6. Federer "
    "had led in the fifth set, but Djokovic saved two match points. Djokovic had reached "
    'the final without losing a set. "It was hard," Djokovic said afterwards.'
)

BATTLE = (
    "The English held the ridge for hours, and the Norman cavalry failed to break their "
    "shield wall. William then ordered a feigned retreat. By evening the English line "
    "had broken and William had won the battle."
)


def _types(text: str) -> dict[str, tuple[str, bool]]:
    return {e.name: (str(e.type), e.sure) for e in analyse(text).entities}


def test_a_word_opening_a_quote_or_a_sentence_is_no_name_without_evidence() -> None:
    types = _types(GLASS)
    assert "Glass" not in types  # the article writes "glass" in lower case too
    assert "Turnout" not in types  # once, opening a sentence, nothing says it is a name
    assert types["Ada Lind"][0] == "person"


def test_a_name_in_apposition_to_a_city_is_a_city() -> None:
    assert _types(GLASS)["Ostervik"][0] == "city"


def test_an_organisation_named_a_museum_of_something_is_trusted() -> None:
    assert _types(GLASS)["Harbour Museum of Glass"] == ("org", True)


def test_what_a_name_is_called_and_its_own_words_say_it_is_a_lake_or_a_place() -> None:
    types = _types(LAKES)
    assert types["Lago Pardo"][0] == "lake"  # "Lago" leads a lake's name as "Lake" does
    assert types["Korvask"][0] == "place"  # "the settlement was named Korvask"
    assert types["Andes"][0] == "place"  # "the Andes mountains", no lake


def test_a_period_is_no_place() -> None:
    assert "Middle Ages" not in _types(LAKES)


def test_a_farm_or_a_home_in_apposition_is_a_place() -> None:
    types = _types(EXPLORER)
    assert types["Nedre Vik"][0] == "place"  # "Nedre Vik, a farm near Bergen"
    assert types["Kvernhaugen"][0] == "place"  # "his home, Kvernhaugen"
    assert types["Halvar Eng"][0] == "person"


def test_a_name_ending_on_land_is_a_place() -> None:
    assert _types(EXPLORER)["Oskar Dahl Land"][0] == "place"


def test_a_full_name_only_ever_after_at_is_a_place() -> None:
    assert _types(EXPLORER)["Hollin Brae"][0] == "place"  # only ever "at Hollin Brae"


def test_a_name_never_ends_on_a_preposition() -> None:
    types = _types(EXPLORER)
    assert "Lysaker near Drammen" not in types
    assert "Lysaker" in types


def test_a_peoples_adjective_is_no_town() -> None:
    assert "Norman" not in _types(BATTLE)  # "the Norman cavalry", not Norman, Oklahoma


def test_a_city_shaped_like_a_peoples_word_stays_a_city() -> None:
    text = (
        "Talks opened in Tbilisi on Monday. The Yerevan government sent its foreign "
        "minister, and the Baku delegation arrived a day later. The Yerevan team asked "
        "for a new border commission."
    )
    assert _types(text)["Yerevan"][0] == "city"  # before: no type, no actor


def test_a_player_the_model_called_a_body_joins_his_surname() -> None:
    types = _types(FINAL)  # the score after the full name made it a team's before
    assert types["Novak Djokovic"] == ("person", True)
    assert "Djokovic" not in types


BIOGRAPHY = (
    "Rosalind Elsie Marsh was born on 2 June 1915 into a family of bankers in Hull. She "
    "studied physics at Leeds. In 1951 Marsh joined the Royal Institution, where Marsh "
    "built the first of her cameras."
)


def test_a_full_name_the_model_missed_opening_the_lead_is_the_person() -> None:
    types = _types(BIOGRAPHY)  # before: only "Marsh", an organisation
    assert types["Rosalind Elsie Marsh"] == ("person", True)
    assert "Marsh" not in types


def test_a_known_city_the_model_missed_after_to_is_found() -> None:
    text = (
        "The minister flew to Arequipa on Tuesday and declared a state of emergency in "
        "three provinces."
    )
    assert _types(text)["Arequipa"][0] == "city"


def test_a_city_the_model_called_a_people_before_a_waterfront_is_a_place() -> None:
    text = "Crowds gathered along the Aarhus waterfront on Sunday as the new concert hall opened."
    assert _types(text)["Aarhus"][0] == "place"


def test_a_school_named_with_a_possessive_is_one_name() -> None:
    text = (
        "She was a pupil at St Anne's Girls' School in Leeds before she read chemistry at "
        "Girton College."
    )
    types = _types(text)
    assert types["St Anne's Girls' School"] == ("org", True)
    assert "St Anne" not in types


def test_an_abbreviated_role_ends_no_name() -> None:
    from quizapp.generator import nlp
    from quizapp.generator.facts.name_spans import loose_end

    doc = nlp.get_nlp()("The seat was held by the Labour MP Tom Reeve.")
    assert loose_end(doc[7])  # "MP" of "the Labour MP Tom Reeve": "Labour", no "Labour MP"
    assert not loose_end(doc[6])


def test_a_given_name_opening_a_sentence_stays_the_person() -> None:
    text = (
        "Ada Lind ran the glass workshop in Brenmoor for forty years. Ada took over the "
        "furnace from her father in 1975, when glass was still blown by hand."
    )
    mentions = [f.answer for f in analyse(text).facts if f.kind == "actor"]
    assert mentions.count("Ada Lind") == 2  # "Ada took over": the person, not a common word


CUP = (
    "Kelby City ended a long wait for a trophy on Saturday, beating Marsh Athletic 2-1 in "
    "the county cup final at Fenwick Park. City had lost the final twice in five years. "
    "Marsh captain Tom Hale scored first, but City came back in the second half. The win "
    "gives Kelby City a place in next season's national cup."
)


def test_a_city_named_team_that_plays_is_a_team_not_a_place() -> None:
    assert _types(CUP)["Kelby City"] == ("org", True)  # "..., beating Marsh Athletic 2-1"


def test_a_teams_first_word_is_that_team() -> None:
    from quizapp.generator.facts.clusters import team_of_first_word
    from quizapp.generator.facts.mentions import Mention

    sentences = analyse(
        "Dale Athletic lost the final to Porton City. The Dale captain Jon Ferris was sent "
        "off, and City's striker scored twice. Fans travelled to Dale by train."
    ).sentences
    first, second, third = sentences[0], sentences[1], sentences[2]
    teams = {"Dale Athletic", "Porton City"}
    captain = Mention(second, second.span.start + 1, second.span.start + 2, "PERSON")
    assert team_of_first_word(captain, teams) == "Dale Athletic"  # "the Dale captain"
    town = Mention(third, third.span.start + 3, third.span.start + 4, "GPE")
    assert team_of_first_word(town, teams) is None  # "travelled to Dale": the town
    assert first.text.startswith("Dale Athletic")


def test_an_expedition_is_an_event() -> None:
    text = (
        "In 1733 the navy sent him on the Great Southern Expedition, a vast survey of the "
        "coast. The Great Southern Expedition lasted ten years."
    )
    assert _types(text)["Great Southern Expedition"][0] == "event"


def test_the_island_of_x_and_police_in_x_are_places() -> None:
    text = (
        "A fisherman was lost after his boat capsized off the island of Varnes. Police in "
        "Skarvik said a man was killed by a falling tree near his farm."
    )
    types = _types(text)
    assert types["Varnes"] == ("place", True)
    assert types["Skarvik"][0] == "place"  # the model's body: "police in" a place


def test_a_name_listed_with_rivers_is_a_river_though_untrusted() -> None:
    text = (
        "Two small streams, the Brigach and the Breg, join at the edge of the town to form "
        "the river."
    )
    types = _types(text)
    assert types["Breg"] == ("river", True)
    assert types["Brigach"] == ("river", False)  # the model's body, listed with a river


def test_a_peers_place_name_as_an_owner_is_the_peer() -> None:
    text = (
        "The Duke of Wellington led the allied army on the ridge. A farmhouse in the middle "
        "of Wellington's line fell at dusk. Wellington later said the battle had been close."
    )
    types = _types(text)  # "of Wellington's line": "of" governs the line, not the city
    assert types == {"Duke of Wellington": ("person", True)}


def test_a_demonym_is_told_by_its_shape_alone() -> None:
    from quizapp.generator.facts.name_words import demonym_shaped

    for word in ("Armenian", "Polish", "Japanese", "Baltic", "Israeli", "Swiss", "Dutch"):
        assert demonym_shaped(word), word
    for word in ("armenian", "Zurich", "Bergen", "Oslo"):
        assert not demonym_shaped(word), word
