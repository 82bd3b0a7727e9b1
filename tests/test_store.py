"""The SQLite store: tables of extractor.tables, idempotent upserts, foreign keys, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from extractor.records import Article, Facility, Official, Partner
from extractor.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    migrate,
    recluster,
    schema_version,
)
from extractor.tables import TABLES

from .conftest import CORPUS

CORPUS_DEV = CORPUS / "syndication" / "dev"


def article(rid: str, *, partners: tuple[str, ...] = ("Pemerintah Kabupaten Maros",),
            text: str | None = "Kepala Lapas Kelas IIB Maros menerima Bupati Maros.",
            cluster: str | None = None) -> Article:
    """A small record with a facility, partners, an official and an agreement."""
    return Article.model_validate({
        "id": rid, "text_hash": rid, "source": f"{rid}.txt", "url": f"https://x.example/{rid}",
        "outlet": "Portal", "published": "2025-08-06", "text": text, "cluster": cluster,
        "facilities": [Facility(name="Lapas Kelas IIB Maros", kind="lapas", place="Maros",
                                **{"class": "IIB"})],
        "partners": [Partner(name=p, kind="pemda") for p in partners],
        "officials": [Official(name="Ali Imran", position="Kepala Lapas Kelas IIB Maros")],
        "dates": [{"value": "2025-08-04", "text": "Senin (4/8)", "role": "event"}],
        "engagements": [{"type": "audiensi"}],
        "agreements": [{"type": "mou", "status": "planned"}],
    })


def counts(store: Store) -> dict[str, int]:
    """Rows per table."""
    return {t.name: store.conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in TABLES}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """A table's column names, in order."""
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_the_tables_are_those_of_the_batch_writers(tmp_path: Path) -> None:
    """A column added to extractor.tables needs a migration: this fails until there is one."""
    with Store(tmp_path / "s.sqlite") as store:
        for table in TABLES:
            stored = columns(store.conn, table.name)
            extra = {"articles": ["record", "text", "first_run"]}.get(table.name, [])
            assert stored == [*table.columns, *extra], table.name


def test_upserts_are_idempotent_and_replace_an_articles_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        assert store.upsert([article("a"), article("b")]) == ["a", "b"]
        once = counts(store)
        assert store.upsert([article("a"), article("b")]) == []
        assert counts(store) == once
        store.upsert([article("a", partners=("Dinas Sosial", "PMI"))])
        partners = store.conn.execute("SELECT name FROM partners WHERE article_id = 'a' "
                                      "ORDER BY name").fetchall()
        assert partners == [("Dinas Sosial",), ("PMI",)]
        assert counts(store)["partnerships"] == once["partnerships"] + 2  # 2 partners × 2


def test_records_come_back_as_they_were_stored(tmp_path: Path) -> None:
    original = article("a")
    with Store(tmp_path / "s.sqlite") as store:
        store.upsert([original])
        back = next(store.records(with_text=True))
        assert back == original
        assert next(store.records()).text is None
        source = store.conn.execute("SELECT source, url, outlet, published FROM sources"
                                    ).fetchone()
        assert source == ("a.txt", "https://x.example/a", "Portal", "2025-08-06")


def test_foreign_keys_hold(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.upsert([article("a")])
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO partners (article_id, name) VALUES ('nope', 'X')")
        store.conn.execute("DELETE FROM articles WHERE article_id = 'a'")
        assert all(n == 0 for n in counts(store).values())
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0


def test_a_records_own_cluster_is_not_stored_clusters_are_the_stores(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.upsert([article("a", cluster="ev-elsewhere")])
        assert store.unclustered() == 1
        text = "Lapas Kelas IIB Maros dan Pemkab Maros " * 20
        store.upsert([article("a", text=text), article("b", text=text + "!")])
        labelled, events = recluster(store)
        assert store.unclustered() == 0 and len(events) == 1
        stored = store.conn.execute("SELECT DISTINCT cluster FROM articles").fetchall()
        assert stored == [(events[0]["cluster"],)]
        assert store.events()[0]["size"] == 2


def test_an_older_store_is_migrated_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, upto=1) == 1
    assert "first_run" not in columns(conn, "articles")
    record = article("a").model_dump_json(by_alias=True, exclude={"text", "cluster"})
    conn.execute("INSERT INTO articles (article_id, source, record, text) VALUES "
                 "('a', 'a.txt', ?, 'teks')", (record,))
    conn.execute("INSERT INTO partners (article_id, name) VALUES ('a', 'Pemkab Maros')")
    conn.close()
    with Store(path) as store:
        assert schema_version(store.conn) == SCHEMA_VERSION == MIGRATIONS[-1].version
        steps = store.conn.execute("SELECT version FROM schema_version ORDER BY version")
        assert [v for (v,) in steps] == [m.version for m in MIGRATIONS]
        assert "first_run" in columns(store.conn, "articles")
        assert [a.id for a in store.records()] == ["a"]
        assert store.conn.execute("SELECT name FROM partners").fetchall() == [("Pemkab Maros",)]
        run = store.start_run("test")  # a table of version 2
        assert store.upsert([article("b")], run=run) == ["b"]


def test_a_store_from_a_newer_rilis_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'later', 'future')", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=f"{path}: schema version {SCHEMA_VERSION + 1} is newer"):
        Store(path)


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""], ids=["text", "empty"])
def test_other_files_are_refused_or_become_stores(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    if content:
        with pytest.raises(StoreError, match=str(path)):
            Store(path)
    else:  # an empty file is an empty database
        Store(path).close()
        assert schema_version(sqlite3.connect(path)) == SCHEMA_VERSION


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a rilis store"):
        Store(path)


def test_extract_db_stores_and_clusters_with_what_the_store_holds(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from extractor.cli import app

    from .test_cluster import small_folder

    db = tmp_path / "rilis.sqlite"
    first = small_folder(tmp_path, "sd-e07-1-lpkakutoarjo", "sd-e16-1-bapaspalu")
    result = CliRunner().invoke(app, ["extract", str(first), "--db", str(db), "--dedup", "-q"])
    assert result.exit_code == 0 and result.stdout == ""  # the store is the output
    later = tmp_path / "later"
    later.mkdir()
    for suffix in (".txt", ".meta.json"):  # a paraphrase of the first release, a day later
        name = f"sd-e07-4-jatengpos{suffix}"
        (later / name).write_bytes((CORPUS_DEV / name).read_bytes())
    out = tmp_path / "later.jsonl"
    result = CliRunner().invoke(app, ["extract", str(later), "--db", str(db), "--dedup",
                                      "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        stored = {Path(a.source or "").stem: a.cluster for a in store.records()}
        assert stored["sd-e07-4-jatengpos"] == stored["sd-e07-1-lpkakutoarjo"]
        assert len(store.events()) == 2
        assert all(a.text for a in store.records(with_text=True))  # kept for clustering
    record = Article.model_validate_json(out.read_text())
    assert record.cluster == stored["sd-e07-1-lpkakutoarjo"]
