"""Does extraction hold when the people in the same articles have other names?

    python benchmarks/names.py                       # the four open sets, three renamings each
    python benchmarks/names.py --sets fr-train --seeds 1

The rules were written while reading the open articles, and spaCy's recogniser knows the famous names
in them (`Donald Trump`, `François Hollande`); an article nobody has read names other people. Each
person the gold names as a speaker (a first name of `first_names.tsv`, then a surname) is renamed
through the whole article and its gold alike: the full name, then the surname alone, each time by a
first name of the same gender and elision (`d'Ahmed` stays `d'` + a vowel) and a surname of another
article. Two pools: names of the other open articles (news names, shuffled) and first names drawn
from the whole table (rarer names, as foreign news holds). Scored with `claimcheck evaluate`'s scorer
and the shipped models; a fall from `as written` is what the extractor owes to the names it has seen.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from claimcheck.evaluate import Quote, Tally, locate_gold, match_quotes, read_gold_dir, run_evaluation, same_speaker, score_article
from claimcheck.extract.lexicon import first_name_genders as first_names

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SETS = ("fr-dev", "fr-train", "en-dev", "en-train")
VOWELS = set("aeiouyh")
# words that end an organisation's name, which may open on a first name (`Ford Motor Company`)
ORGANISATION_WORDS = {"Company", "Corporation", "Inc", "Group", "Department", "Authority", "Association", "Airlines",
                      "Motors", "Motor", "Foundation", "Institute", "University", "Bank", "Party", "Club", "Agency",
                      "Daily", "Times", "Post", "News", "Press"}


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def person_names(gold: dict, genders: dict[str, str]) -> list[tuple[str, str, str]]:
    """(first name, surname, gender) of each gold speaker that reads as a person's name: a first name of
    `first_names.tsv` or a compound one (`Jean-Luc`, whose gender the table may not know: None), then
    capitalised words (`Paolo Gentiloni`, `Nathalie Kosciusko-Morizet`)."""
    found = {}
    for quote in gold.get("quotes", []):
        words = (quote.get("speaker") or "").split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                or words[-1].isupper() or ORGANISATION_WORDS & set(words):
            continue  # (`Saudi Arabia's Civil Defense Authority`, `Mohammed VI`, `Ford Motor Company`: no surnames)
        if _folded(words[0]) in genders or "-" in words[0]:  # `Jean-Claude`: compounds are first names
            found[(words[0], " ".join(words[1:]))] = genders.get(_folded(words[0]))
    return [(first, surname, gender) for (first, surname), gender in found.items()]


def _same_start(name: str, pool: list[str], rng: random.Random) -> str:
    """A name of the pool opening, like `name`, on a vowel or on a consonant (`d'Ahmed`, `de Paul`)."""
    vowel = _folded(name)[:1] in VOWELS
    fitting = [n for n in pool if (_folded(n)[:1] in VOWELS) == vowel]
    return rng.choice(fitting or pool)


def renaming(people, first_pool: dict[str, list[str]], surname_pool: list[str], rng: random.Random):
    """The article's text changed by one function, applied alike to its gold strings: full names first, then
    each surname and each first name standing alone, as whole words (the first name of one person is the
    surname of none in the article: `Philippe`)."""
    taken = {surname for _, surname, _ in people}
    pairs = []
    for first, surname, gender in people:
        # a first name of unknown gender is kept: only the surname changes
        new_first = _same_start(first, first_pool[gender], rng) if gender in first_pool else first
        new_surname = _same_start(surname, [s for s in surname_pool if s not in taken], rng)
        taken.add(new_surname)
        pairs.append((f"{first} {surname}", f"{new_first} {new_surname}"))
        pairs.append((surname, new_surname))
        if new_first != first and first not in taken:
            pairs.append((first, new_first))  # `Steve` alone, later in the article
    # one pass, longest name first, so a new name is never renamed again
    pairs.sort(key=lambda pair: -len(pair[0]))
    table = {}
    for old, new in pairs:
        table.setdefault(old, new)  # (two people of one first name: the first's new one for both)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(old) for old, _ in pairs) + r")(?!\w)") if pairs else None
    return (lambda text: pattern.sub(lambda m: table[m.group(1)], text)) if pattern else (lambda text: text)


def rewrite_folder(source: Path, target: Path, change_for) -> None:
    """The gold folder rewritten into `target` by `change_for(text path, gold)`, a function applied alike to
    the article (with its header line) and to its gold strings."""
    target.mkdir(parents=True)
    for path in sorted(source.iterdir()):
        if path.suffix not in (".txt", ".json"):
            shutil.copy(path, target / path.name)
    for path in sorted(source.glob("*.txt")):
        gold_path = path.with_suffix(".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        change = change_for(path, gold)
        (target / path.name).write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        if not gold_path.exists():
            continue
        for quote in gold.get("quotes", []):
            for key in ("content", "mention", "speaker", "cue"):
                if isinstance(quote.get(key), str):
                    quote[key] = change(quote[key])
        for statement in gold.get("statements", []):
            statement["text"] = change(statement["text"])
        (target / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def compare(description: str, label: str, change_for) -> None:
    """The command line of a rewriting benchmark: each set as written, then rewritten `--seeds` times, each article
    by a function of its text `change_for(lang, rng)` makes, and averaged."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--seeds", type=int, default=3, help="rewritings of each set, averaged")
    args = parser.parse_args()
    keys = ("precision", "recall", "f1", "speaker_accuracy", "end_to_end_f1")
    print(f"{'set':10} {'':14} {'P@.3':>6} {'R@.3':>6} {'F1@.3':>6} {'speaker':>7} {'e2e':>6}")
    for name in args.sets:
        lang = "en" if name.startswith("en") else "fr"
        row = run_evaluation(EVAL / name, lang=lang)["0.3"]
        print(f"{name:10} {'as written':14} " + " ".join(f"{row[k]:6.3f}" for k in keys), flush=True)
        rows = []
        for seed in range(args.seeds):
            rng = random.Random(seed)
            with tempfile.TemporaryDirectory() as folder:  # (each article rewritten its own way)
                rewrite_folder(EVAL / name, Path(folder) / name, lambda path, gold: change_for(lang, rng))
                rows.append(run_evaluation(Path(folder) / name, lang=lang)["0.3"])
        print(f"{name:10} {label:14} " + " ".join(f"{sum(r[k] for r in rows) / len(rows):6.3f}" for k in keys),
              flush=True)


def opens_a_sentence(text: str, at: int) -> bool:
    """Nothing but the end of a sentence or a line (and spaces) stands before offset `at`."""
    return re.search(r"(?:^|\n|[.!?»\"”] )\s*$", text[:at]) is not None


def _scored(extract, text: str, quotes: list[dict], chosen: set[int], tally: Tally) -> dict[int, tuple[bool, bool]]:
    """The article scored into `tally`; for each chosen gold quote, (found, with the right speaker)."""
    predicted = [Quote(c.content.start, c.content.end, c.speaker, c.type) for c in extract(text).quotes]
    gold = locate_gold(text, quotes)
    tally.add(score_article(predicted, gold, 0.3))
    matched = {j: i for i, j in match_quotes(predicted, gold, 0.3)}
    return {j: (j in matched, j in matched and same_speaker(predicted[matched[j]].speaker, gold[j].speaker))
            for j in chosen}


def compare_quotes(description: str, rewritings: dict[str, dict]) -> None:
    """The command line of a benchmark that rewrites some quotes of each article: `rewritings[lang][label]` is a
    function `(text, gold quotes, lang) -> (text, gold quotes, indices of the quotes rewritten)`. Prints each set as
    written and rewritten, and the quotes rewritten alone: found, and with the right speaker, before and after."""
    from claimcheck.extract import extract_all
    from claimcheck.ingest import read_file
    from claimcheck.model import Article
    from claimcheck.nlp import load_pipeline

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--show", action="store_true", help="print each quote right as written and not rewritten")
    args = parser.parse_args()
    keys = ("precision", "recall", "f1", "speaker_accuracy", "end_to_end_f1")
    print(f"{'set':10} {'':16} {'P@.3':>6} {'R@.3':>6} {'F1@.3':>6} {'speaker':>7} {'e2e':>6}   the quotes rewritten: "
          f"found, right speaker")
    for name in args.sets:
        lang = "en" if name.startswith("en") else "fr"
        nlp = load_pipeline(None, lang)
        extract = lambda text: extract_all(nlp(text), lang)  # noqa: E731
        articles = [(gold, next(a for a in read_file(gold.path) if isinstance(a, Article)))
                    for gold in read_gold_dir(EVAL / name)]
        written, as_written = Tally(), {}
        for gold, article in articles:
            as_written[gold.name] = _scored(extract, article.text, gold.quotes, set(range(len(gold.quotes))), written)
        print(f"{name:10} {'as written':16} " + " ".join(f"{written.scores()[k]:6.3f}" for k in keys), flush=True)
        for label, rewriting in rewritings[lang].items():
            tally, before, after = Tally(), [], []
            for gold, article in articles:
                text, quotes, chosen = rewriting(article.text, gold.quotes, lang)
                now = _scored(extract, text, quotes, chosen, tally)
                for j in sorted(chosen):
                    before.append(as_written[gold.name][j])
                    after.append(now[j])
                    if args.show and before[-1][1] and not now[j][1]:
                        start = text.find(quotes[j]["content"])
                        print(f"  LOST {gold.name} {'speaker' if now[j][0] else 'missed'} (gold "
                              f"{quotes[j].get('speaker')}) | {text[max(0, start - 120):start + 80]!r}")
            rates = [sum(row[k] for row in rows) / max(len(rows), 1) for rows in (before, after) for k in (0, 1)]
            print(f"{name:10} {label:16} " + " ".join(f"{tally.scores()[k]:6.3f}" for k in keys)
                  + f"   {len(before)} quotes: {rates[0]:.3f} {rates[1]:.3f} -> {rates[2]:.3f} {rates[3]:.3f}", flush=True)


def rewrite(source: Path, target: Path, pools, seed: int) -> int:
    """The gold folder with its speakers renamed; how many people were."""
    genders = first_names()
    rng = random.Random(seed)
    renamed = 0

    def change_for(path: Path, gold: dict):
        nonlocal renamed
        people = person_names(gold, genders)
        renamed += len(people)
        first_pool, surname_pool = pools(path)
        return renaming(people, first_pool, surname_pool, rng)

    rewrite_folder(source, target, change_for)
    return renamed


def name_pools():
    """Per article, the pools its new names come from: the open sets' other people, and the whole table."""
    genders = first_names()
    people = {}
    for name in SETS:
        for gold_path in (EVAL / name).glob("*.json"):
            people[gold_path.with_suffix(".txt")] = person_names(json.loads(gold_path.read_text("utf-8")), genders)
    table = {g: [n.title() for n, gender in genders.items() if gender == g] for g in ("Masc", "Fem")}

    def others(path: Path):
        rest = [p for other, these in people.items() if other != path for p in these]
        firsts = {g: sorted({first for first, _, gender in rest if gender == g}) for g in ("Masc", "Fem")}
        return firsts, sorted({surname for _, surname, _ in rest})

    def rare(path: Path):
        return table, others(path)[1]

    return {"other articles' names": others, "rare first names": rare}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--seeds", type=int, default=3, help="renamings of each pool, averaged")
    args = parser.parse_args()
    pools = name_pools()
    print(f"{'set':10} {'names':24} {'people':>6} {'P@.3':>6} {'R@.3':>6} {'F1@.3':>6} {'speaker':>7} {'e2e':>6}")
    for name in args.sets:
        lang = "en" if name.startswith("en") else "fr"
        row = run_evaluation(EVAL / name, lang=lang)["0.3"]
        print(f"{name:10} {'as written':24} {'':>6} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
              f"{row['speaker_accuracy']:7.3f} {row['end_to_end_f1']:6.3f}", flush=True)
        for pool_name, pool in pools.items():
            rows, people = [], 0
            for seed in range(args.seeds):
                with tempfile.TemporaryDirectory() as folder:
                    target = Path(folder) / name
                    people = rewrite(EVAL / name, target, pool, seed)
                    rows.append(run_evaluation(target, lang=lang)["0.3"])
            mean = {k: sum(r[k] for r in rows) / len(rows)
                    for k in ("precision", "recall", "f1", "speaker_accuracy", "end_to_end_f1")}
            print(f"{name:10} {pool_name:24} {people:>6} {mean['precision']:6.3f} {mean['recall']:6.3f} "
                  f"{mean['f1']:6.3f} {mean['speaker_accuracy']:7.3f} {mean['end_to_end_f1']:6.3f}", flush=True)


if __name__ == "__main__":
    main()
