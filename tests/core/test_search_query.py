"""The Browser's search language: terms, values checked, one-line errors."""

from __future__ import annotations

import pytest

from quizapp.study.search_query import Field, QueryError, Term, parse


def test_fields_words_and_exact_phrases() -> None:
    terms = parse('kind:cloze tag:dates due:today is:starred is:suspended "peace treaty" baku')
    assert terms == [
        Term(Field.KIND, "cloze"),
        Term(Field.TAG, "dates"),
        Term(Field.DUE, "today"),
        Term(Field.IS, "starred"),
        Term(Field.IS, "suspended"),
        Term(Field.TEXT, "peace treaty"),
        Term(Field.TEXT, "baku"),
    ]


def test_negation_quoted_values_and_case() -> None:
    assert parse('-is:new TAG:"world war" Kind:Cloze') == [
        Term(Field.IS, "new", negated=True),
        Term(Field.TAG, "world war"),
        Term(Field.KIND, "cloze"),
    ]
    assert parse("   ") == []


@pytest.mark.parametrize(("query", "message"), [
    ("colour:red", "unknown search field 'colour:'"),
    ("kind:essay", "kind:essay is not known; use one of multiple_choice"),
    ("is:lost", "is:lost is not known"),
    ("due:someday", "use one of today, overdue"),
    ('"peace talks', "quotation mark is not closed"),
    ('tag:""', "tag: needs a value"),
])  # fmt: skip
def test_bad_queries_say_what_is_wrong_in_one_line(query: str, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse(query)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_field_without_value_is_an_error_not_a_word() -> None:
    with pytest.raises(QueryError, match="kind: needs a value"):
        parse("is:starred -kind:")
    with pytest.raises(QueryError, match="quotation mark is not closed"):
        parse('tag:"world war')


@pytest.mark.parametrize(("query", "kind"), [
    ('kind:"fill the gap"', "cloze"),
    ('kind:"Fill The Gap"', "cloze"),
    ("kind:number", "numeric"),
    ("kind:NUMERIC", "numeric"),
    ('kind:"true or false?"', "true_false"),
    ('kind:"true or false"', "true_false"),
    ('kind:"multiple choice"', "multiple_choice"),
    ('-kind:"match the pairs"', "matching"),
    ('kind:"put in order"', "ordering"),
])  # fmt: skip
def test_a_kind_by_the_tables_name_or_its_own(query: str, kind: str) -> None:
    # Given the name the Browser's table shows (quoted when it has spaces), or the old one
    (term,) = parse(query)
    # Then the term asks for the kind itself
    assert term.field is Field.KIND and term.value == kind
    assert term.negated == query.startswith("-")


def test_an_unknown_kind_lists_both_names_in_one_line() -> None:
    with pytest.raises(QueryError) as raised:
        parse("kind:fill")
    message = str(raised.value)
    assert 'cloze (or "fill the gap")' in message and 'numeric (or "number")' in message
    assert "short_answer," in message  # the same name in the table: said once
    assert "\n" not in message
