"""The rewritings `benchmarks/cues.py`, `benchmarks/adjuncts.py`, `benchmarks/indirect.py` and
`benchmarks/pronouns.py` score the open sets under: other reporting verbs, adjuncts after them, direct quotes told
again without quotation marks, and speakers called by a pronoun."""

from __future__ import annotations

import random

from benchmarks.adjuncts import inserting
from benchmarks.cues import english_forms, swap_groups, swapping
from benchmarks.indirect import INCISE, retold
from benchmarks.pronouns import inverted, retold as with_pronouns, role_of, with_roles


def test_verbs_are_swapped_only_with_verbs_licensed_for_the_same_frames_and_opening_alike():
    for group in swap_groups("fr"):
        firsts = {forms[0][0] in "aeiouyhéè" for forms in group}
        assert len(firsts) == 1 and len(group) > 1  # `j'affirme` stays `j'` + a vowel
    assert any("say" in {forms[0] for forms in group} for group in swap_groups("en"))


def test_every_form_becomes_the_same_form_of_another_verb_and_a_reflexive_stays():
    change = swapping([[("affirmer", "affirme", "affirmé"), ("avouer", "avoue", "avoué")]], random.Random(0))
    assert change("J'affirme qu'il a affirmé. Affirme-t-il ? Elle s'affirme.") == \
        "J'avoue qu'il a avoué. Avoue-t-il ? Elle s'affirme."
    assert english_forms("argue") == ("argue", "argues", "argued", "arguing")
    assert english_forms("say") == ("say", "says", "said", "saying")


def test_an_adjunct_follows_a_past_cue_before_its_complement_or_at_the_end_of_its_incise():
    change = inserting("fr", random.Random(0))
    text = "Il a déclaré que tout va bien. « Non », a-t-elle ajouté. Il a mangé. Le député a rappelé : « Oui »."
    changed = change(text)
    assert changed != text and "a mangé." in changed and change(text) == changed  # the same each time
    words = changed.replace(".", " ").split()
    assert words[words.index("déclaré") + 1] != "que" and words[words.index("ajouté") + 1] != "«"
    assert words[words.index("rappelé") + 1] != ":"
    english = inserting("en", random.Random(0))("Smith said that it was over. \"No,\" she added. He ate.")
    assert "said that" not in english and "added." not in english and "He ate." in english


FRENCH = ("Le conseil a voté mardi.\n\n« La situation est grave », a déclaré le ministre de la Santé, Paul Morel. "
          "Il est reparti.\n\n« Elle sera réglée en mai », a-t-il ajouté.\n\nLe maire a expliqué : « Une école "
          "ouvrira en septembre. »\n\n« Je pars demain matin », a dit Paul Morel.")
FRENCH_GOLD = [{"content": "La situation est grave", "type": "direct", "speaker": "Paul Morel"},
               {"content": "Elle sera réglée en mai", "type": "direct", "speaker": "Paul Morel"},
               {"content": "Une école ouvrira en septembre.", "type": "direct", "speaker": "le maire"},
               {"content": "Je pars demain matin", "type": "direct", "speaker": "Paul Morel"}]


def test_a_direct_quote_told_again_in_indirect_speech_keeps_its_words_and_speaker_in_the_text_and_the_gold():
    text, gold, told = retold(FRENCH, FRENCH_GOLD, "fr", "que")
    assert told == {0, 1, 2}  # `Je pars`: the speaker's own person, which indirect speech would reword
    assert "Le ministre de la Santé, Paul Morel, a déclaré que la situation est grave." in text
    assert "Il a ajouté qu'elle sera réglée en mai." in text and "Le maire a expliqué qu'une école ouvrira" in text
    assert [(q["content"], q["type"]) for q in gold[:3]] == [
        ("la situation est grave", "indirect"), ("elle sera réglée en mai", "indirect"),
        ("une école ouvrira en septembre", "indirect")]
    assert all(text.count(q["content"]) == 1 for q in gold) and gold[3] == FRENCH_GOLD[3]


def test_an_unquoted_incise_drops_only_the_quotation_marks_and_keeps_the_first_person():
    text, gold, told = retold(FRENCH, FRENCH_GOLD, "fr", INCISE)
    assert told == {0, 1, 3}  # (a colon's quote has no incise)
    assert "La situation est grave, a déclaré le ministre de la Santé, Paul Morel." in text
    assert "Je pars demain matin, a dit Paul Morel." in text and "«" in text  # the colon's quotation stays


def test_english_is_told_with_and_without_that_and_an_apposition_moves_with_its_speaker():
    text = ('Stocks fell.\n\n"The plan is working," said John Smith, a spokesman for the firm. "The deficit will fall," he '
            'told reporters.\n\n"Taxes will rise next year," the company said in a statement.\n\n"Tell me," she '
            'said, "where is it?"')
    gold = [{"content": "The plan is working,", "type": "direct"}, {"content": "The deficit will fall,", "type": "direct"},
            {"content": "Taxes will rise next year,", "type": "direct"}, {"content": "Tell me,", "type": "direct"},
            {"content": "where is it?", "type": "direct"}]
    with_that, _, told = retold(text, gold, "en", "that")
    assert told == {0, 1, 2}  # (an order and a question cannot be told again as they stand)
    assert "John Smith, a spokesman for the firm, said that the plan is working." in with_that
    assert "He told reporters that the deficit will fall." in with_that
    assert "The company said in a statement that taxes will rise next year." in with_that
    assert "The company said in a statement taxes will rise" in retold(text, gold, "en", "")[0]


def test_a_speaker_named_just_before_and_alone_of_their_gender_is_called_by_a_pronoun():
    text = ("Le conseil a voté. Paul Morel est arrivé mardi.\n\n« La situation est grave », a déclaré Paul Morel. "
            "Marie Dupont a répondu.\n\n« Non », explique Marie Dupont. Paul Morel a expliqué que tout allait bien. "
            "Pierre Castel est venu. « Rien ne change », a dit Paul Morel.")
    gold = [{"content": "La situation est grave", "speaker": "Paul Morel", "mention": "Paul Morel", "cue": "a déclaré"},
            {"content": "Non", "speaker": "Marie Dupont", "mention": "Marie Dupont", "cue": "explique"},
            {"content": "tout allait bien", "speaker": "Paul Morel", "mention": "Paul Morel", "cue": "a expliqué"},
            {"content": "Rien ne change", "speaker": "Paul Morel", "mention": "Paul Morel", "cue": "a dit"}]
    changed, gold_after, told = with_pronouns(text, gold, "fr")
    assert told == {0, 1, 2}  # (Pierre Castel named between: the name stays)
    assert "« La situation est grave », a-t-il déclaré." in changed and "« Non », explique-t-elle." in changed
    assert "Il a expliqué que tout allait bien" in changed and "a dit Paul Morel." in changed
    assert [q["speaker"] for q in gold_after] == [q["speaker"] for q in gold]  # who spoke stays
    assert [inverted(cue, "il") for cue in ("a déclaré", "dit", "conclut", "avait assuré", "a bien dit")] == [
        "a-t-il déclaré", "dit-il", "conclut-il", "avait-il assuré", "a-t-il bien dit"]


def test_a_speaker_given_a_role_before_is_called_by_it_where_a_later_cue_names_them():
    text = ("Le conseil a voté. Le ministre de la Santé Paul Morel a présenté le plan. « La situation est grave », a "
            "déclaré Paul Morel.\n\nMarie Dupont a répondu. Paul Morel a expliqué que tout allait bien.")
    gold = [{"content": "La situation est grave", "speaker": "Paul Morel", "mention": "Paul Morel", "cue": "a déclaré"},
            {"content": "tout allait bien", "speaker": "Paul Morel", "mention": "Paul Morel", "cue": "a expliqué"},
            {"content": "le plan", "speaker": "Paul Morel", "mention": "Le ministre de la Santé Paul Morel",
             "cue": "a présenté"}]
    changed, _, told = with_roles(text, gold, "fr")
    assert told == {0, 1}  # (the mention that gives the role keeps it)
    assert "», a déclaré le ministre." in changed and "Le ministre a expliqué que tout allait bien." in changed
    assert [role_of(m, name, lang) for m, name, lang in [
        ("le premier ministre, Edouard Philippe", "Edouard Philippe", "fr"), ("l'entraîneur Paul Morel", "Paul Morel", "fr"),
        ("Spokeswoman Sandy Angers", "Sandy Angers", "en"), ("M. Morel", "Morel", "fr")]] == [
        "le premier ministre", "l'entraîneur", "the spokeswoman", None]
