"""Exports of a store: the batch writers' tables (CSV, Parquet) and a partnership network.

`csv` and `parquet` hand the stored records to the batch writers
(`extractor.writers`), so the files are those `rilis extract --format …`
writes (CSV: one file per table of `extractor.tables`, `partnerships`
included; Parquet: one row per record). `graphml` writes the network of
organisations: facilities and partners are nodes, and each partnership an
event states (`cluster.event_partnerships`) is an edge from the facility to
the partner, with its type, status, date, event id, URL and number of sources.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .cluster import event_partnerships, merge_event
from .store import Store

log = logging.getLogger(__name__)

FORMATS = ("csv", "parquet", "graphml")
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# Records handed to a writer at a time.
_CHUNK = 500

# GraphML attribute keys: (id, for, name, type)
_NODE_KEYS = (("role", "string"), ("kind", "string"))
_EDGE_KEYS = (("type", "string"), ("status", "string"), ("date", "string"),
              ("event", "string"), ("url", "string"), ("sources", "int"))


class ExportError(Exception):
    """The export cannot be written; the message names the output and says why."""


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to `size` items."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export_tables(store: Store, out: Path, fmt: str) -> int:
    """Write the stored records with a batch writer (`csv` or `parquet`); how many."""
    from .writers import OutputError, open_writer

    count = 0
    try:
        writer = open_writer(out, fmt, resume=False)  # type: ignore[arg-type]
        try:
            for chunk in _chunks(store.records(), _CHUNK):
                writer.write(chunk)
                count += len(chunk)
        finally:
            writer.close()
    except (OutputError, OSError) as exc:
        raise ExportError(f"{out}: {exc}") from None
    return count


def store_events(store: Store) -> list[dict[str, Any]]:
    """The stored events; a record not clustered yet is an event of its own."""
    events = store.events()
    lone = [a for a in store.records() if a.cluster is None]
    return events + [merge_event(a.id, [a]) for a in lone]


def partnership_graph(events: Iterable[dict[str, Any]]) -> ET.ElementTree:
    """A GraphML document: organisations as nodes, event partnerships as directed edges."""
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {
                "id": f"{scope[0]}_{name}", "for": scope, "attr.name": name,
                "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"edgedefault": "directed"})
    nodes: dict[str, ET.Element] = {}

    def data(parent: ET.Element, key: str, value: object) -> None:
        if value is not None:
            ET.SubElement(parent, f"{{{GRAPHML_NS}}}data", {"key": key}).text = str(value)

    def node(name: str, role: str, kind: str) -> None:
        if name in nodes:
            return
        nodes[name] = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", {"id": name})
        data(nodes[name], "n_role", role)
        data(nodes[name], "n_kind", kind)

    count = 0
    for event in events:
        for p in event_partnerships(event):
            node(p["facility"], "facility", p["facility_kind"])
            node(p["partner"], "partner", p["partner_kind"])
            count += 1
            edge = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", {
                "id": f"e{count}", "source": p["facility"], "target": p["partner"]})
            for name, value in (("type", p["type"]), ("status", p["status"]),
                                ("date", p["date"]), ("event", p["cluster"]),
                                ("url", p["url"]), ("sources", p["sources"])):
                data(edge, f"e_{name}", value)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    return tree


def export_graphml(store: Store, out: Path) -> int:
    """Write the partnership network of the store as GraphML; the number of edges."""
    tree = partnership_graph(store_events(store))
    try:
        tree.write(out, encoding="utf-8", xml_declaration=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return len(tree.findall(f".//{{{GRAPHML_NS}}}edge"))


def export(store: Store, out: Path, fmt: str) -> int:
    """Export a store in a format (`csv`, `parquet` or `graphml`); rows or edges written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    if fmt == "graphml":
        return export_graphml(store, out)
    return export_tables(store, out, fmt)
