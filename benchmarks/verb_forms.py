"""Does extraction read every form of every French cue verb? And the table of the forms regular endings miss.

    python benchmarks/verb_forms.py            # the battery: each cue verb in each tense, in the usual frames
    python benchmarks/verb_forms.py --build    # rebuild claimcheck/data/verb_forms_fr.tsv (needs `pip install verbecc`)

The lexicon knows a cue by its lemma, or by its form when the lemmatizer is wrong; the forms come from the
endings of the verb's group (`verb_endings`), which miss every spelling change (`complète`, `rappelle`,
`annonçait`, `exigeant`) and the irregular verbs (`dément`, `convient`, `maintient`, `admet`, `conclut`).
`--build` conjugates every single-word cue with verbecc (LGPL, built on the Verbiste tables) and keeps the
forms those endings miss, so a cue tagged as an adjective or lemmatized as another verb is still read.

The battery puts each verb, in each tense a news story uses, into invented sentences of the usual frames
(`X <verb> que …` after a name, a role with a name set off, a pronoun and an organisation; the perfect, the
imperfect, the simple past and the gerund; the incise after a quotation) and prints, per frame, how many
verbs give the quote to the right speaker, then the verbs that fail somewhere. Verbs that report only
a quotation (`invoquer`, `parler`) or a feeling (`craindre`, `espérer`) fail the `que` frames by design.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.extract import lexicon  # noqa: E402

TABLE = ROOT / "claimcheck" / "data" / "verb_forms_fr.tsv"
HEADER = """\
# Forms of the French cue verbs that their group's regular endings (lang_fr.json `verb_endings`) miss:
# spelling changes and irregular verbs. `form<TAB>infinitive`. Built by benchmarks/verb_forms.py --build
# with verbecc (https://github.com/bretttolbert/verbecc, LGPL-3.0, on the Verbiste conjugation tables):
# indicative present, imperfect, simple past, future, conditional and subjunctive present, participles.
"""
TENSES = (("indicatif", "présent"), ("indicatif", "imparfait"), ("indicatif", "passé-simple"),
          ("indicatif", "futur-simple"), ("conditionnel", "présent"), ("subjonctif", "présent"))
# verbs the cue table holds that are used as pronominal ones only (`s'exclamer`): tried as `s'est …`, `se …`
PRONOMINAL = frozenset("exclamer indigner plaindre réjouir insurger lamenter moquer targuer esclaffer souvenir "
                       "écrier excuser étonner offusquer désoler amuser agacer emporter enthousiasmer émouvoir "
                       "énerver irriter".split())
CONTENT = "la réforme entrera en vigueur dès le mois de juin"
QUOTED = "« La réforme entrera en vigueur dès le mois de juin »"


def inflected_verbs() -> list[str]:
    """Every verb the French lexicon knows by its forms (the cues, and the lists read beside them)."""
    return sorted(set(lexicon.load("fr").forms.values()))


def cue_verbs() -> list[str]:
    return sorted(verb for verb in lexicon.load("fr").cues if " " not in verb)


def conjugations(verb: str, conjugator) -> dict:
    return json.loads(conjugator.conjugate(verb).to_json())["moods"]


def _words(rows: list[dict]) -> list[str]:
    """The verb's form in each person: the conjugated string less its pronoun (`il dit` -> `dit`, `j'admets`)."""
    out = []
    for row in rows:
        for text in row["c"]:
            out.append(text.split("'", 1)[1] if "'" in text.split(" ")[0] else text.split(" ")[-1])
    return out


def _participle(row) -> str:
    """A participle's form: verbecc writes some as plain strings, some as rows."""
    return row if isinstance(row, str) else row["c"][0]


def all_forms(moods: dict) -> set[str]:
    forms = {form for mood, tense in TENSES for form in _words(moods[mood][tense])}
    for key in ("participe-passé", "participe-présent"):
        forms |= {_participle(row) for row in moods["participe"][key]}
    return {form for form in forms if form and " " not in form}


def build() -> None:
    import logging

    from verbecc import CompleteConjugator, LangCodeISO639_1

    logging.disable(logging.WARNING)
    conjugator = CompleteConjugator(LangCodeISO639_1.fr)
    endings = lexicon.load("fr").data.verb_endings
    rows = []
    verbs = inflected_verbs()
    for verb in verbs:
        regular = set(lexicon.inflect(verb, endings))
        rows += [f"{form}\t{verb}" for form in sorted(all_forms(conjugations(verb, conjugator)) - regular - {verb})]
    TABLE.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} forms of {len(verbs)} verbs written to {TABLE.relative_to(ROOT)}")


def sentences(verb: str, forms: dict[str, str]) -> dict[str, str]:
    """The frames, each with the verb's form for it (`forms`: tense -> the third person's form)."""
    pronominal = verb in PRONOMINAL

    def reflexive(form: str) -> str:
        return (("s'" if form[0] in "aeiouyéèêh" else "se ") + form) if pronominal else form

    perfect = ("s'est " if pronominal else "a ") + forms["participle"]
    present, plural = reflexive(forms["present"]), reflexive(forms["plural"])
    frames = {
        "que, role with a name set off": f"Le ministre de la Santé, Paul Girard, {present} que {CONTENT}.",
        "que, name": f"Paul Girard {present} que {CONTENT}.",
        "que, pronoun": f"Paul Girard était à Lyon jeudi. Il {present} que {CONTENT}.",
        "que, organisation": f"La fédération {present} que {CONTENT}.",
        "que, plural": f"Les syndicats de l'hôpital {plural} que {CONTENT}.",
        "que, imperfect": f"Paul Girard {reflexive(forms['imperfect'])} que {CONTENT}.",
        "que, simple past": f"Paul Girard {reflexive(forms['simple past'])} que {CONTENT}.",
        "que, perfect": f"Le ministre de la Santé, Paul Girard, {perfect} que {CONTENT}.",
        "que, gerund": f"Paul Girard a quitté la réunion jeudi, en {reflexive(forms['gerund'])} que {CONTENT}.",
        "incise, perfect": f"{QUOTED}, {perfect} Paul Girard.",
        "incise, present": f"{QUOTED}, {present} le ministre Paul Girard.",
    }
    if not pronominal:
        t = "" if forms["present"][-1] in "td" else "-t"
        frames["incise, pronoun"] = f"Paul Girard était à Lyon jeudi. {QUOTED}, {forms['present']}{t}-il."
    return frames


def battery_forms() -> dict[str, dict[str, str]]:
    """Third-person forms of every cue verb, by tense, from verbecc."""
    import logging

    from verbecc import CompleteConjugator, LangCodeISO639_1

    logging.disable(logging.WARNING)
    conjugator = CompleteConjugator(LangCodeISO639_1.fr)
    out = {}
    for verb in cue_verbs():
        moods = conjugations(verb, conjugator)

        def third(mood: str, tense: str, number: str) -> str:
            row = next(r for r in moods[mood][tense] if r["p"] == "3" and r["n"] == number and r["pr"] != "on")
            return _words([row])[0]

        participle = moods["participe"]
        out[verb] = {"present": third("indicatif", "présent", "s"), "plural": third("indicatif", "présent", "p"),
                     "imperfect": third("indicatif", "imparfait", "s"),
                     "simple past": third("indicatif", "passé-simple", "s"),
                     "participle": _participle(participle["participe-passé"][0]),
                     "gerund": _participle(participle["participe-présent"][0])}
    return out


def battery() -> None:
    from claimcheck.extract import extract
    from claimcheck.nlp import load_pipeline

    nlp = load_pipeline(None, "fr")
    keys, texts = [], []
    for verb, forms in battery_forms().items():
        for frame, text in sentences(verb, forms).items():
            keys.append((verb, frame))
            texts.append(text)
    read, tried = Counter(), Counter()
    failed: dict[str, list[str]] = defaultdict(list)
    for (verb, frame), doc in zip(keys, nlp.pipe(texts, batch_size=64)):
        right = any(c.kind == "quote" and "vigueur" in c.content.of(doc.text) and c.speaker
                    and any(word in c.speaker for word in ("Girard", "syndicats", "fédération"))
                    for c in extract(doc, "fr"))
        tried[frame] += 1
        read[frame] += right
        if not right:
            failed[verb].append(frame)
    print(f"{len(set(v for v, _ in keys))} cue verbs; quotes found with the right speaker, per frame:")
    for frame in tried:
        print(f"  {frame:32} {read[frame]:4} of {tried[frame]}")
    print("verbs that fail somewhere:")
    for verb, frames in sorted(failed.items(), key=lambda kv: (len(kv[1]), kv[0])):
        print(f"  {verb}: {', '.join(frames)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild the table of forms (needs verbecc)")
    args = parser.parse_args()
    build() if args.build else battery()


if __name__ == "__main__":
    main()
