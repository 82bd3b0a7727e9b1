"""The records rilis produces: defined once, here, as strict pydantic models.

Every extracted item carries its evidence: the character spans of the cleaned
text it came from and the ids of the patterns that produced it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# 1.1: `url` and `outlet` from the metadata (the sources of a merged event need them).
SCHEMA_VERSION = "1.1"

SourceFieldValue = str | int | float | bool | None

FacilityKind = Literal["lapas", "rutan", "lpka", "bapas", "lpp", "cabrutan", "rupbasan", "other"]
PartnerKind = Literal[
    "pemda", "dprd", "dinas", "blk", "kementerian", "lembaga", "bnn", "polri", "tni",
    "kejaksaan", "pengadilan", "universitas", "sekolah", "rumah_sakit", "puskesmas", "bank",
    "bumn", "perusahaan", "ormas", "pesantren", "yayasan", "lainnya",
]
DateRole = Literal["event", "statement", "publication", "other"]
EngagementType = Literal[
    "audiensi", "kunjungan", "koordinasi", "penandatanganan", "pelatihan", "peluncuran",
    "penyerahan", "sosialisasi", "pemeriksaan", "other",
]
AgreementType = Literal["mou", "pks", "kerja_sama"]
AgreementStatus = Literal["signed", "planned", "proposed", "ongoing"]
Acting = Literal["Plt.", "Plh.", "Pj."]


class Record(BaseModel):
    """Base of every record: strict, no unknown fields."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(Record):
    """A half-open character range of the cleaned text, with the text it covers."""

    start: int = Field(ge=0, description="First character (inclusive)")
    end: int = Field(ge=0, description="Last character (exclusive)")
    text: str = Field(description="`cleaned_text[start:end]`, always")


class Evidence(Record):
    """Spans and pattern ids: where an extracted value came from."""

    spans: list[Span] = Field(default_factory=list,
                              description="Where the value was read (cleaned-text offsets)")
    pattern_ids: list[str] = Field(default_factory=list,
                                   description="Ids of the patterns that produced it")


class Facility(Evidence):
    """A correctional facility (or a non-prison issuing unit, kind `other`)."""

    name: str = Field(description="Canonical name: `<Kind> Kelas <Class> <Place>`")
    kind: FacilityKind
    class_: str | None = Field(default=None, alias="class", description="Class in roman numerals")
    place: str | None = Field(description="Place as written for the facility")
    mentions: list[str] = Field(default_factory=list, description="Surface forms seen")


class Official(Evidence):
    """A named person holding an official position."""

    name: str = Field(description="Name without honorifics, ranks or degrees")
    titles: list[str] = Field(default_factory=list, description="What was stripped from the name")
    position: str | None = Field(description="Position written out, with its organisation")
    acting: Acting | None = Field(default=None, description="`Plt.`, `Plh.`, `Pj.` or null")
    organization: str | None = Field(default=None, description="The organisation of the position")


class Partner(Evidence):
    """A counterpart organisation party to the reported activity."""

    name: str = Field(description="Full name with region")
    acronym: str | None = Field(default=None, description="Short form used by the article")
    kind: PartnerKind = Field(description="Kind of organisation (corpus/README.md lists them)")
    region: str | None = Field(default=None, description="Region in the name, if any")


class DateItem(Evidence):
    """A calendar date stated by the article."""

    value: str = Field(description="ISO date")
    text: str = Field(description="The date as written; both ends of a range share it")
    role: DateRole = Field(description="`event`, `statement`, `publication` or `other`")
    year_inferred: bool = Field(default=False, description="The year was not written")


class Engagement(Evidence):
    """A kind of activity reported."""

    type: EngagementType = Field(description="Kind of activity (ANNOTATION.md vocabulary)")


class Agreement(Evidence):
    """An agreement document or cooperation, with its status."""

    type: AgreementType = Field(description="`mou`, `pks` or `kerja_sama`")
    status: AgreementStatus = Field(description="`signed`, `planned`, `proposed` or `ongoing`")
    parties: list[str] = Field(default_factory=list,
                               description="Facilities and partners of the article")
    scope: str | None = Field(default=None, description="What it covers, when stated (not yet read)")


class Dateline(Record):
    """The dateline at the head of an article."""

    place: str | None = Field(default=None, description="Place as written")
    outlet: str | None = Field(default=None, description="News outlet")
    province: str | None = Field(default=None, description="Province, when given")
    text: str = Field(description="The dateline as written")


class Removed(Record):
    """A piece of the original text that cleaning removed, and why."""

    start: int = Field(description="Offset in the repaired input text")
    end: int = Field(description="End offset (exclusive)")
    text: str = Field(description="What was removed")
    reason: str = Field(description="Why (dateline, byline, read-also, pasted-headline …)")


class Article(Record):
    """The record of one input document."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema")
    id: str = Field(description="Stable hash of source and raw content")
    text_hash: str = Field(description="Hash of the cleaned text")
    source: str | None = Field(default=None, description="Path or URL")
    url: str | None = Field(default=None, description="URL of the article, if known")
    outlet: str | None = Field(default=None, description="News outlet or site, if known")
    title: str | None = Field(default=None, description="Headline (metadata or first line)")
    published: str | None = Field(default=None, description="Publication date (ISO), if known")
    dateline: Dateline | None = Field(default=None, description="Dateline split off the text")
    facilities: list[Facility] = Field(default_factory=list, description="Issuing units")
    officials: list[Official] = Field(default_factory=list, description="Named officials")
    partners: list[Partner] = Field(default_factory=list, description="Counterpart organisations")
    dates: list[DateItem] = Field(default_factory=list, description="Dates with roles")
    engagements: list[Engagement] = Field(default_factory=list, description="Activity kinds")
    agreements: list[Agreement] = Field(default_factory=list, description="Agreements")
    warnings: list[str] = Field(default_factory=list, description="What went wrong or was guessed")
    removed: list[Removed] = Field(default_factory=list,
                                   description="What cleaning removed, and why")
    cluster: str | None = Field(
        default=None, description="Event id: set by `--dedup`, `rilis dedup` and the store; "
                                  "null otherwise")
    source_fields: dict[str, SourceFieldValue] = Field(
        default_factory=dict, description="Fields of a dataset line besides its text")
    text: str | None = Field(default=None, description="The cleaned text, on request")

    def to_json(self) -> str:
        """Serialise with the public field names (`class`, not `class_`)."""
        return self.model_dump_json(by_alias=True)
