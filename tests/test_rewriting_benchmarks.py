"""The rewritings `benchmarks/cues.py` and `benchmarks/adjuncts.py` score the open sets under: other reporting
verbs, and adjuncts after them."""

from __future__ import annotations

import random

from benchmarks.adjuncts import inserting
from benchmarks.cues import english_forms, swap_groups, swapping


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
