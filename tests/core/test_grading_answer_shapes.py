"""Typed answers in the shapes a blind judge found refused, and wrong answers of the same
shapes: a date with its preposition, a people's noun for its adjective, a person's name
with a qualifier after it, a number word with its hyphen-joined neighbour or restated in
digits, a country's ISO code, accents both ways. Names, places and topics are made up or
far from any article the generator was tuned on.

A row is (key, accepted forms, fact kind, tags, prompt: a cloze when it has a gap, the
typed answer, whether a fair teacher marks it right).
"""

from __future__ import annotations

import pytest

from quizapp.questiondata import FactKind, QuestionData, QuestionKind
from quizapp.study.grading import check_answer

DATE, ACTOR, FIG, QUOTE = FactKind.DATE, FactKind.ACTOR, FactKind.FIGURE, FactKind.QUOTE
MONTH, YEAR, DAY = ["dates", "month"], ["dates", "year"], ["dates", "full_date"]
WEEKDAY, MONTH_YEAR = ["dates", "weekday"], ["dates", "month_year"]
ORG, PERSON, COUNTRY = ["actors", "org"], ["actors", "person"], ["actors", "country"]
EVENT, COUNT = ["actors", "event"], ["figures", "count"]
CREW = "Nearly all the deckhands hired that winter were young ___ from the coast."

Row = tuple[str, list[str], FactKind | None, list[str], str, str, bool]

DATES: list[Row] = [
    ("March", [], DATE, MONTH, "In which month did the ferry resume?", "in March", True),
    ("March", [], DATE, [], "In which month did the ferry resume?", "in March", True),
    ("March", [], DATE, MONTH, "", "In March", True),
    ("1912", [], DATE, YEAR, "", "in 1912", True),
    ("1912", [], DATE, YEAR, "", "during 1912", True),
    ("14 March", [], DATE, DAY, "", "on 14 March", True),
    ("14 March", [], DATE, DAY, "", "on the 14th of March", True),
    ("March 1912", [], DATE, MONTH_YEAR, "", "in March 1912", True),
    ("Tuesday", [], DATE, WEEKDAY, "", "on Tuesday", True),
    ("the 1920s", [], DATE, ["dates", "decade"], "", "in the 1920s", True),
    ("1912", [], DATE, YEAR, "The lighthouse was first lit in ___.", "in 1912", True),
    # a bound in time before the key's year still gives that year ("When did the ban
    # start?": "since 1912"; "When did it end?": "until 1912"), as the grader always had
    ("1912", [], DATE, YEAR, "Since when has the ferry run?", "since 1912", True),
    ("1912", [], DATE, YEAR, "", "until 1912", True),
    ("1912", [], DATE, YEAR, "The ferry has run since ___.", "since 1912", True),
    # another date, or a date that says something else than the key
    ("March", [], DATE, MONTH, "", "in April", False),
    ("1912", [], DATE, YEAR, "", "in 1913", False),
    ("1912", [], DATE, YEAR, "", "before 1912", False),
    ("1912", [], DATE, YEAR, "", "after 1912", False),
    ("1912", [], DATE, YEAR, "", "in 1912 or 1913", False),
    ("14 March", [], DATE, DAY, "", "on 15 March", False),
    ("14 March", [], DATE, DAY, "", "on Monday", False),
    # a year the key does not give, or a year relative to one the learner cannot see: the
    # article may mean this year's March or another; refused as a teacher cannot tell
    ("March", [], DATE, MONTH, "", "March last year", False),
    ("March", [], DATE, MONTH, "", "last March", False),
    ("March", [], DATE, MONTH, "", "in March 1999", False),
]

PEOPLES: list[Row] = [
    ("Swedes", [], ACTOR, ORG, CREW, "Swedish", True),
    ("Swedes", [], ACTOR, ORG, CREW, "swedish", True),
    ("Danes", [], ACTOR, ORG, CREW, "Danish", True),
    ("Poles", [], ACTOR, ORG, CREW, "Polish", True),
    ("Britons", [], ACTOR, ORG, CREW, "British", True),
    ("Kenyans", [], ACTOR, ORG, CREW, "Kenyan", True),
    ("Finns", [], ACTOR, ORG, CREW, "Finnish", True),
    ("Turks", [], ACTOR, ORG, CREW, "Turkish", True),
    ("Scots", [], ACTOR, ORG, CREW, "Scottish", True),
    ("Slovenes", [], ACTOR, ORG, CREW, "Slovenian", True),
    ("Frenchmen", [], ACTOR, ORG, CREW, "French", True),
    ("Israelis", [], ACTOR, [], CREW, "Israeli", True),
    ("Danes", [], None, [], CREW, "Danish", True),
    ("Danish", [], None, [], "The ___ volunteers wore trackers.", "Danes", True),
    ("Polish", [], None, [], "The ___ volunteers wore trackers.", "Poles", True),
    # never another people
    ("Swedes", [], ACTOR, ORG, CREW, "Swiss", False),
    ("Swedes", [], ACTOR, ORG, CREW, "Norwegian", False),
    ("Swedes", [], ACTOR, ORG, CREW, "Danish", False),
    ("Danes", [], ACTOR, ORG, CREW, "Dutch", False),
    ("Poles", [], ACTOR, ORG, CREW, "Portuguese", False),
    ("Austrians", [], ACTOR, ORG, CREW, "Australian", False),
    ("Kenyans", [], ACTOR, ORG, CREW, "Tanzanian", False),
    ("Scots", [], ACTOR, ORG, CREW, "Irish", False),
    ("Romans", [], ACTOR, ORG, CREW, "Romanian", False),
    ("Slovaks", [], ACTOR, ORG, CREW, "Slovenian", False),
    ("Turk", [], ACTOR, ORG, "The ___ won the sprint.", "Turkmen", False),
    ("Turks", [], ACTOR, ORG, CREW, "Turkmen", False),
    ("Englishmen", [], ACTOR, ORG, CREW, "English", True),
    # a plain word, and a family name, are no people
    ("poles", [], None, [], "The tent ___ bent in the gale.", "polish", False),
    ("Evans", [], ACTOR, PERSON, "Who chaired the panel?", "Evan", False),
]

QUALIFIED: list[Row] = [
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Halima Wekesa of Lakeshore Grain Traders", True),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Halima Wekesa, LGT finance director", True),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Wekesa (Lakeshore Grain Traders)", True),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Wekesa of Lakeshore Grain Traders", True),
    ("Halima Wekesa", ["Wekesa"], QUOTE, PERSON, "Who said this: “The books balance”?",
     "Halima Wekesa, the auditor", True),
    ("Halima Wekesa", ["Wekesa"], ACTOR, [], "Who audited the co-operative?",
     "Halima Wekesa of Lakeshore Grain Traders", True),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "___ audited the co-operative.",
     "Halima Wekesa, finance director", True),
    # a different name first, two names, or a qualifier that hedges
    ("Wekesa", [], ACTOR, PERSON, "Who audited the co-operative?", "Otieno of Wekesa Ltd", False),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Amina Wekesa of Lakeshore Grain Traders", False),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Wekesa, Otieno", False),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Wekesa or Otieno", False),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Wekesa (or Otieno)", False),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Wekesa, Otieno, Mwangi", False),
    ("Halima Wekesa", ["Wekesa"], ACTOR, PERSON, "Who audited the co-operative?",
     "Otieno, Wekesa's deputy", False),
    # a body's or place's name is no person with a qualifier
    ("Lakeshore Grain Traders", [], ACTOR, ORG, "Who bought the harvest?",
     "Lakeshore of Nakuru", False),
]  # fmt: skip

NUMBERS: list[Row] = [
    ("five", ["5"], FIG, COUNT, "She took her third ___-wicket haul.", "five-wicket", True),
    ("five", ["5"], FIG, COUNT, "She took her third ___-wicket haul.", "5-wicket", True),
    ("five", [], FIG, COUNT, "She took her third ___-wicket haul.", "5-wicket haul", True),
    ("five", [], FIG, COUNT, "She took her third ___-wicket haul.", "five wicket", True),
    ("nine", [], FIG, COUNT, "The town kept a ___-hour curfew.", "9-hour", True),
    ("seven", [], FIG, COUNT, "The last ___ lanterns went out at dawn.", "seven (7)", True),
    ("seven", [], FIG, COUNT, "The last ___ lanterns went out at dawn.", "7", True),
    ("seven", [], FIG, COUNT, "", "7 (seven)", True),
    ("twelve", [], FIG, COUNT, "Those ___ mid-century vases sold first.", "12", True),
    # another number in the same shapes
    ("five", ["5"], FIG, COUNT, "She took her third ___-wicket haul.", "six-wicket", False),
    ("five", ["5"], FIG, COUNT, "She took her third ___-wicket haul.", "5-run", False),
    ("five", ["5"], FIG, COUNT, "She took her third ___-wicket haul.", "4-wicket", False),
    ("seven", [], FIG, COUNT, "The last ___ lanterns went out at dawn.", "seven (8)", False),
    ("seven", [], FIG, COUNT, "The last ___ lanterns went out at dawn.", "8 (seven)", False),
    ("seven", [], FIG, COUNT, "The last ___ lanterns went out at dawn.", "six (or seven)", False),
]

COUNTRIES: list[Row] = [
    ("New Zealand", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "NZ", True),
    ("New Zealand", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "N.Z.", True),
    ("New Zealand", [], ACTOR, [], "Which country hosted the regatta?", "NZ", True),
    ("Switzerland", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "CH", True),
    ("NZ", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "New Zealand", True),
    ("United States", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "US", True),
    # another country's code, or a word that happens to be a code
    ("New Zealand", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "NL", False),
    ("Australia", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "AT", False),
    ("Norway", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "no", False),
    ("Norway", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "NO", False),
    ("India", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "in", False),
    ("Niger", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "NG", False),
    ("Austria", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "AU", False),
    # a code in lower case is refused: "no", "it", "is" and "my" are words as well as codes
    ("New Zealand", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "nz", False),
    ("Italy", [], ACTOR, COUNTRY, "Which country hosted the regatta?", "it", False),
    ("AI", [], ACTOR, [], "What did the firm invest in?", "Anguilla", False),
]

NAMES: list[Row] = [
    # accents typed or left out, both ways
    ("Sigrid Kjærholm", ["Kjærholm"], ACTOR, PERSON, "Who led the survey?", "Kjaerholm", True),
    ("Sigrid Kjaerholm", ["Kjaerholm"], ACTOR, PERSON, "Who led the survey?", "Kjærholm", True),
    ("Sigrid Kjærholm", [], ACTOR, PERSON, "Who led the survey?", "Sigrid Kjarholm", True),
    ("Bohdana Kravčíková", ["Kravčíková"], ACTOR, PERSON, "Who spoke?", "Kravcikova", True),
    ("Bohdana Kravcikova", ["Kravcikova"], ACTOR, PERSON, "Who spoke?", "Kravčíková", True),
    ("Bohdana Kravčíková", [], ACTOR, PERSON, "Who spoke?", "Bohdana Kravcikova", True),
    # an owner's acronym before an event's name: "AFC Champions League" is another
    # competition than UEFA's, and the grader has no list of which body owns what, so
    # an acronym the key does not give stays refused
    ("Champions League", [], ACTOR, EVENT, "Which competition did they win?",
     "AFC Champions League", False),
    ("World Rowing Cup", [], ACTOR, EVENT, "Which series did they win?",
     "FISA World Rowing Cup", False),
]  # fmt: skip


def _question(
    key: str, accepted: list[str], fact: FactKind | None, tags: list[str], prompt: str
) -> QuestionData:
    kind = QuestionKind.CLOZE if "___" in prompt else QuestionKind.SHORT_ANSWER
    return QuestionData(
        uid="probe",
        kind=kind,
        prompt=prompt or "When?",
        answer=key,
        accepted=accepted,
        tags=tags,
        fact_kind=fact,
    )


ROWS = DATES + PEOPLES + QUALIFIED + NUMBERS + COUNTRIES + NAMES


@pytest.mark.parametrize(("key", "accepted", "fact", "tags", "prompt", "typed", "right"), ROWS)
def test_an_answer_of_a_judged_shape_is_graded_as_a_fair_teacher_would(
    key: str,
    accepted: list[str],
    fact: FactKind | None,
    tags: list[str],
    prompt: str,
    typed: str,
    right: bool,
) -> None:
    # Given a typed question, When the learner types the answer in one of these shapes
    verdict = check_answer(_question(key, accepted, fact, tags, prompt), typed)
    # Then it is right exactly when a fair teacher would mark it so, never exact
    assert verdict.correct is right, (key, typed)
    assert not verdict.exact or typed.strip() == key.strip()
