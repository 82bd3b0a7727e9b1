"""Identity check: full records with the genre tokenizer == with spaCy's stock tokenizer.

Extracts every corpus article (all splits) and N varied benchmark articles
twice, once with `spacy.blank("id")` as it comes and once with the pipeline
rilis runs, and compares the complete records (every field, spans and pattern
ids included). Any difference is printed and the exit code is 1.

    python benchmarks/identity.py [-n 3000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import varied_articles  # noqa: E402
from extractor.options import Options  # noqa: E402
from extractor.pipeline import extract_items, get_extractor  # noqa: E402
from extractor.readers import Source, iter_sources  # noqa: E402

OPTIONS = Options(today=dt.date(2026, 11, 22), include_text=True)


def items(n: int, every: int = 1) -> Iterator[tuple[str, dict[str, Any]]]:
    """The corpus articles (every `every`-th of them), then N varied benchmark articles."""
    corpus = (source for source in iter_sources([ROOT / "corpus"]) if isinstance(source, Source))
    for index, source in enumerate(corpus):
        if index % every == 0:
            yield source.text, source.metadata
    for article in varied_articles(n):
        yield article.text, {**article.meta, "source": article.name}


def _differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Top-level fields whose values differ."""
    return [key for key in sorted(set(a) | set(b)) if a.get(key) != b.get(key)]


def compare(n: int, every: int = 1) -> tuple[int, list[tuple[str, list[str]]]]:
    """(documents compared, [(source, differing fields)]); `every`: a sample of the corpus."""
    docs = list(items(n, every))
    stock = get_extractor(None, stock_tokenizer=True)
    genre = get_extractor(None)
    old = extract_items(docs, OPTIONS, extractor=stock)
    new = extract_items(docs, OPTIONS, extractor=genre)
    diffs = []
    for before, after in zip(old, new, strict=True):
        if before != after:
            diffs.append((before.source or before.id,
                          _differences(json.loads(before.to_json()), json.loads(after.to_json()))))
    return len(docs), diffs


def main() -> None:
    """Command line: compare and report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="varied benchmark articles")
    args = parser.parse_args()
    count, diffs = compare(args.n)
    for source, fields in diffs:
        print(f"DIFF {source}: {', '.join(fields)}")
    print(f"{count} documents compared, {len(diffs)} differ")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
