"""rilis export: the batch writers' tables from a store, and the partnership network."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.export import export
from extractor.store import Store, recluster
from extractor.tables import TABLES

from .test_store import article

runner = CliRunner()
RELEASE = "Lapas Kelas IIB Maros dan Pemerintah Kabupaten Maros sepakat menyusun MoU. " * 12


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store of three records: a release and its copy (one event), and another event."""
    path = tmp_path / "rilis.sqlite"
    other = article("c", partners=("Badan Amil Zakat Nasional Kabupaten Maros",),
                    text="Baznas Maros menyerahkan bantuan kepada warga binaan. " * 12)
    other.dates[0].value = "2025-07-01"
    with Store(path) as store:
        store.upsert([article("a", text=RELEASE), article("b", text=RELEASE + " Salam."), other])
        recluster(store)
    return path


def test_graphml_has_organisations_as_nodes_and_event_partnerships_as_edges(db: Path) -> None:
    networkx = pytest.importorskip("networkx")
    out = db.with_name("net.graphml")
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = networkx.read_graphml(out)
    assert graph.nodes["Lapas Kelas IIB Maros"] == {"role": "facility", "kind": "lapas"}
    assert graph.nodes["Pemerintah Kabupaten Maros"] == {"role": "partner", "kind": "pemda"}
    edges = sorted((u, v, d["type"], d.get("status"), d["date"], d["sources"])
                   for u, v, d in graph.edges(data=True))
    # one edge per partnership of each event, not one per republication
    assert edges == [
        ("Lapas Kelas IIB Maros", "Badan Amil Zakat Nasional Kabupaten Maros", "audiensi", None,
         "2025-07-01", 1),
        ("Lapas Kelas IIB Maros", "Badan Amil Zakat Nasional Kabupaten Maros", "mou", "planned",
         "2025-07-01", 1),
        ("Lapas Kelas IIB Maros", "Pemerintah Kabupaten Maros", "audiensi", None,
         "2025-08-04", 2),
        ("Lapas Kelas IIB Maros", "Pemerintah Kabupaten Maros", "mou", "planned",
         "2025-08-04", 2),
    ]
    assert all(d["event"].startswith("ev-") and d["url"].startswith("https://x.example/")
               for _, _, d in graph.edges(data=True))


def test_records_not_clustered_yet_are_events_of_their_own(tmp_path: Path) -> None:
    networkx = pytest.importorskip("networkx")
    with Store(tmp_path / "s.sqlite") as store:
        store.upsert([article("a")])
        export(store, tmp_path / "n.graphml", "graphml")
    assert networkx.read_graphml(tmp_path / "n.graphml").number_of_edges() == 2


def test_csv_export_writes_the_batch_tables(db: Path) -> None:
    out = db.with_name("tables")
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    for table in TABLES:
        with (out / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert tuple(rows[0]) == table.columns
    with (out / "articles.csv").open(encoding="utf-8", newline="") as handle:
        articles = list(csv.DictReader(handle))
    assert sorted(a["article_id"] for a in articles) == ["a", "b", "c"]
    clusters = {a["article_id"]: a["cluster"] for a in articles}
    assert clusters["a"] == clusters["b"] != clusters["c"] and clusters["a"].startswith("ev-")
    with (out / "partnerships.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 6  # per article: 1 partner × 2 relations


def test_parquet_export_has_one_row_per_record(db: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = db.with_name("records.parquet")
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == ["a", "b", "c"]
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows["a"]["partners"][0]["name"] == "Pemerintah Kabupaten Maros"
    assert rows["a"]["cluster"] == rows["b"]["cluster"] != rows["c"]["cluster"]


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xml"], "unknown format 'xml'"),
    (["--db", "missing.sqlite"], "no such store"),
], ids=["format", "store"])
def test_bad_export_requests_say_what_is_wrong(db: Path, args: list[str], message: str) -> None:
    base = {"--db": str(db), "--format": "csv", "-o": str(db.with_name("out"))}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value if flag != "--db" else str(db.with_name(value))
    result = runner.invoke(app, ["export", *(x for kv in base.items() for x in kv)])
    assert result.exit_code != 0 and message in result.output
