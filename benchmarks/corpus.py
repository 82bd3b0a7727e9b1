"""A benchmark corpus: N varied articles built from `corpus/`, so strings don't repeat.

Each article is a corpus article (all splits, round robin) in which the names
of its officials, the places of its facilities and partners, and its dates are
replaced, consistently within the article, by generated names, other regions
of the gazetteer and other days and years; its file name, URL and a closing
reference number are unique. Repeating the same few texts would flatter every
stage that caches (spaCy's lexemes and tokenizer cache, regex engines).

    python benchmarks/corpus.py OUT_DIR -n 3000 [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# Syllables of generated personal names (benchmark data, not extraction vocabulary).
SYLLABLES = ("ba", "di", "ra", "su", "ti", "no", "ma", "ri", "ka", "wa", "yu", "ni", "har",
             "san", "dra", "wan", "gun", "tor", "lis", "mar", "ta", "sih", "pur", "jo", "ko",
             "nur", "fa", "ha", "lia", "de", "si", "an", "to", "ar", "bu", "dian")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b")
_BRACKETED = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
_YEAR = re.compile(r"\b(20[12]\d)\b")


@dataclass(frozen=True)
class Article:
    """One generated article: file name, text and metadata."""

    name: str
    text: str
    meta: dict[str, str]


def _bases() -> list[tuple[str, dict, dict]]:
    """(text, gold, meta) of every corpus article with a gold file."""
    out = []
    for text_path in sorted(CORPUS.glob("*/*.txt")):
        stem = text_path.with_suffix("")
        gold_path = stem.with_name(stem.name + ".gold.json")
        meta_path = stem.with_name(stem.name + ".meta.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append((text_path.read_text(encoding="utf-8"), gold, meta))
    return out


def _regions() -> list[str]:
    """One-word region names of the gazetteer."""
    names = []
    with (ROOT / "patterns" / "regions.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("{"):
                name = json.loads(line)["pattern"]
                if " " not in name and name.isalpha():
                    names.append(name)
    return names


def _name(rng: random.Random) -> str:
    """A generated name word: two or three syllables, capitalised."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _vary(text: str, gold: dict, rng: random.Random, regions: list[str]) -> str:
    """Replace name words, place words and dates, consistently within the text."""
    mapping: dict[str, str] = {}
    for official in gold.get("officials", []):
        for word in official["name"].split():
            if len(word) > 2 and word[0].isupper() and not word.endswith("."):
                mapping.setdefault(word, _name(rng))
    places = [f.get("place") for f in gold.get("facilities", [])]
    for place in places:
        for word in (place or "").split():
            if len(word) > 2 and word[0].isupper():
                mapping.setdefault(word, rng.choice(regions))
    if mapping:
        words = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(mapping, key=len,
                                                                           reverse=True))
                           + r")\b")
        text = words.sub(lambda m: mapping[m.group(1)], text)
    shift = rng.randint(-4, 1)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _DAY_MONTH_YEAR.sub(
        lambda m: f"{rng.randint(1, 28)}{m.group(2)}{m.group(3)}{m.group(2)}{m.group(4)}", text)
    return _BRACKETED.sub(lambda m: f"({rng.randint(1, 28)}/{m.group(2)})", text)


def varied_articles(n: int, seed: int = 7) -> Iterator[Article]:
    """N varied articles, deterministic for a seed."""
    rng = random.Random(seed)
    bases, regions = _bases(), _regions()
    for index in range(n):
        text, gold, meta = bases[index % len(bases)]
        ref = f"{rng.randrange(16**6):06x}"
        body = _vary(text, gold, rng, regions).rstrip("\n")
        varied = f"{body}\n\nNomor siaran pers: HM.{index:06d}/{ref}\n"
        new_meta = {k: v for k, v in meta.items() if k in ("published", "title")}
        new_meta["url"] = f"https://rilis.example/{index:06d}-{ref}"
        yield Article(name=f"{index:06d}-{ref}", text=varied, meta=new_meta)


def write(directory: Path, n: int, seed: int = 7) -> list[Path]:
    """Write N varied articles (`.txt` and `.meta.json`) into a directory."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in varied_articles(n, seed):
        path = directory / f"{article.name}.txt"
        path.write_text(article.text, encoding="utf-8")
        (directory / f"{article.name}.meta.json").write_text(
            json.dumps(article.meta, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line: write a benchmark corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"wrote {len(write(args.out, args.n, args.seed))} articles to {args.out}")


if __name__ == "__main__":
    main()
