"""Loading and validating the pattern files of `patterns/`.

Each file is JSON Lines: one object per line with at least `id`, `label` and
`pattern` (a string, or a spaCy token pattern: a list of token dicts), plus the
fields its label requires. Lines starting with `#` are comments; blank lines
are skipped. A bad line raises `PatternError` naming the file and the line.
"""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .records import AgreementType, EngagementType, FacilityKind, PartnerKind

log = logging.getLogger(__name__)

UNBOUNDED_OPS = {"+", "*"}


class PatternError(ValueError):
    """A pattern file is malformed; the message names the file and the line."""


class Entry(BaseModel):
    """Fields every pattern line has."""

    model_config = ConfigDict(extra="forbid")

    id: str
    label: str
    pattern: str | list[dict[str, Any]]
    case: Literal["exact", "lower"] | None = None

    @field_validator("pattern")
    @classmethod
    def _bounded(cls, value: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
        """Reject empty patterns and unbounded token quantifiers (quadratic on runs)."""
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("empty pattern")
            return value
        if not value:
            raise ValueError("empty token pattern")
        for token in value:
            if token.get("OP") in UNBOUNDED_OPS:
                raise ValueError("unbounded operator %r: use {n,m}" % token["OP"])
        return value

    @property
    def text(self) -> str:
        """The pattern as a string (phrase patterns only)."""
        if not isinstance(self.pattern, str):
            raise TypeError(f"{self.id}: not a phrase pattern")
        return self.pattern

    @property
    def exact(self) -> bool:
        """Match on exact case: explicit, or an all-capital short form such as `PN`."""
        if self.case is not None:
            return self.case == "exact"
        return isinstance(self.pattern, str) and self.pattern == self.pattern.upper() \
            and len(self.pattern) <= 6


class AnaphorEntry(Entry):
    """A word after an agreement word that points back (`MoU ini`)."""

    proximal: bool = False
    """`ini` (this): the event's own document, never an earlier cooperation."""


class NotNameEntry(Entry):
    """A word that never starts a person's name."""

    ends_org: bool = False
    """It may still end an organisation's name (`Universitas Islam Indonesia`)."""
    name_before: list[str] = []
    """Words before which it opens a name (`Anak Agung Gede …`, a Balinese noble title)."""
    ends_name: bool = False
    """It may end a person's name right before a comma or a full stop (`Syahrul Ramadhan,`)."""


class FacilityKindEntry(Entry):
    kind: FacilityKind
    canonical: str


class PositionEntry(Entry):
    expansion: str
    scope: Literal["org", "org_tail", "facility", "region", "unit"]
    facility_kind: FacilityKind | None = None
    leads: str | None = None
    """For a regional head: the government it leads (`Pemerintah Kabupaten`)."""
    of_kind: PartnerKind | None = None
    """A position of one kind of organisation (`Anggota Komisi` of a DPRD): written without
    its organisation, it belongs to the article's only partner of that kind."""
    section_of: PartnerKind | None = None
    """A section head (`Kepala Bidang`) whose section, named without its organisation and
    none a prison has (PRISON_SECTION), belongs to the article's only partner of that kind."""
    level: bool = False
    """Its region is written with its level (`Sekretaris Daerah Kabupaten Klaten`), which a
    region written bare gets from the gazetteer or the article."""
    village: bool = False
    """A village-level post (`Babinsa`, `Bhabinkamtibmas`): its place may be a village written with
    its VILLAGE_WORD (`Babinsa Kelurahan Madurejo`), which no gazetteer holds."""
    lower_field: bool = False
    """A position whose field articles often write in lower case (`dokter spesialis paru
    RSUD …`): up to LOWER_FIELD_WORDS such words before its organisation are its field."""
    team: bool = False
    """The head of a team (`Ketua Tim Pengabdian`, the team the words after its first): written
    without its organisation, it heads the team as the article first names it with its unit
    (`Tim Pengabdian kepada Masyarakat Fakultas Hukum Universitas Borneo Tarakan`)."""


class ActingEntry(Entry):
    canonical: Literal["Plt.", "Plh.", "Pj."]


class OrgEntry(Entry):
    kind: PartnerKind | Literal["parent"]
    full: str
    tail: Literal["place", "region", "name", "none"]
    acronym: str | None = None
    part_of: PartnerKind | None = None
    """A unit of an organisation of this kind (`Fakultas` of a university): it joins it."""
    inside: str | None = None
    """The unit it sits in, by its head (`Fakultas` for `Program Studi`): a position of it
    names that unit when the article names one of its owner's (`Ketua Program Studi Ilmu
    Hukum` → `… Ilmu Hukum Fakultas Hukum Universitas Kuningan`)."""
    joiner: str | None = None
    """A word the name may put before its region (`Balai POM di Ambon`)."""
    level: bool = False
    """Its region is written with its level (`Dinas Pertanian Kabupaten Tuban`), which a
    region written bare gets from the gazetteer or the article."""
    generic: bool = False
    """A unit word that names no organisation by itself (`UPT`): "ketiga UPT berencana …"
    are the prisons, neither a partner nor a third party to their agreements."""
    party: str | None = None
    """The head of the party it stands for (`Pemerintah Kabupaten` for `Sekretariat Daerah
    Kabupaten`: a regional secretariat takes part as its government)."""
    unit_of: PartnerKind | None = None
    """A unit of a body of this kind whose name follows it and that is an organisation of
    its own (`Klasis` + `Gereja Protestan Maluku` + `Seram Barat`): named with the body
    written out and its own place or congregation."""
    branch: bool = False
    """A unit (`unit_of`) that is its body's branch in one place (`Dewan Pimpinan Cabang` +
    `Perhimpunan Advokat Indonesia` + `Bantaeng`): the body named alone in the same article
    (`Peradi`, `Peradi Bantaeng`) is that branch, not another partner."""
    about_prisons: bool = False
    """A group named after the prisons' work (`Kelompok Masyarakat Peduli Pemasyarakatan`):
    its words still name nothing but the prisons' own hierarchy elsewhere (`UPT
    Pemasyarakatan` is the prisons, no partner)."""


class SuffixEntry(Entry):
    full: str
    place: bool = True
    """Whether a place or name follows (`Cabang Kalabahi`) or not (`(Persero)`)."""
    unit: bool = False
    """An organisation of its own under the name before it (`Gereja Protestan Maluku Klasis
    Pulau Ambon`): the name with it and the name without it are two partners, where a branch
    (`Cabang`) is the organisation itself."""


class IssuerKindEntry(Entry):
    kind: PartnerKind
    head_opens: bool = True
    """Whether a lead opened by the organisation's head (`Komandan Kodim … melakukan
    kunjungan ke Lapas …`) makes it the issuer, as the organisation's own name does."""
    release_only: bool = False
    """Whether it issues only its own press releases, dated where they were issued
    (`Pangkep, 13 Mei 2026 – PT Semen Tonasa …`): on a news portal a company opening the
    lead is a donor or a visitor the prison reports."""
    hierarchy: bool = False
    """Whether the issuer's other offices of its kind are its own hierarchy, not partners
    (a Polsek's Polres, a Kodim's Koramil, a Kejari's Kejati), as a Kanwil is a prison's."""


class ViewCountEntry(Entry):
    where: Literal["before", "after"]
    """Where the count stands: `after` the word (`Dilihat 214 kali`), `before` it
    (`1.024 views`)."""


class FullEntry(Entry):
    full: str


class TitleEntry(Entry):
    where: Literal["before", "after"]
    kind: Literal["honorific", "rank", "degree", "corps"]
    """`corps`: a mark that follows a rank and belongs to it (`Inf`, `Laut (P)`, `Pnb`)."""


class EngagementEntry(Entry):
    type: EngagementType
    occasion: bool = False
    """A commemoration the event marks (`Memperingati HANI, Lapas … menggelar sosialisasi`):
    an activity of its own only in an article that reports no other."""
    symbolic: bool = False
    """An act that may only mark another one's ceremony (`Peluncuran ditandai dengan
    penanaman bibit`, `Kegiatan ditutup dengan penanaman simbolis`): none of its own in a
    sentence with a CEREMONY_MARK word."""


class EngagementObjectEntry(Entry):
    only: list[EngagementType] | None = None
    """The engagement types it makes a thing of (default: all): `layanan kunjungan` (the
    visiting service) is no visit, `membuka layanan donor darah` is a blood drive."""


class AgreementEntry(Entry):
    type: AgreementType
    weak: bool = False
    """Rhetoric on its own (`sinergi`, `kemitraan`): no agreement."""
    when_ongoing: bool = False
    """A weak word that does name a cooperation when a running cue sits right by it
    (`sudah lama bermitra`, `kemitraan yang berjalan sejak 2023`)."""
    named_object: bool = False
    """Counts only before an organisation's name (`menggandeng Dinas …`, not
    `menggandeng instansi terkait`)."""
    verb: bool = False
    """A verb of cooperating (`bekerja sama`): signed, it is the article's signed document
    when there is one (`resmi bekerja sama …, ditandai penandatanganan MoU`)."""


class StatusEntry(Entry):
    status: Literal["signed", "planned", "proposed", "ongoing", "negated", "hypothetical"]
    role: Literal["follow_up", "consent", "signing_noun", "running", "invitation",
                  "time_word", "postponed", "sequence", "since"] | None = None
    """`follow_up`: the document right after it exists already (`tindak lanjut dari MoU`);
    `consent`: agreeing in principle, which a planned signing after it overrides
    (`menyepakati bahwa MoU direncanakan ditandatangani`); `signing_noun`: a signing named
    as a thing, whose time a future word after the document gives (`penandatanganan MoU
    akan dilakukan`); `running`: a cue that, with a joint word before a partner, reports a
    cooperation by itself (`selama ini terjalin bersama Kemenag`); `invitation`: an offer
    that a planned word before it makes a plan; `time_word`: a word of time alone (`nanti`),
    which makes a signing one to come but says nothing of a document being drafted;
    `postponed`: a signing put off (`Penandatanganan MoU … ditunda`), so still to come
    whatever signing word goes with it; `sequence`: a word of what comes next (`selanjutnya`),
    a step to come for an agreement, but in a story of the day no modal word for the
    activity it introduces (`Selanjutnya kedua pihak berkoordinasi …`); `since`: the start of
    a span of time (`sejak`): before a SINCE_TIME word or a year, in a sentence with a
    RECURRENCE_WORD and no document, a practice kept up since then (`Sejak 2019, tim
    Puskesmas Salakan datang setiap bulan`), a cooperation running."""


class ValueEntry(Entry):
    value: int


class ExpansionEntry(Entry):
    expansion: str


class ReplacementEntry(Entry):
    replacement: str


class RegionEntry(Entry):
    type: Literal["provinsi", "kabupaten", "kota", "kecamatan"]
    code: str


ENTRY_TYPES: dict[str, type[Entry]] = {
    "FACILITY_KIND": FacilityKindEntry,
    "CLASS_WORD": Entry,
    "POSITION": PositionEntry,
    "ACTING": ActingEntry,
    "ORG": OrgEntry,
    "ISSUER_KIND": IssuerKindEntry,
    "ISSUER_GROUP": Entry,
    "ORG_SUFFIX": SuffixEntry,
    "ANAPHOR": AnaphorEntry,
    "AGREEMENT_FORM": Entry,
    "PURPOSE_WORD": Entry,
    "JOINT_WORD": Entry,
    "DRAFT_WORD": Entry,
    "BESIDES_WORD": Entry,
    "VALIDITY_WORD": Entry,
    "MEANS_WORD": Entry,
    "RENEWAL_WORD": Entry,
    "OTHER_WORD": Entry,
    "CLAUSE_OPENER": Entry,
    "ONCE_WORD": Entry,
    "FRAMING_WORD": Entry,
    "ENGAGEMENT_OBJECT": EngagementObjectEntry,
    "VERB_MODAL": Entry,
    "BACKGROUND": Entry,
    "PROGRAMME_WORD": Entry,
    "PRISON_ISLAND": Entry,
    "SOURCE_WORD": Entry,
    "OWNER_WORD": Entry,
    "COMMEMORATION_WORD": Entry,
    "UNTIL_WORD": Entry,
    "AID_MODAL": Entry,
    "AID_VERB": Entry,
    "OWN_OFFICE": Entry,
    "BENEFICIARY": Entry,
    "BOX_TAIL": Entry,
    "VILLAGE_WORD": Entry,
    "PAGE_NAV": Entry,
    "NEXT_STORY": Entry,
    "INDEFINITE": Entry,
    "SEAT_WORD": Entry,
    "HANDOVER_EXCLUDED": Entry,
    "NOT_ACTIVITY": Entry,
    "OWN_UNIT_NAME": Entry,
    "NAME_PARTICLE": Entry,
    "ENGAGEMENT_PURPOSE": Entry,
    "CEREMONY_MARK": Entry,
    "HEADLINE_VERB": Entry,
    "PHOTO_CREDIT": Entry,
    "BOX_HEADING": Entry,
    "RECURRENCE_WORD": Entry,
    "SINCE_TIME": Entry,
    "SINCE_PREFIX": Entry,
    "REQUEST_WORD": Entry,
    "PAST_WORD": Entry,
    "TOPIC_WORD": Entry,
    "TOPIC_FRAME": Entry,
    "GOVERNMENT_SOURCE": Entry,
    "WRITER_CREDIT": Entry,
    "LATER_CLAUSE": Entry,
    "LATER_MODAL": Entry,
    "STATE_COMPANY": Entry,
    "OFFICE_KIND": Entry,
    "WHOLE_NAME": Entry,
    "PRISON_SECTION": Entry,
    "FUNCTIONAL_GRADE": Entry,
    "SECTION_WORD": Entry,
    "REFUSAL": Entry,
    "SOURCE_CREDIT": Entry,
    "PARTICIPATION": Entry,
    "NAME_ABBREVIATION": Entry,
    "NAME_WORD": Entry,
    "REGION_PREFIX": FullEntry,
    "REGION_SHORT": FullEntry,
    "TOWN_ALIAS": FullEntry,
    "RELATIVE_SPAN": Entry,
    "REGION_STATUS": Entry,
    "PRESS_OFFICE": Entry,
    "PRISON_SITE": Entry,
    "PLACE_WORD": FullEntry,
    "TITLE": TitleEntry,
    "SPEECH": Entry,
    "ENGAGEMENT": EngagementEntry,
    "EVENT_VERB": Entry,
    "AGREEMENT": AgreementEntry,
    "STATUS": StatusEntry,
    "MONTH": ValueEntry,
    "WEEKDAY": ValueEntry,
    "RELATIVE": ValueEntry,
    "RANGE": Entry,
    "TIMEZONE": Entry,
    "EFFECT_WORD": Entry,
    "NUMBER_WORD": Entry,
    "READ_ALSO": Entry,
    "CREDIT": Entry,
    "SHARE": Entry,
    "POSTED_BY": Entry,
    "KICKER": Entry,
    "CONTINUED": Entry,
    "FOOTER": Entry,
    "VIEW_COUNT": ViewCountEntry,
    "MOJIBAKE": ReplacementEntry,
    "NOT_NAME": NotNameEntry,
    "ABBREVIATION": ExpansionEntry,
    "REGION": RegionEntry,
}

# Labels whose patterns the rule component (`nlp.RuleMatcher`) matches; the others are read by code
# (dates and cleaning build character-level expressions, the rest are lookups).
def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words (pattern words), longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


RULER_LABELS = frozenset({
    "FACILITY_KIND", "CLASS_WORD", "POSITION", "ACTING", "ORG", "TITLE", "SPEECH",
    "ENGAGEMENT", "EVENT_VERB", "AGREEMENT", "STATUS",
})


def parse_lines(lines: Iterable[str], source: str) -> Iterator[Entry]:
    """Validate pattern lines; raise PatternError naming `source` and the line number."""
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{source}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(raw, dict):
            raise PatternError(f"{source}:{number}: expected a JSON object")
        label = raw.get("label")
        entry_type = ENTRY_TYPES.get(label) if isinstance(label, str) else None
        if entry_type is None:
            known = ", ".join(sorted(ENTRY_TYPES))
            raise PatternError(f"{source}:{number}: unknown label {label!r} (known: {known})")
        try:
            yield entry_type.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'line'}: {err['msg']}"
                for err in exc.errors()
            )
            raise PatternError(f"{source}:{number}: {problems}") from None


@dataclass(eq=False)  # hashed by identity: caches key on the loaded set
class PatternSet:
    """All patterns, grouped by label; built once per patterns directory."""

    directory: str
    by_label: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))

    def get(self, label: str) -> list[Any]:
        """Entries of one label, in file order."""
        return self.by_label.get(label, [])

    def words(self, label: str) -> list[str]:
        """The phrase patterns of one label."""
        return [e.text for e in self.get(label)]


def default_directory() -> Path:
    """The patterns shipped with the package (the repository's `patterns/`)."""
    return Path(str(resources.files("extractor.patterns")))


@lru_cache(maxsize=8)
def load_patterns(directory: str | None = None) -> PatternSet:
    """Load and validate every `*.jsonl` file of a patterns directory."""
    root = Path(directory) if directory else default_directory()
    if not root.is_dir():
        raise PatternError(f"{root}: patterns directory not found")
    files = sorted(root.glob("*.jsonl"))
    if not files:
        raise PatternError(f"{root}: no *.jsonl pattern files")
    patterns = PatternSet(directory=str(root))
    seen: dict[tuple[str, str], str] = {}
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for entry in parse_lines(handle, str(path)):
                key = (entry.label, entry.text if isinstance(entry.pattern, str) else
                       json.dumps(entry.pattern, sort_keys=True))
                if key in seen and entry.label not in {"REGION", "NOT_NAME"}:
                    log.debug("%s: pattern %r repeats %s", path.name, key[1], seen[key])
                seen.setdefault(key, entry.id)
                patterns.by_label[entry.label].append(entry)
    log.debug("loaded %d pattern labels from %s", len(patterns.by_label), root)
    return patterns
