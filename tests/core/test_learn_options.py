"""Learn mode's made-up multiple choices: wrong options of the answer's own type only."""

from __future__ import annotations

import random
from collections import Counter

from quizapp.questiondata import FactKind, QuestionData, QuestionKind
from quizapp.study.learn import Form, Ladder
from quizapp.study.learn_forms import asked, ladder_of

K = QuestionKind


def gen(uid: str, kind: K, answer: str, fact: FactKind, fine: str) -> QuestionData:
    """A question as the generator makes it: its fact kind, and its fine type as a tag."""
    tags = [f"{fact}s", fine]
    return QuestionData(uid, kind, f"About {uid}: ___.", answer, fact_kind=fact, tags=tags,
                        tolerance=0 if kind is K.NUMERIC else None)  # fmt: skip


# the try-out's article, as the generator labelled it
STRIKE = [
    gen("wages", K.CLOZE, "12 percent", FactKind.FIGURE, "percent"),
    gen("walkout", K.CLOZE, "3 March 1937", FactKind.DATE, "full_date"),
    gen("deal", K.CLOZE, "2 May 1937", FactKind.DATE, "full_date"),
    gen("leader", K.CLOZE, "Thomas Birch", FactKind.ACTOR, "person"),
    gen("mayor", K.CLOZE, "Eleanor Voss", FactKind.ACTOR, "person"),
    gen("union", K.CLOZE, "Margaret Hale", FactKind.ACTOR, "person"),
    gen("gate", K.SHORT_ANSWER, "North Gate", FactKind.ACTOR, "place"),
    gen("paper", K.CLOZE, "The Elmsworth Courier", FactKind.ACTOR, "org"),
    gen("injured", K.NUMERIC, "27", FactKind.FIGURE, "count"),
    gen("hired", K.NUMERIC, "600", FactKind.FIGURE, "count"),
    gen("workers", K.NUMERIC, "4200", FactKind.FIGURE, "count"),
]


def options(question: QuestionData, pool: list[QuestionData], seed: int) -> list[str]:
    return asked(question, Form.CHOICE, pool, random.Random(seed)).choices or []


def test_a_percentage_gets_percentages_never_dates_or_people() -> None:
    wages = STRIKE[0]
    for seed in range(20):
        found = options(wages, STRIKE, seed)
        assert len(found) == 4 and "12 percent" in found
        assert all(text.endswith(" percent") for text in found), found


def test_a_person_gets_people_never_a_place_or_a_body() -> None:
    leader = STRIKE[3]
    for seed in range(10):
        assert sorted(options(leader, STRIKE, seed)) == [
            "Eleanor Voss", "Margaret Hale", "Thomas Birch",
        ]  # fmt: skip


def test_too_few_of_the_answers_type_asks_it_typed() -> None:
    gate, paper = STRIKE[6], STRIKE[7]  # the only place; the only body
    assert ladder_of(gate, STRIKE) == Ladder(Form.TYPED, Form.TYPED)
    assert ladder_of(paper, STRIKE) == Ladder(Form.TYPED, Form.TYPED)
    deal = STRIKE[2]  # one other date: two options would be a coin toss
    assert ladder_of(deal, STRIKE) == Ladder(Form.TYPED, Form.TYPED)


def test_a_count_gets_whole_numbers_of_its_size_never_half_or_double() -> None:
    injured, hired = STRIKE[8], STRIKE[9]
    for question in (injured, hired):
        value = float(question.answer)
        for seed in range(40):
            found = options(question, STRIKE, seed)
            assert len(found) == 4 and question.answer in found
            for text in found:
                number = float(text)
                assert number.is_integer(), found  # no "13.5" people
                assert value / 3 <= number <= value * 3, found  # not 27 among 600
                assert number not in (value / 2, value * 2), found  # not 300 / 1200 round 600


def test_a_span_of_years_never_gets_a_number_far_off() -> None:
    # the bundled set's "How many years ..." (28) beside a count of 120000, no fact kinds
    years = QuestionData("span", K.NUMERIC, "How many years did the talks last?", "28", tolerance=0)
    big = QuestionData("refugees", K.NUMERIC, "How many fled?", "120000", tolerance=0)
    year = QuestionData("when", K.NUMERIC, "In which year?", "1994", tolerance=0)
    for seed in range(20):
        found = [float(t) for t in options(years, [years, big, year], seed)]
        assert all(10 <= n <= 84 for n in found), found


def test_the_answer_is_not_given_away_by_its_rank() -> None:
    # made-up neighbours put the answer lowest, highest or between about as often
    hired = STRIKE[9]
    ranks = Counter(
        sorted(options(hired, [hired], seed), key=float).index("600") for seed in range(400)
    )
    assert set(ranks) == {0, 1, 2, 3}
    assert min(ranks.values()) >= 60, ranks


def test_a_year_gets_years_near_it() -> None:
    when = QuestionData("when", K.NUMERIC, "In which year?", "1940", tolerance=0)
    for seed in range(20):
        found = [float(t) for t in options(when, [when], seed)]
        assert all(1930 <= n <= 1950 and n.is_integer() for n in found), found


def test_a_long_answer_holding_a_year_is_text_like_any_other() -> None:
    backs = [
        "A body set up by the OSCE in 1992 to end the war, led by three countries",
        "Armenia is mostly Christian; Azerbaijan is mostly Muslim",
        "Who controls the enclaves along the frontier",
        "1994",
    ]
    cards = [QuestionData(f"c{n}", K.FLASHCARD, f"Back {n}?", back) for n, back in enumerate(backs)]
    found = options(cards[0], cards, 0)
    assert sorted(found) == sorted(backs[:3])  # the year is no option for a sentence


def test_a_sentence_gets_other_sentences_whatever_their_fact_kind() -> None:
    # the bundled set's flashcards: long backs, each labelled with what it is about
    backs = [
        ("A body set up by the OSCE in 1992 to end the war, led by three countries", "actor"),
        ("Armenia called it ethnic cleansing; Azerbaijan rejected that outright", "date"),
        ("It matters to the region, to the Black Sea and to North Atlantic security", None),
        ("OSCE", "actor"),
    ]
    cards = [
        QuestionData(f"c{n}", K.FLASHCARD, "?", back, fact_kind=FactKind(fact) if fact else None)
        for n, (back, fact) in enumerate(backs)
    ]
    assert sorted(options(cards[0], cards, 0)) == sorted(back for back, _f in backs[:3])


# The bundled set's actors carry a fine type among their tags ("person", "org", "country",
# "place") as the generator's do: Learn offers only answers of their sort.
BUNDLED_SORTS = {
    "NATO": "org", "European Union": "org", "OSCE": "org", "Minsk Group": "org",
    "Reuters": "org", "Organization for Security and Co-operation in Europe": "org",
    "Ilham Aliyev": "person", "Jens Stoltenberg": "person", "Nikol Pashinyan": "person",
    "Aliyev": "person", "Heydar Aliyev": "person", "Kassym-Jomart Tokayev": "person",
    "Russia": "country", "France": "country", "Germany": "country", "Armenia": "country",
    "Azerbaijan": "country", "United States": "country",
    "Baku": "place", "Berlin": "place", "Karabakh": "place", "Yerevan": "place",
}  # fmt: skip


def test_the_bundled_sets_actors_get_options_of_their_own_sort() -> None:
    from quizapp.formats.quizset import read_set
    from quizapp.resources import bundled_sets

    (path,) = [p for p in bundled_sets() if p.name == "caucasus-peace-talks.yaml"]
    data = read_set(path.read_bytes(), path.name).data
    assert data is not None
    pool = data.questions
    actors = [
        q for q in pool
        if q.fact_kind is FactKind.ACTOR and q.kind is not K.FLASHCARD and q.answer in BUNDLED_SORTS
    ]  # fmt: skip
    assert len(actors) >= 10
    for question in actors:
        for seed in range(5):
            found = asked(question, Form.CHOICE, pool, random.Random(seed)).choices or []
            # names outside the table are the question's own hand-written choices
            sorts = {BUNDLED_SORTS[text] for text in found if text in BUNDLED_SORTS}
            assert sorts == {BUNDLED_SORTS[question.answer]}, (question.answer, found)
