"""Leaner wh-forms, so that a sentence's headline facts are all askable (issue 16).

"Who opened X on DATE?" and "On which date did PERSON open X?" show each other's answer; a
form without the date and a passive without the person let both be asked."""

from __future__ import annotations

from quizapp.generator.pipeline import analyse, questions_from
from quizapp.generator.synthesis import QuestionForm, fact_questions

LIBRARY = (
    "Mayor Anna Berg opened the new public library of Lund on 3 May 2021. Berg had promised "
    "the library during her campaign in 2018. The building cost 12 million euros and holds "
    "90,000 books. Berg said the library would stay open until midnight on weekdays."
)
FERRY = "The Swedish firm Nordwind sold the Oslo ferry line for 40 million euros in 2019."


def _wh_prompts(text: str, surface: str) -> set[str]:
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface == surface)
    return {q.prompt for q in fact_questions(fact, a.facts) if q.form == QuestionForm.WH}


def test_the_person_and_the_date_of_one_sentence_are_both_asked() -> None:
    asked = {q.answer: q.prompt for q in questions_from(analyse(LIBRARY), 10)}
    assert asked["Anna Berg"] == "Who opened the new public library of Lund?"
    assert asked["3 May 2021"] == "On which date was the new public library of Lund opened?"


def test_a_question_is_offered_without_a_date_or_a_price_that_is_another_fact() -> None:
    prompts = _wh_prompts(FERRY, "40 million")
    assert "For how many euros did the Swedish firm Nordwind sell the Oslo ferry line?" in prompts
    assert "For how many euros was the Oslo ferry line sold?" in prompts
    assert "In which year was the Oslo ferry line sold?" in _wh_prompts(FERRY, "2019")


def test_the_passive_takes_an_irregular_participle() -> None:
    text = "The engineer Karin Dahl built the Kiruna bridge in 1975."
    assert "In which year was the Kiruna bridge built?" in _wh_prompts(text, "1975")
    text = "The trader Ola Sand sold the Visby mill in 1931."
    assert "In which year was the Visby mill sold?" in _wh_prompts(text, "1931")


def test_the_only_name_is_never_left_out() -> None:
    text = "Anna Berg opened the library on 3 May 2021."
    assert _wh_prompts(text, "Anna Berg") == {"Who opened the library on 3 May 2021?"}
    assert _wh_prompts(text, "3 May 2021") == {"On which date did Anna Berg open the library?"}


def test_a_date_is_kept_where_the_article_tells_of_the_same_act_again() -> None:
    text = "Anna Berg won the Lund marathon in 2019. Berg won the Lund marathon again in 2021."
    prompts = _wh_prompts(text, "2019")
    assert "In which year was the Lund marathon won?" not in prompts
    assert "Who won the Lund marathon?" not in _wh_prompts(text, "Anna Berg")


def test_a_price_at_a_cost_of_is_left_out_as_an_adjunct() -> None:
    text = (
        "The Danish firm Havbro opened the Aalborg factory on 4 April 2016 at a cost of "
        "90 million euros."
    )
    prompts = _wh_prompts(text, "4 April 2016")
    assert "On which date did the Danish firm Havbro open the Aalborg factory?" in prompts
    assert "On which date was the Aalborg factory opened?" in prompts


def test_the_passive_reads_the_subjects_its_as_the() -> None:
    text = "In 1996 UNESCO added Lake Baikal to its list of World Heritage Sites."
    assert "In which year was Lake Baikal added to the list of World Heritage Sites?" in (
        _wh_prompts(text, "1996")
    )
    text = "In 1988 the sculptor Eva Dahl moved the Berg statue to her new studio."
    assert not any(" was " in p for p in _wh_prompts(text, "1988"))  # not "the studio"


def test_a_date_on_the_verbs_noun_is_asked_in_the_passive_beside_its_doer() -> None:
    text = (
        "Lake Vattern is the second largest lake in Sweden. The lake is 135 kilometres long "
        "and holds very clear water. Trout and char live in its cold depths. UNESCO added "
        "Lake Vattern to its list of biosphere reserves in 2004. Fishing boats still leave "
        "the harbour of Jonkoping every morning."
    )
    asked = {q.answer: q.prompt for q in questions_from(analyse(text), 8)}
    assert (
        asked["2004"] == "In which year was Lake Vattern added to the list of biosphere reserves?"
    )
    assert (
        asked["UNESCO"]
        == "Which organisation added Lake Vattern to its list of biosphere reserves?"
    )


def test_a_place_is_kept_where_the_verb_has_nothing_else() -> None:
    text = "Prime Minister Olof Berg spoke at the Stockholm City Hall in June 1985."
    assert _wh_prompts(text, "Olof Berg") == {
        "Who spoke at the Stockholm City Hall in June 1985?",
        "Who spoke at the Stockholm City Hall?",
    }  # never "Who spoke in June 1985?"
    prompts = _wh_prompts(text, "June 1985")
    assert not any(p.endswith("Berg speak?") for p in prompts)


def test_no_passive_for_a_title_won_again_and_again() -> None:
    text = "The Malmo club Rosta won the Nordic Cup for the only time on 12 May 1981."
    assert not any(" was " in p for p in _wh_prompts(text, "12 May 1981"))
    text = "The chemists Eva Lund and Per Sand shared the Varga Prize in 1977."
    assert not any(" was " in p for p in _wh_prompts(text, "1977"))


def test_a_number_alone_does_not_name_the_story() -> None:
    text = "Olof Berg had spent 12 years in exile before his return in May 1975."
    assert _wh_prompts(text, "Olof Berg") == {
        "Who had spent 12 years in exile before his return in May 1975?"
    }  # never "Who had spent 12 years in exile before his return?"
