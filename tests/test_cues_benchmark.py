"""The swap `benchmarks/cues.py` scores the open sets under: one consistent change of each reporting verb."""

from __future__ import annotations

import random

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
