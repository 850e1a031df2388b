"""Trust a type or do not use it: companies, towns and villages the small model mistypes.

The texts are invented for the tests. Before: "Harlow Electric said" made a person (its
"surname" "Electric" an answer), the headline "Harlow Electric Lifts Profit as Orders Rise"
an organisation, "Flood Barrier Opens" a person, small towns regions or organisations
("the villages of Ashcombe and Pellingford", "pharmacies in Selworth and Brantham"), and a
chief executive an organisation.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse

RESULTS = (
    "Harlow Electric Lifts Profit as Orders Rise\n"
    "\n"
    "Harlow Electric said on Tuesday that its quarterly profit rose 12 percent to 410 "
    "million dollars, helped by strong demand for grid transformers. The company's chief "
    "executive, Mara Quint, said orders from utilities had doubled since January.\n"
    "Kessel Motors reported quarterly results a day later. Kessel Motors announced that "
    "sales of its electric vans fell by 8 percent, and it warned that a shortage of "
    "batteries would last into the summer. Its finance chief, Tomas Reyer, said prices "
    "would rise.\n"
    "Brandvik Holdings, which owns both firms' largest supplier, said it would spend 200 "
    "million dollars on a new cable plant in Ohio. Brandvik Holdings expects the plant to"
    " open in 2028.\n"
    "Analysts at Ostrow Bank said Harlow Electric was now the stronger of the two makers."
    " Ostrow Bank raised its price target for Harlow Electric to 95 dollars and cut its "
    "target for Kessel Motors to 40 dollars."
)

LOCAL = (
    "Flood Barrier Opens Near Marrowby\n"
    "\n"
    "A new flood barrier on the River Tess was opened on Saturday near Marrowby, a market"
    " town of 9,000 people. The barrier protects Marrowby and the villages of Ashcombe "
    "and Pellingford, which were flooded three times in the past decade.\n"
    "Work began in 2023 and cost 14 million pounds. Residents in Ashcombe had campaigned "
    "for the barrier since the floods of 2019, when 200 homes were damaged. Many families"
    " from Pellingford spent months in temporary housing at Dunholt.\n"
    "Councillor Ruth Amble, who chairs the county flood committee, said the barrier would"
    " protect about 1,400 homes. The barrier was built by Stenmoor Construction, a firm "
    "based in Dunholt.\n"
    "A second barrier, planned for the stretch of river near Ashcombe, is due to be "
    "finished in 2027. Ruth Amble said the council would hold a public meeting at "
    "Marrowby town hall next month."
)

OBIT = (
    "Irene Talbrook, Founder of Talbrook Pharma, Dies at 88\n"
    "\n"
    "Irene Talbrook, who founded the drug maker Talbrook Pharma in her kitchen in 1961, "
    "has died at her home in Selworth. She was 88.\n"
    "Born in Selworth in 1938, Talbrook trained as a chemist in Leeds. In 1961 she began "
    "making a cough syrup that she sold to pharmacies in Selworth and Brantham. Talbrook "
    "Pharma grew into a company with 4,000 employees.\n"
    "In 1989 Talbrook Pharma was bought by Castell Group for 600 million pounds. Castell "
    "Group kept the Talbrook name, and Irene Talbrook stayed on its board until 2004.\n"
    "She married the engineer David Orme in 1965. He died in 2012. She is survived by two"
    " daughters. Her company, Talbrook Pharma, said it would fund a science prize in her "
    "name."
)

ENERGY = (
    "Wind Farm Deal Signed\n"
    "\n"
    "Nordvale Energy and Meridian Airlines signed an agreement on Monday under which the "
    "airline will buy power from a new wind farm off the coast of Norway. Meridian "
    "Airlines said the deal would cover a third of the electricity used at its airport "
    "sites.\n"
    "The wind farm will be built by Corran Group, which has built six wind farms in the "
    "North Sea. Corran Group said construction would begin in 2026. The project will cost"
    " 1.2 billion euros.\n"
    "Nordvale Energy's chief executive, Hanne Lisvik, said the farm would power 300,000 "
    "homes. Talmont Bank and Feroe Capital will lend most of the money."
)


def _types(text: str) -> dict[str, tuple[str, bool]]:
    return {e.name: (e.type, e.sure) for e in analyse(text).entities}


def test_a_company_named_with_an_organisation_word_is_no_person_though_it_speaks() -> None:
    entities = {e.name: e for e in analyse(RESULTS).entities}
    assert entities["Harlow Electric"].type == "org"
    assert "Electric" not in entities["Harlow Electric"].aliases  # no "surname"
    assert entities["Kessel Motors"].type == "org"
    assert entities["Brandvik Holdings"].type == "org"


def test_a_headline_name_keeps_only_what_the_body_writes() -> None:
    names = set(_types(RESULTS)) | set(_types(LOCAL))
    assert "Harlow Electric Lifts Profit as Orders Rise" not in names
    assert "Flood Barrier Opens" not in names


def test_no_who_question_asks_for_a_company() -> None:
    companies = {"Harlow Electric", "Kessel Motors", "Brandvik Holdings", "Ostrow Bank"}
    for q in generate(RESULTS):
        if q.answer in companies:
            assert not q.prompt.startswith("Who"), q.prompt
            assert ", who " not in q.prompt, q.prompt


def test_small_towns_and_villages_are_places() -> None:
    types = _types(LOCAL)
    assert types["Ashcombe"] == ("city", True)  # "the villages of Ashcombe and Pellingford"
    assert types["Pellingford"] == ("city", True)
    assert types["Dunholt"] == ("place", True)  # "in Dunholt", "at Dunholt"
    assert types["Ruth Amble"][0] == "person"  # "Councillor" is no part of the name


def test_towns_named_once_beside_another_are_places_and_a_firm_keeps_no_surname() -> None:
    entities = {e.name: e for e in analyse(OBIT).entities}
    assert entities["Selworth"].type == "place"  # "at her home in Selworth"
    assert entities["Brantham"].type == "place"  # "in Selworth and Brantham"
    assert entities["Brantham"].sure
    assert "Talbrook" not in entities["Talbrook Pharma"].aliases  # Irene Talbrook's surname
    assert entities["Irene Talbrook"].type == "person"


def test_a_chief_executive_the_model_calls_an_organisation_is_a_person() -> None:
    types = _types(ENERGY)
    assert types["Hanne Lisvik"] == ("person", True)  # "Nordvale Energy's chief executive, X"
    lisvik = next(e for e in analyse(ENERGY).entities if e.name == "Hanne Lisvik")
    assert "Lisvik" in lisvik.aliases  # her surname alone is a right typed answer
    assert types["Meridian Airlines"][0] == "org"
    assert types["Feroe Capital"][0] == "org"


MIXED = (
    "General Electric said on Tuesday that its profit rose by a tenth. Samantha Power said on "
    "Monday that the aid would arrive soon. Power added that the talks had gone well."
)


def test_an_organisation_word_last_loses_to_a_surname_the_article_uses_alone() -> None:
    types = _types(MIXED)
    assert types["General Electric"][0] == "org"  # "said", but "Electric" is a firm's word
    assert types["Samantha Power"][0] == "person"  # "Power added": her surname


PRIZES = (
    "In 1921 Lena Brik won the Nobel Prize in Physics for her work on crystals. She won a "
    "second prize in 1930, this time in Chemistry, and later taught in Zurich. Her home river "
    "flows east through Bavaria and Austria before it reaches the sea."
)


def test_a_field_after_in_is_no_place_but_a_town_the_gazetteer_misses_is() -> None:
    types = _types(PRIZES)
    assert types.get("Chemistry", ("org", False)) != ("place", True)  # a field, never asked
    assert types["Zurich"] == ("place", True)  # "taught in Zurich", not "which region"
    assert types["Bavaria"] == ("place", True)  # "flows through Bavaria and Austria"
