"""Questions say which one they mean: "the ground", "the hosts", "the feat" (issue 16).

A definite description that points back into the article is named as the one actor the
article describes with its noun, or the question is refused; descriptions that say which
one they are by themselves ("the East German government", "the first woman", "the town of
Harwick") are left alone. Every text here is written for these tests.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.checks.checks import defects
from quizapp.generator.facts.facts import DATE, Fact
from quizapp.generator.naming.definites import described, named_for_definite, unnamed_definites
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import QuestionKind

FINAL = (
    "Brayfield Rovers won the Northern Cup on 4 May 2019, beating Carlow Town 3-1 in the "
    "final at Linden Park Stadium in Harwick. About 41,000 spectators filled the ground, "
    "and many more watched at home. Tomas Varga put the hosts ahead after 20 minutes. "
    "Varga scored three goals in the match. The feat was not repeated until 2011."
)
FIRE = (
    "Firefighters contained a bush fire near the hill town of Bexley on 12 March 2021. "
    "In 2021 winds drove the flames towards the town, and about 1,200 residents left "
    "their homes."
)
LAB = (
    "The Quillon protocol was designed by the Danish engineer Karen Holt while she worked at "
    "Nordlab, the national optics laboratory near Aarhus. In 1994 the protocol was opened to "
    "users outside the laboratory."
)
PENGUINS = (
    "Adelie penguins breed on rocky coasts around Antarctica. They gather in large colonies "
    "of up to half a million birds. Researchers have counted about 250 such colonies."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=40)]


def _fact(text: str, words: str) -> Fact:
    """A fact (a year) of the sentence of ``text`` that holds ``words``."""
    sentence = next(s for s in analyse(text).sentences if words in s.text)
    return Fact(DATE, "year", "1999", sentence, 0, 1)


def _named(text: str, words: str, prompt: str) -> str:
    """``prompt``, asked of the sentence that holds ``words``, with its references named."""
    analysis = analyse(text)
    fact = _fact(text, words)
    q = _question(prompt, fact)
    return named_for_definite(q, fact, analysis.facts, described(analysis.facts)).prompt


def _question(
    prompt: str, fact: Fact, kind: QuestionKind = QuestionKind.SHORT_ANSWER
) -> GeneratedQuestion:
    return GeneratedQuestion(kind, prompt, fact.answer, fact.kind, "k", fact.sentence.text, "e")


def test_the_ground_is_named_as_the_stadium_the_article_named_before() -> None:
    prompts = _prompts(FINAL)
    assert any("filled Linden Park Stadium" in p for p in prompts), prompts
    assert not any("the ground" in p for p in prompts), prompts


def test_the_hosts_and_the_feat_are_refused_where_no_one_is_named_so() -> None:
    prompts = _prompts(FINAL)
    assert not any("the hosts" in p for p in prompts), prompts
    assert not any("feat" in p for p in prompts), prompts


def test_the_town_is_named_as_the_hill_town_of_the_article() -> None:
    asked = "In which year did winds drive the flames towards the town?"
    prompt = _named(FIRE, "drove the flames", asked)
    assert prompt == "In which year did winds drive the flames towards Bexley?"


def test_the_laboratory_is_the_one_an_apposition_calls_so() -> None:
    asked = "When was the protocol opened to users outside the laboratory?"
    prompt = _named(LAB, "opened to users", asked)
    assert prompt.endswith("outside Nordlab?"), prompt


def test_the_crossing_of_a_place_is_not_that_place() -> None:
    text = (
        "Ingrid Berg led the first crossing of the Skarfjell ice cap in 1888. The crossing "
        "took 40 days."
    )
    prompt = _named(text, "took 40 days", "How many days did the crossing take?")
    # not "the Skarfjell ice cap": the phrase that introduced the crossing names it
    assert prompt == "How many days did the first crossing of the Skarfjell ice cap take?"


def test_such_colonies_are_never_asked() -> None:
    prompts = _prompts(PENGUINS)
    assert not any("such colonies" in p for p in prompts), prompts


def test_descriptions_that_say_which_one_they_are_pass() -> None:
    text = (
        "Berlin was divided in 1961. On the evening of 9 November 1989 the East German "
        "government opened the border. Greta Lenz became the first woman to lead the "
        "museum of Harwick in 1995."
    )
    fact = _fact(text, "East German government")
    q = _question("When did the East German government open the border?", fact)
    assert unnamed_definites(q, fact) == []
    first = _fact(text, "first woman")
    asked = "In which year did Greta Lenz become the first woman to lead the museum of Harwick?"
    q = _question(asked, first)
    assert unnamed_definites(q, first) == []


def test_the_same_description_cut_from_its_words_is_found() -> None:
    text = "Nordbank appointed a new chairman in 2004. In 2009 the bank cut 400 jobs in Oslo."
    fact = _fact(text, "cut 400 jobs")
    q = _question("How many jobs did the bank cut in Oslo in 2009?", fact)
    assert [d.phrase for d in unnamed_definites(q, fact)] == ["the bank"]
    assert any("reference the question does not name" in d for d in defects(q, fact))


def test_a_pronoun_this_and_an_unnamed_both_or_two_sides_are_refused() -> None:
    text = (
        "Ruritania and Borduria signed a border treaty in 1921. This led to a decade of "
        "peace between the two sides."
    )
    fact = _fact(text, "decade of peace")
    for prompt in (
        "How long did the peace last after this led to a treaty?",
        "Which treaty brought peace between the two sides?",
        "In which year did both sign a treaty?",
    ):
        q = _question(prompt, fact)
        assert any("not self-contained" in d for d in defects(q, fact)), prompt


def test_the_river_of_several_is_the_one_the_article_is_about() -> None:
    text = (
        "The Rella is the longest river in Norland after the Vasse. The Rella runs for about "
        "900 kilometres to the sea. The river begins at the town of Kessby in the hills. "
        "The Rella reaches the sea at Portholm, and the Rella delta covers 300 square "
        "kilometres."
    )
    asked = "At which town does the river begin?"
    assert _named(text, "begins at the town", asked) == "At which town does the Rella begin?"
    # the other river named in the sentence before: which one is meant is not sure
    close = (
        "The Rella is the longest river in Norland after the Vasse River. The Rella runs for "
        "900 kilometres. The Vasse River joins it. The river begins at Kessby."
    )
    assert _named(close, "begins at", asked) == asked


def test_a_match_against_a_named_side_says_which_match() -> None:
    text = "Italy beat Chile 2-0 in 1998. Luca Berti scored twice in the match against Chile."
    fact = _fact(text, "scored twice")
    q = _question("Who scored twice in the match against Chile?", fact)
    assert unnamed_definites(q, fact) == []
    cut = _question("Who scored twice in the match?", fact)
    assert [d.phrase for d in unnamed_definites(cut, fact)] == ["the match"]


def test_the_nouns_faulted_in_round_four_are_found() -> None:
    text = (
        "Harlow United lifted the trophy in 2010 after the team signed the deal with the "
        "company and the bank."
    )
    fact = _fact(text, "lifted the trophy")
    q = _question(text.replace("2010", "___"), fact, QuestionKind.CLOZE)
    found = [d.phrase for d in unnamed_definites(q, fact)]
    assert found == ["the trophy", "the team", "the deal", "the company", "the bank"], found


def test_a_change_or_result_named_before_is_refused_but_a_modified_one_passes() -> None:
    text = (
        "Voters in Tarrow chose on Sunday to leave the trade union. President Anna Roth, who "
        "campaigned for the change, called the result a victory in 2024. The open sea and "
        "the first ferry of 1999 reached Lisk."
    )
    fact = _fact(text, "campaigned")
    gapped = "President ___, who campaigned for the change, called the result a victory."
    phrases = [d.phrase for d in unnamed_definites(_question(gapped, fact), fact)]
    assert phrases == ["the change", "the result"], phrases
    sea = _fact(text, "open sea")
    asked = "In which year did the first ferry reach Lisk across the open sea?"
    assert unnamed_definites(_question(asked, sea), sea) == []


def test_it_after_a_persons_speech_verb_is_refused() -> None:
    text = "Lead researcher Dr Amina Bello said it had taken four years."
    fact = _fact(text, "Bello")
    q = GeneratedQuestion(
        QuestionKind.CLOZE,
        "Lead researcher Dr ___ said it had taken four years.",
        "Amina Bello",
        "actor",
        "k",
        text,
        "e",
        fine_type="person",
        form=QuestionForm.GAPPED,
    )
    assert "not self-contained" in defects(q, fact)
    q3 = _question("Neither side kept its word, and ___ left the talks.", fact, QuestionKind.CLOZE)
    assert "not self-contained" in defects(q3, fact)  # which sides is not said
    body = "The rail operator said it had taken four years to build the line at ___."
    q2 = _question(body, fact, QuestionKind.CLOZE)
    assert "not self-contained" not in defects(q2, fact)


def test_a_goal_that_a_scoring_verb_takes_is_no_reference_to_name() -> None:
    text = (
        "Ashby Town beat Coleford United 2-1 in the county final on Sunday. Mara Quinn "
        "came off the bench to score the winner in the last minute. The winner was "
        "Ashby Town's first trophy in a decade."
    )
    fact = _fact(text, "Mara Quinn")
    q = _question("Who came off the bench to score the winner in the last minute?", fact)
    assert not any("reference the question does not name" in d for d in defects(q, fact))
    headed = "Who rose highest to head home the winner in the last minute?"
    assert not any("does not name" in d for d in defects(_question(headed, fact), fact))
    other = _fact(text, "first trophy")
    q = _question("What was the winner's first trophy in a decade?", other)
    assert any("reference the question does not name" in d for d in defects(q, other))


def test_a_participle_opening_is_no_antecedent_of_it() -> None:
    # Given "Lying at about 2,100 metres above sea level, it is ...": "it" is the lake
    text = (
        "Lake Veldra\n\nLake Veldra is a deep glacial lake in the Alps on the border between "
        "Austria and Italy. Lying at about 2,100 metres above sea level, it is often "
        "described as the coldest large lake in Europe. It is the deepest lake in the Alps "
        "by volume of water.\n\nThe lake covers an area of about 48 square kilometres."
    )
    # Then no cloze keeps the sentence with its dangling "it"
    for q in generate(text, max_questions=30):
        assert not q.prompt.startswith("Lying at"), q.prompt
