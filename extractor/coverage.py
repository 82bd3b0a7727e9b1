"""Pattern coverage: which pattern ids produce values in how many documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .records import Article


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


def single_document_patterns(articles: Iterable[Article]) -> dict[str, str]:
    """Pattern ids that fire in exactly one document, with that document."""
    return {pid: next(iter(docs)) for pid, docs in sorted(pattern_documents(articles).items())
            if len(docs) == 1}
