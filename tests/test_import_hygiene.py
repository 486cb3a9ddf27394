"""The layers stay apart: the review app never pays for spaCy, the core never loads the TUI."""

from __future__ import annotations

import subprocess
import sys


def modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return set(run.stdout.split())


def test_review_app_does_not_import_spacy():
    loaded = modules_after("import claimcheck.review.app, claimcheck.cli")
    assert "spacy" not in loaded and "thinc" not in loaded
    assert "textual" in loaded


def test_extraction_core_does_not_import_the_tui_or_sqlite():
    loaded = modules_after("import claimcheck.extract, claimcheck.nlp")
    assert "textual" not in loaded
    assert "sqlite_utils" not in loaded and "claimcheck.store" not in loaded


def test_only_the_shard_commands_load_dask_and_pyarrow():
    loaded = modules_after("import claimcheck.cli, claimcheck.pipeline, claimcheck.shards, claimcheck.review.app")
    assert not any(name.split(".")[0] in ("dask", "distributed", "pyarrow") for name in loaded)
