"""The extraction as the pipeline's last step: the same claims in worker processes as in the parent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import srsly
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.model import Claim, Offsets

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_a_claim_crosses_processes_as_plain_values():
    claim = Claim(kind="quote", content=Offsets(3, 20), sentence=Offsets(0, 40), type="direct", speaker="Ned Price",
                  speaker_kind="person", mention=Offsets(30, 39), cue=None, confidence=0.8, checkworthiness=None,
                  reasons=("figure",), candidates=(("Ned Price", 0.9), ("Antony Blinken", 0.05)))
    record = srsly.msgpack_loads(srsly.msgpack_dumps(claim.to_record()))  # as spaCy ships user_data between processes
    assert Claim.from_record(record) == claim


def claims(db: Path) -> list[tuple]:
    return sqlite3.connect(db).execute(
        "SELECT id, kind, speaker, content, confidence, checkworthiness, reasons, candidates FROM claims ORDER BY id"
    ).fetchall()


def test_two_workers_find_what_one_finds(tmp_path, nlp):
    from claimcheck.pipeline import run_extraction
    from claimcheck.store import Store

    for workers in ("1", "2"):
        result = CliRunner().invoke(main, ["extract", str(SEEDS), "--db", str(tmp_path / f"{workers}.db"),
                                           "--workers", workers])
        assert result.exit_code == 0, result.output
    with Store.open(tmp_path / "parent.db") as store:  # the extractor run in this process on its parse
        run_extraction(store, [SEEDS], nlp=nlp)
    one = claims(tmp_path / "1.db")
    assert len(one) > 100 and one == claims(tmp_path / "2.db") == claims(tmp_path / "parent.db")
