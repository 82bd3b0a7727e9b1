"""The local store: one SQLite file of records, their sources, clusters and monitoring runs.

The tables are those of `extractor.tables` (the batch writers' definitions:
`articles`, `facilities`, `officials`, `partners`, `dates`, `engagements`,
`agreements`, `partnerships`), each row keyed by `article_id` with a foreign
key to `articles`, plus:

- `sources`: where each article came from (source path or URL, url, outlet,
  publication date, title);
- `clusters`: one row per event (`extractor.cluster`), its merged event as JSON;
- `runs` and `announcements`: what each `rilis monitor` run stored and printed.

`articles` also keeps the whole record as JSON (`record`, without the text)
and the cleaned text (`text`): exports rebuild the records exactly, and
clustering compares texts. Upserts are by article id and idempotent: storing
a record again replaces its rows. The schema has a version
(`schema_version`) and ordered migrations; a database written by an older
rilis is migrated when opened.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import Article
from .tables import TABLES

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The store cannot be opened or written; the message names the file and says why."""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: the version it brings the database to, and its SQL."""

    version: int
    description: str
    sql: str


def _child(name: str, columns: str) -> str:
    """DDL of a table of extracted items: rows of one article, removed with it."""
    return (f"CREATE TABLE {name} (\n  article_id TEXT NOT NULL REFERENCES articles(article_id)"
            f" ON DELETE CASCADE,\n  {columns}\n);\n"
            f"CREATE INDEX {name}_article ON {name}(article_id);\n")


# The schema as version 1 created it. Migrations are history: never edit one
# that was released; add a step. `tests/test_store.py` checks that the tables
# after the last step have exactly the columns of `extractor.tables`.
_V1 = (
    """
CREATE TABLE clusters (
  cluster_id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  event_date TEXT,
  event TEXT NOT NULL
);
CREATE TABLE articles (
  article_id TEXT PRIMARY KEY,
  source, title, published, dateline, dateline_place, dateline_outlet, dateline_province,
  text_hash, schema_version,
  cluster TEXT REFERENCES clusters(cluster_id) ON DELETE SET NULL,
  warnings, removed_count,
  record TEXT NOT NULL,
  text TEXT
);
CREATE INDEX articles_cluster ON articles(cluster);
CREATE TABLE sources (
  article_id TEXT PRIMARY KEY REFERENCES articles(article_id) ON DELETE CASCADE,
  source, url, outlet, published, title
);
"""
    + _child("facilities", "name, kind, class, place, mentions, pattern_ids, spans")
    + _child("officials", "name, titles, position, acting, organization, pattern_ids, spans")
    + _child("partners", "name, acronym, kind, region, pattern_ids, spans")
    + _child("dates", "value, text, role, year_inferred, pattern_ids, spans")
    + _child("engagements", "type, pattern_ids, spans")
    + _child("agreements", "type, status, parties, scope, pattern_ids, spans")
    + _child("partnerships", "facility, partner, type, status, date, source")
)

_V2 = """
CREATE TABLE runs (
  run_id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  command TEXT NOT NULL
);
ALTER TABLE articles ADD COLUMN first_run INTEGER REFERENCES runs(run_id);
CREATE TABLE announcements (
  key TEXT PRIMARY KEY,
  facility TEXT, partner TEXT, type TEXT, status TEXT, date TEXT, url TEXT,
  cluster_id TEXT,
  run_id INTEGER NOT NULL REFERENCES runs(run_id)
);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, sources, extracted tables, clusters", _V1),
    Migration(2, "monitoring: runs, the run that first stored each article, announcements",
              _V2),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
# Columns of `articles` that the store adds to the table definition.
_ARTICLE_EXTRA = ("record", "text")


def _now() -> str:
    """The time now, ISO, UTC."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def schema_version(conn: sqlite3.Connection) -> int:
    """The version of a database's schema (0 for an empty database)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                          "name = 'schema_version'").fetchone()
    if not exists:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError("not a rilis store (it has tables but no schema_version)")
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script (no `;` inside its statements)."""
    return (s.strip() for s in script.split(";") if s.strip())


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Apply the migrations the database lacks, in order, each in one transaction."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(f"schema version {current} is newer than this rilis knows "
                         f"({SCHEMA_VERSION}); upgrade rilis")
    for step in MIGRATIONS:
        if not current < step.version <= upto:
            continue
        with transaction(conn):
            if current == 0:
                conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                              "applied_at TEXT NOT NULL, description TEXT NOT NULL)")
            for statement in _statements(step.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                         (step.version, _now(), step.description))
        log.info("store migrated to schema version %d (%s)", step.version, step.description)
        current = step.version
    return current


def _placeholders(n: int) -> str:
    """`?, ?, …` for n values."""
    return ", ".join("?" * n)


class Store:
    """A rilis SQLite store; open with `Store(path)` (created and migrated as needed)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            # autocommit mode: transactions are explicit (`transaction`)
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn)
        except StoreError as exc:
            raise StoreError(f"{self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a rilis store ({exc})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    # -- writing records -----------------------------------------------------------------

    def start_run(self, command: str) -> int:
        """Record the start of a run (a monitor or extract run); its id."""
        with transaction(self.conn):
            cursor = self.conn.execute("INSERT INTO runs (started_at, command) VALUES (?, ?)",
                                       (_now(), command))
        return int(cursor.lastrowid or 0)

    def ids(self) -> set[str]:
        """Ids of the stored articles."""
        return {row[0] for row in self.conn.execute("SELECT article_id FROM articles")}

    def upsert(self, articles: Iterable[Article], run: int | None = None) -> list[str]:
        """Store records (replacing earlier rows of the same ids); the ids that were new.

        The cluster of a record is not taken from it: clusters are the store's
        (`save_clusters`), so a record joins its event when the store is clustered.
        """
        new: list[str] = []
        head, children = TABLES[0], TABLES[1:]
        columns = (*head.columns, *_ARTICLE_EXTRA)
        update = ", ".join(f"{c} = excluded.{c}" for c in columns
                           if c not in ("article_id", "cluster"))
        with transaction(self.conn):
            known = self.ids()
            for article in articles:
                row = list(next(head.rows(article.model_copy(update={"cluster": None}))))
                row[head.columns.index("cluster")] = None
                record = article.model_dump_json(by_alias=True, exclude={"text", "cluster"})
                self.conn.execute(
                    f"INSERT INTO articles ({', '.join(columns)}, first_run) "
                    f"VALUES ({_placeholders(len(columns) + 1)}) "
                    f"ON CONFLICT(article_id) DO UPDATE SET {update}",
                    (*row, record, article.text, run))
                self.conn.execute(
                    "INSERT OR REPLACE INTO sources (article_id, source, url, outlet, "
                    "published, title) VALUES (?, ?, ?, ?, ?, ?)",
                    (article.id, article.source, article.url,
                     article.outlet or (article.dateline.outlet if article.dateline else None),
                     article.published, article.title))
                for table in children:
                    self.conn.execute(f"DELETE FROM {table.name} WHERE article_id = ?",
                                      (article.id,))
                    self.conn.executemany(
                        f"INSERT INTO {table.name} ({', '.join(table.columns)}) "
                        f"VALUES ({_placeholders(len(table.columns))})", list(table.rows(article)))
                if article.id not in known:
                    known.add(article.id)
                    new.append(article.id)
        return new

    def save_clusters(self, labelled: Sequence[Article], events: Sequence[dict[str, Any]]
                      ) -> None:
        """Replace the clusters with those of a clustering of every stored record."""
        with transaction(self.conn):
            self.conn.execute("UPDATE articles SET cluster = NULL")
            self.conn.execute("DELETE FROM clusters")
            self.conn.executemany(
                "INSERT INTO clusters (cluster_id, size, event_date, event) VALUES (?, ?, ?, ?)",
                [(e["cluster"], e["size"], e["event_date"], json.dumps(e, ensure_ascii=False))
                 for e in events])
            self.conn.executemany("UPDATE articles SET cluster = ? WHERE article_id = ?",
                                  [(a.cluster, a.id) for a in labelled])

    # -- reading -------------------------------------------------------------------------

    def records(self, *, with_text: bool = False) -> Iterator[Article]:
        """The stored records, rebuilt (with their cluster ids), in order of storing."""
        query = "SELECT record, cluster, text FROM articles ORDER BY rowid"
        for record, cluster, text in self.conn.execute(query):
            article = Article.model_validate_json(record)
            article.cluster = cluster
            if with_text:
                article.text = text
            yield article

    def events(self, cluster_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Merged events of the store (of some clusters only, if given)."""
        rows = self.conn.execute("SELECT cluster_id, event FROM clusters ORDER BY event_date, "
                                 "cluster_id").fetchall()
        wanted = set(cluster_ids) if cluster_ids is not None else None
        return [json.loads(event) for cid, event in rows if wanted is None or cid in wanted]

    def unclustered(self) -> int:
        """How many stored articles have no cluster yet."""
        return int(self.conn.execute("SELECT count(*) FROM articles WHERE cluster IS NULL")
                   .fetchone()[0])

    def clusters_of(self, article_ids: Iterable[str]) -> set[str]:
        """The clusters holding some articles."""
        ids = list(article_ids)
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found |= {row[0] for row in self.conn.execute(
                f"SELECT DISTINCT cluster FROM articles WHERE cluster IS NOT NULL AND "
                f"article_id IN ({_placeholders(len(chunk))})", chunk)}
        return found

    # -- announcements -------------------------------------------------------------------

    def announced(self) -> set[str]:
        """Keys of the announcements already made."""
        return {row[0] for row in self.conn.execute("SELECT key FROM announcements")}

    def record_announcements(self, rows: Iterable[tuple[str, dict[str, Any]]], run: int
                             ) -> None:
        """Remember announcements (key, fields) as made by a run."""
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT OR IGNORE INTO announcements (key, facility, partner, type, status, "
                "date, url, cluster_id, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(key, f["facility"], f["partner"], f["type"], f["status"], f["date"],
                  f["url"], f["cluster"], run) for key, f in rows])


def recluster(store: Store) -> tuple[list[Article], list[dict[str, Any]]]:
    """Cluster every stored record again and save the clusters; (records, events)."""
    from .cluster import dedup

    labelled, events = dedup(list(store.records(with_text=True)))
    store.save_clusters(labelled, events)
    return labelled, events
