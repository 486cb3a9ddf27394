"""Does extraction name the speaker whatever way the press writes who spoke?

    python benchmarks/sources.py               # French and English
    python benchmarks/sources.py --lang en --show

The open articles name their sources in a few ways; another newsroom names them in others. Each source phrase
below (a role with a name set off, a first name with an age, an anonymous source, an institution by its seat, a
party, a text, a capital for its government, …) is put into invented sentences of the usual frames — a present and
a past cue before a `que`/`that` clause, an incise after a quotation, an unquoted clause before an inverted cue,
`selon X` / `according to X` — and the speaker found is matched to the one expected by the evaluation's own name
rule. Prints, per frame, how many phrases give the right speaker; `--show` lists the misses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimcheck.evaluate import same_speaker  # noqa: E402

# subject as it opens a sentence, as it stands after the cue (None: no inverted form), the speaker expected,
# singular or plural
FRENCH = [
    ("Une porte-parole de la SNCF", "une porte-parole de la SNCF", "une porte-parole de la SNCF", "s"),
    ("Un proche du dossier", "un proche du dossier", "un proche du dossier", "s"),
    ("Les deux hommes", "les deux hommes", "les deux hommes", "p"),
    ("L'un des manifestants", "l'un des manifestants", "l'un des manifestants", "s"),
    ("La préfecture du Nord", "la préfecture du Nord", "la préfecture du Nord", "s"),
    ("Le parquet de Paris", "le parquet de Paris", "le parquet de Paris", "s"),
    ("Les pompiers", "les pompiers", "les pompiers", "p"),
    ("Le gouvernement britannique", "le gouvernement britannique", "le gouvernement britannique", "s"),
    ("Matignon", "Matignon", "Matignon", "s"),
    ("Washington", "Washington", "Washington", "s"),
    ("L'Organisation mondiale de la santé (OMS)", "l'Organisation mondiale de la santé (OMS)",
     "Organisation mondiale de la santé", "s"),
    ("L'avocat de la famille, Me Paul Girard,", "l'avocat de la famille, Me Paul Girard", "Paul Girard", "s"),
    ("Le maire (LR) de Nice, Christian Estrosi,", "le maire (LR) de Nice, Christian Estrosi", "Christian Estrosi", "s"),
    ("La députée européenne Manon Aubry", "la députée européenne Manon Aubry", "Manon Aubry", "s"),
    ("Le patron de Renault, Luca de Meo,", "le patron de Renault, Luca de Meo", "Luca de Meo", "s"),
    ("Mme Hidalgo", "Mme Hidalgo", "Hidalgo", "s"),
    ("Le professeur Jean-François Delfraissy", "le professeur Jean-François Delfraissy", "Jean-François Delfraissy",
     "s"),
    ("Le président ukrainien Volodymyr Zelensky", "le président ukrainien Volodymyr Zelensky", "Volodymyr Zelensky",
     "s"),
    ("L'ancien Premier ministre Édouard Philippe", "l'ancien Premier ministre Édouard Philippe", "Édouard Philippe",
     "s"),
    ("Plusieurs témoins", "plusieurs témoins", "plusieurs témoins", "p"),
    ("Une source policière", "une source policière", "une source policière", "s"),
    ("Des habitants du quartier", "des habitants du quartier", "des habitants du quartier", "p"),
    ("Le directeur général de l'Agence régionale de santé, Pierre Pribile,",
     "le directeur général de l'Agence régionale de santé, Pierre Pribile", "Pierre Pribile", "s"),
    ("Le ministère des Armées", "le ministère des Armées", "ministère des Armées", "s"),
    ("Amnesty International", "Amnesty International", "Amnesty International", "s"),
    ("La Commission européenne", "la Commission européenne", "Commission européenne", "s"),
    ("Le Kremlin", "le Kremlin", "Kremlin", "s"),
    ("Le chef de l'Etat", "le chef de l'Etat", "le chef de l'Etat", "s"),
    ("Son entourage", "son entourage", "son entourage", "s"),
    ("Les enquêteurs", "les enquêteurs", "les enquêteurs", "p"),
    ("La police", "la police", "la police", "s"),
    ("Le constructeur automobile Stellantis", "le constructeur automobile Stellantis", "Stellantis", "s"),
    ("Le quotidien Le Monde", "le quotidien Le Monde", "Le Monde", "s"),
    ("L'entraîneur du PSG, Luis Enrique,", "l'entraîneur du PSG, Luis Enrique", "Luis Enrique", "s"),
    ("Jean-Luc Mélenchon, le leader de La France insoumise,", "Jean-Luc Mélenchon, le leader de La France insoumise",
     "Jean-Luc Mélenchon", "s"),
    ("Emmanuel Macron, en visite à Marseille,", None, "Emmanuel Macron", "s"),
    ("Interrogé par l'AFP, le maire de Lyon", None, "le maire de Lyon", "s"),
    ("De son côté, la ministre de la Culture", None, "la ministre de la Culture", "s"),
    ("La numéro un de la CGT, Sophie Binet,", "la numéro un de la CGT, Sophie Binet", "Sophie Binet", "s"),
    ("Le chef de la diplomatie française, Jean-Noël Barrot,", "le chef de la diplomatie française, Jean-Noël Barrot",
     "Jean-Noël Barrot", "s"),
    ("Un haut responsable américain", "un haut responsable américain", "un haut responsable américain", "s"),
    ("Un haut fonctionnaire du ministère", "un haut fonctionnaire du ministère", "un haut fonctionnaire du ministère",
     "s"),
    ("Plusieurs ONG", "plusieurs ONG", "plusieurs ONG", "p"),
    ("Les autorités locales", "les autorités locales", "les autorités locales", "p"),
    ("Les secours", "les secours", "les secours", "p"),
    ("La gendarmerie", "la gendarmerie", "la gendarmerie", "s"),
    ("L'Élysée", "l'Élysée", "Élysée", "s"),
    ("Bercy", "Bercy", "Bercy", "s"),
    ("Le Quai d'Orsay", "le Quai d'Orsay", "Quai d'Orsay", "s"),
    ("Le groupe pétrolier TotalEnergies", "le groupe pétrolier TotalEnergies", "TotalEnergies", "s"),
    ("La compagnie aérienne Air France", "la compagnie aérienne Air France", "Air France", "s"),
    ("La Fédération française de football (FFF)", "la Fédération française de football (FFF)",
     "Fédération française de football", "s"),
    ("L'ONU", "l'ONU", "ONU", "s"),
    ("Moscou", "Moscou", "Moscou", "s"),
    ("Pékin", "Pékin", "Pékin", "s"),
    ("Le Rassemblement national (RN)", "le Rassemblement national (RN)", "Rassemblement national", "s"),
    ("Un sondage Ifop", "un sondage Ifop", "Ifop", "s"),
    ("Le porte-parole du gouvernement, Prisca Thevenot,", "le porte-parole du gouvernement, Prisca Thevenot",
     "Prisca Thevenot", "s"),
    ("La sénatrice écologiste Mélanie Vogel", "la sénatrice écologiste Mélanie Vogel", "Mélanie Vogel", "s"),
    ("Gérald Darmanin (Intérieur)", "Gérald Darmanin (Intérieur)", "Gérald Darmanin", "s"),
    ("M. Dupont", "M. Dupont", "Dupont", "s"),
    ("Me Eric Dupond-Moretti", "Me Eric Dupond-Moretti", "Eric Dupond-Moretti", "s"),
    ("Le secrétaire général de l'ONU, Antonio Guterres,", "le secrétaire général de l'ONU, Antonio Guterres",
     "Antonio Guterres", "s"),
    ("Le président de la République", "le président de la République", "le président de la République", "s"),
    ("La mère de la victime", "la mère de la victime", "la mère de la victime", "s"),
    ("Un habitant de l'immeuble, Karim, 34 ans,", "un habitant de l'immeuble, Karim, 34 ans", "Karim", "s"),
    ("Marie, une infirmière de 45 ans,", "Marie, une infirmière de 45 ans", "Marie", "s"),
    ("Sophie, 42 ans, habitante du quartier,", "Sophie, 42 ans, habitante du quartier", "Sophie", "s"),
    ("Le syndicat Force ouvrière", "le syndicat Force ouvrière", "Force ouvrière", "s"),
    ("Un diplomate européen", "un diplomate européen", "un diplomate européen", "s"),
    ("La France insoumise", "La France insoumise", "La France insoumise", "s"),
    ("Le député LFI de Seine-Saint-Denis Alexis Corbière", "le député LFI de Seine-Saint-Denis Alexis Corbière",
     "Alexis Corbière", "s"),
]
ENGLISH = [
    ("A spokeswoman for Network Rail", "a spokeswoman for Network Rail", "a spokeswoman for Network Rail", "s"),
    ("A source close to the investigation", "a source close to the investigation",
     "a source close to the investigation", "s"),
    ("The two men", "the two men", "the two men", "p"),
    ("One of the protesters", "one of the protesters", "one of the protesters", "s"),
    ("Toronto police", "Toronto police", "Toronto police", "p"),
    ("The Pentagon", "the Pentagon", "Pentagon", "s"),
    ("Downing Street", "Downing Street", "Downing Street", "s"),
    ("Firefighters", "firefighters", "firefighters", "p"),
    ("The British government", "the British government", "the British government", "s"),
    ("Moscow", "Moscow", "Moscow", "s"),
    ("The World Health Organization (WHO)", "the World Health Organization (WHO)", "World Health Organization",
     "s"),
    ("The family's lawyer, Paul Gerard,", "the family's lawyer, Paul Gerard", "Paul Gerard", "s"),
    ("Mayor Olivia Chow", "Mayor Olivia Chow", "Olivia Chow", "s"),
    ("Ontario Premier Doug Ford", "Ontario Premier Doug Ford", "Doug Ford", "s"),
    ("Renault chief executive Luca de Meo", "Renault chief executive Luca de Meo", "Luca de Meo", "s"),
    ("Ms. Hidalgo", "Ms. Hidalgo", "Hidalgo", "s"),
    ("Dr. Anthony Fauci", "Dr. Anthony Fauci", "Anthony Fauci", "s"),
    ("Ukrainian President Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "s"),
    ("Several witnesses", "several witnesses", "several witnesses", "p"),
    ("Residents of the area", "residents of the area", "residents of the area", "p"),
    ("Amnesty International", "Amnesty International", "Amnesty International", "s"),
    ("The European Commission", "the European Commission", "European Commission", "s"),
    ("The automaker Stellantis", "the automaker Stellantis", "Stellantis", "s"),
    ("The New York Times", "The New York Times", "New York Times", "s"),
    ("A senior U.S. official", "a senior U.S. official", "a senior U.S. official", "s"),
    ("Local resident Karim Benali, 34,", "local resident Karim Benali, 34", "Karim Benali", "s"),
    ("A local resident, Sophie, 42,", "a local resident, Sophie, 42", "Sophie", "s"),
    ("UN Secretary-General Antonio Guterres", "UN Secretary-General Antonio Guterres", "Antonio Guterres", "s"),
    ("The victim's mother", "the victim's mother", "the victim's mother", "s"),
    ("A Gallup poll", None, "Gallup", "s"),
]
FRENCH_CLAUSE = "la situation reste très préoccupante dans le nord du pays"
ENGLISH_CLAUSE = "the situation remains very worrying in the north of the country"


def frames(lang: str, subject: str, inverted: str | None, number: str) -> dict[str, str]:
    """Each frame's sentence for one source phrase."""
    if lang == "fr":
        clause, present, past = FRENCH_CLAUSE, *{"s": ("estime", "a affirmé"), "p": ("estiment", "ont affirmé")}[number]
        out = {"present + que": f"{subject} {present} que {clause}.", "past + que": f"{subject} {past} que {clause}."}
        if inverted:
            out |= {"quotation, inverted cue": f"« {clause[0].upper()}{clause[1:]} », a affirmé {inverted}.",
                    "clause, inverted cue": f"{clause[0].upper()}{clause[1:]}, a affirmé {inverted}.",
                    "selon": f"Selon {inverted}, {clause}."}
        return out
    clause, present, past = ENGLISH_CLAUSE, {"s": "says", "p": "say"}[number], "said"
    out = {"present + that": f"{subject} {present} that {clause}.", "past + that": f"{subject} {past} that {clause}."}
    if inverted:
        before = inverted + ("," if inverted[-1].isdigit() else "")  # `…, Karim Benali, 34, said`
        out |= {"quotation, cue": f'"{clause[0].upper()}{clause[1:]}," {before} said.',
                "quotation, inverted cue": f'"{clause[0].upper()}{clause[1:]}," said {inverted}.',
                "clause, cue": f"{clause[0].upper()}{clause[1:]}, {before} said.",
                "according to": f"According to {inverted}, {clause}."}
    return out


def run(lang: str, show: bool) -> None:
    from claimcheck.extract import extract
    from claimcheck.nlp import load_pipeline

    nlp = load_pipeline(None, lang)
    keys, texts = [], []
    for subject, inverted, speaker, number in FRENCH if lang == "fr" else ENGLISH:
        for frame, text in frames(lang, subject, inverted, number).items():
            keys.append((frame, speaker))
            texts.append(text)
    marker = "préoccupante" if lang == "fr" else "worrying"
    right, tried = Counter(), Counter()
    for (frame, speaker), doc in zip(keys, nlp.pipe(texts, batch_size=64)):
        found = [c for c in extract(doc, lang) if c.kind == "quote" and marker in c.content.of(doc.text)]
        good = any(same_speaker(c.speaker, speaker) for c in found)
        tried[frame] += 1
        right[frame] += good
        if show and not good:
            print(f"  miss  {doc.text}  ->  {[c.speaker for c in found] or 'no quote'} (expected {speaker})")
    print(f"{lang}: {len(FRENCH if lang == 'fr' else ENGLISH)} source phrases; right speaker per frame:")
    for frame in tried:
        print(f"  {frame:26} {right[frame]:3} of {tried[frame]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("fr", "en"), nargs="+", default=["fr", "en"])
    parser.add_argument("--show", action="store_true", help="list the sentences whose speaker is wrong or missing")
    args = parser.parse_args()
    for lang in args.lang:
        run(lang, args.show)


if __name__ == "__main__":
    main()
