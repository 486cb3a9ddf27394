"""The claim in its article, and its fields, drawn from one `Shown` in the theme's styles."""

from __future__ import annotations

import json
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from claimcheck.matching import Match
from claimcheck.review.text import article_context
from claimcheck.visible import literal

EMPTY = "No claim to review here. Run `claimcheck extract` first, or change the filter (f)."


def describe_decision(decision: dict) -> str:
    return " · ".join([decision["status"], decision["speaker"] or "no speaker", decision["type"] or "—",
                       decision["verdict"] or "no verdict"])


@dataclass(frozen=True)
class Shown:
    """A claim as the screen shows it, read in one go by the screen (`screen.read_shown`): its row,
    where the article's other claims are, its open conflicts and each reviewer's decision."""

    row: dict
    others: list[tuple[int, int, str]]
    conflicts: list[dict]
    decisions: dict[str, dict]

    def __getitem__(self, key: str):
        return self.row[key]

    @property
    def id(self) -> str:
        return self.row["id"]


class ClaimDetail(VerticalScroll):
    """The article's title, the claim's paragraph between its neighbours, and the claim's fields.
    Every colour is a component class, so a theme restyles them (see review.tcss)."""

    COMPONENT_CLASSES = {
        "claim--context", "claim--sentence", "claim--quote", "claim--mention", "claim--cue", "claim--other",
        "claim--title", "claim--label", "status--accepted", "status--corrected", "status--rejected",
    }

    def compose(self) -> ComposeResult:
        for name in ("article", "before", "source", "fields", "after"):
            yield Static("", id=name)

    def _style(self, name: str):
        return self.get_component_rich_style(name, partial=True)

    def show(self, shown: Shown | None, seen: Match | None) -> None:
        article, before, source, after = (self.query_one(f"#{name}", Static)
                                          for name in ("article", "before", "source", "after"))
        if shown is None:
            article.update(Text(EMPTY, style="italic"))
            for empty in (before, source, after, self.query_one("#fields", Static)):
                empty.update("")
            return
        heading = Text(literal(shown["article_title"] or "(untitled)"), style=self._style("claim--title"))
        heading.append(Text(f"\n{literal(shown['article_date'] or 'no date')} · {literal(shown['article_source'])}",
                            style=self._style("claim--label")))
        article.update(heading)
        styles = {name: self._style(f"claim--{name}")
                  for name in ("context", "other", "sentence", "quote", "mention", "cue")}
        for widget, text in zip((before, source, after), article_context(shown.row, shown.others, styles)):
            widget.update(text)
            widget.display = bool(text.plain)
        self.show_fields(shown, seen)
        self.scroll_to_center(source, animate=False, immediate=True)

    def show_fields(self, shown: Shown, seen: Match | None) -> None:
        claim = shown.row
        rows = [("status", claim["status"]), ("kind", claim["kind"]), ("type", claim["current_type"] or "—"),
                ("speaker", claim["current_speaker"] or "unknown")]
        if claim["current_speaker"] != claim["speaker"]:
            rows.append(("extracted", claim["speaker"] or "unknown"))
        rows += [("mention", claim["mention"] or "—"), ("cue", claim["cue"] or "—"),
                 ("confidence", f"{claim['confidence']:.2f}")]
        if claim["checkworthiness"] is not None:
            signals = ", ".join(json.loads(claim["reasons"] or "[]")) or "none"
            rows.append(("check-worthy", f"{claim['checkworthiness']:.2f} ({signals})"))
        rows += [("verdict", claim["verdict"] or "—"), ("note", claim["note"] or "—")]
        for conflict in shown.conflicts:
            rows.append(("conflict", f"{conflict['reviewer']} decided {conflict['status']}"
                                     f" · {conflict['speaker'] or 'unknown'} · {conflict['verdict'] or 'no verdict'}"))
        for name, decision in shown.decisions.items():
            rows.append((name[:12], describe_decision(decision)))
        if seen is not None:
            rows.append(("seen before", f"{seen.verdict or seen.status} · {seen.article_title or ''} "
                                        f"{seen.article_date or ''} · {seen.score:.0f}% alike (p: same decision)"))
        text = Text()
        label = self._style("claim--label")
        for name, value in rows:
            text.append(f"{name:>12}  ", style=label)
            status = f"status--{value}" if name == "status" and value in ("accepted", "corrected", "rejected") else None
            text.append(literal(str(value)) + "\n", style=self._style(status) if status else "")
        self.query_one("#fields", Static).update(text)
