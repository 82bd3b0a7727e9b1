"""The records rilis produces: defined once, here, as strict pydantic models.

Every extracted item carries its evidence: the character spans of the cleaned
text it came from and the ids of the patterns that produced it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

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

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Evidence(Record):
    """Spans and pattern ids: where an extracted value came from."""

    spans: list[Span] = Field(default_factory=list)
    pattern_ids: list[str] = Field(default_factory=list)


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
    acting: Acting | None = None
    organization: str | None = None


class Partner(Evidence):
    """A counterpart organisation party to the reported activity."""

    name: str = Field(description="Full name with region")
    acronym: str | None = Field(default=None, description="Short form used by the article")
    kind: PartnerKind
    region: str | None = None


class DateItem(Evidence):
    """A calendar date stated by the article."""

    value: str = Field(description="ISO date")
    text: str = Field(description="The date as written; both ends of a range share it")
    role: DateRole
    year_inferred: bool = False


class Engagement(Evidence):
    """A kind of activity reported."""

    type: EngagementType


class Agreement(Evidence):
    """An agreement document or cooperation, with its status."""

    type: AgreementType
    status: AgreementStatus
    parties: list[str] = Field(default_factory=list)
    scope: str | None = None


class Dateline(Record):
    """The dateline at the head of an article."""

    place: str | None = None
    outlet: str | None = None
    province: str | None = None
    text: str


class Removed(Record):
    """A piece of the original text that cleaning removed, and why."""

    start: int
    end: int
    text: str
    reason: str


class Article(Record):
    """The record of one input document."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Stable hash of source and raw content")
    text_hash: str = Field(description="Hash of the cleaned text")
    source: str | None = None
    title: str | None = None
    published: str | None = None
    dateline: Dateline | None = None
    facilities: list[Facility] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    partners: list[Partner] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    engagements: list[Engagement] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    cluster: str | None = None
    text: str | None = Field(default=None, description="The cleaned text, on request")

    def to_json(self) -> str:
        """Serialise with the public field names (`class`, not `class_`)."""
        return self.model_dump_json(by_alias=True)
