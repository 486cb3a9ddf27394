"""Do the commonest report frames hold whatever phrase a newsroom sets between the cue and what it reports?

    python benchmarks/frame_grid.py                  # French and English, the count of misses per grid
    python benchmarks/frame_grid.py --lang en --show # and every sentence missed

Invented sentences, every combination of a few cues, phrases of where, when and how (`face aux journalistes`,
`dans une vidéo publiée sur les réseaux sociaux`, `outside the courthouse`), and a clause or an object: the
parser reads many of these phrases as more than they are (a relative clause hung on their noun, an object
hung on it, a locution's noun read as a noun), and a sentence counts as found only when the extractor gives
the exact words reported with the sentence's subject as speaker. The open articles hold few such phrases,
so this measures what their figures cannot. Judges nothing: it counts.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PHRASES = {
    "fr": ("dans son discours", "lors de son allocution", "au cours de la conférence de presse",
           "à l'issue du conseil des ministres", "devant les députés", "sur son compte Twitter",
           "dans une vidéo publiée sur les réseaux sociaux", "en marge du sommet", "au micro de RTL",
           "sur le plateau de France 2", "dans les colonnes du Parisien", "dans un message", "face aux journalistes",
           "dans un entretien au Journal du dimanche publié samedi", "lors d'un point presse", "depuis l'Élysée",
           "à plusieurs reprises devant la commission d'enquête", "auprès de l'AFP", "aux élus réunis à la mairie"),
    "en": ("in a statement", "on Tuesday", "at a news conference in Ottawa", "in an interview with CBC News",
           "during question period", "after the meeting", "in a post on X", "in a video posted to social media",
           "outside the courthouse", "in an email to The Canadian Press", "earlier this week", "during a visit to Halifax",
           "in a letter to the council", "at the end of the hearing", "before the vote"),
}

# (cue, what follows the phrase, the words reported)
GRIDS = {
    "fr": {
        "clause": ("Le ministre", [(cue, que + ("" if que.endswith("'") else " ") + clause, clause)
                                   for cue in ("a affirmé", "a déclaré", "a assuré", "a expliqué", "a estimé",
                                               "a rappelé", "a indiqué", "a répété", "a reconnu")
                                   for que, clause in (("qu'", "il ne céderait pas"),
                                                       ("que", "le gouvernement tiendrait ses engagements"),
                                                       ("qu'", "aucune décision n'avait été prise"))]),
        "object": ("La ministre", [(cue, words, words) for cue, words in (
            ("a annoncé", "la suppression de 800 postes"), ("a dénoncé", "une « provocation » inacceptable"),
            ("a démenti", "toute implication dans l'affaire"), ("a promis", "de nouvelles mesures pour les agriculteurs"),
            ("a réclamé", "la démission du préfet"))]),
        "colon": ("Le ministre", [(cue, ": « Nous ne céderons pas »", "Nous ne céderons pas")
                                  for cue in ("a déclaré", "a lancé", "a prévenu", "a ajouté")]),
    },
    "en": {
        "clause": ("The minister", [(cue, f"{that}{clause}", clause)
                                    for cue in ("said", "told reporters", "stated", "insisted", "warned", "added",
                                                "explained", "noted", "acknowledged", "argued")
                                    for that, clause in (("that ", "the province would cover the cost"),
                                                         ("", "the province would cover the cost"),
                                                         ("that ", "no decision had been made"),
                                                         ("", "the situation was under control"))]),
        "object": ("The minister", [(cue, words, words) for cue, words in (
            ("announced", "the closure of two plants"), ("denied", "any involvement in the affair"),
            ("demanded", "the resignation of the police chief"))]),
        "colon": ("The minister", [(cue, ': "We will not back down"', "We will not back down")
                                   for cue in ("said", "told reporters", "added", "warned")]),
    },
}


def sentences(lang: str, grid: str) -> list[tuple[str, str, str]]:
    """(sentence, the words reported, the speaker) for every cue and phrase of the grid."""
    subject, rows = GRIDS[lang][grid]
    return [(f"{subject} {cue} {phrase} {after}.", words, subject)
            for (cue, after, words), phrase in itertools.product(rows, PHRASES[lang])]


def missed(nlp, lang: str, cases: list[tuple[str, str, str]]) -> list[tuple[str, list]]:
    from claimcheck.extract import extract_all

    out = []
    for (text, words, speaker), doc in zip(cases, nlp.pipe([text for text, _, _ in cases])):
        found = [(q.content.of(text), q.speaker) for q in extract_all(doc, lang).quotes]
        if (words, speaker) not in found:
            out.append((text, found))
    return out


def main() -> None:
    from claimcheck.nlp import load_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(GRIDS), nargs="+", default=sorted(GRIDS, reverse=True))
    parser.add_argument("--show", action="store_true", help="print every sentence missed and what was found")
    args = parser.parse_args()
    for lang in args.lang:
        nlp = load_pipeline(None, lang)
        for grid in GRIDS[lang]:
            cases = sentences(lang, grid)
            misses = missed(nlp, lang, cases)
            print(f"{lang} {grid:<8} missed {len(misses):>4} of {len(cases)}", flush=True)
            for text, found in misses if args.show else ():
                print(f"    {text}  ->  {found}")


if __name__ == "__main__":
    main()
