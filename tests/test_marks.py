from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from claimcheck.extract.marks import QuoteIndex, find_quoted


def spans(text):
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_guillemets_curly_and_straight_quotes():
    text = 'Il a dit « oui ». Elle a dit “non”. On a dit "peut-être".'
    assert spans(text) == ["« oui »", "“non”", '"peut-être"']


def test_british_single_quotes_close_where_no_letter_follows():
    """‘…’: the closing mark is also the apostrophe, so `don’t` and `don't` inside stay in the quotation; an
    opening mark before a digit is an elision (`the ‘90s`), not a quotation."""
    text = "He said: ‘We don’t know,’ and left. ‘Yes,' she said. It was the ‘90s, ‘Fine’ too."
    assert spans(text) == ["‘We don’t know,’", "‘Yes,'", "‘Fine’"]
    assert spans("‘First part.\n‘Second part,’ he said.") == ["‘First part.", "‘Second part,’"]


def test_a_straight_mark_glued_to_the_cues_comma_opens_a_quotation():
    """`said," [Warhol] liked …"`: no mark is open, so one after a comma and before a space opens; a closing one
    after a comma (`"Yes," he said`) still closes, and a lone one after a comma opens nothing."""
    assert spans('Wilkins said," [Warhol] liked the booths". She left.') == ['" [Warhol] liked the booths"']
    assert spans('"Yes," he said, "we will."') == ['"Yes,"', '"we will."']
    assert spans('Sizes were 5," 6 and 7 inches.') == []


def test_straight_marks_spaced_like_guillemets_open_after_a_colon_a_sentence_or_at_a_paragraph_start():
    """`: " J'ai envie … "` and a paragraph opening on `" Je suis …`: some sites space straight marks as French
    guillemets; after a colon (a space between) or at a paragraph's start such a mark opens when another closes it
    in the paragraph. In the middle of a sentence a mark before a space still opens nothing."""
    assert spans('Il a répondu : " J\'ai envie de continuer. "') == ['" J\'ai envie de continuer. "']
    assert spans('Intro.\n" Je suis satisfait. " a déclaré X.') == ['" Je suis satisfait. "']
    assert spans('Il mesure 5" de long et 6 " de large.') == []
    # after the end of a sentence too
    assert spans('C\'est une déception. " Je veux comprendre " a dit sa sœur.') == ['" Je veux comprendre "']


def test_a_straight_single_mark_spaced_on_both_sides_is_a_quotation_mark():
    """`' Les ventes devraient repartir ' indique le groupe`: part of the French business wire quotes with a straight
    single mark set apart by spaces, which no apostrophe ever is (`l'activité`, `the players' union`: a letter
    before or after it); one with nothing to close it in its paragraph opens nothing."""
    text = "Le chiffre a progressé. ' L'activité devrait repartir ' indique le groupe."
    assert spans(text) == ["' L'activité devrait repartir '"]
    assert spans("Il a dit : ' Non ', puis il est parti.") == ["' Non '"]
    assert spans("The players' union ' said nothing. It's over.") == []
    assert spans("L'homme est parti. Aujourd' hui, rien.") == []


def test_a_straight_single_mark_against_its_word_opens_when_one_closes_after_punctuation():
    """`'This is our team,' he said`: part of the English press quotes with straight single marks set against the
    words; the closing one follows the sentence's comma or full stop, which no apostrophe ever does (`rock 'n' roll`,
    the `'90s`, `the players' union`, `'em` open nothing)."""
    text = "'We will stay the course. Nothing changes,' the coach said. He called it 'a turning point.'"
    assert spans(text) == ["'We will stay the course. Nothing changes,'", "'a turning point.'"]
    assert spans("'It doesn't matter if you're late,' she said.") == ["'It doesn't matter if you're late,'"]
    assert spans("They played rock 'n' roll in the '90s. The players' union said so. Let 'em go.") == []
    assert spans("He said 'maybe and left. Fine.") == []


def test_nested_quotes_are_one_span():
    assert spans("« Il a parlé de “trahison” hier »") == ["« Il a parlé de “trahison” hier »"]


def test_apostrophe_before_guillemet():
    assert spans("Il a dit qu'« il viendra »") == ["« il viendra »"]


def test_quote_reopened_at_next_paragraph_is_a_quotation_a_paragraph_running_on():
    """The press reopens a long quotation at each paragraph without closing it; the annotators count a quote a
    paragraph, and the speaker carries over (`runs_on`)."""
    text = "« Premier paragraphe.\n« Second paragraphe », a-t-il dit."
    first, second = find_quoted(text)
    assert text[first.start:first.end] == "« Premier paragraphe."
    assert (first.closed, first.runs_on) == (False, True)
    assert text[second.start:second.end] == "« Second paragraphe »" and second.closed and not second.runs_on


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "Il a dit « jamais de la vie.\nAutre paragraphe."
    (quote,) = find_quoted(text)
    assert not quote.closed and text[quote.start:quote.end] == "« jamais de la vie."


def test_a_statement_opened_once_and_closed_at_its_last_paragraph_is_a_quotation_a_paragraph():
    """Press releases open a statement once and close it at its last paragraph, the paragraphs between bare: each
    paragraph is a quotation running on into the next, the bare ones starting at their first letter."""
    text = "Il a déclaré :\n« Nous refusons ce plan.\nLa direction doit céder.\nNous ferons grève. »\nFin."
    quotes = find_quoted(text)
    assert [text[q.inner_start:q.inner_end].strip() for q in quotes] == [
        "Nous refusons ce plan.", "La direction doit céder.", "Nous ferons grève."]
    assert [(q.opened, q.closed, q.runs_on) for q in quotes] == [
        (True, False, True), (False, False, True), (False, True, False)]


def test_a_blank_line_inside_a_statement_run_bare_is_no_paragraph_of_it():
    """A line of spaces between the bare paragraphs (found by the property test below): no empty quotation."""
    text = "Il a déclaré :\n« Nous refusons ce plan.\n \nNous ferons grève. »"
    assert [text[q.inner_start:q.inner_end].strip() for q in find_quoted(text)] == [
        "Nous refusons ce plan.", "Nous ferons grève."]
    assert all(q.start < q.end for q in find_quoted("“\n \n”"))


def test_a_quotation_left_open_before_a_paragraph_that_opens_another_stays_in_its_paragraph():
    """Only a closing mark met first says the bare paragraphs were the statement's: a paragraph that opens a
    quotation of its own leaves the one before unclosed, in its paragraph."""
    text = 'He said: "We refuse.\nThe union met.\nShe said "no" twice.'
    assert [text[q.inner_start:q.inner_end] for q in find_quoted(text)] == ["We refuse.", "no"]


def test_inch_mark_is_not_a_quote():
    assert spans('Un écran de 12" et un "vrai" mot') == ['"vrai"']


def test_index_answers_inside():
    text = "a « b » c"
    index = QuoteIndex(find_quoted(text))
    assert index.inside(text.index("b")) and not index.inside(text.index("c"))


@given(st.text(alphabet=st.sampled_from(list('«»“”"„ ab\n.,')), max_size=300))
def test_any_arrangement_of_marks_gives_ordered_disjoint_spans(text):
    found = find_quoted(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("text, quoted", [
    ("» Nous irons jusqu'au bout « , a dit Me Diallo.", ["» Nous irons jusqu'au bout «"]),
    ("Il a parlé. » Nous ne céderons pas. Le combat continue « . Puis il est parti.",
     ["» Nous ne céderons pas. Le combat continue «"]),
])
def test_guillemets_set_the_wrong_way_round_pair_up(text, quoted):
    """Part of the West African press writes `» … «`: a `»` with nothing open and a `«` later with only a comma or a
    full stop after it make one quotation."""
    assert [text[q.start:q.end] for q in find_quoted(text)] == quoted


@pytest.mark.parametrize("text, quoted", [
    ("Texte » orphelin. Puis « un mot » ici.", ["« un mot »"]),
    ("« Bonjour », dit-il. Il a dit « oui » et « non ».", ["« Bonjour »", "« oui »", "« non »"]),
])
def test_a_stray_closing_guillemet_opens_nothing(text, quoted):
    """A `»` with nothing open whose next `«` opens words (a word after it) is no reversed pair: the `«` opens."""
    assert [text[q.start:q.end] for q in find_quoted(text)] == quoted
