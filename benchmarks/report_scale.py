"""How big and how fast is the HTML report at N articles? (issue 8)

Builds N varied records from the corpus (ids, sources, dates, facility places,
partner regions and clusters varied so that strings do not repeat; the texts
and their spans are the corpus's own), writes the report, and opens it in
Debian's headless Chromium to time the load, a table search and an article view.

Run: python benchmarks/report_scale.py [-n 10000] [--out out/report-scale]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import time
from pathlib import Path
from typing import Any

import extractor
from extractor.options import Options
from extractor.readers import discover, read_source
from extractor.records import Article
from extractor.report import Gazetteer, load_jsonl, write_report
from extractor.vocabulary import RegionEntry, default_directory, parse_lines

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIRS = ["corpus/seeds", "corpus/dev", "corpus/test", "corpus/syndication/dev",
               "corpus/syndication/test"]


def corpus_records() -> list[Article]:
    """The corpus's records, with their cleaned texts."""
    sources = [read_source(p) for p in discover([ROOT / d for d in CORPUS_DIRS])]
    options = Options(include_text=True, today=dt.date(2026, 11, 22))
    return list(extractor.extract_many(((s.text, s.metadata) for s in sources), options=options))


def shift(iso: str | None, days: int) -> str | None:
    """An ISO date moved by some days (None stays None)."""
    if not iso:
        return iso
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()


def varied(base: list[Article], n: int, seed: int = 8) -> list[Article]:
    """N records made from the corpus's, each with its own id, source, dates and places."""
    rng = random.Random(seed)
    path = default_directory() / "regions.jsonl"
    with path.open(encoding="utf-8") as handle:
        # the 514 regencies and cities: about as many places as there are correctional units
        places = sorted(e.text for e in parse_lines(handle, str(path))
                        if isinstance(e, RegionEntry) and e.type in {"kabupaten", "kota"})
    out: list[Article] = []
    cluster, left = 0, 0
    for i in range(n):
        article = base[i % len(base)]
        days = rng.randint(-700, 60)
        place = rng.choice(places)
        if left == 0:  # syndication: runs of 1–5 copies share a cluster
            cluster, left = cluster + 1, rng.choice([1, 1, 1, 2, 3, 4, 5])
        left -= 1
        facilities = [f.model_copy(update={
            "name": f.name.replace(f.place, place) if f.place else f"{f.name} {place}",
            "place": place}) for f in article.facilities]
        partners = [p.model_copy(update={"name": f"{p.name} {rng.choice(places)}"})
                    if rng.random() < 0.5 else p for p in article.partners]
        dates = [d.model_copy(update={"value": shift(d.value, days)}) for d in article.dates]
        out.append(article.model_copy(update={
            "id": f"{i:016x}", "source": f"https://berita.example/{i}/{place.lower()}",
            "title": f"{article.title or 'Rilis'} — {place} #{i}",
            "published": shift(article.published, days),
            "facilities": facilities, "partners": partners, "dates": dates,
            "cluster": f"c{cluster:05d}" if rng.random() < 0.6 else None}))
    return out


def browser_timings(html: Path, article_id: str) -> dict[str, Any]:
    """Load the report in headless Chromium; time the load, a search and an article view."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1400"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        started = time.perf_counter()
        driver.get(html.as_uri())
        WebDriverWait(driver, 120).until(
            lambda d: d.execute_script("return document.body.dataset.ready"))
        wall = time.perf_counter() - started
        page = driver.execute_script("""const n = performance.getEntriesByType('navigation')[0];
            return {timings: window.rilisTimings, domContentLoaded: n.domContentLoadedEventEnd,
                    load: n.loadEventEnd, heapMB: performance.memory ?
                    performance.memory.usedJSHeapSize / 1e6 : null}""")
        driver.execute_script("location.hash = '#table'")
        WebDriverWait(driver, 60).until(
            lambda d: d.find_element("id", "partnership-rows").find_elements("tag name", "tr"))
        search = driver.find_element("id", "table-search")
        before = driver.find_element("id", "table-count").text
        started = time.perf_counter()
        search.send_keys("sleman")
        WebDriverWait(driver, 60).until(
            lambda d: d.find_element("id", "table-count").text != before)
        search_s = time.perf_counter() - started  # includes the 120 ms typing debounce
        started = time.perf_counter()
        driver.execute_script("location.hash = arguments[0]", f"#article/{article_id}")
        WebDriverWait(driver, 60).until(
            lambda d: d.find_elements("css selector", "#article-text .seg"))
        article_s = time.perf_counter() - started
        return {"wall_to_ready_s": round(wall, 2),
                "script_start_ms": round(page["timings"]["startMs"]),
                "parse_json_ms": round(page["timings"]["parseMs"]),
                "script_ready_ms": round(page["timings"]["readyMs"]),
                "dom_content_loaded_ms": round(page["domContentLoaded"]),
                "load_event_ms": round(page["load"]),
                "js_heap_mb": page["heapMB"] and round(page["heapMB"]),
                "search_s": round(search_s, 2), "article_view_s": round(article_s, 2)}
    finally:
        driver.quit()


def cpu_model() -> str:
    """The processor's name, as Linux reports it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def main() -> None:
    """Build, write, open, and print one JSON line of measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "report-scale")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    records = varied(corpus_records(), args.n)
    jsonl = args.out / f"records-{args.n}.jsonl"
    jsonl.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    html = args.out / f"report-{args.n}.html"
    started = time.perf_counter()
    data = load_jsonl(jsonl, gazetteer=Gazetteer.load())
    size = write_report(data, html)
    python_s = time.perf_counter() - started
    with_text = next(r for r in records if r.text and r.facilities)
    result = {
        "articles": len(data.articles), "partnership_rows": len(data.partnerships),
        "facilities": len(data.facilities),
        "jsonl_mb": round(jsonl.stat().st_size / 1e6, 1), "html_mb": round(size / 1e6, 1),
        "load_and_write_s": round(python_s, 2),
        **browser_timings(html, with_text.id),
        "machine": f"{cpu_model()}, {len(os.sched_getaffinity(0))} cores, "
                   f"Python {platform.python_version()}",
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
