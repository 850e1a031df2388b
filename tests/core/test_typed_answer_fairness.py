"""Typed answers (short answer and cloze) a fair teacher marks right, and the wrong ones
such a teacher refuses: one probe per row, each in the form a learner might type it.

A row is (key, accepted forms, fact kind, the prompt (a cloze when it has a gap; "" for
a short answer whose prompt does not matter), the typed answer, whether it is right).
"""

from __future__ import annotations

import pytest

from quizapp.questiondata import FactKind, QuestionData, QuestionKind
from quizapp.study.grading import check_answer

FIG, DATE, ACTOR = FactKind.FIGURE, FactKind.DATE, FactKind.ACTOR

Row = tuple[str, list[str], FactKind | None, str, str, bool]

FAIR: list[Row] = [
    # amounts: "m" and "bn" for million and billion, the currency as a word or a sign
    ("$12 million", [], FIG, "", "$12m", True),
    ("$12 million", [], FIG, "", "12m", True),
    ("$12 million", [], FIG, "", "12 million dollars", True),
    ("$12 million", [], FIG, "", "$12,000,000", True),
    ("$12 million", [], FIG, "", "12 million", True),
    ("$12 million", [], FIG, "", "USD 12 million", True),
    ("$3.5 billion", [], FIG, "", "$3.5bn", True),
    ("$3.5 billion", [], FIG, "", "3.5 bn", True),
    ("£40 million", [], FIG, "", "40 million pounds", True),
    ("£40 million", [], FIG, "", "£40m", True),
    # acronyms and their expansion, both ways
    ("World Food Programme", ["WFP"], ACTOR, "", "WFP", True),
    ("World Food Programme", [], ACTOR, "", "WFP", True),
    ("WFP", [], ACTOR, "", "World Food Programme", True),
    ("WFP", [], ACTOR, "", "World Food Program", True),
    ("the World Health Organization", [], ACTOR, "", "WHO", True),
    ("World Health Organization", [], ACTOR, "", "World Health Organisation", True),
    # a cloze answer typed with the words beside the gap
    ("40", [], FIG, "The convoy of ___ trucks crossed the border.", "40 trucks", True),
    ("Selenga", [], None, "Boats sail up the ___ river each spring.", "the Selenga river", True),
    ("Selenga", [], None, "Boats sail up the ___ river each spring.", "Selenga River", True),
    ("Baikal", [], None, "The seals of Lake ___ live in fresh water.", "Lake Baikal", True),
    ("3", [], FIG, "The talks lasted ___ days.", "three days", True),
    ("3", [], FIG, "The talks lasted ___ days.", "3 days", True),
    # number words
    ("2", [], FIG, "", "two", True),
    ("two", [], FIG, "", "2", True),
    ("12", [], FIG, "", "a dozen", True),
    ("12", [], FIG, "", "twelve", True),
    ("three days", [], FIG, "", "3 days", True),
    ("3 days", [], FIG, "", "three days", True),
    ("21", [], FIG, "", "twenty-one", True),
    ("1,500", [], FIG, "", "1500", True),
    ("1,500", [], FIG, "", "one thousand five hundred", True),
    ("4,000 people", [], FIG, "", "4000", True),
    # percent
    ("12 percent", [], FIG, "", "12%", True),
    ("12 percent", [], FIG, "", "12 per cent", True),
    ("12%", [], FIG, "", "12 percent", True),
    ("12%", [], FIG, "", "twelve per cent", True),
    ("51.9%", [], FIG, "", "51.9 pc", True),
    # dates in common English orders
    ("30 July 1966", [], DATE, "", "July 30, 1966", True),
    ("30 July 1966", [], DATE, "", "30/7/1966", True),
    ("30 July 1966", [], DATE, "", "1966-07-30", True),
    ("30 July 1966", [], DATE, "", "30th July 1966", True),
    ("30 July 1966", [], DATE, "", "the 30th of July 1966", True),
    ("30 July 1966", [], DATE, "", "Jul 30 1966", True),
    ("July 30, 1966", [], DATE, "", "30 July 1966", True),
    ("July 30, 1966", [], DATE, "", "30.07.1966", True),
    ("on 30 July 1966", [], DATE, "", "30 July 1966", True),
    ("March 2024", [], DATE, "", "03/2024", True),
    ("March 2024", [], DATE, "", "Mar 2024", True),
    # decades
    ("the 1990s", [], DATE, "", "1990s", True),
    ("the 1990s", [], DATE, "", "the nineties", True),
    ("1990s", [], DATE, "", "the 90s", True),
    ("1990s", [], DATE, "", "the '90s", True),
    ("the 1990s", [], DATE, "", "nineteen nineties", True),
    # ordinals
    ("the 101st minute", [], FIG, "", "101st", True),
    ("the 101st minute", [], FIG, "", "101", True),
    ("the 101st minute", [], FIG, "", "101st minute", True),
    ("101st", [], FIG, "In which minute was the goal scored?", "the 101st minute", True),
    ("40", [], FIG, "How many trucks crossed the border?", "40 trucks", True),
    ("Baikal", [], None, "Which lake holds the seals?", "Lake Baikal", True),
    ("third", [], FIG, "", "3rd", True),
    ("3rd", [], FIG, "", "third", True),
    ("the second", [], FIG, "", "2nd", True),
    ("twenty-first", [], FIG, "", "21st", True),
    # people: surname alone when the key lets it, name without a title
    ("Angela Merkel", ["Merkel"], ACTOR, "", "Merkel", True),
    ("Queen Elizabeth II", [], ACTOR, "", "Elizabeth II", True),
    ("Queen Elizabeth II", [], ACTOR, "", "Queen Elizabeth the Second", True),
    ("President Kagame", ["Paul Kagame"], ACTOR, "", "Paul Kagame", True),
    ("President Kagame", ["Paul Kagame"], ACTOR, "", "paul kagame", True),
    ("Dr Ines Okafor", [], ACTOR, "", "Ines Okafor", True),
    ("Pope Francis", [], ACTOR, "", "Francis", True),
    # "the" and case
    ("the Danube", [], None, "", "Danube", True),
    ("Danube", [], None, "", "the danube", True),
    ("Amazon", [], None, "", "AMAZON", True),
    # hyphens and spaces
    ("north-east", [], None, "", "northeast", True),
    ("north-east", [], None, "", "north east", True),
    ("northeast", [], None, "", "north-east", True),
    ("south-west England", [], None, "", "Southwest England", True),
    ("co-operation", [], None, "", "cooperation", True),
    # British and American spellings
    ("40 metres", [], FIG, "", "40 meters", True),
    ("12 kilometres", [], FIG, "", "12 kilometers", True),
    ("Development Programme", [], ACTOR, "", "Development Program", True),
    ("Ministry of Defence", [], ACTOR, "", "Ministry of Defense", True),
    ("colour television", [], None, "", "color television", True),
    ("Labour Party", [], ACTOR, "", "Labor Party", True),
    ("centre", [], None, "", "center", True),
    ("theatre", [], None, "", "theater", True),
    # units written short
    ("12 kilometres", [], FIG, "", "12 km", True),
    ("12 kilometres", [], FIG, "", "12km", True),
    ("40 metres", [], FIG, "", "40 m", True),
    ("40 metres", [], FIG, "", "40m", True),
    ("75 kilograms", [], FIG, "", "75 kg", True),
    ("31,500 square kilometres", [], FIG, "", "31,500 km2", True),
    ("31,500 square kilometres", [], FIG, "", "31500 sq km", True),
    ("31,500 square kilometres", [], FIG, "", "31,500 km²", True),
    ("31,500 square kilometres", [], FIG, "", "31,500 square km", True),
    ("31,500 km2", [], FIG, "", "31,500 square kilometres", True),
    ("60 miles per hour", [], FIG, "", "60 mph", True),
    ("60 mph", [], FIG, "", "60 miles an hour", True),
    ("120 kilometres per hour", [], FIG, "", "120 km/h", True),
    ("120 km/h", [], FIG, "", "120 kph", True),
    ("45 degrees Celsius", [], FIG, "", "45°C", True),
    ("45 degrees Celsius", [], FIG, "", "45 °C", True),
    ("45°C", [], FIG, "", "45 degrees Celsius", True),
    ("45 °C", [], FIG, "", "45 C", True),
    # more of the same rules, other words
    ("World War I", [], None, "", "World War One", True),
    ("World War I", [], None, "", "world war 1", True),
    ("Louis XIV", [], ACTOR, "", "Louis the Fourteenth", True),
    ("the 1960s", [], DATE, "", "the sixties", True),
    ("30 July 1966", [], DATE, "", "7/30/1966", True),
    ("Iraq", [], None, "", "Irak", True),
    ("Pacific Ocean", [], None, "Which ocean did the raft cross?", "Pacific", True),
    ("Lake Baikal", [], None, "Which lake holds the seals?", "Baikal", True),
    ("Mount Elbrus", [], None, "Which mountain did they climb?", "Mt Elbrus", True),
    ("Danube", [], None, "Which river floods the town?", "the river Danube", True),
    ("in 1895", [], DATE, "", "1895", True),
    ("1895", [], DATE, "", "in 1895", True),
    ("€2.4bn", [], FIG, "", "2.4 billion euros", True),
    ("800 metres", [], FIG, "", "800m", True),
    ("3.2 million", [], FIG, "", "3,200,000", True),
    ("9 hectares", [], FIG, "", "9 ha", True),
    ("23,600 cubic kilometres", [], FIG, "", "23,600 km3", True),
    ("23,600 cubic kilometres", [], FIG, "", "23600 cubic km", True),
    ("below 12 degrees", [], FIG, "", "below 12°C", True),
    ("12 degrees", [], FIG, "", "12 degrees Celsius", True),
    ("45°C", [], FIG, "", "45 degrees", True),
    ("-5°C", [], FIG, "", "minus 5 degrees Celsius", True),
    ("one second", [], FIG, "", "1 second", True),
    ("in the 1990s", [], DATE, "", "1990s", True),
    ("Queen Victoria", [], ACTOR, "", "Victoria", True),
    ("Sir Ian Blake", [], ACTOR, "", "Ian Blake", True),
]

UNFAIR: list[Row] = [
    # a different number, scale or currency
    ("$12 million", [], FIG, "", "$13m", False),
    ("$12 million", [], FIG, "", "12 billion dollars", False),
    ("$12 million", [], FIG, "", "12 million euros", False),
    ("$12 million", [], FIG, "", "$12", False),
    ("$3.5 billion", [], FIG, "", "3.5 million", False),
    ("2", [], FIG, "", "three", False),
    ("12", [], FIG, "", "a hundred", False),
    ("3", [], FIG, "The talks lasted ___ days.", "3 weeks", False),
    ("12 percent", [], FIG, "", "13%", False),
    ("40 metres", [], FIG, "", "40 km", False),
    ("40 metres", [], FIG, "", "40 miles", False),
    ("31,500 square kilometres", [], FIG, "", "31,500 km", False),
    ("60 mph", [], FIG, "", "60 km/h", False),
    ("45°C", [], FIG, "", "45°F", False),
    ("45 degrees Celsius", [], FIG, "", "54 degrees Celsius", False),
    # a different date, year, decade or ordinal
    ("30 July 1966", [], DATE, "", "30 July 1967", False),
    ("30 July 1966", [], DATE, "", "31 July 1966", False),
    ("30 July 1966", [], DATE, "", "30 June 1966", False),
    ("30 July 1966", [], DATE, "", "1966", False),
    ("1966", [], DATE, "", "1967", False),
    ("the 1990s", [], DATE, "", "the 1980s", False),
    ("the 1990s", [], DATE, "", "the eighties", False),
    ("the 1990s", [], DATE, "", "1990", False),
    ("1890s", [], DATE, "", "the 90s", False),
    ("the 101st minute", [], FIG, "", "102nd", False),
    ("the 101st minute", [], FIG, "", "100", False),
    ("third", [], FIG, "", "4th", False),
    ("3rd", [], FIG, "", "second", False),
    # a different person, or a name the key does not allow alone
    ("Angela Merkel", ["Merkel"], ACTOR, "", "Angela", False),
    ("Queen Elizabeth II", [], ACTOR, "", "Elizabeth I", False),
    ("Queen Elizabeth II", [], ACTOR, "", "Queen Victoria", False),
    ("Queen Elizabeth II", [], ACTOR, "", "Queen", False),
    ("Queen Elizabeth II", [], ACTOR, "", "Elizabeth", False),
    ("Henry VIII", [], ACTOR, "", "Henry VII", False),
    ("President Kagame", [], ACTOR, "", "President Museveni", False),
    ("Pope Francis", [], ACTOR, "", "Pope", False),
    ("Angela Merkel", [], ACTOR, "", "Angela Markel Smith", False),
    # a common word of a multi-word name or title
    ("Deluxe Edition", [], None, "", "Deluxe", False),
    ("Deluxe Edition", [], None, "", "Edition", False),
    ("The Long Crossing", [], None, "", "Crossing", False),
    ("The Long Crossing", [], None, "", "Long", False),
    ("The Long Crossing", [], None, "", "The Crossing", False),
    ("World Food Programme", [], ACTOR, "", "Programme", False),
    ("World Food Programme", [], ACTOR, "", "World Food", False),
    ("World Food Programme", [], ACTOR, "", "WHO", False),
    ("World Food Programme", [], ACTOR, "", "UN", False),
    ("United Nations Development Programme", [], ACTOR, "", "UN", False),
    ("Lake Baikal", [], None, "", "Lake", False),
    ("Selenga", [], None, "Boats sail up the ___ river each spring.", "river", False),
    ("Selenga", [], None, "Boats sail up the ___ river each spring.", "the river", False),
    ("Baikal", [], None, "The seals of Lake ___ live in fresh water.", "Lake Ladoga", False),
    # another place or direction
    ("north-east", [], None, "", "north-west", False),
    ("north-east", [], None, "", "east", False),
    ("Austria", [], None, "", "Australia", False),
    ("Niger", [], None, "", "Nigeria", False),
    ("Iran", [], None, "", "Iraq", False),
    ("400 women", [], FIG, "", "400 men", False),
    ("Queen Victoria", [], ACTOR, "", "Lake Victoria", False),
    ("General Motors", [], ACTOR, "", "Motors", False),
    ("Queen Mary University", [], ACTOR, "", "Mary University", False),
    ("the northern shore", [], None, "", "the southern shore", False),
    ("President Kagame", [], ACTOR, "", "Paul Biya", False),
    ("President Kagame", [], ACTOR, "", "President", False),
    ("Queen Elizabeth II", [], ACTOR, "", "Queen Elizabeth I", False),
    ("World War II", [], None, "", "World War I", False),
    ("World War I", [], None, "", "World War Two", False),
    # a dropped Roman numeral is no typo
    ("World War I", [], None, "", "World War", False),
    ("World War II", [], None, "", "World War", False),
    ("George I", [], ACTOR, "", "George", False),
    ("Henry VIII", [], ACTOR, "", "Henry", False),
    ("Queen Elizabeth II", [], ACTOR, "", "Queen Elizabeth", False),
    # another first name before a titled key's surname
    ("President Kagame", [], ACTOR, "", "Agathe Kagame", False),
    ("President Kagame", [], ACTOR, "", "Kagame", True),
    ("the 1960s", [], DATE, "", "the seventies", False),
    ("45°C", [], FIG, "", "45°F", False),
    ("45°C", [], FIG, "", "45 F", False),
    ("30 July 1966", [], DATE, "", "31/7/1966", False),
    ("3 days", [], FIG, "", "three weeks", False),
    ("North Korea", [], None, "Which country borders South Korea?", "North", False),
    ("North Korea", [], None, "Which country borders South Korea?", "South Korea", False),
    ("Baikal", [], None, "Which lake holds the seals?", "Lake Ladoga", False),
    ("Baikal", [], None, "Which lake holds the seals?", "Lake", False),
    ("Pacific Ocean", [], None, "Which ocean did the raft cross?", "Atlantic Ocean", False),
    ("Pacific Ocean", [], None, "Which ocean did the raft cross?", "Ocean", False),
    ("National Assembly", [], ACTOR, "Which assembly met?", "National", False),
    ("Black Sea", [], None, "Which sea do the ships reach?", "Black", False),
    ("Labour Party", [], ACTOR, "Which party won?", "Labour", False),
    ("$12 million", [], FIG, "", "$12 mn euros", False),
    ("€2.4bn", [], FIG, "", "2.4 billion dollars", False),
    ("800 metres", [], FIG, "", "800 km", False),
    ("9 hectares", [], FIG, "", "9 acres", False),
    ("23,600 cubic kilometres", [], FIG, "", "23,600 km2", False),
    ("below 12 degrees", [], FIG, "", "above 12°C", False),
    ("12 degrees", [], FIG, "", "13°C", False),
    ("45°C", [], FIG, "", "45°F", False),
    ("-5°C", [], FIG, "", "5°C", False),
    ("1 second", [], FIG, "", "3", False),
    ("the 1890s", [], DATE, "", "the nineties", False),
]


# Rows with the fine-type tags the generator gives: (key, tags, fact kind, typed, right).
TaggedRow = tuple[str, list[str], FactKind | None, str, bool]
PERSON, CITY, REGION = ["actors", "person"], ["actors", "city"], ["actors", "region"]
COUNTRY, MONEY, COUNT = ["actors", "country"], ["figures", "money"], ["figures", "count"]

TAGGED: list[TaggedRow] = [
    # a role or title before the person's full name or surname
    ("Maren Lindqvist", PERSON, ACTOR, "CEO Maren Lindqvist", True),
    ("Maren Lindqvist", PERSON, ACTOR, "chief executive Maren Lindqvist", True),
    ("Maren Lindqvist", PERSON, ACTOR, "ceo maren lindqvist", True),
    ("Maren Lindqvist", PERSON, ACTOR, "Finance Minister Lindqvist", True),
    ("Tomas Berge", PERSON, ACTOR, "UNHCR Deputy High Commissioner Tomas Berge", True),
    ("Tomas Berge", [], ACTOR, "OSCE Secretary-General Tomas Berge", True),
    ("Ilse Vandermeer", PERSON, ACTOR, "flood defence chief Ilse Vandermeer", True),
    ("Maren Lindqvist", PERSON, ACTOR, "CEO Karin Lindqvist", False),
    ("Maren Lindqvist", PERSON, ACTOR, "ceo karin lindqvist", False),
    ("Maren Lindqvist", PERSON, ACTOR, "Karin Lindqvist", False),
    ("Tomas Berge", PERSON, ACTOR, "Anders Holm Tomas Berge", False),
    ("Tomas Berge", PERSON, ACTOR, "the Secretary-General", False),
    ("Lindenport City", [], ACTOR, "Mayor City", False),
    # another person's given name, typed in capitals or a word that is a title and a name
    ("Marie Curie", PERSON, ACTOR, "EVE CURIE", False),
    ("Ingrid Solberg", PERSON, ACTOR, "HAROLD SOLBERG", False),
    ("Ingrid Solberg", PERSON, ACTOR, "MARK SOLBERG", False),
    ("Ingrid Solberg", [], ACTOR, "MARK SOLBERG", False),
    ("Ingrid Solberg", PERSON, ACTOR, "Dean Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "Major Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "King Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "Justice Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "Lead Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "JJ Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "Dean Ingrid Solberg", False),
    ("Ingrid Solberg", PERSON, ACTOR, "CEO Solberg", True),
    ("Ingrid Solberg", PERSON, ACTOR, "CEO INGRID SOLBERG", True),
    ("Ingrid Solberg", PERSON, ACTOR, "INGRID SOLBERG", True),
    ("Ingrid Solberg", PERSON, ACTOR, "Prime Minister Solberg", True),
    ("Ingrid Solberg", PERSON, ACTOR, "MP Ingrid Solberg", True),
    ("Ingrid Solberg", PERSON, ACTOR, "Mayor Solberg", True),
    ("Ingrid Solberg", PERSON, ACTOR, "coach Solberg", True),
    ("Tomas Berge", PERSON, ACTOR, "NATO Secretary-General Berge", True),
    # a currency code or sign for the key's currency word, a fraction of a scale in words
    ("2.6 billion crowns", MONEY, FIG, "NOK 2.6 billion", True),
    ("2.6 billion crowns", MONEY, FIG, "SEK 2.6bn", True),
    ("2.6 billion crowns", MONEY, FIG, "2.6 billion kronor", True),
    ("DKK 2.6 billion", MONEY, FIG, "2.6 billion Danish kroner", True),
    ("7 million Swiss francs", MONEY, FIG, "CHF 7m", True),
    ("300 million euros", MONEY, FIG, "EUR 300 million", True),
    ("1.5 billion yen", MONEY, FIG, "JPY 1.5 billion", True),
    ("500 million dollars", MONEY, FIG, "half a billion dollars", True),
    ("750,000", COUNT, FIG, "three quarters of a million", True),
    ("250,000 people", COUNT, FIG, "a quarter of a million", True),
    ("2.5 million", COUNT, FIG, "two and a half million", True),
    ("2.5 million", COUNT, FIG, "2.5m", True),
    ("2.6 billion crowns", MONEY, FIG, "NOK 2.7 billion", False),
    ("2.6 billion crowns", MONEY, FIG, "NOK 2.6 million", False),
    ("2.6 billion crowns", MONEY, FIG, "USD 2.6 billion", False),
    ("2.6 billion Norwegian crowns", MONEY, FIG, "SEK 2.6 billion", False),
    ("7 million Swiss francs", MONEY, FIG, "7 million euros", False),
    ("500 million dollars", MONEY, FIG, "half a billion euros", False),
    ("5 million", COUNT, FIG, "half a million", False),
    # a city with its country, a place without its generic head, a compass adjective
    ("Gothenburg", CITY, ACTOR, "Gothenburg, Sweden", True),
    ("Gothenburg", CITY, ACTOR, "Gothenburg in Sweden", True),
    ("Gothenburg", [], ACTOR, "Gothenburg (Sweden)", True),
    ("Savannah", CITY, ACTOR, "Savannah, Georgia", True),
    ("Gothenburg", CITY, ACTOR, "Gothenburg, Denmark", False),
    ("Gothenburg", CITY, ACTOR, "Malmo, Sweden", False),
    ("Gothenburg", CITY, ACTOR, "Malmo", False),
    ("Lindenport City", CITY, ACTOR, "Lindenport", True),
    ("Old City", CITY, ACTOR, "Old", False),
    ("Panama City", CITY, ACTOR, "Panama", False),
    ("West Balkans", REGION, ACTOR, "Western Balkans", True),
    ("Western Balkans", REGION, ACTOR, "West Balkans", True),
    ("West Balkans", REGION, ACTOR, "Eastern Balkans", False),
    ("South Sudan", COUNTRY, ACTOR, "Southern Sudan", False),
    ("Northern Ireland", REGION, ACTOR, "Northern Ireland", True),
    # a hyphen-joined first part before a place's name (a place only)
    ("Ossetia", REGION, ACTOR, "North-Ossetia", False),
    ("Carpathia", REGION, ACTOR, "Trans-Carpathia", True),
    ("Carpathia", [], ACTOR, "Trans-Carpathia", False),
    ("Herzegovina", REGION, ACTOR, "Bosnia-Herzegovina", False),
    ("Hungary", COUNTRY, ACTOR, "Austria-Hungary", False),
]


@pytest.mark.parametrize(("key", "tags", "fact", "typed", "right"), TAGGED)
def test_a_tagged_question_is_graded_as_a_fair_teacher_would(
    key: str, tags: list[str], fact: FactKind | None, typed: str, right: bool
) -> None:
    question = QuestionData(
        uid="probe",
        kind=QuestionKind.SHORT_ANSWER,
        prompt="Which?",
        answer=key,
        tags=tags,
        fact_kind=fact,
    )
    verdict = check_answer(question, typed)
    assert verdict.correct is right, (key, typed)
    assert not verdict.exact or not right or typed == key


def _question(key: str, accepted: list[str], fact: FactKind | None, prompt: str) -> QuestionData:
    kind = QuestionKind.CLOZE if "___" in prompt else QuestionKind.SHORT_ANSWER
    return QuestionData(
        uid="probe",
        kind=kind,
        prompt=prompt or "Which?",
        answer=key,
        accepted=accepted,
        fact_kind=fact,
    )


@pytest.mark.parametrize(("key", "accepted", "fact", "prompt", "typed", "right"), FAIR + UNFAIR)
def test_typed_answer_is_graded_as_a_fair_teacher_would(
    key: str, accepted: list[str], fact: FactKind | None, prompt: str, typed: str, right: bool
) -> None:
    verdict = check_answer(_question(key, accepted, fact, prompt), typed)
    assert verdict.correct is right, (key, typed)
    assert verdict.expected == key  # the feedback shows the key


@pytest.mark.parametrize(
    ("key", "accepted", "fact", "prompt", "typed", "right"), [r for r in FAIR if not r[1]]
)
def test_another_form_of_the_key_is_noted_but_not_exact(
    key: str, accepted: list[str], fact: FactKind | None, prompt: str, typed: str, right: bool
) -> None:
    verdict = check_answer(_question(key, accepted, fact, prompt), typed)
    assert verdict.correct and not verdict.exact
    assert key in verdict.note or not verdict.note  # the note names the key it matched


@pytest.mark.parametrize(
    ("text", "answer", "alias", "kept"),
    [
        ("The Long Crossing topped the charts. Fans loved The Long Crossing.",
         "Long Crossing", "Crossing", False),
        ("A Deluxe Edition followed in 2020. The Deluxe Edition sold well.",
         "Deluxe Edition", "Edition", False),
        ("The singer Aoife Brennan wrote the songs in 2019.", "Aoife Brennan", "Brennan", True),
    ],
)  # fmt: skip
def test_a_thing_typed_as_a_person_gives_no_last_word_alone(
    text: str, answer: str, alias: str, kept: bool
) -> None:
    # Given a name the model took for a person, written with "the" or "a" before it
    from quizapp.generator.facts.facts import ACTOR as ACTOR_FACT
    from quizapp.generator.facts.facts import PERSON, Fact, Sentence
    from quizapp.generator.synthesis import _alias_used

    start = text.index(answer)
    sentence = Sentence(0, text, None, 0, True)
    fact = Fact(ACTOR_FACT, PERSON, answer, sentence, start, start + len(answer), aliases=(alias,))
    # Then its last word alone ("Crossing") is no accepted answer, a person's surname is
    assert _alias_used(alias, fact, [fact]) is kept


@pytest.mark.parametrize(
    ("key", "typed", "right"),
    [("12000000", "$12m", True), ("12000000", "12 mn", True), ("12000000", "12 million", True),
     ("12000000", "13m", False), ("40", "40m", True), ("40", "40 m", True)],
)  # fmt: skip
def test_a_number_in_millions_written_m_answers_a_numeric_question(
    key: str, typed: str, right: bool
) -> None:
    question = QuestionData(uid="n", kind=QuestionKind.NUMERIC, prompt="How much?", answer=key)
    assert check_answer(question, typed).correct is right


def test_warm_up_loads_the_lists_grading_reads() -> None:
    from quizapp.study import answer_places, english_words
    from quizapp.study.answer_names import country_names
    from quizapp.study.grading import warm_up

    loaded = (
        english_words.english_words,
        country_names,
        answer_places._regions,
        answer_places._city_regions,
    )
    for read in loaded:
        read.cache_clear()
    warm_up()
    assert all(read.cache_info().currsize == 1 for read in loaded)
    question = QuestionData(
        uid="q",
        kind=QuestionKind.SHORT_ANSWER,
        prompt="Where did the ferry dock?",
        answer="Gothenburg",
        tags=CITY,
        fact_kind=ACTOR,
    )
    assert check_answer(question, "Gothenburg, Sweden").correct
    assert all(read.cache_info().misses == 1 for read in loaded)  # nothing read again
