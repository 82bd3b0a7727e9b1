"""Benchmarks of rilis against spaCy's tokenizer and the naive pipeline, on the same texts.

    python benchmarks/run.py -n 3000            # throughput, stages, cold start
    python benchmarks/run.py --rss 10000,100000  # peak RSS of `rilis extract` at sizes

Throughput mode builds N varied articles (`benchmarks/corpus.py`) in a
temporary directory and reports docs/s of
  (a) `spacy.blank("id").pipe`, tokenization only;
  (b) the naive pipeline: `spacy.blank("id")` + the same rule matchers over
      `patterns/` + `dateparser.search_dates` on each text;
  (c) `rilis extract DIR -o OUT --workers 1`, end to end in a subprocess;
  (d) the same with `--workers 2`;
  (e) each stage of (c) in this process: read, clean, nlp, resolve, dates, write.
In-process measures use CPU time (`time.process_time`), and (c) and (d) report
CPU time (from `wait4`, all their processes) next to wall-clock time, because
the machines these run on are shared and wall-clock rates swing with the load;
(d)/(c) can only be judged by wall clock, so it is the number to distrust.
then the cold start of `rilis extract one.txt` next to `python -c "import spacy"`
(median of runs), and the ratios against the targets of issue 5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write as write_corpus  # noqa: E402

RILIS = [sys.executable, "-m", "extractor"]
TARGETS = {
    "c/a": 2.0, "c/b": 10.0, "d/c": 1.7, "rss100k/rss10k": 1.2, "cold/spacy": 2.0,
}


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    info: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform(),
                            "nproc": os.cpu_count()}
    try:
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in
                           Path("/proc/cpuinfo").read_text().splitlines()
                           if line.startswith("model name"))
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        info["ram_gib"] = round(kb / 2**20, 1)
        info["load_avg_before"] = os.getloadavg()
    except (OSError, StopIteration):
        pass
    from importlib.metadata import version

    # no import: a fat parent would count in its subprocesses' peak RSS (fork before exec)
    info["spacy"] = version("spacy")
    return info


def _timed(function: Callable[[], int]) -> float:
    """Docs per second of a function that returns how many docs it handled."""
    start = time.process_time()
    count = function()
    return count / (time.process_time() - start)


def tokenize_only(texts: list[str]) -> float:
    """(a) docs/s of `spacy.blank("id").pipe` (building it is not timed)."""
    import spacy

    nlp = spacy.blank("id")
    return _timed(lambda: sum(1 for _ in nlp.pipe(texts)))


def span_ruler_pipeline() -> Any:
    """`spacy.blank("id")` with two SpanRulers over `patterns/` (exact case, lower case)."""
    import spacy

    from extractor.nlp import rule_patterns
    from extractor.vocabulary import load_patterns

    nlp = spacy.blank("id")
    for name, exact in (("rules_exact", True), ("rules_lower", False)):
        ruler = nlp.add_pipe("span_ruler", name=name, config={
            "spans_key": "rilis", "phrase_matcher_attr": "ORTH" if exact else "LOWER",
            "validate": True, "overwrite": False})
        ruler.add_patterns(rule_patterns(load_patterns(), exact))  # type: ignore[attr-defined]
    return nlp


def naive(texts: list[str]) -> float:
    """(b) docs/s of blank("id") + the rule matchers + `dateparser.search_dates` per text."""
    from dateparser.search import search_dates

    nlp = span_ruler_pipeline()
    search_dates("Senin (4/8/2025)", languages=["id"])  # load its language data first

    def run() -> int:
        for doc in nlp.pipe(texts):
            list(doc.spans)
            search_dates(doc.text, languages=["id"])
        return len(texts)

    return _timed(run)


def end_to_end(directory: Path, out: Path, workers: int) -> dict[str, float]:
    """(c)/(d): `rilis extract` in a subprocess: docs/s by wall clock and by CPU time
    (all its processes), and its peak RSS in MB (the largest of its processes; only
    meaningful when this process is smaller, as in `--rss` mode)."""
    count = sum(1 for _ in directory.glob("*.txt"))
    command = [*RILIS, "extract", str(directory), "-o", str(out), "--workers", str(workers),
               "--quiet"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{command} exited {process.returncode}")
    # wait4 counts the child and the workers it waited for
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall_docs_s": count / wall, "cpu_docs_s": count / cpu,
            "rss_mb": usage.ru_maxrss / 1024}


def stages(directory: Path, out: Path) -> dict[str, float]:
    """(e) ms per document of each stage of the in-process pipeline."""
    from extractor import pipeline
    from extractor.batch import _Zones
    from extractor.options import Options
    from extractor.readers import Source, iter_sources

    options = Options()
    ex = pipeline.get_extractor()
    spent = dict.fromkeys(("read", "clean", "nlp", "resolve", "dates", "write"), 0.0)
    real_dates = pipeline._date_records

    def timed_dates(*args: Any) -> Any:
        start = time.process_time()
        try:
            return real_dates(*args)
        finally:
            spent["dates"] += time.process_time() - start

    pipeline._date_records = timed_dates  # type: ignore[assignment]
    count = 0
    zones = _Zones()  # the runner's memory-zone policy
    try:
        with out.open("w", encoding="utf-8") as handle:
            sources = iter_sources([directory])
            while True:
                start = time.process_time()
                source = next(sources, None)
                spent["read"] += time.process_time() - start
                if source is None:
                    break
                assert isinstance(source, Source)
                zones.before(ex.nlp)
                start = time.process_time()
                cleaned = pipeline._prepare(ex, source.text, options)
                spent["clean"] += time.process_time() - start
                start = time.process_time()
                doc = ex.nlp(cleaned.text)
                spent["nlp"] += time.process_time() - start
                start = time.process_time()
                dates_before = spent["dates"]
                article = pipeline._build(ex, source.text, cleaned, doc,
                                          source=source.metadata.get("source"),
                                          metadata=source.metadata, options=options)
                spent["resolve"] += time.process_time() - start - (spent["dates"] -
                                                                    dates_before)
                del doc
                zones.after(1)
                start = time.process_time()
                handle.write(article.to_json() + "\n")
                spent["write"] += time.process_time() - start
                count += 1
    finally:
        zones.close()
        pipeline._date_records = real_dates  # type: ignore[assignment]
    return {stage: seconds / count * 1000 for stage, seconds in spent.items()}


def cold_start(one_file: Path, runs: int) -> dict[str, float]:
    """Median wall seconds of `rilis extract one.txt` and of `python -c "import spacy"`."""
    spacy_times, rilis_times = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import spacy"], check=True)
        spacy_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([*RILIS, "extract", str(one_file), "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        rilis_times.append(time.perf_counter() - start)
    return {"import_spacy_s": statistics.median(spacy_times),
            "rilis_one_file_s": statistics.median(rilis_times)}


def throughput(n: int, naive_n: int, cold_runs: int) -> dict[str, Any]:
    """Every throughput measure on one set of N varied articles."""
    results: dict[str, Any] = {"machine": machine(), "n": n}
    with tempfile.TemporaryDirectory(prefix="rilis-bench-") as tmp:
        directory = Path(tmp) / "articles"
        write_corpus(directory, n)
        texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
        docs_s: dict[str, float] = {}
        docs_s["a_tokenize_only"] = tokenize_only(texts)
        docs_s["b_naive"] = naive(texts[:naive_n])
        one = end_to_end(directory, Path(tmp) / "c.jsonl", 1)
        two = end_to_end(directory, Path(tmp) / "d.jsonl", 2)
        docs_s["c_rilis_1_process_cpu"] = one["cpu_docs_s"]
        docs_s["c_rilis_1_process_wall"] = one["wall_docs_s"]
        docs_s["d_rilis_2_workers_wall"] = two["wall_docs_s"]
        docs_s["d_rilis_2_workers_cpu"] = two["cpu_docs_s"]
        results["docs_per_s"] = docs_s
        results["stage_ms_per_doc"] = stages(directory, Path(tmp) / "e.jsonl")
        results["cold_start"] = cold_start(next(iter(sorted(directory.glob("*.txt")))),
                                           cold_runs)
        same = (Path(tmp) / "c.jsonl").read_bytes() == (Path(tmp) / "d.jsonl").read_bytes()
        results["c_and_d_outputs_identical"] = same
        results["load_avg_after"] = os.getloadavg()
    cold = results["cold_start"]
    results["ratios"] = {
        "c/a": docs_s["c_rilis_1_process_cpu"] / docs_s["a_tokenize_only"],
        "c/b": docs_s["c_rilis_1_process_cpu"] / docs_s["b_naive"],
        "d/c": docs_s["d_rilis_2_workers_wall"] / docs_s["c_rilis_1_process_wall"],
        "cold/spacy": cold["rilis_one_file_s"] / cold["import_spacy_s"],
    }
    return results


def rss(sizes: list[int]) -> dict[str, Any]:
    """Peak RSS of `rilis extract` (one process) over corpora of the given sizes."""
    results: dict[str, Any] = {"machine": machine(), "rss_mb": {}}
    with tempfile.TemporaryDirectory(prefix="rilis-rss-") as tmp:
        for size in sizes:
            directory = Path(tmp) / f"n{size}"
            write_corpus(directory, size)
            measured = end_to_end(directory, Path(tmp) / f"n{size}.jsonl", 1)
            results["rss_mb"][str(size)] = round(measured["rss_mb"], 1)
            results.setdefault("docs_per_s", {})[str(size)] = round(measured["wall_docs_s"], 1)
            shutil.rmtree(directory)
    if len(sizes) >= 2:
        first, last = (results["rss_mb"][str(s)] for s in (sizes[0], sizes[-1]))
        results["ratios"] = {f"rss{sizes[-1]}/rss{sizes[0]}": last / first}
    return results


def table(results: dict[str, Any]) -> str:
    """The results as Markdown."""
    lines = ["| measure | value |", "| --- | --- |"]
    for key, value in results.get("docs_per_s", {}).items():
        lines.append(f"| {key} docs/s | {value:.1f} |")
    for key, value in results.get("stage_ms_per_doc", {}).items():
        lines.append(f"| stage {key} ms/doc | {value:.3f} |")
    for key, value in results.get("cold_start", {}).items():
        lines.append(f"| cold start {key} | {value:.2f} |")
    for key, value in results.get("rss_mb", {}).items():
        lines.append(f"| peak RSS at {key} docs MB | {value} |")
    for key, value in results.get("ratios", {}).items():
        target = TARGETS.get(key) or TARGETS.get("rss100k/rss10k" if key.startswith("rss") else "")
        verdict = ""
        if target:
            good = value <= target if key.startswith(("rss", "cold")) else value >= target
            verdict = f" (target {'≤' if key.startswith(('rss', 'cold')) else '≥'} {target}: " \
                      f"{'met' if good else 'NOT met'})"
        lines.append(f"| ratio {key} | {value:.2f}{verdict} |")
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="varied articles")
    parser.add_argument("--naive-n", type=int, default=None,
                        help="articles for the naive pipeline (default: all N)")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--rss", default=None, help="comma-separated sizes: RSS mode")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args()
    started = dt.datetime.now().isoformat(timespec="seconds")
    if args.rss:
        results = rss([int(s) for s in args.rss.split(",")])
    else:
        results = throughput(args.n, args.naive_n or args.n, args.cold_runs)
    results["started"] = started
    print(json.dumps(results, indent=2))
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
