"""The HTML report in a real headless Chromium (Debian's), driven by Selenium.

One browser session for the module. A missing browser fails: `.ci/run`
installs `chromium` and `chromium-driver`. The screenshots in the README are
written by `test_screenshots_for_the_readme`.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import extractor
from extractor.readers import discover, read_source
from extractor.records import Article
from extractor.report import build_report_data, write_report

from .conftest import CORPUS, FIXED, ROOT
from .report_samples import (
    HOSTILE_TITLE,
    IMG_ONERROR,
    SCRIPT_BREAKOUT,
    hostile_article,
    textless_article,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]
WINDOW = (1280, 1400)
DOCS = ROOT / "docs"
SYNDICATION = CORPUS / "syndication" / "dev"
SCREENSHOT_ARTICLE = "sd-e02-1-kanwilditjenpasdiy"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium with its console and network logged."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"no browser: {', '.join(missing)} missing; install Debian's chromium and "
                    "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in [*BROWSER_ARGS, f"--window-size={WINDOW[0]},{WINDOW[1]}"]:
        options.add_argument(arg)
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@dataclasses.dataclass
class Report:
    url: str
    records: dict[str, Article]
    by_stem: dict[str, Article]
    clusters: dict[str, str]


def _relative(path: str) -> str:
    """A corpus path as the repository names it: the same on every machine."""
    return Path(path).resolve().relative_to(ROOT).as_posix()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The report of the test corpus and the syndication folder (clusters from its truth file),
    plus a hostile article and one without text."""
    events = json.loads((SYNDICATION / "clusters.json").read_text(encoding="utf-8"))["events"]
    cluster_of = {stem: event for event, e in events.items() for stem in e["members"]}
    sources = [read_source(p) for p in discover([CORPUS / "test", SYNDICATION])]
    options = dataclasses.replace(FIXED, include_text=True)
    articles = []
    for source, article in zip(sources, extractor.extract_many(
            ((s.text, {**s.metadata, "source": _relative(s.path)}) for s in sources),
            options=options),
            strict=True):
        stem = Path(source.path).stem
        articles.append(article.model_copy(update={"cluster": cluster_of.get(stem)}))
    articles += [hostile_article(), textless_article()]
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(build_report_data(articles, input="corpus/test + corpus/syndication/dev"),
                 path, title="rilis report — test corpus and syndication dev")
    return Report(url=path.as_uri(), records={a.id: a for a in articles},
                  by_stem={Path(a.source or "").stem: a for a in articles},
                  clusters={a.id: a.cluster for a in articles if a.cluster})


def load(driver: Any, report: Report, fragment: str = "") -> None:
    """A fresh page load (not only a hash change), waited for until the script is done."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.get(report.url + fragment)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.body && document.body.dataset.ready"))


def wait_for(driver: Any, condition: Any, timeout: float = 10) -> Any:
    """Poll until `condition(driver)` is truthy."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def js(driver: Any, script: str, *args: Any) -> Any:
    """Run a script in the page and return its result."""
    return driver.execute_script(script, *args)


def severe(entries: list[dict[str, Any]]) -> list[str]:
    """Console messages at error level."""
    return [e["message"] for e in entries if e["level"] == "SEVERE"]


# ---------------------------------------------------------------- loading

def test_console_errors_are_seen(browser: Any) -> None:
    # the check below could not fail if the log did not carry errors: prove it does
    browser.get("data:text/html,<script>throw new Error('deliberate')</script>")
    assert any("deliberate" in m for m in severe(browser.get_log("browser")))


def test_every_view_renders_without_console_errors(browser: Any, report: Report) -> None:
    load(browser, report)
    browser.get_log("browser")  # drain
    first = next(iter(report.records))
    for fragment in ["#overview", "#table", f"#article/{first}", "#article/hostile0000000001",
                     "#article/notext0000000001", "#article/no-such-id", "#article"]:
        load(browser, report, fragment)
    assert severe(browser.get_log("browser")) == []


def test_no_request_leaves_the_file(browser: Any, report: Report) -> None:
    browser.get_log("performance")  # drain
    load(browser, report)
    for fragment in ["#table", f"#article/{report.by_stem[SCREENSHOT_ARTICLE].id}"]:
        browser.execute_script("location.hash = arguments[0]", fragment)
        wait_for(browser, lambda d, f=fragment: d.execute_script(
            "return !document.getElementById(arguments[0]).hidden",
            "view-table" if f == "#table" else "view-article"))
    requested = [json.loads(e["message"])["message"]["params"]["request"]["url"]
                 for e in browser.get_log("performance")
                 if '"Network.requestWillBeSent"' in e["message"]]
    assert report.url in requested  # the log does see requests
    assert [u for u in requested if not (u.startswith(report.url) or u.startswith("data:")
                                         or u == "about:blank")] == []
    links = js(browser, """return Array.from(document.querySelectorAll('[src],[href]'))
        .map(e => e.getAttribute('src') || e.getAttribute('href'))""")
    assert links and [u for u in links if not u.startswith(("#", "data:"))] == []


# ---------------------------------------------------------------- table

def _rows_text(driver: Any) -> list[str]:
    return js(driver, "return Array.from(document.querySelectorAll('#partnership-rows tr'))"
                      ".map(tr => tr.innerText.toLowerCase())")


def _expected_matches(report: Report, words: list[str]) -> int:
    """Rows whose searchable fields hold every word, counted from the records."""
    data = build_report_data(report.records.values())
    titles = {a.id: (a.title, a.dateline.outlet if a.dateline else None)
              for a in report.records.values()}
    count = 0
    for r in data.partnerships:
        fields = [r.facility, r.partner, r.partner_kind, r.activity, r.type, r.status, r.date,
                  r.source, *titles[r.article_id]]
        hay = " \x01 ".join(f for f in fields if f).lower()
        count += all(w in hay for w in words)
    return count


def test_table_filters_on_typed_text(browser: Any, report: Report) -> None:
    load(browser, report, "#table")
    count = browser.find_element("id", "table-count")
    total = len(build_report_data(report.records.values()).partnerships)
    assert count.text == f"{total} of {total} rows match"
    search = browser.find_element("id", "table-search")
    search.send_keys("Sleman")
    expected = _expected_matches(report, ["sleman"])
    assert 0 < expected < total
    wait_for(browser, lambda d: count.text == f"{expected} of {total} rows match")
    shown = _rows_text(browser)
    assert shown and len(shown) == min(expected, 50)
    assert all("sleman" in row for row in shown)
    search.send_keys(" mou")
    narrower = _expected_matches(report, ["sleman", "mou"])
    wait_for(browser, lambda d: count.text == f"{narrower} of {total} rows match")
    assert 0 < narrower < expected
    assert all("sleman" in row and "mou" in row for row in _rows_text(browser))


def test_table_sorts_and_pages(browser: Any, report: Report) -> None:
    load(browser, report, "#table")
    header = browser.find_element("css selector", "th[data-key=facility] button")
    header.click()
    wait_for(browser, lambda d: d.find_element("css selector", "th[data-key=facility]")
             .get_attribute("aria-sort") == "ascending")
    column = "return Array.from(document.querySelectorAll('#partnership-rows tr td:first-child'))" \
             ".map(td => td.innerText.toLowerCase())"
    first_page = js(browser, column)
    facilities = sorted((r.facility or "").lower() for r in
                        build_report_data(report.records.values()).partnerships if r.facility)
    assert first_page == facilities[:50]
    browser.find_element("id", "page-next").click()
    wait_for(browser, lambda d: "rows 51–100" in d.find_element("id", "page-info").text)
    assert js(browser, column) == facilities[50:100]
    header.click()
    wait_for(browser, lambda d: d.find_element("css selector", "th[data-key=facility]")
             .get_attribute("aria-sort") == "descending")
    assert js(browser, column) == sorted(facilities, reverse=True)[:50]


# ---------------------------------------------------------------- article view

def test_article_view_shows_highlighted_spans(browser: Any, report: Report) -> None:
    record = report.by_stem[SCREENSHOT_ARTICLE]
    load(browser, report, "#table")
    browser.find_element("id", "table-search").send_keys(record.title or "")
    link = wait_for(browser, lambda d: d.find_elements(
        "css selector", f"#partnership-rows tr[data-article='{record.id}'] a"))[0]
    link.click()
    wait_for(browser, lambda d: d.find_element("id", "article-title").text == record.title)
    assert browser.current_url.endswith(f"#article/{record.id}")
    # the text is shown whole and unchanged, labels aside
    shown = js(browser, """const c = document.getElementById('article-text').cloneNode(true);
        c.querySelectorAll('.tag').forEach(t => t.remove()); return c.textContent;""")
    assert shown == record.text
    labels = js(browser, "return Array.from(document.querySelectorAll('#article-text .tag'))"
                         ".map(t => t.textContent)")
    spans = [(label, s) for label, family in (
        ("facility", record.facilities), ("partner", record.partners),
        ("official", record.officials), ("date", record.dates),
        ("engagement", record.engagements), ("agreement", record.agreements))
        for item in family for s in item.spans]
    assert sorted(labels) == sorted(label for label, _ in spans)
    highlighted = js(browser, """return Object.fromEntries(['facility', 'partner'].map(l =>
        [l, Array.from(document.querySelectorAll('#article-text .seg'))
            .filter(s => s.dataset.labels.split(' ').includes(l))
            .map(s => s.textContent).join('')]))""")
    for label, span in spans:
        if label in highlighted:
            assert span.text.replace("\n", "") in highlighted[label].replace("\n", "")
    assert js(browser, "return getComputedStyle(document.querySelector('#article-text .seg'))"
                       ".boxShadow") != "none"


def test_cluster_lists_its_sources(browser: Any, report: Report) -> None:
    record = report.by_stem[SCREENSHOT_ARTICLE]
    load(browser, report, f"#article/{record.id}")
    members = [i for i, c in report.clusters.items() if c == record.cluster]
    assert len(members) >= 3
    items = browser.find_elements("css selector", "#article-cluster li")
    assert len(items) == len(members)
    links = [a.get_attribute("href").rsplit("#article/", 1)[1]
             for a in browser.find_elements("css selector", "#article-cluster li a")]
    assert sorted(links) == sorted(m for m in members if m != record.id)


def test_hostile_article_is_shown_as_text(browser: Any, report: Report) -> None:
    load(browser, report, "#article/hostile0000000001")
    assert js(browser, "return window.__pwned === undefined")
    assert js(browser, "return document.querySelectorAll('img, b').length") == 0
    assert js(browser, "return document.querySelectorAll('script').length") == 2
    text = browser.find_element("id", "article-text").text
    assert SCRIPT_BREAKOUT in text and IMG_ONERROR in text
    assert browser.find_element("id", "article-title").text == HOSTILE_TITLE


def test_article_without_text_says_so(browser: Any, report: Report) -> None:
    load(browser, report, "#article/notext0000000001")
    assert browser.find_element("id", "article-notext").is_displayed()
    assert not browser.find_element("id", "article-text").is_displayed()
    values = browser.find_element("id", "article-items").text
    assert "Rutan Kelas IIB Maros" in values and "Dinas Sosial Kabupaten Maros" in values


# ---------------------------------------------------------------- overview

def test_overview_charts_follow_the_facility_filter(browser: Any, report: Report) -> None:
    load(browser, report)
    assert js(browser, "return document.querySelectorAll('#timeline .mark').length") > 0
    browser.find_element("id", "facility-filter").send_keys("sleman")
    sleman = [a for a in report.records.values()
              if any("sleman" in f.name.lower() for f in a.facilities)]
    dated = {row.id for row in build_report_data(sleman).articles if row.date}
    marks = {(a.id, f.name, kind, t, s) for a in sleman if a.id in dated for f in a.facilities
             if "sleman" in f.name.lower()
             for kind, t, s in [("agreement", g.type, g.status) for g in a.agreements]
             + [("engagement", e.type, None) for e in a.engagements]}
    wait_for(browser, lambda d: js(d, "return document.querySelectorAll('#timeline .mark')"
                                      ".length") == len(marks))
    provinces = browser.find_element("id", "bars-province").text
    assert "Daerah Istimewa Yogyakarta" in provinces and "Bali" not in provinces
    browser.find_elements("css selector", "#timeline a")[-1].click()  # drawn last: on top
    wait_for(browser, lambda d: d.find_element("id", "view-article").is_displayed())
    assert "#article/" in browser.current_url


def test_screenshots_for_the_readme(browser: Any, report: Report) -> None:
    DOCS.mkdir(exist_ok=True)
    shots = {"report.png": "", "report-article.png":
             f"#article/{report.by_stem[SCREENSHOT_ARTICLE].id}"}
    for name, fragment in shots.items():
        load(browser, report, fragment)
        png = browser.get_screenshot_as_png()
        assert png.startswith(b"\x89PNG") and len(png) > 20_000
        target = DOCS / name
        # refreshed only on request: a font or driver of another machine moves pixels, and a
        # test run should leave the working tree as it found it
        if os.environ.get("RILIS_UPDATE_SCREENSHOTS") and (
                not target.exists() or target.read_bytes() != png):
            target.write_bytes(png)
