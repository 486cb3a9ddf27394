"""The extractor on invented sentences of reported speech: how many of the textbook and wire forms it reads.

    python benchmarks/typology.py            # French and English
    python benchmarks/typology.py fr --all   # every sentence, not only the ones it gets wrong

The sentences (`benchmarks/typology/fr.txt`, `en.txt`) were written from grammar and wire style, never from an
annotated article: they find frames the open gold no longer shows, without tuning to any article. A sentence
passes when a quote holds the expected words and its speaker holds the expected speaker's words (or, for `NONE`,
when no quote is found). The file keeps sentences the extractor still gets wrong: they are what to work on next,
and a change that breaks one that passed shows here before it shows anywhere else.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent / "typology"


def cases(lang: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (HERE / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, content, speaker = ([part.strip() for part in line.split("||")] + ["", ""])[:3]
            rows.append((text, content, speaker))
    return rows


def passes(found: list[tuple[str, str | None]], content: str, speaker: str) -> bool:
    if content == "NONE":
        return not found
    return any(content in words and (not speaker or (said is not None and speaker in said)) for words, said in found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", default=["fr", "en"])
    parser.add_argument("--all", action="store_true", help="print every sentence")
    args = parser.parse_args()

    from claimcheck.extract import extract
    from claimcheck.nlp import load_pipeline

    for lang in args.langs:
        nlp = load_pipeline(None, lang)
        rows = cases(lang)
        failed = 0
        for text, content, speaker in rows:
            claims = [c for c in extract(nlp(text), lang) if c.kind == "quote"]
            found = [(c.content.of(text), c.speaker) for c in claims]
            ok = passes(found, content, speaker)
            failed += not ok
            if args.all or not ok:
                print(f"{'ok  ' if ok else 'MISS'} {text}\n     expected: {content!r} by {speaker or 'anyone'}")
                for words, said in found:
                    print(f"     found:    {words!r} by {said}")
        print(f"{lang}: {len(rows) - failed} of {len(rows)} invented sentences read as expected\n")


if __name__ == "__main__":
    main()
