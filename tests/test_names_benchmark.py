"""The renaming `benchmarks/names.py` scores the open sets under: one consistent change of each person's names."""

from __future__ import annotations

import random

from benchmarks.names import person_names, renaming

GENDERS = {"paul": "Masc", "anne": "Fem", "ahmed": "Masc", "oscar": "Masc", "ines": "Fem"}


def test_only_names_that_open_on_a_first_name_are_people():
    gold = {"quotes": [{"speaker": "Paul Morel"}, {"speaker": "Jean-Luc Martin"}, {"speaker": "FC Barcelone"},
                       {"speaker": "Mohammed VI"}, {"speaker": "Oscar Motor Company"}, {"speaker": "le ministre"}]}
    assert person_names(gold, GENDERS) == [("Paul", "Morel", "Masc"), ("Jean-Luc", "Martin", None)]


def test_a_person_is_renamed_alike_in_full_by_surname_and_by_first_name():
    change = renaming([("Ahmed", "Morel", "Masc")], {"Masc": ["Oscar", "Paul"]}, ["Ibarra", "Durand"],
                      random.Random(0))
    renamed = change("Ahmed Morel a parlé. Selon Morel, « Ahmed est là ». Morelle reste.")
    first, surname = renamed.split(" a parlé")[0].split()
    # a vowel for a vowel, a consonant for a consonant: `d'Ahmed` stays `d'` + a vowel, `de Morel` `de` + a consonant
    assert (first, surname) == ("Oscar", "Durand")
    assert renamed == f"{first} {surname} a parlé. Selon {surname}, « {first} est là ». Morelle reste."


def test_a_first_name_of_unknown_gender_is_kept():
    change = renaming([("Jean-Luc", "Martin", None)], {"Masc": ["Paul"]}, ["Durand"], random.Random(0))
    assert change("Jean-Luc Martin et Martin") == "Jean-Luc Durand et Durand"
