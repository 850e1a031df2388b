"""Which questions the selection keeps (issue 16): no two questions where one shows the
other's answer (a surname, a date's year), one question per person unless the article is
thin, a quote rather than "Who is named in the article as ...", the article's subject not
asked past its lead where its question hides a date, and money promised as aid ranked as a
headline figure. Texts written for these tests."""

from __future__ import annotations

from quizapp.generator.facts.facts import (
    ACTOR,
    DATE,
    FULL_DATE,
    PERSON,
    QUOTE,
    SPEAKER,
    YEAR,
    Entity,
    Fact,
    Sentence,
)
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import importance, lead_sentences, recurring
from quizapp.generator.selection import Candidate, select
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import FactKind, QuestionKind

SHORT, MC = QuestionKind.SHORT_ANSWER, QuestionKind.MULTIPLE_CHOICE


def _sentence(index: int, text: str) -> Sentence:
    return Sentence(index, text, None, 0, True)


def _fact(sentence: Sentence, answer: str, entity: Entity | None = None, date: str = YEAR) -> Fact:
    at = sentence.text.index(answer)
    kind, type_ = (ACTOR, entity.type) if entity is not None else (DATE, date)
    return Fact(kind, type_, answer, sentence, at, at + len(answer), entity=entity)


def _quote(sentence: Sentence, words: str, speaker: Entity) -> Fact:
    at = sentence.text.index(words)
    return Fact(
        QUOTE, SPEAKER, speaker.name, sentence, at, at + len(words), entity=speaker, quote=words
    )


def _on(
    fact: Fact,
    prompt: str,
    order: int,
    weight: float,
    kind: QuestionKind = SHORT,
    form: QuestionForm = QuestionForm.WH,
) -> Candidate:
    q = GeneratedQuestion(kind, prompt, fact.answer, FactKind.ACTOR, f"k{order}", "", "")
    q.form = form
    return Candidate(q, fact, order, weight)


def _asked(cands: list[Candidate], limit: int, **kw: object) -> list[str]:
    return [q.prompt for q in select(cands, limit, **kw)]  # type: ignore[arg-type]


def test_a_surname_in_the_other_question_shows_the_answer() -> None:
    dahl = Entity("Tove Dahl", PERSON, aliases={"Dahl"})
    one = _sentence(0, "The astronomer Tove Dahl opened the Lund observatory in 1931.")
    cands = [
        _on(_fact(one, "Tove Dahl", dahl), "Who opened the Lund observatory?", 0, 3.0),
        _on(_fact(one, "1931"), "In which year did Dahl open the Lund observatory?", 1, 2.0, MC),
    ]
    assert _asked(cands, 5) == ["Who opened the Lund observatory?"]


def test_the_year_of_a_date_in_the_other_question_shows_the_date() -> None:
    falcons = Entity("Velby Falcons", "org")
    one = _sentence(0, "The Velby Falcons won the Tarra Cup on 30 July 1966 at home.")
    cands = [
        _on(_fact(one, "Velby Falcons", falcons), "Which club won the Tarra Cup in 1966?", 0, 3),
        _on(
            _fact(one, "30 July 1966", date=FULL_DATE),
            "On which date was the Tarra Cup won at home?",
            1,
            2.0,
            MC,
        ),
    ]
    assert len(_asked(cands, 5)) == 1


def _coach() -> tuple[Entity, list[Candidate]]:
    lind = Entity("Mara Lind", PERSON)
    one = _sentence(0, "Coach Mara Lind led the Falcons to the league title.")
    two = _sentence(1, '"We never stopped believing," Mara Lind said.')
    three = _sentence(2, "The club was founded in 1921.")
    four = _sentence(3, "Its stadium opened in 1958.")
    return lind, [
        _on(_fact(one, "Mara Lind", lind), "Who led the Falcons to the league title?", 0, 4.0),
        _on(
            _quote(two, "We never stopped believing", lind),
            "Who said this: “We never stopped believing”?",
            1,
            3.0,
            form=QuestionForm.QUOTE,
        ),
        _on(_fact(three, "1921"), "In which year was the club founded?", 2, 2.0, MC),
        _on(_fact(four, "1958"), "In which year did the club's stadium open?", 3, 1.0, MC),
    ]


def test_a_person_is_asked_once_where_the_article_has_other_facts() -> None:
    _, cands = _coach()
    asked = _asked(cands, 3)
    assert "Who said this: “We never stopped believing”?" not in asked, asked
    assert len(asked) == 3


def test_a_thin_article_asks_the_person_for_another_fact_last() -> None:
    _, cands = _coach()
    asked = _asked(cands, 6)
    assert asked[-1] == "Who said this: “We never stopped believing”?", asked
    assert len(asked) == 4
    assert _asked(cands, 3) == asked[:3]  # the first N of a longer set are the set of N


def test_a_quote_is_asked_rather_than_the_role_of_its_speaker() -> None:
    lind, cands = _coach()
    one = cands[0].fact.sentence
    role = _on(
        _fact(one, "Mara Lind", lind),
        "Who is named in the article as the coach?",
        0,
        4.0,
        form=QuestionForm.ROLE,
    )
    asked = _asked([role, *cands[1:]], 6)
    assert "Who is named in the article as the coach?" not in asked, asked
    assert "Who said this: “We never stopped believing”?" in asked


def test_the_subject_past_the_lead_leaves_its_date_to_be_asked() -> None:
    holm = Entity("Karl Holm", PERSON)
    died = _sentence(5, "Karl Holm died of fever in Tarrow on 2 May 1890.")
    cands = [
        _on(_fact(died, "Karl Holm", holm), "Who died of fever on 2 May 1890?", 0, 4.0),
        _on(
            _fact(died, "2 May 1890", date=FULL_DATE),
            "On which date did Karl Holm die of fever?",
            1,
            1.2,
            MC,
        ),
    ]
    lead = frozenset({0, 1, 2})
    date_only = ["On which date did Karl Holm die of fever?"]
    assert _asked(cands, 5, subject=holm, lead=lead) == date_only
    # in the lead, or of someone else than the subject, the weightier actor is asked
    assert _asked(cands, 5, subject=None, lead=lead) == ["Who died of fever on 2 May 1890?"]
    early = frozenset({5})
    assert _asked(cands, 5, subject=holm, lead=early) == ["Who died of fever on 2 May 1890?"]


def test_money_promised_as_aid_is_a_headline_figure() -> None:
    def money_weight(text: str) -> float:
        facts = analyse(text).facts
        money = next(f for f in facts if f.answer.startswith("12 million"))
        return importance(money, recurring(facts), lead_sentences(facts), None)

    opening = "Heavy rain flooded the valley of the Arno last week. "
    pledged = money_weight(opening + "The council promised 12 million dollars in aid.")
    held = money_weight(opening + "The council kept 12 million dollars in the bank.")
    assert pledged > held


def test_a_shared_surname_after_another_first_name_shows_nothing() -> None:
    pierre = Entity("Pierre Varnier", PERSON, aliases={"Varnier", "Pierre"})
    one = _sentence(0, "In 1895 Marie Varnier married the chemist Pierre Varnier.")
    cands = [
        _on(_fact(one, "Pierre Varnier", pierre), "Whom did the botanist marry?", 0, 3.0),
        _on(_fact(one, "1895"), "In which year did Marie Varnier marry?", 1, 2.0, MC),
    ]
    assert len(_asked(cands, 5)) == 2  # "Marie Varnier" does not name Pierre
    cands[1].question.prompt = "In which year did Varnier marry?"
    assert len(_asked(cands, 5)) == 1


def test_a_role_is_not_asked_where_another_question_names_its_holder() -> None:
    ruiz = Entity("Ana Ruiz", PERSON)
    one = _sentence(0, "Finance minister Ana Ruiz resigned in 2019.")
    two = _sentence(3, "The new budget was drafted by Ana Ruiz in secret.")
    said = _sentence(4, '"Ana Ruiz was right," the mayor said.')
    year = _on(_fact(one, "2019"), "In which year did finance minister Ana Ruiz resign?", 0, 3.0)
    role = _on(
        _fact(two, "Ana Ruiz", ruiz),
        "Who is named in the article as the finance minister?",
        1,
        2.0,
        form=QuestionForm.ROLE,
    )
    assert _asked([year, role], 5) == [year.question.prompt]
    quote = _on(
        _fact(said, "Ana Ruiz was right", None, FULL_DATE),
        "Who said this: “Ana Ruiz was right”?",
        0,
        3.0,
        form=QuestionForm.QUOTE,
    )  # a quote's words name her, but not as the minister
    assert len(_asked([quote, role], 5)) == 2


def test_a_very_long_lead_sentence_gives_a_fourth_question() -> None:
    words = (
        "Mira Sand scored twice as the Tarra Owls beat the Velby Falcons 3-1 in the Coast "
        "Cup final at Norden Park in Halby on Sunday, 4 May, before a crowd that filled "
        "every stand of the old ground."
    )
    one = _sentence(0, words)
    assert len(words.split()) >= 35
    sand, owls = Entity("Mira Sand", PERSON), Entity("Tarra Owls", "org")
    falcons, park = Entity("Velby Falcons", "org"), Entity("Norden Park", "place")
    cands = [
        _on(_fact(one, "Tarra Owls", owls), "Which team won the Coast Cup final?", 0, 5.0),
        _on(_fact(one, "Mira Sand", sand), "Who scored twice in the Coast Cup final?", 1, 4.0),
        _on(_fact(one, "Norden Park", park), "At which ground was the cup final?", 2, 3.5),
        _on(_fact(one, "Velby Falcons", falcons), "Which team lost the cup final?", 3, 3.0),
    ]
    assert len(_asked(cands, 8)) == 4
    short = _sentence(0, "Mira Sand scored twice as the Tarra Owls beat the Velby Falcons 3-1.")
    cands = [
        _on(_fact(short, "Tarra Owls", owls), "Which team won the Coast Cup final?", 0, 5.0),
        _on(_fact(short, "Mira Sand", sand), "Who scored twice in the Coast Cup final?", 1, 4.0),
        _on(_fact(short, "Velby Falcons", falcons), "Which team lost the cup final?", 3, 3.0),
    ]
    assert len(_asked(cands, 8)) == 2
