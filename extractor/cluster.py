"""Event clustering: one event per syndicated release, with all its sources.

The same press release is republished by many portals: near-verbatim copies,
edited copies, paraphrases that share only the quotes, and independent
write-ups of the same event. Text similarity finds the first kinds, what rilis
extracts finds the rest. Clustering runs in four steps:

1. `profile` reduces each record to what the rule compares: word shingles of
   the cleaned text (and their MinHash), facilities, the event day, partners,
   officials and activity types.
2. `candidate_pairs` proposes pairs from MinHash LSH (similar texts) and from
   blocks of articles of one event day that name the same facility.
3. `decide` applies the pair rule documented in `docs/clustering.md`.
4. Union-find joins the accepted pairs; `merge_event` builds one event per
   cluster: every source, and for each value which sources state it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .records import Article, DateItem

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    """Thresholds of the pair rule; `docs/clustering.md` says why each has its value."""

    shingle_words: int = 5
    """Words per shingle of the cleaned text."""
    num_perm: int = 128
    """MinHash permutations (the LSH candidate search)."""
    copy_similarity: float = 0.5
    """Shingle Jaccard at or above which two texts are copies of one release, whatever
    was extracted from them."""
    shared_text: float = 0.06
    """Shingle Jaccard at or above which two texts share passages (quotes, paragraphs):
    the same event unless their facilities or event days disagree."""


DEFAULT_OPTIONS = ClusterOptions()


# -- profiles ---------------------------------------------------------------------------

def _fold(value: str | None) -> str:
    """A name folded for comparison: case and punctuation away."""
    return " ".join(_WORD.findall((value or "").casefold()))


def shingles(text: str | None, words: int) -> frozenset[str]:
    """The `words`-word shingles of a text (lower-cased `\\w+` tokens)."""
    tokens = _WORD.findall((text or "").casefold())
    if len(tokens) < words:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i:i + words]) for i in range(len(tokens) - words + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two sets (0 when both are empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _iso_day(value: str | None) -> dt.date | None:
    """The date of an ISO date or date-time, or None."""
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _range_ends(dates: Sequence[DateItem]) -> set[int]:
    """Indexes of dates that only end a range whose start is another item.

    Both ends of `6 hingga 10 Oktober` are read from one span; the start, when
    it is stated elsewhere too, is merged into that item, whose spans then
    include the range's. An item all of whose spans another, earlier item
    shares is the end of a range, not a day of its own.
    """
    ends = set()
    for i, item in enumerate(dates):
        spans = {(s.start, s.end) for s in item.spans}
        if not spans:
            continue
        for other in dates:
            if other is not item and other.value < item.value and \
                    spans <= {(s.start, s.end) for s in other.spans}:
                ends.add(i)
    return ends


def event_day(article: Article) -> dt.date | None:
    """The day of the reported event, as the clustering rule reads it.

    Among the dates of role `event` (else any stated date), the latest on or
    before publication: republications come after the event, an article may
    name an earlier event (a raid the week before), and dates after
    publication are plans or the end of a programme. Without a publication
    date, the first event date. Range ends do not count (see `_range_ends`).
    """
    published = _iso_day(article.published)
    skip = _range_ends(article.dates)
    stated = [(item.role, day) for i, item in enumerate(article.dates)
              if item.role != "publication" and i not in skip
              and (day := _iso_day(item.value)) is not None]
    events = [day for role, day in stated if role == "event"]
    if published is None:
        return events[0] if events else None
    for days in (events, [day for _, day in stated]):
        before = [day for day in days if day <= published]
        if before:
            return max(before)
    return None


FacilityKey = tuple[str, str]


def facility_key(kind: str, place: str | None, name: str) -> FacilityKey:
    """A facility as the rule compares it: its kind and place (class and aliases aside)."""
    return kind, _fold(place) or _fold(name)


def _facility_keys(article: Article) -> frozenset[FacilityKey]:
    """The article's correctional facilities; its other issuing units when it names none."""
    prisons = {facility_key(f.kind, f.place, f.name) for f in article.facilities
               if f.kind != "other"}
    if prisons:
        return frozenset(prisons)
    return frozenset(facility_key(f.kind, f.place, f.name) for f in article.facilities)


def _name_words(name: str) -> frozenset[str]:
    """The words of a person's name, folded (initials and one-letter words dropped)."""
    return frozenset(w for w in _fold(name).split() if len(w) > 1)


@dataclass(frozen=True)
class Profile:
    """What the pair rule compares of one article."""

    index: int
    shingles: frozenset[str]
    facilities: frozenset[FacilityKey]
    named_in_full: bool
    """Some facility is named with its class (`Lapas Kelas IIB Sleman`): not an alias
    like `Lapas Cebongan`, whose place is not the facility's."""
    day: dt.date | None
    organisations: tuple[frozenset[str], ...]
    """Words of the partners' names and acronyms, and of issuing units of kind `other`."""
    officials: tuple[frozenset[str], ...]
    activities: frozenset[str]
    """Engagement types and agreement types."""


def profile(index: int, article: Article, options: ClusterOptions = DEFAULT_OPTIONS
            ) -> Profile:
    """The profile of one record (its text from `article.text`; none, no shingles)."""
    names = [p.name for p in article.partners] + [p.acronym for p in article.partners
                                                   if p.acronym]
    names += [f.name for f in article.facilities if f.kind == "other"]
    organisations = {words for name in names if (words := frozenset(_fold(name).split()))}
    return Profile(
        index=index,
        shingles=shingles(article.text, options.shingle_words),
        facilities=_facility_keys(article),
        named_in_full=any(f.class_ for f in article.facilities if f.kind != "other"),
        day=event_day(article),
        organisations=tuple(organisations),
        officials=tuple(words for o in article.officials if len(words := _name_words(o.name)) > 1),
        activities=frozenset([e.type for e in article.engagements if e.type != "other"]
                             + [g.type for g in article.agreements]),
    )


# -- the pair rule ----------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    """The rule's answer for one pair, and why (for docs, tests and debugging)."""

    same: bool
    reason: str
    similarity: float
    rank: int = 0
    """Same event: how strong the evidence is (0 strongest); joins are made in this order."""
    conflict: bool = False
    """Different events because the facilities or the event days contradict each other
    (not merely too little evidence): a vote against joining two clusters."""


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one person: two words in common, or one name inside the other."""
    common = a & b
    return len(common) >= 2 or (bool(common) and (common == a or common == b))


def shared_officials(a: Profile, b: Profile, at_least: int = 1) -> bool:
    """Whether the two articles name a common official (or `at_least` of them)."""
    return sum(any(_same_person(x, y) for y in b.officials) for x in a.officials) >= at_least


def _same_organisation(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one organisation: the same words, or the words of one (two at least)
    inside the other's (`UIN Ar-Raniry` and `UIN Ar-Raniry Banda Aceh`)."""
    small, large = sorted((a, b), key=len)
    return small == large or (len(small) >= 2 and small < large)


def shared_organisations(a: Profile, b: Profile) -> bool:
    """Whether the two articles name a common organisation."""
    return any(_same_organisation(x, y) for x in a.organisations for y in b.organisations)


def decide(a: Profile, b: Profile, options: ClusterOptions = DEFAULT_OPTIONS) -> Decision:
    """Same event or not: the documented rule (`docs/clustering.md`), in order."""
    similarity = jaccard(a.shingles, b.shingles)
    if similarity >= options.copy_similarity:
        return Decision(True, "copy", similarity, rank=0)
    if a.day and b.day and a.day != b.day:
        return Decision(False, "different event days", similarity, conflict=True)
    if a.facilities and b.facilities and not a.facilities & b.facilities:
        if a.named_in_full and b.named_in_full:
            return Decision(False, "different facilities", similarity, conflict=True)
        # one side may name the facility by an alias (Lapas Cebongan = Lapas Sleman)
        if a.day and (shared_organisations(a, b) and shared_officials(a, b)
                      or shared_officials(a, b, 2)):
            return Decision(True, "facility alias, same day, shared partner or officials",
                            similarity, rank=3)
        return Decision(False, "different facilities", similarity, conflict=True)
    if similarity >= options.shared_text:
        return Decision(True, "shared text", similarity, rank=1)
    if not (a.facilities and b.facilities and a.day and b.day):
        return Decision(False, "not enough structure", similarity)
    corroborated = [name for name, found in (
        ("partner", shared_organisations(a, b)),
        ("official", shared_officials(a, b)),
        ("activity", bool(a.activities & b.activities))) if found]
    if corroborated:
        return Decision(True, "facility, day and " + ", ".join(corroborated), similarity,
                        rank=2)
    return Decision(False, "facility and day only", similarity)


# -- candidates and clusters ------------------------------------------------------------

def _minhashes(profiles: Sequence[Profile], options: ClusterOptions) -> list[Any]:
    """One MinHash per profile (datasketch), built in one batch."""
    from datasketch import MinHash

    sets = [[s.encode("utf-8") for s in p.shingles] for p in profiles]
    return list(MinHash.bulk(sets, num_perm=options.num_perm))


def candidate_pairs(profiles: Sequence[Profile], options: ClusterOptions = DEFAULT_OPTIONS
                    ) -> set[tuple[int, int]]:
    """Pairs worth deciding: similar texts (MinHash LSH), and articles of one event day
    that name one facility or whose officials share a name."""
    from datasketch import MinHashLSH

    pairs: set[tuple[int, int]] = set()
    with_text = [p for p in profiles if p.shingles]
    if len(with_text) > 1:
        lsh = MinHashLSH(threshold=options.shared_text, num_perm=options.num_perm)
        hashes = _minhashes(with_text, options)
        for p, minhash in zip(with_text, hashes, strict=True):
            lsh.insert(p.index, minhash)
        for p, minhash in zip(with_text, hashes, strict=True):
            pairs.update((min(p.index, q), max(p.index, q)) for q in lsh.query(minhash)
                         if q != p.index)
    # structure: one event day and one facility, or one event day and a word of an
    # official's name (a facility may be named by an alias, as `Lapas Cebongan` for Lapas
    # Sleman). Without both days the rule accepts a pair only on its text (LSH above).
    blocks: dict[object, list[int]] = defaultdict(list)
    for p in profiles:
        if p.day is None:
            continue
        for key in p.facilities:
            blocks[(p.day, key)].append(p.index)
        for word in {w for name in p.officials for w in name}:
            blocks[(p.day, word)].append(p.index)
    for members in blocks.values():
        pairs.update(combinations(sorted(set(members)), 2))
    return pairs


class _UnionFind:
    """Disjoint sets over 0..n-1."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of i's set (with path halving)."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Join the sets of i and j."""
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


@dataclass
class Clustering:
    """Clusters of a list of records: member indexes, ids, and the pairs decided."""

    members: list[list[int]]
    """Indexes into the records, one list per cluster, in order of first member."""
    ids: list[str]
    """Cluster id of each cluster."""
    decisions: dict[tuple[int, int], Decision] = field(default_factory=dict)

    def of(self) -> list[str]:
        """The cluster id of each record, in record order."""
        out = [""] * sum(len(m) for m in self.members)
        for cluster_id, members in zip(self.ids, self.members, strict=True):
            for i in members:
                out[i] = cluster_id
        return out


def cluster_id(articles: Iterable[Article]) -> str:
    """A cluster's id: from its earliest member (publication date, then id), so that it
    stays the same when later republications join."""
    first = min(articles, key=lambda a: (a.published or "9999", a.id))
    return "ev-" + hashlib.sha256(first.id.encode()).hexdigest()[:12]


def _join(profiles: Sequence[Profile], decisions: dict[tuple[int, int], Decision],
          options: ClusterOptions) -> list[list[int]]:
    """Union-find over the accepted pairs, strongest first, with a veto against chains.

    Two clusters of more than one article are joined only when their cross
    pairs do not contradict each other more often than they agree: one wrong
    link (an event day misread) then misplaces one article, not two events.
    """
    sets = _UnionFind(len(profiles))
    members = {i: [i] for i in range(len(profiles))}

    def decision(i: int, j: int) -> Decision:
        key = (min(i, j), max(i, j))
        if key not in decisions:
            decisions[key] = decide(profiles[key[0]], profiles[key[1]], options)
        return decisions[key]

    accepted = sorted((d.rank, -d.similarity, i, j) for (i, j), d in decisions.items() if d.same)
    for _, _, i, j in accepted:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        if len(members[ri]) > 1 or len(members[rj]) > 1:
            votes = [decision(x, y) for x in members[ri] for y in members[rj]]
            if sum(v.conflict for v in votes) > sum(v.same for v in votes):
                continue
        sets.union(ri, rj)
        root = sets.find(ri)
        members[root] = members.pop(ri) + members.pop(rj)
    return sorted(sorted(m) for m in members.values())


def cluster(articles: Sequence[Article], options: ClusterOptions = DEFAULT_OPTIONS
            ) -> Clustering:
    """Group records into events (texts are read from `article.text`)."""
    profiles = [profile(i, a, options) for i, a in enumerate(articles)]
    decisions = {(i, j): decide(profiles[i], profiles[j], options)
                 for i, j in sorted(candidate_pairs(profiles, options))}
    members = _join(profiles, decisions, options)
    return Clustering(members=members,
                      ids=[cluster_id(articles[i] for i in m) for m in members],
                      decisions=decisions)


# -- merged events ----------------------------------------------------------------------

def _merged(values: Iterable[tuple[Any, dict[str, Any], str]]) -> list[dict[str, Any]]:
    """Values grouped by key: the most stated (then longest) form, and who states it."""
    forms: dict[Any, Counter[str]] = defaultdict(Counter)
    shown: dict[tuple[Any, str], dict[str, Any]] = {}
    sources: dict[Any, list[str]] = defaultdict(list)
    for key, value, article_id in values:
        text = repr(sorted(value.items()))
        forms[key][text] += 1
        shown[(key, text)] = value
        if article_id not in sources[key]:
            sources[key].append(article_id)
    merged = []
    for key, counts in forms.items():
        best = max(counts, key=lambda t: (counts[t], len(t)))
        merged.append({**shown[(key, best)], "sources": sources[key]})
    merged.sort(key=lambda item: -len(item["sources"]))
    return merged


def _release_first(articles: Sequence[Article], options: ClusterOptions) -> list[Article]:
    """Members earliest first; on one day, the text the others share most passages with
    (the release the portals copied) before the rest."""
    texts = [shingles(a.text, options.shingle_words) for a in articles]
    echoes = [sum(jaccard(t, u) >= options.shared_text for j, u in enumerate(texts) if j != i)
              for i, t in enumerate(texts)]
    order = sorted(range(len(articles)),
                   key=lambda i: (articles[i].published or "9999", -echoes[i], articles[i].id))
    return [articles[i] for i in order]


def merge_event(cluster_id_: str, articles: Sequence[Article],
                options: ClusterOptions = DEFAULT_OPTIONS) -> dict[str, Any]:
    """One event from the records of a cluster.

    `sources` lists every article (id, source, url, outlet, publication date,
    title), earliest first and, on one day, the one the others copied first;
    each value list (`facilities`, `partners`, …) holds the values the sources
    state, each with the ids of the sources that state it, most stated first.
    `event_date` is the event day most sources give.
    """
    days = Counter(str(day) for a in articles if (day := event_day(a)))
    return {
        "cluster": cluster_id_,
        "size": len(articles),
        "event_date": days.most_common(1)[0][0] if days else None,
        "sources": [{"article_id": a.id, "source": a.source, "url": a.url, "outlet": a.outlet,
                     "published": a.published, "title": a.title}
                    for a in _release_first(articles, options)],
        "facilities": _merged(
            (facility_key(f.kind, f.place, f.name),
             {"name": f.name, "kind": f.kind, "class": f.class_, "place": f.place}, a.id)
            for a in articles for f in a.facilities),
        "partners": _merged((_fold(p.name), {"name": p.name, "acronym": p.acronym,
                                            "kind": p.kind}, a.id)
                            for a in articles for p in a.partners),
        "officials": _merged((_fold(o.name), {"name": o.name, "position": o.position}, a.id)
                             for a in articles for o in a.officials),
        "dates": _merged(((d.value, d.role), {"value": d.value, "role": d.role}, a.id)
                         for a in articles for d in a.dates if d.role != "publication"),
        "engagements": _merged((e.type, {"type": e.type}, a.id)
                               for a in articles for e in a.engagements),
        "agreements": _merged(((g.type, g.status), {"type": g.type, "status": g.status}, a.id)
                              for a in articles for g in a.agreements),
    }


def event_partnerships(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The partnerships a merged event states: facility, partner, type, status, date, URL.

    The facility most sources name (a correctional one when there is one);
    the partners, engagement types (`other` aside) and agreements stated by at
    least half of the event's sources (a value that one rewrite of five reads
    is more likely an extraction slip than news); the event day; the URL of
    the first source that has one (the release, usually: see `merge_event`).
    """
    quorum = (event["size"] + 1) // 2

    def stated(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return [item for item in items if len(item["sources"]) >= quorum]

    facilities = [f for f in event["facilities"] if f["kind"] != "other"] or event["facilities"]
    if not facilities:
        return []
    facility = facilities[0]
    relations = [(e["type"], None) for e in stated(event["engagements"]) if e["type"] != "other"]
    relations += [(g["type"], g["status"]) for g in stated(event["agreements"])]
    url = next((s["url"] or s["source"] for s in event["sources"] if s["url"] or s["source"]),
               None)
    return [{"facility": facility["name"], "facility_kind": facility["kind"],
             "partner": partner["name"], "partner_kind": partner["kind"], "type": kind,
             "status": status, "date": event["event_date"], "url": url,
             "cluster": event["cluster"], "sources": event["size"]}
            for partner in stated(event["partners"]) for kind, status in relations]


def dedup(articles: Sequence[Article], options: ClusterOptions = DEFAULT_OPTIONS
          ) -> tuple[list[Article], list[dict[str, Any]]]:
    """Cluster records: copies with `cluster` set, and one merged event per cluster."""
    result = cluster(articles, options)
    labelled = [a.model_copy(update={"cluster": cid})
                for a, cid in zip(articles, result.of(), strict=True)]
    events = [merge_event(cid, [labelled[i] for i in members], options)
              for cid, members in zip(result.ids, result.members, strict=True)]
    return labelled, events
