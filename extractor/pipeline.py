"""Assembling records: clean → spaCy rules → resolvers → one `Article`."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.tokens import Doc

from .clean import Cleaned, clean
from .dates import DateMention, find_dates, find_relative, parse_date
from .mentions import (Lexicon, ending_place, lexicon, sentence_of, sentences, spans,
                       word_before)
from .nlp import build_nlp
from .options import Options
from .records import Article, Dateline, Removed
from .resolve.activities import LEAD_SENTENCES, ActivityResolver, lead_end
from .resolve.facilities import FacilityAcc, FacilityMention, FacilityResolver
from .resolve.officials import OfficialAcc, OfficialResolver, canonical_organizations
from .resolve.partners import PartnerAcc, PartnerResolver, without_legal_form
from .vocabulary import PatternSet, alternation, load_patterns

log = logging.getLogger(__name__)

_URL_DATE = re.compile(r"/(?P<y>20\d{2})/(?:(?P<m>[01]?\d)/(?:(?P<d>[0-3]?\d)/)?)?")


@dataclass(frozen=True)
class Extractor:
    """Everything built once per patterns directory: pipeline and resolvers."""

    patterns: PatternSet
    nlp: Language
    lex: Lexicon
    facilities: FacilityResolver
    partners: PartnerResolver
    officials: OfficialResolver
    activities: ActivityResolver
    issuer_kinds: frozenset[str]
    issuers_by_name: frozenset[str]
    """Issuing kinds that issue only when their own name opens the lead, not their head."""
    issuer_hierarchies: frozenset[str]
    """Issuing kinds whose other offices of the same kind are their hierarchy."""
    issuers_by_release: frozenset[str]
    """Issuing kinds that issue only their own dated press releases (companies, banks)."""
    government_sources: frozenset[str]
    """Words of a dateline's source naming a regional government's own office (lower case)."""
    issuer_groups: frozenset[str]
    own_unit_names: re.Pattern[str]
    writer_credits: frozenset[str]
    """Credit labels naming who wrote a release (`Penulis`), lower case."""
    source_credits: frozenset[str]
    """Credit labels naming where a release's text came from (`Sumber`), lower case."""
    participation: re.Pattern[str]
    """Words saying that an organisation takes part (`ambil bagian`, `turut serta`)."""
    participation_words: tuple[str, ...]
    effect_words: frozenset[str]
    """Words that make a date the day something takes effect (lower case)."""
    commemoration_words: frozenset[str]
    """Words that make a date the day a commemoration marks (lower case)."""
    range_words: frozenset[str]
    """Words joining the two ends of a span of days (`hingga`, `sampai`), lower case."""
    weekdays: frozenset[str]
    press_offices: frozenset[str]
    """Words naming an organisation's press office in a credit (`humas`), lower case."""
    prison_offices: frozenset[str]
    """Words naming a prison or its hierarchy (`lapas`, `kanwil`, `ditjenpas`), lower case:
    a press office (`Humas …`) so named is the prison side's."""
    prison_site: re.Pattern[str]
    """The start of a prison's own website's host name, or of one of its labels."""
    prison_headline: re.Pattern[str]
    """A headline opened by a correctional facility's kind word (`Rutan Ba'a Terima …`)."""


@lru_cache(maxsize=4)
def get_extractor(patterns_dir: str | None = None, stock_tokenizer: bool = False) -> Extractor:
    """The extractor of a patterns directory, built on first use.

    `stock_tokenizer=True` runs spaCy's stock Indonesian tokenizer (for the
    identity check and benchmarks; see `nlp.build_nlp`).
    """
    patterns = load_patterns(patterns_dir)
    lex = lexicon(patterns)
    facilities = FacilityResolver(patterns, lex)
    partners = PartnerResolver(patterns, lex)
    return Extractor(
        patterns=patterns, nlp=build_nlp(patterns_dir, stock_tokenizer), lex=lex,
        facilities=facilities,
        partners=partners, officials=OfficialResolver(patterns, lex, facilities, partners),
        activities=ActivityResolver(patterns),
        issuer_kinds=frozenset(e.kind for e in patterns.get("ISSUER_KIND")),
        issuers_by_name=frozenset(e.kind for e in patterns.get("ISSUER_KIND")
                                  if not e.head_opens),
        issuer_hierarchies=frozenset(e.kind for e in patterns.get("ISSUER_KIND")
                                     if e.hierarchy),
        issuers_by_release=frozenset(e.kind for e in patterns.get("ISSUER_KIND")
                                     if e.release_only),
        government_sources=frozenset(w.lower() for w in patterns.words("GOVERNMENT_SOURCE")),
        issuer_groups=frozenset(w.lower() for w in patterns.words("ISSUER_GROUP")),
        own_unit_names=re.compile(
            rf"(?<![\w-])(?:{alternation(patterns.words('OWN_UNIT_NAME'))})(?![\w-])",
            re.IGNORECASE) if patterns.words("OWN_UNIT_NAME") else re.compile(r"(?!)"),
        writer_credits=frozenset(w.lower() for w in patterns.words("WRITER_CREDIT")),
        source_credits=frozenset(w.lower() for w in patterns.words("SOURCE_CREDIT")),
        participation_words=tuple(w.lower() for w in patterns.words("PARTICIPATION")),
        participation=re.compile(rf"\b(?:{alternation(patterns.words('PARTICIPATION'))})\b",
                                 re.IGNORECASE),
        effect_words=frozenset(w.lower() for w in patterns.words("EFFECT_WORD")),
        commemoration_words=frozenset(w.lower() for w in patterns.words("COMMEMORATION_WORD")),
        range_words=frozenset(w.lower() for w in patterns.words("RANGE") if w.isalpha()),
        weekdays=frozenset(w.lower() for w in patterns.words("WEEKDAY")),
        press_offices=frozenset(w.lower() for w in patterns.words("PRESS_OFFICE")),
        prison_offices=frozenset(facilities.kinds.keys()) | frozenset(
            e.text.lower() for e in patterns.get("ORG") if e.kind == "parent"
            and " " not in e.text),
        prison_site=re.compile(
            rf"(?:^|\.)(?:{alternation(patterns.words('PRISON_SITE'))})", re.IGNORECASE),
        prison_headline=re.compile(
            rf"\s*(?:{alternation(patterns.words('FACILITY_KIND'))})\b", re.IGNORECASE),
    )


def _hash(*parts: str) -> str:
    """A short stable hash of some strings."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:16]


def article_id(source: str | None, raw: str) -> str:
    """The id of the record of a raw text from a source: stable across runs (resume key)."""
    return _hash(source or "", raw)


Fields = dict[str, Any]
"""The fields of a record still to validate: each `Article` is validated once, whole."""


def _spans(text: str, ranges: Iterable[tuple[int, int]]) -> list[Fields]:
    """Span fields for character ranges, deduplicated and in order."""
    return [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(set(ranges))]


def _url_reference(url: str | None) -> dt.date | None:
    """The latest date a URL's /YYYY/MM/DD/ path allows."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    year = int(match.group("y"))
    month = int(match.group("m") or 12)
    if match.group("d"):
        try:
            return dt.date(year, month, int(match.group("d")))
        except ValueError:
            return None
    if not 1 <= month <= 12:
        return None
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@dataclass
class _Context:
    """What the stages of one document share."""

    text: str
    doc: Doc
    bounds: list[tuple[int, int]]
    reference: dt.date
    published: dt.date | None
    warnings: list[str]
    background: set[int]
    """Starts of the sentences that recall an earlier event (`Sebelumnya, …`)."""
    anchored: bool = True


def _reference(options: Options, published: dt.date | None, url: str | None,
               warnings: list[str], fetched: dt.date | None = None) -> dt.date:
    """Reference date for year inference: option, publication date, fetch date, URL, else today.

    A page is published on or before the day it was fetched, so the fetch date
    (from `rilis fetch`'s sidecar) anchors years better than a URL's year.
    """
    if options.reference_date:
        return options.reference_date
    if published:
        return published
    if fetched:
        return fetched
    from_url = _url_reference(url)
    if from_url:
        return from_url
    warnings.append("no reference date (no publication date, no year in the URL): "
                    "missing years inferred against today")
    return options.today or dt.date.today()


def _quoted(text: str, offset: int) -> bool:
    """Whether an offset lies inside a direct quotation of its paragraph."""
    paragraph = text[text.rfind("\n", 0, offset) + 1:offset]
    opened = paragraph.count("“") > paragraph.count("”")
    return opened or paragraph.count('"') % 2 == 1


def _facility_records(ctx: _Context, facilities: list[FacilityAcc]) -> list[Fields]:
    """Facility fields from grouped mentions."""
    return [{
        "name": f.name, "kind": f.kind, "class_": f.cls, "place": f.place,
        "mentions": sorted({ctx.text[m.start:m.end] for m in f.mentions}),
        "spans": _spans(ctx.text, ((m.start, m.end) for m in f.mentions)),
        "pattern_ids": sorted({m.pattern_id for m in f.mentions}),
    } for f in facilities]


def _partner_records(ctx: _Context, partners: list[PartnerAcc]) -> list[Fields]:
    """Partner fields from grouped mentions."""
    return [{
        "name": p.name, "acronym": p.acronym, "kind": p.kind, "region": p.region,
        "spans": _spans(ctx.text, ((m.start, m.end) for m in p.mentions)),
        "pattern_ids": sorted({m.entry.id for m in p.mentions}),
    } for p in partners]


def _future_starts(ctx: _Context, ex: Extractor) -> set[int]:
    """Starts of the sentences with a word of something planned."""
    return {sentence_of(ctx.bounds, s.start_char)[0] for s in spans(ctx.doc, "STATUS")
            if ex.activities.status.get(s.text.lower()) == "planned"}


def _date_mentions(ctx: _Context, ex: Extractor, future_starts: set[int]) -> list[DateMention]:
    """The dates written in the text (found once per article: roles and background both
    read them)."""
    def future_at(offset: int) -> bool:
        return sentence_of(ctx.bounds, offset)[0] in future_starts

    return find_dates(ctx.text, ex.patterns, ctx.reference, future_at, anchored=ctx.anchored)


def _dated_before_the_event(ctx: _Context, mentions: list[DateMention]) -> set[int]:
    """Starts of the sentences after the lead that date what they tell before the article's
    first date (`Pada 21 Oktober 2025, rutan menggelar pelatihan …`, `… lahir dari pelatihan
    yang digelar pada 8 Okt 2025 bersama Bank …`): an earlier event, told as background."""
    if not mentions or len(ctx.bounds) <= LEAD_SENTENCES:
        return set()
    end = lead_end(ctx.text, ctx.bounds)
    first = min(mentions, key=lambda m: m.start)
    if first.start >= end:
        return set()  # the lead dates nothing: no event day to compare with
    event = first.values[0]
    return {sentence_of(ctx.bounds, m.start)[0] for m in mentions
            if m.start >= end and not m.loose and all(v < event for v in m.values)}


RECALL_REACH = 4
"""How many words before a date `yang` and a signing word make it a recalled signing day."""


def _date_records(ctx: _Context, ex: Extractor, mentions: list[DateMention],
                  future_starts: set[int]) -> list[Fields]:
    """Dates of the text with their roles; publication date first when known."""
    mentions = list(mentions)
    if ctx.published:
        taken = [(m.start, m.end) for m in mentions]
        for rel in find_relative(ctx.text, ex.patterns, ctx.published):
            # "Senin (4/8) kemarin": a relative word beside a written date adds nothing;
            # "hari ini" inside a quote is the speaker's day, not the publication's
            if not any(abs(rel.start - e) <= 12 or abs(s - rel.end) <= 12 for s, e in taken) \
                    and not _quoted(ctx.text, rel.start):
                mentions.append(rel)
    mentions.sort(key=lambda m: m.start)
    # `Karawang, 13 Oktober 2026 – PT Pupuk Kujang membuka …, Senin (12/10)`: a press release's
    # dateline dates its issue, not the event the lead dates after it
    lead = lead_end(ctx.text, ctx.bounds)
    # (a dateline dated with its weekday, `Serang, Kamis (15/10/2026) –`, dates the event)
    issued = next((m for m in mentions[:1] if _dateline_date(ctx.text, m) and
                   not _with_weekday(ex, m) and any(
                       other.start < lead and other.values != m.values
                       for other in mentions[1:])), None)
    # (not a word of speech still to come: `Hasil pemeriksaan akan disampaikan … Senin (27/10)`)
    modals = ex.activities.verb_modals
    speech_starts = {sentence_of(ctx.bounds, s.start_char)[0] for s in spans(ctx.doc, "SPEECH")
                     if s.start == 0 or ctx.doc[s.start - 1].lower_ not in modals}
    engagement_starts = {sentence_of(ctx.bounds, s.start_char)[0]
                         for s in spans(ctx.doc, "ENGAGEMENT")}
    # `Penandatanganan PKS … yang semula dijadwalkan Kamis (12/3) diundur menjadi Kamis (26/3).
    # Hal itu disepakati dalam rapat koordinasi …, Selasa (3/3)`: the days of a signing put
    # off are not the event, when the lead dates something else (a signing called off on
    # the day, `batal digelar hari itu`, with the lead dating nothing else, dates the day)
    put_off = {sentence_of(ctx.bounds, s.start_char)[0] for s in spans(ctx.doc, "STATUS")
               if s.text.lower() in ex.activities.postponed}
    if not any(m.start < lead and sentence_of(ctx.bounds, m.start)[0] not in put_off
               for m in mentions if m is not issued):
        put_off = set()
    items: dict[str, Fields] = {}
    first_event: dt.date | None = None
    event_in: int | None = None  # the sentence of the last date given the role event
    for mention in mentions:
        sentence = sentence_of(ctx.bounds, mention.start)[0]
        before_words = _last_words(ctx.text, sentence, mention.start, RECALL_REACH)
        # `nota kesepahaman … yang ditandatangani pada 5 Mei 2025` before the event's day, told
        # with its weekday later: the day a document was signed, recalled
        recalled = first_event is None and not _with_weekday(ex, mention) and \
            "yang" in before_words and \
            any(ex.activities.status.get(w) == "signed" for w in before_words) and \
            any(m.start > mention.end and _with_weekday(ex, m) for m in mentions)
        # `Kegiatan dibuka Kamis (5/3/2026) dan berlangsung hingga Sabtu (14/3/2026)`: the end
        # of the event's span, after a range word, in the sentence that dates its start (not
        # one told as still to come: `… hingga 30 Oktober mendatang`)
        after = ctx.text[mention.end:mention.end + 20].split()
        ends_the_event = event_in == sentence and \
            before_words[-1:] != [] and before_words[-1] in ex.range_words \
            and not (after and ex.activities.status.get(after[0].lower().strip(".,")) == "planned")
        if mention.weekday_mismatch:
            ctx.warnings.append(f"weekday does not match the date in {mention.text!r}")
        # "KUHP baru yang mulai berlaku 2 Januari 2026": the day a law takes effect (a date
        # with its weekday is a day something happened: "Menjelang berlakunya KUHP, Bapas
        # menandatangani …, Senin (24/11/2025)")
        before = set(_last_words(ctx.text, sentence, mention.start, EFFECT_REACH))
        # "Menyambut Hari Anti Narkotika Internasional (HANI) 26 Juni 2025, Lapas … menggelar
        # …, Selasa (24/6/2025)": the day marked, when the sentence dates its event by weekday
        takes_effect = not _with_weekday(ex, mention) and (
            bool(ex.effect_words & before) or bool(ex.commemoration_words & before) and any(
                other.start > mention.end and sentence_of(ctx.bounds, other.start)[0] == sentence
                and _with_weekday(ex, other) for other in mentions))
        # a later period planned or recalled ("dijadwalkan pada 20-22 November", "Sebelumnya,
        # pada 10–14 November …"): not the article's event
        # (or around it: `pesantren kilat … dari 3 hingga 28 Maret` holds the day of the visit)
        aside = first_event is not None and (
            sentence in future_starts or sentence in ctx.background
            or all(v < first_event for v in mention.values)
            or mention.values[0] < first_event < mention.values[-1])
        for value in mention.values:
            if mention is issued:
                role = "publication"
            elif takes_effect or sentence in put_off:
                role = "other"
            elif ends_the_event:
                role = "event"
            elif first_event is None and recalled:
                role = "other"
            elif first_event is None:
                role = "event"
                first_event = value
            elif len(mention.values) > 1 and aside:
                role = "other"
            elif len(mention.values) > 1 or value == first_event:
                role = "event"
            elif value < first_event:
                role = "other"  # before the event: background ("PKS yang ditandatangani pada …")
            elif sentence in speech_starts and _sayable(value, first_event, ctx.published):
                role = "statement"
            elif sentence in future_starts:
                role = "other"
            elif sentence in engagement_starts:
                role = "event"
            else:
                role = "other"
            if role == "event":
                event_in = sentence
            key = value.isoformat()
            span = {"start": mention.start, "end": mention.end, "text": mention.text}
            if key in items:
                items[key]["spans"].append(span)
                if role == "event" and items[key]["role"] == "publication":
                    # `Ambon, 3 Oktober 2025 – Lapas … hari ini menutup …`: the release's own
                    # day is the event's as well
                    items[key]["role"] = "event"
                continue
            items[key] = {"value": key, "text": mention.text, "role": role,
                          "year_inferred": mention.year_inferred, "spans": [span],
                          "pattern_ids": [mention.pattern_id]}
    return list(items.values())


# a dateline's place before its date (`Karawang, `, `Nusa Dua, `), a dash or the line's end after
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’ -]{0,40},[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[–—-]|\n|$)")


def _dateline_date(text: str, mention: DateMention) -> bool:
    """Whether a date is the one of a dateline opening a line (`Karawang, 13 Oktober 2026 –`)."""
    return _DATELINE_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None \
        and _DATELINE_AFTER.match(text, mention.end) is not None


def _with_weekday(ex: Extractor, mention: DateMention) -> bool:
    """Whether a date is written with its weekday (`Selasa (24/6/2025)`)."""
    return mention.text.split()[0].strip("(,").lower() in ex.weekdays


# How many words before a date a word of taking effect (or of commemorating) may stand
# (`berlakunya Kitab Undang-Undang Hukum Pidana (KUHP) baru, yakni Undang-Undang Nomor 1 Tahun
# 2023, pada 2 Januari 2026`)
EFFECT_REACH = 15
# How many days after the event a statement reported with it may be dated ("kata Kapolres,
# Selasa (11/3)"); a date further on in a quote is a plan ("dijadwalkan … pada 15 Desember").
STATEMENT_DAYS = 7


def _last_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The last `count` words of `text[start:end]`, lower-cased.

    Read from a window before `end` first: splitting the whole sentence for each of
    its dates was quadratic in a sentence without full stops (a 200 KB run of dates).
    """
    window = max(start, end - 40 * count)
    words = text[window:end].lower().split()
    if window > start and len(words) <= count:  # the window's first word may be cut
        words = text[start:end].lower().split()
    return words[-count:]


def _sayable(value: dt.date, event: dt.date, published: dt.date | None) -> bool:
    """Whether a date in a sentence of speech can be the day it was said: not after the
    article was published, nor, with no publication date, long after the event."""
    if published is not None:
        return value <= published
    return (value - event).days <= STATEMENT_DAYS


def _without_past_signings(ctx: _Context, engagements: list[Any], dates: list[Fields]
                           ) -> list[Any]:
    """Drop a signing told only in sentences dated before the event ("PKS … yang
    ditandatangani … pada 3 Februari 2026" in a report of a later screening): the document
    was signed then, and the article's event is another."""
    events = [d["value"] for d in dates if d["role"] == "event"]
    if not events:
        return engagements
    first = min(events)
    earlier = {sentence_of(ctx.bounds, span["start"])[0]
               for d in dates if d["value"] < first for span in d["spans"]}
    return [e for e in engagements if e.type != "penandatanganan"
            or not all(sentence_of(ctx.bounds, start)[0] in earlier for start, _ in e.spans)]


def _unit_party(partner: PartnerAcc) -> str:
    """The name of the party: a unit of the organisation (`Fakultas Pertanian`) when the
    article names that unit first ("PKS dengan Fakultas Pertanian Universitas Gunung Leuser",
    then "MoU antara Universitas Gunung Leuser dan Lapas" as background); else the
    organisation. An issuing unit keeps the organisation's name (ANNOTATION.md)."""
    first = min(partner.mentions, key=lambda m: m.start)
    if not first.entry.part_of or not first.name or \
            first.name.lower().endswith(partner.name.lower()):
        return partner.name
    return f"{first.name} {partner.name}"


def _without_own_units(text: str, partners: list[PartnerAcc],
                       facility_mentions: list[FacilityMention],
                       own_unit_names: re.Pattern[str]) -> list[PartnerAcc]:
    """Without the units a facility names as its own, the facility's name written right
    after them (`Pesantren At-Taubah Lapas Bengkalis`, `Koperasi Rutan Bima`), or by a name
    prisons give their own units (OWN_UNIT_NAME: `Pondok Pesantren At-Taubah`): each is no
    partner, wherever else the article names it."""
    starts = {m.start for m in facility_mentions}
    return [p for p in partners if not any(
        m.end + 1 in starts and text[m.end:m.end + 1] == " " for m in p.mentions)
        and not own_unit_names.search(p.name)]


def _as_the_parties_they_stand_for(partners: list[PartnerAcc]) -> list[PartnerAcc]:
    """A regional secretariat (`Sekretariat Daerah Kota Payakumbuh`) takes part as its
    government (`Pemerintah Kota Payakumbuh`), joining it when the article names both."""
    by_name = {p.name: p for p in partners}
    kept = []
    for partner in partners:
        entry = next((m.entry for m in partner.mentions if m.entry.party), None)
        if entry is None or entry.party is None or \
                not partner.name.startswith(entry.full + " "):
            kept.append(partner)  # (a government the secretariat already joined, too)
            continue
        party = entry.party
        name = f"{party}{partner.name[len(entry.full):]}"
        same = by_name.get(name)
        if same is not None:
            same.mentions.extend(partner.mentions)
            same.mentions.sort(key=lambda m: m.start)
            continue
        partner.name, partner.head = name, party
        kept.append(partner)
    return kept


def _led_governments(ex: Extractor, officials: list[OfficialAcc], partners: list[PartnerAcc],
                     text: str) -> list[PartnerAcc]:
    """Governments taking part only through their named head (`Pj. Wali Kota Sorong, …`):
    annotated as partners, since the head acts for them."""
    named = {p.name.lower() for p in partners}
    led: list[PartnerAcc] = []
    for official in officials:
        org = official.organization
        if not org or org.lower() in named or not official.spans:
            continue
        start, end = official.spans[0]
        partner = ex.partners.led_by(org, start, end, text)
        if partner is not None:
            named.add(org.lower())
            led.append(partner)
    return led


_BRACKETED = re.compile(r"[ \t]*\([^()]*\)")


def _takes_part(ctx: _Context, starts: list[int], names: set[str | None],
                represented: set[str], activity_sentences: set[int],
                whole_names: frozenset[str] = frozenset()) -> bool:
    """Whether an organisation or a facility named at `starts` takes part in the article:
    named in the lead (the first two sentences), in two sentences or more, through one of its
    officials (`names` against the officials' organisations), or where an activity or an
    agreement is reported; not named in passing."""
    lead_end = ctx.bounds[1][1] if len(ctx.bounds) > 1 else len(ctx.text)
    sentences = {sentence_of(ctx.bounds, start)[0] for start in starts}
    # an official of the organisation or of one of its units (`Dekan Fakultas Pertanian
    # Universitas Islam Balitar`) represents it
    orgs = {_BRACKETED.sub("", org) for org in represented}  # `… Islam Balitar (Unisba)`
    # (not an official of another partner whose name ends in this one's: `Kepala Dinas
    # Pendidikan Dayah Kota Lhokseumawe` is no official of a `Dayah Kota Lhokseumawe`)
    through_official = any(org == name or (org.endswith(" " + name) and org not in whole_names)
                           for org in orgs for name in names if name)
    return (min(starts) < lead_end or len(sentences) > 1 or through_official
            or bool(sentences & activity_sentences))


def _owner_of_another(text: str, start: int, ends: set[int], owner_words: frozenset[str]
                      ) -> bool:
    """Whether a mention follows an owner word right after another organisation's name
    (`RSUD Prof Dr H Aloei Saboe milik pemkot Gorontalo`): the owner of that one, not a
    party. After a thing (`lahan milik Pemkab Tulungagung`) the owner may well lend it."""
    before = text[:start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if word.lower() not in owner_words:
        return False
    return len(before[:len(before) - len(word)].rstrip()) in ends


def _short_form_uses(text: str, partner: PartnerAcc, after: int,
                     known_heads: Mapping[str, Any]) -> list[int]:
    """Where the short form a partner was given in brackets is used alone later (`…
    Universitas Tompotika Luwuk (Untika). … dosen Untika memberikan pelatihan`): no pattern
    knows the article's own short forms, yet they name the partner there. (A short form a
    pattern knows, `BRI`, `RSJ`, is a mention of its own wherever it is written.)"""
    if not partner.acronym or partner.acronym.split()[0] in partner.name.split():
        return []
    short = partner.acronym.split()[0]
    if short.lower() in known_heads:
        return []
    found = []
    at = text.find(short, after + 1)
    while at >= 0:  # (a plain search: a pattern per partner and article defeats re's cache)
        before, following = text[at - 1:at], text[at + len(short):at + len(short) + 1]
        if not (before and (before.isalnum() or before in "-(_")) and \
                not (following and (following.isalnum() or following in "-_")):
            found.append(at)
        at = text.find(short, at + 1)
    return found


def _taking_part(ctx: _Context, partners: list[PartnerAcc], represented: set[str],
                 activity_sentences: set[int], programme_words: frozenset[str],
                 owner_words: frozenset[str], known_heads: Mapping[str, Any]
                 ) -> list[PartnerAcc]:
    """Partners that take part (`_takes_part`), not organisations named in passing
    (`represented`: the officials' organisations; `known_heads`: the organisation heads
    of the patterns, lower-case)."""
    kept = []
    whole_names = frozenset(p.name for p in partners)
    # (an organisation's name or a generic head: `rumah sakit milik Pemerintah Provinsi Maluku`)
    ends = {m.end for partner in partners for m in partner.mentions} | \
        {s.end_char for s in spans(ctx.doc, "ORG")}
    for partner in partners:
        # `bagian dari program Kementerian Ketenagakerjaan`: a programme's owner, not a party;
        # `menurut catatan Dinas Perkebunan`: a figure's source
        starts = [m.start for m in partner.mentions
                  if word_before(ctx.text, m.start) not in programme_words
                  and not _owner_of_another(ctx.text, m.start, ends, owner_words)]
        if starts:
            starts += _short_form_uses(ctx.text, partner, min(starts), known_heads)
        if starts and _takes_part(ctx, starts, {partner.name, partner.acronym}, represented,
                                  activity_sentences, whole_names):
            kept.append(partner)
    return kept


# how many words before `dilibatkan` a word of the past (PAST_WORD: `telah`, `pernah`) makes
# it an earlier event (`… sebelumnya juga telah dilibatkan Bapas dalam sosialisasi …`)
PAST_REACH = 4


def _taking_part_sentences(ctx: _Context, ex: Extractor) -> set[int]:
    """Sentences saying that an organisation takes part, now rather than before."""
    found: set[int] = set()
    lower = ctx.text.lower()
    if not any(word in lower for word in ex.participation_words):
        return found  # (most articles: cheaper than the expression over the whole text)
    for match in ex.participation.finditer(ctx.text):
        sentence = sentence_of(ctx.bounds, match.start())[0]
        before = _last_words(ctx.text, sentence, match.start(), PAST_REACH)
        if not ex.activities.past_words & {w.strip(",") for w in before}:
            found.add(sentence)
    return found


def _not_named_after_officials(ex: Extractor, facilities: list[FacilityAcc],
                               officials: list[OfficialAcc]) -> list[FacilityAcc]:
    """Without the facilities whose place is an official's name ("kata Kepala LPKA
    Masrul": the head, not an LPKA in a place Masrul): no class, and no place known."""
    name_words = {w.lower() for o in officials for w in o.name.split()}
    return [f for f in facilities
            if f.cls or not f.place or f.place.lower() not in name_words
            or f.place.lower() in ex.lex.regions]


# what stands between two facilities of one enumeration (`Lapas Kelas IIA Samarinda, Rutan
# Kelas IIA Samarinda, Plh. Kepala Lapas Kelas IIA Balikpapan, serta Kepala Bapas …`)
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?(?:(?:Plt|Plh)\.?[ \t]+)?"
                       r"(?:[Kk]epala[ \t]+)?")


def _acting(ctx: _Context, facilities: list[FacilityAcc], represented: set[str],
            activity_sentences: set[int]) -> list[FacilityAcc]:
    """The facilities acting in the article (ANNOTATION.md): the first named, and others that
    take part (`_takes_part`); not a prison only mentioned in passing (`dipindahkan ke Lapas
    Parepare`, `dilaporkan ke Rutan Kelas I Medan sebagai rutan induk`). Facilities listed
    together (`kepala UPT se-Pulau Lombok, yakni Lapas …, Lapas … dan LPKA …`) act together:
    one taking part brings the others of its list."""
    acting = [index == 0 or _takes_part(ctx, [m.start for m in facility.mentions],
                                        {facility.name}, represented, activity_sentences)
              for index, facility in enumerate(facilities)]
    # (names written with capitals: `di lapas dan rutan Aceh` lists no facilities)
    mentions = sorted((m.start, m.end, index) for index, facility in enumerate(facilities)
                      for m in facility.mentions if ctx.text[m.start].isupper())
    lists: list[list[int]] = []
    joined = False  # whether the mention before ends the last list
    for (_, end, index), (start, _, following) in zip(mentions, mentions[1:], strict=False):
        if _LIST_GAP.fullmatch(ctx.text, end, start):
            if joined:
                lists[-1].append(following)
            else:
                lists.append([index, following])
            joined = True
        else:
            joined = False
    for members in lists:
        if any(acting[i] for i in members):
            for i in members:
                acting[i] = True
    return [facility for facility, acts in zip(facilities, acting, strict=True) if acts]


def _source_words(source: str) -> list[str]:
    """The words of a dateline's source or byline, lower case, brackets and stops off."""
    return [w.strip("()[],.:|").lower() for w in source.split()]


def _government_of_the_source(ex: Extractor, partners: list[PartnerAcc],
                              source: str | None) -> PartnerAcc | None:
    """The regional government whose own office is the dateline's source (`SIAK –
    (Diskominfo Siak)`, `Semarapura (Humas Klungkung) -`, `(Prokopim) –`): the release is on
    its own site, so it is the issuer, also when its head opens the lead. A source naming a
    prison (`Humas LPKA Medan`) is the prison's."""
    if not source:
        return None
    words = _source_words(source)  # `(Prokopim Lambar)`
    if not set(words) & ex.government_sources or set(words) & ex.prison_offices:
        return None
    governments = [p for p in partners if p.kind == "pemda" and p.name.startswith("Pemerintah ")]
    named = [p for p in governments if p.region_place() and
             ex.partners.bare_region(p.region_place() or "").lower() in " ".join(words)]
    if len(named) == 1:
        return named[0]
    return governments[0] if len(governments) == 1 and not named else None


def _press_office_of(ex: Extractor, partners: list[PartnerAcc],
                     source: str | None) -> PartnerAcc | None:
    """The partner whose press office a source names (`Humas Polres Jeneponto`): a press
    office word and the partner's name or short form, written whole; the longest wins."""
    if not source:
        return None
    words = re.sub(r"[()\[\]/|:,.–-]", " ", source).lower().split()
    if not set(words) & ex.press_offices or set(words) & ex.prison_offices:
        return None
    padded = f" {' '.join(words)} "
    named = [(len(form), partner) for partner in partners
             for form in (partner.name, partner.acronym) if form
             and f" {' '.join(form.lower().split())} " in padded]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _written_by_a_prison(ex: Extractor, removed: list[Removed], sources: bool = False,
                         dateline: Dateline | None = None) -> bool:
    """Whether a credit line names a prison's press office, or its Kanwil's, as the
    release's writer (`Penulis: Humas Cabrutan Kolonodale`, `Kontributor: Humas Kanwil
    Ditjenpas Bali`), or the dateline as its source (`Denpasar (Humas Kanwil Ditjenpas
    Bali) –`): the prison side issued it, whoever opens its lead (`Foto:` or `Sumber:` says
    only where pictures or facts came from). `sources`: also as the source of the text
    (`Sumber: Humas Lapas Kayuagung`), not of its pictures."""
    labels = ex.writer_credits | ex.source_credits if sources else ex.writer_credits
    credits = [item.text for item in removed if item.reason == "credit"]
    for text in credits:
        words = [w.strip("():,.|").lower() for w in text.split()]
        # (or a sign-off with no label, the press office first: `(Humas Lapas Banjarmasin/Ed:
        # RN)`)
        if words and (words[0] in labels or words[0] in ex.press_offices) and \
                set(words) & ex.press_offices and set(words) & ex.prison_offices:
            return True
    if dateline is not None and dateline.outlet:
        words = _source_words(dateline.outlet)
        return bool(set(words) & ex.press_offices and set(words) & ex.prison_offices)
    return False


def _on_a_prison_site(ex: Extractor, url: str | None) -> bool:
    """Whether the article's address is a prison's own website (`lapassampit.…`)."""
    host = urlsplit(url).hostname if url else None
    return host is not None and ex.prison_site.search(host) is not None


# A press release's dateline: where and when it was issued (`Tegal, 13 Mei 2026 –`)
_DATED_DATELINE = re.compile(r",\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}")


def _press_release(dateline: Dateline | None) -> bool:
    """Whether the dateline dates the text where it was issued, as a press release's does."""
    return dateline is not None and _DATED_DATELINE.search(dateline.text) is not None


def _issuer(ctx: _Context, ex: Extractor, facilities: list[FacilityAcc],
            partners: list[PartnerAcc], officials: list[OfficialAcc],
            dateline: Dateline | None = None, outlet: str | None = None,
            bylines: Sequence[str] = (), republished: bool = False,
            title: str | None = None, credits: Sequence[str] = ()) -> PartnerAcc | None:
    """A non-prison issuing unit: an organisation of an issuing kind opening the first
    sentence, by name (a regional head opening the lead is as often a visitor, on news
    portals, as the issuer, on the government's own site: the text cannot tell). Some kinds
    issue only by their own name: `Kodim 1710/Mimika melaksanakan karya bakti di Lapas …` is
    the Kodim's release, `Komandan Kodim … melakukan kunjungan ke Lapas …` the prison's.
    An `outlet` (metadata) that is the name of one of the article's organisations is its
    own site: that organisation issued the release. A headline opened by a prison makes the
    prison the issuer, whoever opens the lead."""
    if not ctx.bounds or not partners:
        return None
    # the organisation the article names first, and whether it opens the lead
    start, end = ctx.bounds[0]
    first_org = min(partners, key=lambda p: min(m.start for m in p.mentions))
    org_at = min(m.start for m in first_org.mentions)

    def opens_lead() -> bool:
        return _opens_lead(ctx.text[start:org_at].split(), ex.issuer_groups)

    # a regional government's press office as the dateline's source, the outlet or the
    # byline (`(Prokopim Lambar)`): its own release, unless a credit gives a prison's press
    # office as the source (`Sumber: Humas Lapas Kayuagung`: the prison's, republished)
    sites = (outlet, *bylines) if not republished else ()
    sources = (dateline.outlet if dateline else None, *sites)
    # the press office of an organisation the article names, as the dateline's source, the
    # byline or a credit (`(Humas Polres Jeneponto/Adb)`, `Sumber: Humas Sekretariat DPRD
    # Kabupaten Lanny Jaya`): that organisation's own release
    for source in (*sources, *credits):
        office = _press_office_of(ex, partners, source)
        if office is not None:
            return office
    for source in sources:
        own_site = _government_of_the_source(ex, partners, source)
        if own_site is not None:
            return own_site
    if outlet:  # published by an organisation of the article on its own site
        # … or the company's short name heading a branch's (`PLN` for `PLN ULP Bangkinang`)
        # … or a site named for it, its name last (`Kabar BRI`, `Tribratanews Polres Sumbawa`)
        # … or its head's short form before the rest of its name (`MUI Kabupaten Kotawaringin
        # Timur` for `Majelis Ulama Indonesia Kabupaten …`); of any kind: its own site
        own = [p for p in partners if p.kind != "parent" and any(
            form == outlet.lower() or form.startswith(f"{outlet.lower()} ")
            or (len(form) > 2 and outlet.lower().endswith(f" {form}"))
            for form in (p.name.lower(), without_legal_form(p.name).lower(),
                         (p.acronym or "").lower(),
                         *((m.entry.acronym or "").lower() for m in p.mentions),
                         *(f"{m.entry.acronym}{p.name[len(m.entry.full):]}".lower()
                           for m in p.mentions if m.entry.acronym
                           and p.name.startswith(m.entry.full))))]
        if own:  # several offices of the site's company: the one the article names first
            site = min(own, key=lambda p: min(m.start for m in p.mentions))
            if site.kind in ex.issuer_hierarchies and first_org.kind == site.kind and \
                    opens_lead():
                return first_org  # `Tribratanews Polres Pasaman`: its Polsek's release
            return site
    if title and ex.prison_headline.match(title):
        return None  # `Rutan Ba'a Terima … dari Distan Rote Ndao`: the headline's subject
    if first_org.kind not in ex.issuer_kinds:
        return None
    if first_org.kind in ex.issuers_by_name and any(
            s < org_at < e for official in officials for s, e in official.spans):
        return None
    if first_org.kind in ex.issuers_by_release and not _press_release(dateline):
        return None
    facility_at = min((m.start for f in facilities for m in f.mentions), default=len(ctx.text))
    if org_at < end and org_at < facility_at and opens_lead():
        return first_org
    return None


COMPANY_KINDS = frozenset({"bumn", "perusahaan", "bank"})


def _same_company(issuer: PartnerAcc, partner: PartnerAcc, form_words: frozenset[str]) -> bool:
    """Whether a partner is another office of the issuing company: `PT Pertamina Patra Niaga
    Regional Kalimantan` beside the issuer `PT Pertamina Patra Niaga Fuel Terminal Kotabaru`
    (one name is the other's company name, up to its first branch word, and more: `PT PLN
    Peduli` beside `PT PLN (Persero) Unit Layanan Pelanggan Bangkinang`)."""
    if issuer.kind not in COMPANY_KINDS or partner.kind not in COMPANY_KINDS:
        return False
    a, b = issuer.name.lower().split(), partner.name.lower().split()

    def company(words: list[str]) -> list[str]:  # `PT` opens it, a branch word ends it
        return words[:1] + list(itertools.takewhile(lambda w: w not in form_words, words[1:]))

    return any(len(core) >= 2 and longer[:len(core)] == core and len(longer) > len(core)
               for core, longer in ((company(a), b), (company(b), a)))


# How many words (a dateline: `Palu –`, `MIMIKA, PENDIMNEWS –`) may come before an issuing unit
# opening the lead, and how many a group of its people (`Tim Pengabdian kepada Masyarakat`) may add.
DATELINE_WORDS = 3
_DASHES = frozenset("–—-")  # the dash that ends a dateline counts as one of its words
GROUP_WORDS = 8


def _opens_lead(words: list[str], group_words: frozenset[str]) -> bool:
    """Whether the words before an organisation are only a dateline, or a dateline and a
    group of its people (`Palu – Tim Pengabdian kepada Masyarakat Fakultas Kedokteran Untad`);
    marks between a dateline's parts are no words (`TRENGGALEK | JATIMSATU –`)."""
    words = [w for w in words if any(ch.isalnum() for ch in w) or w in _DASHES]
    if len(words) <= DATELINE_WORDS:
        return True
    return any(word.lower() in group_words and len(words) - at <= GROUP_WORDS
               for at, word in enumerate(words[:DATELINE_WORDS + 1]))


def _issuer_place(ex: Extractor, issuer: PartnerAcc, prison_places: set[str],
                  dateline: Dateline | None = None) -> str | None:
    """An issuing unit's place is its bare region (ANNOTATION.md: place = its region):
    `Dinas Tenaga Kerja Kota Pekanbaru` → `Pekanbaru`. A name with no region written as one
    gives the regency or city that ends it (`Universitas Muria Kudus` → `Kudus`); else the
    town of the one prison it works with, the only place the text gives for it
    (`Universitas Tadulako` at `Lapas Palu` → `Palu`)."""
    if issuer.kind in ex.issuers_by_release and dateline and dateline.place and \
            _press_release(dateline):
        # a company's release: where it was issued (`Tanjung Enim, 11 Desember 2025 –`)
        written = dateline.place if not dateline.place.isupper() else dateline.place.title()
        return ex.partners.region_short.get(written, written)
    numbered = re.search(r"\d/(?P<place>[A-Z].*)$", issuer.name)
    if numbered:  # `Komando Distrik Militer 0205/Tanah Karo`: the place its number names
        return numbered.group("place")
    place = issuer.region_place()
    if not issuer.region:
        ending = ending_place((place or "").split(), ex.lex.major_regions)
        if ending is None and len(prison_places) == 1:
            ending = next(iter(prison_places))
        place = ending or place
    return ex.partners.bare_region(place) if place else None


def _build(ex: Extractor, raw: str, cleaned: Cleaned, doc: Doc, *, source: str | None,
           metadata: Mapping[str, Any], options: Options) -> Article:
    """Run the resolvers over one parsed document and assemble its record."""
    text = doc.text
    warnings = list(cleaned.warnings)
    published_raw = metadata.get("published")
    published = parse_date(str(published_raw)) if published_raw else None
    if published_raw and published is None:
        warnings.append(f"unreadable publication date {published_raw!r}")
    url = metadata.get("url")
    fetched_raw = metadata.get("fetched_at")
    fetched = parse_date(str(fetched_raw)) if fetched_raw else None
    before = len(warnings)
    reference = _reference(options, published, url, warnings, fetched)
    bounds = sentences(text, ex.lex)
    ctx = _Context(text=text, doc=doc, bounds=bounds, reference=reference,
                   published=published, warnings=warnings,
                   background=ex.activities.background_sentences(text, bounds),
                   anchored=len(warnings) == before)  # no warning: the article's own date
    future_starts = _future_starts(ctx, ex)
    date_mentions = _date_mentions(ctx, ex, future_starts)
    ctx.background |= _dated_before_the_event(ctx, date_mentions)

    facility_mentions = ex.facilities.find(doc)
    facilities = ex.facilities.group(facility_mentions)
    skip = [(m.start, m.end) for m in facility_mentions] + ex.officials.section_ranges(doc)
    facility_places = [p for f in facilities if f.place for p in (f.place, *f.aliases)]
    org_mentions = ex.partners.find(doc, facility_places, skip)
    partners = _without_own_units(text, ex.partners.group(org_mentions, facility_places),
                                  facility_mentions, ex.own_unit_names)
    officials = ex.officials.resolve(doc, facilities, partners)
    canonical_organizations(officials, partners)
    partners.extend(_led_governments(ex, officials, partners, text))
    engagements = ex.activities.engagements_in(doc, ctx.bounds, ctx.background)
    signing = any(e.type == "penandatanganan" for e in engagements)
    agreements = ex.activities.agreements_in(doc, ctx.bounds, signing)
    if signing and agreements and all(a.status != "signed" for a in agreements):
        # "sepakat menindaklanjuti pertemuan ini dengan penandatanganan MoU": a signing to come
        engagements = [e for e in engagements if e.type != "penandatanganan"]
    # where an activity or an agreement is reported, or where an organisation is said to
    # take part in it (`SMK Negeri 1 … juga ambil bagian dengan meminjamkan …`)
    activity_sentences = ({sentence_of(ctx.bounds, s)[0]
                           for found in engagements + agreements for s, _ in found.spans}
                          | _taking_part_sentences(ctx, ex)) - ctx.background
    represented = {o.organization for o in officials if o.organization}
    partners = _taking_part(ctx, partners, represented, activity_sentences,
                            ex.facilities.programme_words | ex.partners.source_words,
                            ex.partners.owner_words, ex.partners.heads)
    facilities = _acting(ctx, _not_named_after_officials(ex, facilities, officials),
                         represented, activity_sentences)
    partners = _as_the_parties_they_stand_for(partners)

    facility_records = _facility_records(ctx, facilities)
    issuer = None if _written_by_a_prison(ex, cleaned.removed, dateline=cleaned.dateline) or \
        _on_a_prison_site(ex, url) else \
        _issuer(ctx, ex, facilities, partners, officials, cleaned.dateline,
                metadata.get("outlet"), [r.text for r in cleaned.removed if r.reason == "byline"],
                republished=_written_by_a_prison(ex, cleaned.removed, sources=True),
                credits=[r.text for r in cleaned.removed if r.reason == "credit"],
                title=metadata.get("title") or cleaned.title)
    if issuer is not None:
        partners.remove(issuer)
        # the issuing company's other offices are its own hierarchy, as a Kanwil is a prison's
        partners = [p for p in partners if not _same_company(issuer, p, ex.partners.form_words)
                    and not (issuer.kind in ex.issuer_hierarchies and p.kind == issuer.kind)]
        facility_records.insert(0, {
            "name": issuer.name, "kind": "other", "class_": None,
            "place": _issuer_place(ex, issuer, {f.place for f in facilities if f.place},
                                   cleaned.dateline),
            "mentions": sorted({m.surface for m in issuer.mentions}),
            "spans": _spans(text, ((m.start, m.end) for m in issuer.mentions)),
            "pattern_ids": sorted({m.entry.id for m in issuer.mentions})})

    dates = _date_records(ctx, ex, date_mentions, future_starts)
    engagements = _without_past_signings(ctx, engagements, dates)
    if published:
        dates.insert(0, {"value": published.isoformat(), "text": str(published_raw),
                         "role": "publication", "year_inferred": False,
                         "pattern_ids": ["meta.published"]})
    for partner in partners:
        partner.name = _unit_party(partner)
    party_names = [f["name"] for f in facility_records] + [p.name for p in partners]
    # one validation of the whole record (nested fields as dicts), not one per span and item
    return Article.model_validate({
        "id": article_id(source, raw), "text_hash": _hash(text), "source": source,
        "url": url or None, "outlet": metadata.get("outlet") or None,
        "title": metadata.get("title") or cleaned.title,
        "published": published.isoformat() if published else None,
        "dateline": cleaned.dateline,
        "facilities": facility_records,
        "officials": [{"name": o.name, "titles": o.titles, "position": o.position,
                       "acting": o.acting, "organization": o.organization,
                       "spans": _spans(text, o.spans), "pattern_ids": sorted(set(o.pattern_ids))}
                      for o in officials],
        "partners": _partner_records(ctx, partners),
        "dates": dates,
        "engagements": [{"type": e.type, "spans": _spans(text, e.spans),
                         "pattern_ids": sorted(set(e.pattern_ids))} for e in engagements],
        "agreements": [{"type": a.type, "status": a.status, "parties": party_names,
                        "spans": _spans(text, a.spans), "pattern_ids": sorted(set(a.pattern_ids))}
                       for a in agreements],
        "warnings": warnings,
        "removed": cleaned.removed,
        "source_fields": dict(metadata.get("source_fields") or {}),
        "text": text if options.include_text else None,
    })


def _prepare(ex: Extractor, raw: str, options: Options) -> Cleaned:
    """Clean, and truncate texts beyond the size limit with a warning."""
    cleaned = clean(raw, ex.patterns)
    if len(cleaned.text) > options.max_chars:
        cleaned.warnings.append(
            f"text truncated from {len(cleaned.text)} to {options.max_chars} characters")
        cleaned.text = cleaned.text[: options.max_chars]
    return cleaned


Item = str | tuple[str, Mapping[str, Any]]


def extract_items(items: Iterable[Item], options: Options, batch_size: int = 32,
                  extractor: Extractor | None = None) -> Iterator[Article]:
    """Extract from texts or (text, metadata) pairs, in order, with `nlp.pipe`."""
    ex = extractor or get_extractor(options.patterns_dir)

    def prepared() -> Iterator[tuple[str, Cleaned, Mapping[str, Any]]]:
        for item in items:
            raw, metadata = (item, {}) if isinstance(item, str) else item
            yield raw, _prepare(ex, raw, options), metadata

    stream = prepared()
    texts = ((cleaned.text, (raw, cleaned, metadata)) for raw, cleaned, metadata in stream)
    for doc, (raw, cleaned, metadata) in ex.nlp.pipe(texts, as_tuples=True,
                                                     batch_size=batch_size):
        yield _build(ex, raw, cleaned, doc, source=metadata.get("source"),
                     metadata=metadata, options=options)
