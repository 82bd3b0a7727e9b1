"""Adversarial inputs: is extraction linear in the input size for every family?

Each family repeats one unit the genre's expressions and tokenizer rules care
about (initials, dotted titles, `4/4/4`, open parentheses, position words …)
up to a size in bytes, and `extract` is timed on it (CPU time of this process,
best of `--repeat`). The size limit is lifted to the input's length for the
measurement (`Options.max_chars`), so the 1 MB inputs are extracted whole
rather than truncated at the default 200,000 characters: the ratio of µs per
KB at 1 MB to µs per KB at 10 KB is ≈ 1 when the work grows linearly, ≈ 100
when it grows with the square of the size.

    python benchmarks/adversarial.py [--sizes 10000,1000000] [--family NAME] [--json OUT]

`tests/test_adversarial.py` runs every family at the default size limit under
a hang guard; the numbers are reported in `docs/robustness.md`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.options import Options  # noqa: E402

# family name -> the unit repeated (whitespace-free runs have no space in the unit)
FAMILIES: dict[str, str] = {
    "initials": "H. ",                      # H. H. H. …
    "dotted_initials": "H.A.S.",            # one whitespace-free run of dots and initials
    "dots": ".",                            # ………
    "slashes": "4/",                        # 4/4/4/4… (a date-like run)
    "open_parens": "(",                     # one token of opening parentheses
    "close_parens": ")",                    # and of closing ones (the suffix rules)
    "bracketed_dates": "Senin (4/8/2025) ",
    "positions": "Kepala Seksi ",
    "facilities": "Lapas ",
    "acronyms": "(BNNP) ",
    "titles": "Drs. H. Andi Ali, S.H., M.H. ",
    "one_token": "Maros",                   # one word repeated without a space
    "one_word": "Maros ",                   # one word repeated
    "mojibake": "â€œ",                      # â€œâ€œ… (UTF-8 read as Windows-1252)
    "quotes": "\"",
    "newlines": "\n",
    "spaces": " ",                          # one run of spaces inside a line
    "nicknames": "Ali, sapaan akrab ",      # the nickname construction, repeated
    "hospital_heads": "Direktur RSUD dr. Hasmida Karim ",  # a name glued to an organisation
    # activities, status cues and organisations in every sentence (each mention was paired
    # with every cue and every activity of the document)
    "running_events": "Pesantren kilat selama ini berjalan di lapas. Kegiatan itu dihadiri "
                      "BNNK Pekanbaru dan Dinas Sosial Kota Pekanbaru. ",
}


def adversarial_text(family: str, size: int) -> str:
    """The family's unit repeated up to `size` bytes of UTF-8."""
    unit = FAMILIES[family]
    return unit * max(1, size // len(unit.encode("utf-8")))


def time_extract(text: str, repeat: int = 1) -> float:
    """Best CPU seconds of one `extract` of the whole text."""
    import extractor

    options = Options(max_chars=max(len(text), 1))
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        extractor.extract(text, options=options)
        best = min(best, time.process_time() - start)
    return best


def measure(families: list[str], sizes: list[int], repeat: int) -> dict[str, dict[str, float]]:
    """{family: {"us_per_kb_<size>": …, "ratio": last / first}}."""
    import extractor

    extractor.extract("warm up: Kepala Lapas Kelas IIA Watampone, Ashari.")
    results: dict[str, dict[str, float]] = {}
    for family in families:
        row: dict[str, float] = {}
        for size in sizes:
            seconds = time_extract(adversarial_text(family, size),
                                   repeat if size <= 100_000 else 1)
            row[f"us_per_kb_{size}"] = round(seconds * 1e6 / (size / 1000), 1)
        first, last = row[f"us_per_kb_{sizes[0]}"], row[f"us_per_kb_{sizes[-1]}"]
        row["ratio"] = round(last / first, 2) if first else float("nan")
        results[family] = row
        print(f"{family:16} " + "  ".join(f"{k[10:]:>8}: {v:9.1f} µs/KB" for k, v in row.items()
                                          if k.startswith("us_per_kb_"))
              + f"  ratio {row['ratio']}", flush=True)
    return results


def main() -> None:
    """Measure and print (and optionally write JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,1000000",
                        help="comma-separated sizes in bytes (first and last are compared)")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES),
                        help="only this family (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N for sizes ≤ 100 KB")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = measure(args.family or list(FAMILIES), sizes, args.repeat)
    if args.json:
        args.json.write_text(json.dumps({"sizes": sizes, "families": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
