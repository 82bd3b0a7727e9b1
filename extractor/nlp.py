"""The spaCy pipeline: a blank Indonesian tokenizer plus rule components.

`build_nlp()` is the one builder used by the extractor and by every test. Two
SpanRulers write labelled spans (with the pattern id on `span.id_`) into
`doc.spans[SPANS_KEY]`: one matches exact case (short forms such as `PN`, `PT`,
`H.` would collide with ordinary words if lower-cased), the other lower case.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from .vocabulary import RULER_LABELS, PatternSet, load_patterns

log = logging.getLogger(__name__)

SPANS_KEY = "rilis"


def _ruler_patterns(patterns: PatternSet, exact: bool) -> list[dict[str, Any]]:
    """spaCy SpanRuler patterns of one case mode."""
    out = []
    for label in sorted(RULER_LABELS):
        for entry in patterns.get(label):
            if isinstance(entry.pattern, str) and entry.exact != exact:
                continue
            if not isinstance(entry.pattern, str) and not exact:
                continue  # token patterns carry their own attributes: add them once
            out.append({"label": label, "pattern": entry.pattern, "id": entry.id})
    return out


@lru_cache(maxsize=4)
def build_nlp(patterns_dir: str | None = None) -> Language:
    """Build (once per patterns directory) the tokenizer and rule components."""
    patterns = load_patterns(patterns_dir)
    nlp = spacy.blank("id")
    for name, exact in (("rules_exact", True), ("rules_lower", False)):
        ruler = nlp.add_pipe(
            "span_ruler", name=name,
            config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "ORTH" if exact else "LOWER",
                    "validate": True, "overwrite": False},
        )
        ruler.add_patterns(_ruler_patterns(patterns, exact))  # type: ignore[attr-defined]
    log.debug("built pipeline %s for %s", nlp.pipe_names, patterns.directory)
    return nlp
