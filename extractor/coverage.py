"""Pattern coverage: which pattern ids produce values in how many documents, and why an id
that fires in one document only may still be a pattern of the genre."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .records import Article
from .vocabulary import PatternSet

# Families whose lines each name one thing of the genre (an organisation, a position, a verb):
# a corpus of a few hundred articles names most of them once, and that is no sign of overfitting.
VOCABULARY = {
    "ORG": "vocabulary: names one organisation",
    "POSITION": "vocabulary: names one position",
    "SPEECH": "vocabulary: one speech verb",
    "TITLE": "vocabulary: one title or degree",
    "ACTING": "vocabulary: one acting prefix",
    "FACILITY_KIND": "vocabulary: one kind of facility",
}
DATE_SHAPE = "a date shape of DOMAIN.md that one corpus article writes"
RULE = "rule: check that it was not written for one sentence"


def pattern_documents(articles: Iterable[Article]) -> dict[str, set[str]]:
    """Pattern id → ids (sources) of the documents where it produced a value."""
    seen: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        doc = article.source or article.id
        for family in (article.facilities, article.officials, article.partners, article.dates,
                       article.engagements, article.agreements):
            for item in family:
                for pattern_id in item.pattern_ids:
                    seen[pattern_id].add(doc)
    return dict(seen)


def why_single(pattern_ids: Iterable[str], patterns: PatternSet) -> dict[str, str]:
    """For pattern ids that fire in one document: why that may be fine, or that one needs a look."""
    labels: dict[str, set[str]] = defaultdict(set)
    for label, entries in patterns.by_label.items():
        for entry in entries:
            labels[entry.id].add(label)
    reasons = {}
    for pattern_id in pattern_ids:
        found = labels.get(pattern_id, set())
        if found and found <= VOCABULARY.keys():
            reasons[pattern_id] = VOCABULARY[min(found)]
        elif not found and pattern_id.startswith("date."):
            reasons[pattern_id] = DATE_SHAPE
        else:
            reasons[pattern_id] = RULE
    return reasons
