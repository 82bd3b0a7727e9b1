"""Officials: positions joined to names, titles split off, short references linked."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from ..mentions import (
    Lexicon,
    NameMatch,
    ending_place,
    full_name,
    full_name_after_comma,
    parse_name,
    parse_name_before,
    parse_place,
    span_at,
    spans,
)
from ..vocabulary import PatternSet, PositionEntry, alternation
from .facilities import FacilityAcc, FacilityResolver, lower_case_place, place_key
from .partners import (
    OrgMention,
    PartnerAcc,
    PartnerResolver,
    abbreviates,
    defined_short_forms,
    without_legal_form,
)

# Between a position phrase and the name it introduces: a comma, or nothing.
# (`Kepala LPP Palembang saat itu, Dra. Rusmini …`: the holder at the time recalled)
_APPOSITION = re.compile(r"[ \t]*(?:(?:saat|kala|ketika|waktu) itu[ \t]*)?,?[ \t]*")
# Between a name and a position that follows it.
_NAME_THEN_POSITION = re.compile(
    r"(?:,[ \t]*(?:yang (?:juga |sekaligus )?(?:menjabat|merupakan)(?: sebagai)?[ \t]+)?"
    r"|[ \t]+(?:selaku|sebagai|yang juga|yang merupakan|yang menjabat)[ \t]+)$")
# Words naming a section between a position and its organisation: `Kepala Bidang
# <Pencegahan dan Pemberdayaan Masyarakat> BNNP Sumut`, `Ketua Komisi <I> DPRD`.
# `Bimbingan Narapidana/Anak Didik`: a slash joins two section words
_DESCRIPTOR_WORD = re.compile(r"[ \t]+(?:[A-Z][\w'’-]{0,30}(?:/[A-Z][\w'’-]{0,30})?"
                              r"|[IVX]{1,4}(?![\w])|dan|&)")
_DESCRIPTOR_MAX_WORDS = 10
_NUMBERED = re.compile(r"[IVX]{1,4}")
LOWER_FIELD_WORDS = 4
# a position's field in lower case, up to the organisation (`dokter spesialis obstetri dan
# ginekologi RSUD …`)
_LOWER_FIELD = re.compile(rf"(?P<words>(?:[ \t]+[a-z]+){{1,{LOWER_FIELD_WORDS}}})[ \t]+")
_FOLLOWING_WORD = re.compile(r"[ \t]+([A-Z][\w-]+)")
_PARENTHESISED = re.compile(r"\([^()]{1,40}\)")
# up to four capitalised words (an organisation's tail), then a comma
_ORG_WORDS_THEN_COMMA = re.compile(r"(?:[ \t]+[A-Z][\w&/-]*){1,4}[ \t]*,")
_FROM = re.compile(r"(?:dari|pada)[ \t]+")  # `Penyuluh … dari/pada Dinas …`
_GAP = re.compile(r"[ \t]+")
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# How far before a bare position (`…, dan Panitera, Sri Handayani`) the organisation it
# belongs to may be named: about a sentence.
NEARBY_ORG_CHARS = 160
# A numbered unit after a commander's position: `Dandim 0714/Salatiga`, `Danramil 1710-01/Mimika`
# (one word after the slash: a name may follow with no comma, `Dandim 0911/Nunukan Arief …`).
_UNIT_NUMBER = re.compile(r"[ \t]+(?P<unit>\d{2,4}(?:-\d{1,3})?/[A-Z][\w-]*)")
# Found by its words, then widened over the comma and spaces before them: a pattern that
# starts with `,?[ \t]*` would rescan a long run of spaces from each of its positions.
# The rest of a list of a unit's fields after its first comma, up to the next comma:
# `Adab dan Dakwah IAIN Kendari,`, `Kerja Sama dan Sistem Informasi UNSAM,` (`head`: the
# word after `dan`; a person's name is never joined to another by `dan` before its comma).
_ENUMERATION_REST = re.compile(r"[ \t]*(?:[A-Z][\w-]*[ \t]+){1,4}(?:dan|&)[ \t]+"
                               r"(?P<head>[A-Z][\w-]*)"
                               r"(?:[ \t]+(?:[A-Z][\w()-]*|dan|&|kepada)){0,10},")
_NICKNAME = re.compile(r"(?:sapaan(?:[ \t]+akrab(?:nya)?)?|yang akrab disapa|biasa disapa)"
                       r"[ \t]+", re.IGNORECASE)


@dataclass
class OfficialAcc:
    """An official being assembled from mentions."""

    name: str
    titles: list[str]
    position: str | None
    acting: str | None
    organization: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    pattern_ids: list[str] = field(default_factory=list)

    def words(self) -> list[str]:
        """Name words, lower-cased, for matching short references."""
        return [w.lower().strip(".") for w in self.name.split()]


@dataclass
class PositionMention:
    """A position phrase with its organisation resolved."""

    entry: PositionEntry
    acting: str | None
    start: int
    end: int
    position: str
    organization: str | None
    explicit: bool = True
    """Whether the organisation is written after the position (not assumed)."""


class OfficialResolver:
    """Finds named officials and links later references to them."""

    def __init__(self, patterns: PatternSet, lex: Lexicon, facilities: FacilityResolver,
                 partners: PartnerResolver) -> None:
        """Index positions and acting prefixes of a pattern set."""
        self.lex = lex
        self.facility_resolver = facilities
        self.partner_resolver = partners
        self.positions: dict[str, PositionEntry] = {}
        for entry in patterns.get("POSITION"):
            self.positions.setdefault(entry.text.lower(), entry)
        self.position_heads = frozenset(text.split()[0] for text in self.positions)
        # the teams a position heads (`Tim Pengabdian kepada Masyarakat`), as articles name them
        teams = {" ".join(e.text.split()[1:]) for e in patterns.get("POSITION") if e.team}
        self.team_names = re.compile(rf"(?<![\w])(?P<team>{alternation(teams)})(?![\w])",
                                     re.IGNORECASE) if teams else re.compile(r"(?!)")
        self.acting = {e.text.lower(): e.canonical for e in patterns.get("ACTING")}
        # `Kelurahan Madurejo`, `Nagari Sungai Kambut`: a village with its word, up to three
        # capitalised words
        villages = patterns.words("VILLAGE_WORD")
        self.village = re.compile(
            rf"[ \t]+(?:{alternation(villages)})(?:[ \t]+[A-Z][\w'-]*){{1,3}}"
            if villages else r"(?!)")
        self.kinds = {e.text.lower(): e for e in patterns.get("FACILITY_KIND")}
        # the canonical word of each kind: the one of the pattern id `fac.<kind>`
        self.kind_words = {e.kind: e.canonical for e in patterns.get("FACILITY_KIND")
                           if e.id == f"fac.{e.kind}"}
        self.orgs = partners.heads
        # every word of the kinds' phrases (`Narkotika`, `Pemuda`): no holder's name opens so
        self.kind_word_set = frozenset(w for text in self.kinds for w in text.split())
        self.prison_sections = frozenset(w.lower() for w in patterns.words("PRISON_SECTION"))
        self.grades = frozenset(w.lower() for w in patterns.words("FUNCTIONAL_GRADE"))
        # a grade right after a position's bracketed short form: `Pembimbing Kemasyarakatan
        # (PK) Ahli Madya Bapas Palu`
        self.grade_after = re.compile(
            rf"[ \t]+(?P<grade>{alternation(patterns.words('FUNCTIONAL_GRADE'))})(?![\w])"
            if self.grades else r"(?!)")
        self.section_words = frozenset(w.lower() for w in patterns.words("SECTION_WORD"))
        # regencies, cities and provinces, also by their short forms (`HIMPSI Wilayah DIY`)
        self.places = self.lex.major_regions | frozenset(w.lower() for w in partners.region_short)
        seats = "|".join(re.escape(w) for w in sorted(patterns.words("SEAT_WORD"), key=len,
                                                      reverse=True))
        self.seat_before = re.compile(rf"(?<![\w])(?:{seats})[ \t]+$", re.IGNORECASE)
        # the words that open a branch's name before its place (`Cabang`, `KCP`, `Pabrik`)
        self.branch_words = frozenset(e.text.split()[0] for e in patterns.get("ORG_SUFFIX")
                                      if e.place)

    # -- positions ---------------------------------------------------------
    def section_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        """The inside of the positions whose organisation follows them: an organisation's
        head there is a section's word (`Kepala Seksi Pendidikan Diniyah dan Pondok
        Pesantren Kantor Kemenag …`), not an organisation."""
        return [(span.start_char + 1, span.end_char) for span in spans(doc, "POSITION")
                if (entry := self.positions.get(span.text.lower())) is not None
                and entry.scope in ("org", "unit")]

    def _acting_before(self, doc: Doc, span: Span) -> tuple[str | None, int]:
        """An acting prefix (Plt., Plh., Pj.) right before a position span."""
        found = spans(doc, "ACTING")
        for acting in found:
            gap = doc.text[acting.end_char:span.start_char]
            # "Plt. Kepala", "Penjabat (Pj.) Bupati"
            if acting.end_char <= span.start_char and gap.strip() in ("", ")") and len(gap) <= 3:
                start = acting.start_char
                # (from the written-out word before the bracket: `Markus Tefbana, S.Pd.,
                # Penjabat (Pj.) Kepala Desa` ends its name before `Penjabat`)
                before = next((a for a in found if doc.text[a.end_char:start].strip() == "("
                               and a.end_char < start), None)
                return self.acting.get(acting.text.lower()), \
                    before.start_char if before is not None else start
        return None, span.start_char

    def _organization(self, doc: Doc, entry: PositionEntry, end: int, span: Span,
                      facilities: list[FacilityAcc], partners: list[PartnerAcc],
                      known: list[str]) -> tuple[str | None, int, bool]:
        """The organisation named from `end` on: (name, end, found in the text)."""
        text = doc.text
        follow = re.match(r"[ \t]+", text[end:end + 3])
        next_at = end + (follow.end() if follow else 0)
        via = _FROM.match(text, next_at) if follow and entry.scope in ("org", "unit") else None
        if via and self._organisation_starts(doc) & {via.end()}:
            next_at = via.end()  # `Penyuluh Agama Islam dari Kantor Kementerian Agama …`
        facility_span = span_at(doc, "FACILITY_KIND", next_at) if follow else None
        org_span = span_at(doc, "ORG", next_at) if follow else None
        if org_span is not None and self.partner_resolver.lone_unit(doc, org_span):
            org_span = None  # `Ketua Klasis GKI Nabire`: read as words, not as a head
        if org_span is not None and text[org_span.end_char:org_span.end_char + 1] == "-":
            # `Kepala Disnaker-PMPTSP Kota Malang`: a merged office's short form, the
            # article's own for a partner, not the head it starts with
            defined = _defined_acronym_at(text, next_at, partners, self.places)
            if defined is not None and defined[1] > org_span.end_char:
                return defined[0], defined[1], True
        if entry.scope == "org_tail":
            # "Kepala Dinas Sosial": the organisation starts inside the position words
            org_span = next((s for s in spans(doc, "ORG")
                             if span.start_char < s.start_char < span.end_char), org_span)
        if facility_span is not None:
            kind = self.kinds[facility_span.text.lower()]
            m = self.facility_resolver.mention_at(text, kind, facility_span.start_char,
                                                  facility_span.end_char, known)
            if facility_span.text[:1].islower() and \
                    self.facility_resolver.holder_not_place(text, m, known):
                # `kasi giatja lapas Sabri Rasyid S.E`: the article's prison, then the holder
                return self._facility_name(m.kind_word, None, facilities), \
                    facility_span.end_char, True
            return self._facility_name(m.kind_word, m.place, facilities), m.end, True
        region = self.partner_resolver.region_at(text, end, known) \
            if entry.scope == "region" else None
        if region is not None and len(region[1]) <= 2 and \
                full_name(parse_name(text, next_at, self.lex)):
            region = None  # `Kadiv Pemasyarakatan Ni Luh Gede Ariasih`: the holder, no place
        if entry.scope == "region" and region is None and entry.village:
            village = self.village.match(text, end)  # `Babinsa Kelurahan Madurejo, Serka …`
            if village is not None:
                return village.group(0).strip(), village.end(), True
        if entry.scope == "region" and region is None:
            number = _UNIT_NUMBER.match(text, end)  # `Dandim 0714/Salatiga`
            if number:
                unit, unit_end = number.group("unit"), number.end()
                # `Dandim 0311/Pesisir Selatan`, `Danramil 02/Pulau Punjung`: a place of two
                # words after the slash (a district for a Koramil)
                more = _FOLLOWING_WORD.match(text, unit_end)
                two_words = f"{unit.split('/', 1)[1]} {more.group(1)}".lower() if more else ""
                if more and (two_words in self.lex.regions or  # or the article's own place:
                             two_words in {k.lower() for k in known}  # `1013/Muara Teweh`
                             # or a name the comma before the holder ends (`Danrem 161/Wira
                             # Sakti, Brigjen TNI …`)
                             or text.startswith(",", more.end())):
                    unit, unit_end = f"{unit} {more.group(1)}", more.end()
                return self.partner_resolver.numbered_unit(unit, partners), unit_end, True
        if org_span is not None and (entry.scope in ("org", "org_tail", "unit") or (
                entry.scope == "region" and region is None)):  # `Kadivpas Kanwil … Riau`
            org_entry = self.orgs.get(org_span.text.lower())
            if org_entry is not None:
                # the facility's own hierarchy (Kanwil) is no partner, but its officials are named
                chain = self.partner_resolver.chain_at(doc, org_entry, org_span.start_char,
                                                       org_span.end_char, known)
                # `Branch Manager BRI Tulungagung Galih Permadi Santoso`: the partners cut the
                # name glued to the organisation; the position ends where they cut
                glued = next((m for m in _mentions_starting(doc, partners, chain.start)
                              if m.glued_name_at is not None and m.end < chain.end), None)
                if glued is not None:
                    chain = glued
                whole = _short_form_of_unit_and_owner(text, chain.start, chain.end) \
                    if chain.entry.part_of else None
                if whole is not None:
                    # `Kepala LPPM UMY`: the article's short form of the unit with its owner
                    return whole
                if chain.entry.part_of and text[chain.end:chain.end + 1] == " ":
                    # `Ketua LPPM Unimal`: a unit, then the short form the article gave its owner
                    owner = _defined_acronym_at(text, chain.end + 1, partners, self.places)
                    if owner is not None:
                        return f"{chain.name or chain.entry.full} {owner[0]}", owner[1], True
                if chain.entry.part_of:
                    # `Dekan Fakultas Kehutanan`, the university named elsewhere: the
                    # faculty of the article's only university (as the partners attach it)
                    unit = chain.name or chain.entry.full
                    return _with_owner(unit, chain.entry.part_of, partners, chain.end,
                                       chain.entry.inside), \
                        chain.end, True
                if chain.entry.kind == "parent":
                    return chain.name or chain.entry.full, chain.end, True
                longer = _partner_written_on(text, chain.start, chain.end, partners)
                if longer is not None:
                    # `Kepala Dinas Pertanian dan Pangan, Ir. Sugeng` after `Dinas Pertanian
                    # dan Pangan Kabupaten Banyuwangi`: the partner's name, its region left out
                    return longer
                name = self._partner_name(chain.name, chain.entry.full, partners)
                written = text[chain.start:chain.end].split()
                if chain.entry.kind == "bank" and chain.name and name and \
                        written[-1] not in name.split() and \
                        written[-1].lower() in {k.lower() for k in known}:
                    # `Pemimpin Cabang Bank NTT Kalabahi`: the branch's town, which the bank's
                    # name leaves out, is part of the position
                    name = f"{chain.name} {written[-1]}"
                return name, chain.end, True
        if follow and org_span is None and entry.scope in ("org", "org_tail", "unit"):
            # `Rektor Untirta`: a short form the article itself introduced
            defined = _defined_acronym_at(text, next_at, partners, self.places)
            if defined is not None:
                return defined[0], defined[1], True
        if entry.scope == "facility":
            special = self._specialised_head(text, end, entry.facility_kind, known)
            if special is not None:
                kind_word, place_name, place_end = special
                return self._facility_name(kind_word, place_name, facilities), place_end, True
            written_class = self.facility_resolver.after.match(text, end)
            if written_class and (written_class.group("cls") or written_class.group("bare")):
                end = written_class.end()  # `Kalapas Kelas IIA Tanjungpinang`
            place = parse_place(text, end, self.lex, known) or \
                _own_place_in_lower_case(text, end, facilities)
            same_kind = [f for f in facilities if f.kind == entry.facility_kind]
            if place and len(same_kind) == 1 and place[0].lower() not in self.lex.regions and \
                    place[0].split()[0].lower() not in self.kind_word_set and \
                    place[0].lower() not in {k.lower() for k in known} and \
                    parse_name(text, end, self.lex) is not None:
                # `Di Rutan Pondok Bambu, Karutan Ratna Kumalasari mengatakan …`: no place
                # the article or the gazetteer knows, but a name: the holder's
                place = None
            if place:
                kind_word = same_kind[0].kind_word if same_kind else \
                    self.kind_words.get(entry.facility_kind or "", "")
                # `Kalapas Narkotika Bangli`: the specialisation the kind word already holds
                # (`Lapas Narkotika`) is no part of the place
                specialised = {w.lower() for w in kind_word.split()[1:]}
                place_words = place[0].split()
                if all(word.lower() in specialised for word in place_words):
                    # `Kalapas Narkotika Karang Intan`: the place read alone after the
                    # specialisation (whose first word may be a common one)
                    again = parse_place(text, place[2], self.lex, known)
                    if again is not None:
                        place, place_words = (place[0], place[1], again[2]), again[0].split()
                while len(place_words) > 1 and place_words[0].lower() in specialised:
                    place_words.pop(0)
                return self._facility_name(kind_word, " ".join(place_words), facilities), \
                    place[2], True
            if len(same_kind) >= 1:
                return same_kind[0].name, end, False
            return None, end, False
        if entry.scope == "region":
            if region:
                return region[0], region[2], True
            return None, end, False
        if entry.scope == "unit":
            # `Kepala Kesatuan Pengamanan Lapas (KPLP) Sibolga`: the place of one of the
            # article's facilities names that facility
            place = parse_place(text, end, self.lex, known)
            same_place = [f for f in facilities if place and f.place
                          and f.place.lower() == place[0].lower()]
            if place and len(same_place) == 1:
                return same_place[0].name, place[2], True
            return (facilities[0].name if facilities else None), end, False
        return None, end, False

    def _holder_after(self, doc: Doc, span: Span, entry: PositionEntry, words: list[str],
                      word_starts: list[int], facilities: list[FacilityAcc],
                      partners: list[PartnerAcc], end: int
                      ) -> tuple[str, str | None, int, bool]:
        """The section words read so far, when a title right after them opens the holder's
        name, with the organisation they name, or the one the position's kind or its
        sentence gives (a police unit's head is the one police office's, not the prison's;
        a unit alone, `Fakultas …` with no university named, is no owner)."""
        named = self._partner_in_words(doc.text, entry.expansion, words, word_starts, partners)
        if named is not None:
            return named[0], named[1], end, True
        if entry.scope == "unit" and facilities and self._prison_section(entry, words):
            # `Kasi Pelayanan Tahanan Hj. Nurlaela`: a section only prisons have
            return " ".join(words), facilities[0].name, end, True
        owners = [p for p in partners if entry.of_kind and p.kind == entry.of_kind
                  and any(not m.entry.part_of for m in p.mentions)]
        org = owners[0].name if len(owners) == 1 else \
            self._sentence_org(doc, span.start_char, partners)
        if org is None:
            # `Kepala Bidang Tanaman Pangan Gusti Rahmadi`
            org = _only_office_of_sections(entry, partners)
        if org is None and entry.of_kind:
            org = _led_owners(doc).get(entry.of_kind)
        if org is None and facilities:
            org = facilities[0].name
        return " ".join(words), org, end, org is not None

    def _specialised_head(self, text: str, end: int, kind: str | None, known: list[str]
                                ) -> tuple[str, str, int] | None:
        """`Kalapas Narkotika Kelas IIA Bandung`, `Kalapas Perempuan Kelas IIA Bandung`,
        `Kalapas Narkotika Karang Intan`: a specialisation of the head's kind, its class if
        written, then the place: (the specialised kind's word, `Lapas Narkotika` or `LPP`, the
        place, where it ends)."""
        word = _FOLLOWING_WORD.match(text, end)
        special = self.facility_resolver.specialisations.get((kind, word.group(1).lower())) \
            if word else None
        if word is None or special is None:
            return None
        written_class = self.facility_resolver.after.match(text, word.end())
        at = written_class.end() if written_class and (
            written_class.group("cls") or written_class.group("bare")) else word.end()
        place = parse_place(text, at, self.lex, known)
        return (special.canonical, place[0], place[2]) if place else None

    def _affairs_only(self, words: list[str]) -> bool:
        """Whether section words are affairs alone (SECTION_WORD, joined by `dan`):
        `Kepala Bidang` + `Rehabilitasi Sosial`."""
        return words[-1].lower() in self.section_words and \
            all(w.lower() in self.section_words or w in ("dan", "&") for w in words)

    def _holder_not_section(self, name: NameMatch, text: str) -> bool:
        """Whether a name read past a section's affairs is its holder's (`Yanti Rosdiana`),
        not more of the section (`Barang Bukti dan Barang Rampasan`) or an office."""
        written = name.name.split()
        if full_name_after_comma(text, name.end, self.lex):
            return False  # `… Hortikultura Distanak Kukar, Rusdiansyah Noor`: the office's name
        # (no section word, no grade opening it, no short form: `Disdagnakerkop UKM`)
        return not any(w.lower() in self.section_words for w in written) and \
            not self._ends_in_grade(written[:2]) and not self._ends_in_grade(written[:1]) and \
            not any(len(w) > 2 and w.isupper() for w in written)

    def _ends_in_grade(self, words: list[str]) -> bool:
        """Whether section words end in a functional grade (FUNCTIONAL_GRADE: `Ahli Madya`)."""
        written = " " + " ".join(words).lower()
        return any(written.endswith(" " + grade) for grade in self.grades)

    def _prison_section(self, entry: PositionEntry, words: list[str]) -> bool:
        """Whether a section position (`Kasi Pelayanan Tahanan`, `Kasubsi` + `Registrasi`)
        names a section only prisons have (PRISON_SECTION)."""
        written = " ".join([entry.expansion, *words]).lower()
        return any(written.endswith(" " + section) for section in self.prison_sections)

    def _described(self, doc: Doc, entry: PositionEntry, span: Span,
                   facilities: list[FacilityAcc], partners: list[PartnerAcc], known: list[str]
                   ) -> tuple[str, str | None, int, bool] | None:
        """Section words after a position, up to its organisation or to `, <Name>`.

        `Kepala Bidang Pencegahan BNNP Sumut` → ("Pencegahan", "BNNP Sumut" resolved);
        `Kepala Bidang Pelayanan Tahanan, Rina` → ("Pelayanan Tahanan", the organisation
        of the sentence or the facility). Returns (descriptor, organisation, end, explicit).
        """
        text = doc.text
        starts = self._organisation_starts(doc)
        at = span.end_char
        if entry.lower_field:
            field = _LOWER_FIELD.match(text, at)
            if field is not None and field.end() in starts and \
                    not any(self.lex.stops(w) for w in field.group("words").split()):
                org, end, explicit = self._organization(doc, entry, field.end() - 1, span,
                                                        facilities, partners, known)
                if explicit:  # written as a position's name is: `Dokter Spesialis Paru`
                    return " ".join(w if w in ("dan", "&") else w.capitalize()
                                    for w in field.group("words").split()), org, end, True
        words: list[str] = []
        word_starts: list[int] = []
        for _ in range(_DESCRIPTOR_MAX_WORDS):
            match = _DESCRIPTOR_WORD.match(text, at)
            if match is None and words and _enumeration_to(
                    text, at, starts, self._position_starts(doc),
                    _DESCRIPTOR_MAX_WORDS - len(words),
                    lambda pos: parse_name(text, self._past_fields(text, pos), self.lex)
                    is not None,
                    lambda pos: bool(self.lex.titles_before.match(text, pos))):
                # `Kepala Bidang Pembinaan, Bimbingan dan Teknologi Informasi Kanwil …`: a
                # section named by an enumeration, its organisation after it
                words[-1] += ","
                match = _DESCRIPTOR_WORD.match(text, at + 1)
            if match is None:
                # `Kepala Bidang Rehabilitasi dr. Anindita …`: a title in lower case opens
                # the person's name
                blank = _GAP.match(text, at)
                if words and blank and self.lex.titles_before.match(text, blank.end()) and \
                        parse_name(text, blank.end(), self.lex) is not None:
                    return self._holder_after(doc, span, entry, words, word_starts,
                                              facilities, partners, at)
                break
            word_at = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            if entry.scope == "unit" and facilities and (
                    " ".join(words).lower() in self.prison_sections or
                    (not words and self._prison_section(entry, words))) and \
                    full_name(parse_name(text, word_at, self.lex)):
                # `Kasubsi Kegiatan Kerja Heri Susanto menambahkan`: past a section only
                # prisons have, a person's name with no comma before it is the holder's
                return " ".join(words), facilities[0].name, match.start(), True
            specific = words or len(entry.expansion.split()) >= 3  # `Kasat Resnarkoba`
            if specific and self.lex.titles_before.match(text, word_at) and \
                    parse_name(text, word_at, self.lex) is not None:
                # `Kasat Resnarkoba Kompol Bagus …`: a rank or title opens the person's name
                return self._holder_after(doc, span, entry, words, word_starts, facilities,
                                          partners, match.start())
            graded = bool(words) and word_at not in starts and self._ends_in_grade(words)
            if graded:
                # `Penyuluh Perikanan Ahli Muda Diskan Belitung`: the short form the article
                # gave its partner, after the grade, is the organisation, not a holder
                defined = _defined_acronym_at(text, word_at, partners, self.places)
                if defined is not None:
                    return " ".join(words), defined[0], defined[1], True
            if graded or (words and word_at not in starts and entry.scope == "unit"
                          and self._affairs_only(words)):
                # `Pembimbing Kemasyarakatan Ahli Madya Eko Susanto, S.Sos.`: a functional
                # grade ends the position, the holder's name follows with no comma (or past a
                # section's affairs: `Kepala Bidang Rehabilitasi Sosial Yanti Rosdiana`)
                holder = parse_name(text, word_at, self.lex)
                if holder is not None and full_name(holder) and (
                        graded or self._holder_not_section(holder, text)):
                    return self._holder_after(doc, span, entry, words, word_starts,
                                              facilities, partners, match.start())
            if word_at in starts:
                if not words or words[-1] in ("dan", "&"):
                    return None
                org, end, explicit = self._organization(doc, entry, word_at - 1, span,
                                                        facilities, partners, known)
                if not explicit:
                    return None
                return " ".join(words), org, end, True
            words.append(match.group(0).strip())
            word_starts.append(word_at)
            at = match.end()
        while words and words[-1] in ("dan", "&"):
            words.pop()
        via = _FROM.match(text, at + 1) if words and text[at:at + 1] == " " else None
        if via and via.end() in starts:
            # `Penyuluh Agama Islam dari Kantor Kementerian Agama Kabupaten Poso, Nurhayati`
            org, end, explicit = self._organization(doc, entry, via.end() - 1, span,
                                                    facilities, partners, known)
            if explicit:
                return " ".join(words), org, end, True
        # `Kepala Seksi Bimbingan Narapidana/Anak Didik (Kasi Binadik), Slamet …`
        short_form = _SHORT_FORM_AFTER.match(text, at)
        if words and short_form:
            at = short_form.end()
            # `Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Cimahi, AKP Galih …`: the
            # organisation after the bracketed short form
            org_at = at + 1 if text[at:at + 1] == " " else -1
            if org_at in starts:
                org, end, explicit = self._organization(doc, entry, at, span, facilities,
                                                        partners, known)
                if explicit:
                    return " ".join(words), org, end, True
            elif entry.scope == "unit":
                # `Kasi Bimbingan Narapidana/Anak Didik (Binadik) Arief Budiman, S.Sos.`: the
                # holder right after the section's short form
                holder = parse_name(text, at, self.lex)
                if holder is not None and full_name(holder) and (
                        self._prison_section(entry, words) or (
                            self._affairs_only(words) and
                            self._holder_not_section(holder, text))):
                    return self._holder_after(doc, span, entry, words, word_starts,
                                              facilities, partners, at)
        if not words or entry.scope not in ("unit", "org") or text[at:at + 1] != ",":
            return None
        if parse_name(text, self._past_fields(text, at + 1), self.lex) is None:
            return None  # `, <Name>` must follow
        named = self._partner_in_words(text, entry.expansion, words, word_starts, partners)
        if named is not None:
            return named[0], named[1], at, True
        # `Dari pihak RSJD …, Kepala Instalasi Rehabilitasi Napza, dr. Anastasia`: the section
        # of the organisation the sentence named before; a unit is else the facility's, and
        # a section only prisons have always is (`Kasubsi Perawatan, dr. Irfan`)
        own_section = entry.scope == "unit" and " ".join(words).lower() in self.prison_sections
        org = None if own_section else self._sentence_org(
            doc, span.start_char, partners, facilities if entry.scope == "unit" else [])
        if org is None and not own_section:
            # `Kabid Pelayanan Pendaftaran Penduduk, Rina`
            org = _only_office_of_sections(entry, partners)
        if org is None and entry.scope == "unit" and facilities:
            org = facilities[0].name
        place = ending_place(words, self.lex.major_regions, {k.lower() for k in known}) \
            if org is not None and entry.scope == "org" and len(words) >= 2 else None
        if place is not None and org.endswith(" " + place):  # type: ignore[union-attr]
            if len(words) == 2:
                # `Kepala Dinarpus Purworejo, Drs. Agus`, the sentence before naming `Dinas
                # Kearsipan dan Perpustakaan Kabupaten Purworejo`: that office's own short form
                return "", org, at, True
            own = words[:len(words) - len(place.split())]
            org_words = {w.lower() for w in org.split()}  # type: ignore[union-attr]
            if not any(w.lower() in org_words or _initials_of(w, org)  # type: ignore[arg-type]
                       for w in own):
                # `…, Ketua Klasis GKI Nabire, Pdt. Martinus` after `Dinas Pertanian …
                # Kabupaten Nabire`: another organisation of the place, named by the words
                # (`Manajer Bisnis KCU Kudus` is the sentence's `PT Pos Indonesia KCU Kudus`)
                return " ".join(words), None, at, True
        if org is None and entry.of_kind and all(_NUMBERED.fullmatch(w) for w in words):
            # `Anggota Komisi III, Andi …` in an article about one DPRD: its member (the
            # Roman number is no organisation's short form)
            owners = [p for p in partners if p.kind == entry.of_kind]
            if len(owners) == 1:
                return " ".join(words), owners[0].name, at, True
        if org is None and entry.scope == "org" and self._looks_like_organisation(words, known):
            # `Ketua IWAPI Kota Tangerang, Hj. Siti …`: an organisation no pattern knows,
            # named as written
            return "", " ".join(words), at, True
        return " ".join(words), org, at, org is not None

    def _organisation_starts(self, doc: Doc) -> set[int]:
        """Where the document's organisation and facility-kind phrases start (found once);
        a unit word with no body after it (`Klasis GKI Nabire`) starts none."""
        found = doc.user_data.get("rilis.organisation_starts")
        if found is None:
            found = doc.user_data["rilis.organisation_starts"] = \
                {s.start_char for s in spans(doc, "ORG")
                 if not self.partner_resolver.lone_unit(doc, s)} | \
                {s.start_char for s in spans(doc, "FACILITY_KIND")}
        return found

    @staticmethod
    def _position_starts(doc: Doc) -> set[int]:
        """Where the document's position phrases start (found once per document)."""
        found = doc.user_data.get("rilis.position_starts")
        if found is None:
            found = doc.user_data["rilis.position_starts"] = {
                s.start_char for s in spans(doc, "POSITION")}
        return found

    def _partner_in_words(self, text: str, expansion: str, words: list[str],
                          word_starts: list[int], partners: list[PartnerAcc]
                          ) -> tuple[str, str] | None:
        """(descriptor, partner) when the words after a position name one of the article's
        partners by the short form the article gave it, rather than the facility's unit:
        `Kepala Bidang Perindustrian Diskopdagperin Kabupaten Kuningan` (the short form
        among the words), `Kadis Perikanan Paluta` after `Dinas Perikanan Kabupaten Padang
        Lawas Utara (Diskan Paluta)` (the office's words, then the short form's place)."""
        for i, at in enumerate(word_starts):
            found = _defined_acronym_at(text, at, partners, self.places)
            if found is not None:
                return " ".join(words[:i]), found[0]
        phrase = f"{expansion} {' '.join(words)}".lower().split()
        for partner in partners:
            place = (partner.acronym or "").lower().split()[1:]
            if not place or len(words) <= len(place) or phrase[-len(place):] != place:
                continue
            head, name = phrase[:-len(place)], partner.name.lower().split()
            # `dinas perikanan` begins `Dinas Perikanan Kabupaten …`: two words at least
            if any(head[k:] == name[:len(head) - k] for k in range(len(head) - 1)):
                return " ".join(words[:-len(place)]), partner.name
        return None

    def _looks_like_organisation(self, words: list[str], known: list[str]) -> bool:
        """Whether words after a position name an organisation: a short form among them
        (`IWAPI`, `PHDI`, `FEB Unsil`) or a place ending them (`… Kota Tangerang`)."""
        return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words) or \
            ending_place(words, self.lex.major_regions, {k.lower() for k in known}) is not None \
            or self._ends_in_an_area(words)

    def _ends_in_an_area(self, words: list[str]) -> bool:
        """`Penyuluh Pertanian Lapangan Kecamatan Teweh Tengah`: the words end with an area
        its level names (`Kecamatan`, `Desa` …), however small: a local office's."""
        for at, word in enumerate(words[:-1]):
            level = self.lex.region_prefix.match(word + " ")
            if level and level.end() == len(word) and \
                    all(w[:1].isupper() for w in words[at + 1:]):
                return True
        return False

    @staticmethod
    def _sentence_org(doc: Doc, offset: int, partners: list[PartnerAcc],
                      facilities: Sequence[FacilityAcc] = (), reach: int | None = None
                      ) -> str | None:
        """The partner mentioned last before `offset` in the same line (and at most `reach`
        characters before); None when one of `facilities` is mentioned after it (`Kepala
        Rutan …, beserta Kepala Subseksi Pelayanan Tahanan, Eko`: the prison's unit, not
        the partner's)."""
        line_start = doc.text.rfind("\n", 0, offset) + 1
        if reach is not None:
            line_start = max(line_start, offset - reach)
        best = None
        for partner in partners:
            for m in partner.mentions:
                if line_start <= m.start < offset and (best is None or m.start > best[0]):
                    best = (m.start, partner.name)
            # `Dari Unsulbar hadir Wakil Rektor …`: the short form the article gave it
            for short in _short_forms(partner):
                at = _last_word_at(doc.text, short, line_start, offset)
                if at is not None and (best is None or at > best[0]):
                    best = (at, partner.name)
        if best and any(best[0] < m.start < offset for f in facilities for m in f.mentions):
            return None
        return best[1] if best else None

    @staticmethod
    def _facility_name(kind_word: str, place: str | None, facilities: list[FacilityAcc]) -> str:
        """The canonical name of the facility of this kind and place, if grouped."""
        for f in facilities:
            if f.place and place and place_key(f.place) == place_key(place) and \
                    f.kind_word.lower() == kind_word.lower():
                return f.name
        for f in facilities:
            if f.place and place and place_key(f.place) == place_key(place):
                return f.name
        for f in facilities:  # `Kalapas Wirogunan`: another name the article gave its place
            if place and place_key(place) in map(place_key, f.aliases):
                return f.name
        longer = [f for f in facilities if f.place and place and f.kind_word.lower() ==
                  kind_word.lower() and f.place.lower().startswith(place.lower() + " ")]
        if len(longer) == 1:  # `Karutan Siak` of `Rutan Kelas IIB Siak Sri Indrapura`
            return longer[0].name
        if place is None:  # `Kepala Lapas, Andi`: the article's own facility of that kind
            same_kind = [f for f in facilities if f.kind_word.lower() == kind_word.lower()]
            return same_kind[0].name if len(same_kind) == 1 else kind_word
        return f"{kind_word} {place}".strip()

    @staticmethod
    def _partner_name(name: str | None, head: str, partners: list[PartnerAcc]) -> str | None:
        """The partner's full name for a mention (a short head joins its partner)."""
        if name and name != head:
            return name
        same = [p for p in partners if p.head == head]
        if not same and not name:
            # `Sekretaris Dinas, Fransina Yoku`: the generic head of the article's only
            # office that it heads (`Dinas Sosial Kabupaten Keerom`)
            same = [p for p in partners if p.head.startswith(head + " ")]
        return same[0].name if len(same) == 1 else name

    def positions_in(self, doc: Doc, facilities: list[FacilityAcc],
                     partners: list[PartnerAcc], named_by: dict[str, str],
                     short_forms: dict[str, str]) -> list[PositionMention]:
        """Every position phrase that names its organisation or belongs to the facility."""
        known = [p for f in facilities if f.place for p in (f.place, *f.aliases)]
        out = []
        covered = -1
        doc.user_data["rilis.led_owners"] = {}
        for span in spans(doc, "POSITION"):
            if span.start_char < covered:
                continue
            entry = self.positions.get(span.text.lower())
            if entry is None:
                continue
            acting, start = self._acting_before(doc, span)
            # `Kepala Kesatuan Pengamanan Rutan (KPR) Balige`: the position's short form
            after = span.end_char
            short_form = _SHORT_FORM_AFTER.match(doc.text, after)
            graded = ""
            if short_form and entry.scope in ("unit", "facility", "region", "org"):
                after = short_form.end()
                grade = self.grade_after.match(doc.text, after)
                if grade is not None and not self._ends_in_grade([entry.expansion]):
                    graded, after = f" {grade.group('grade')}", grade.end()
            org, end, explicit = self._organization(doc, entry, after, span,
                                                    facilities, partners, known)
            short_form = _SHORT_FORM_AFTER.match(doc.text, end) if explicit else None
            if short_form:  # `Bupati Ogan Komering Ilir (OKI), H. Darmadi`
                end = short_form.end()
            expansion = entry.expansion + graded
            if not explicit and entry.scope in ("org", "org_tail", "unit"):
                described = self._described(doc, entry, span, facilities, partners, known)
                if described is not None:
                    descriptor, org, end, explicit = described
                    expansion = f"{expansion} {descriptor}".rstrip()
            if not explicit and entry.team:
                # `Ketua tim pengabdian, Nur Aisyah …`: of the team the lead named
                team = self._team_named(doc, span, facilities, partners, known)
                if team is not None:
                    expansion, org, explicit = team[0], team[1], True
            if not explicit and entry.of_kind:
                # `Anggota Komisi I, Hasmawati …` in an article about one DPRD: its member;
                # of several, the one the article named first (`Kepala Seksi Bimbingan
                # Masyarakat Katolik, Fransiska …` beside the Kemenag office and a KUA)
                owners = [p for p in partners if p.kind == entry.of_kind]
                led = owners[0].name if owners else _led_owners(doc).get(entry.of_kind)
                if led is not None:
                    org, explicit = led, True
            if not explicit and entry.scope == "org" and (
                    self._name_after(doc.text, span.end_char, comma=True) is not None
                    # `Dari LBH Cakra Garut, Direktur Cecep Supriatna, S.H., memaparkan …`: the
                    # organisation right before the comma, the holder's full name after
                    or (self._partner_ends_at(partners, doc.text, start) and
                        full_name(self._name_after(doc.text, span.end_char)))):
                # `Ketua PN didampingi …, dan Panitera, Sri Handayani`: a position alone
                # before its holder's name, of the organisation just named in the sentence
                org = self._sentence_org(doc, span.start_char, partners, facilities,
                                         reach=NEARBY_ORG_CHARS)
                explicit = org is not None
            unit_named_before = False
            if not explicit and entry.scope == "region" and \
                    self._name_after(doc.text, span.end_char, comma=True) is not None:
                # `Dukungan datang dari Koramil 1302-13/Ratahan. Danramil, Kapten Inf …`: the
                # head of the unit of its kind just named
                unit = (self._region_org(entry.expansion, "") or "").strip()
                org = self._sentence_org(doc, span.start_char, [
                    p for p in partners if unit and any(
                        (n or "").startswith(unit + " ") for n in (p.name, p.acronym))],
                    reach=NEARBY_ORG_CHARS)
                explicit = unit_named_before = org is not None
            if entry.scope in ("org", "org_tail") and not explicit:
                continue  # "Kepala" alone names no position
            words = [acting] if acting else []
            if org and entry.scope == "region" and not unit_named_before:
                # `Sekda Klaten` → `Sekretaris Daerah Kabupaten Klaten`, `Kepala BNNK Sibolga`
                # → `Kepala Badan Narkotika Nasional Kota Sibolga`
                expansion, org = self.partner_resolver.leveled(expansion, org, doc.text,
                                                               entry.level)
                words.append(f"{expansion} {org}")
                if entry.leads:  # `Bupati Maros` leads `Pemerintah Kabupaten Maros`
                    org = f"{entry.leads} {self.partner_resolver.bare_region(org)}"
                else:
                    org = self._region_org(expansion, org)
            elif org:
                # `Dekan FH Unram` + `Universitas Mataram`: the short form written out first,
                # so that the owner it names is not written twice
                words.append(self._position_of(_written_out(expansion, short_forms, {}), org))
            else:
                words.append(expansion)
            # `Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas) Banten`
            position = _written_out(_PARENTHESISED.sub(" ", " ".join(words)), short_forms,
                                    named_by)
            if org:
                org = _written_out(org, short_forms, named_by)
            out.append(PositionMention(entry, acting, start, end, position, org,
                                       explicit=explicit or expansion != entry.expansion))
            if org and explicit:
                kind = self._kind_of(org)
                if kind is not None:
                    _led_owners(doc).setdefault(kind, org)
            covered = end
        return out

    def _kind_of(self, org: str) -> str | None:
        """The partner kind of an organisation's name, by the longest head it opens with
        (`Kepolisian Resor Kolaka` → `polri`); None for a prison's or an unknown head."""
        words = org.split()
        for size in range(len(words), 0, -1):
            entry = self.orgs.get(" ".join(words[:size]).lower())
            if entry is not None:
                return None if entry.part_of else entry.kind
        return None

    @staticmethod
    def _partner_ends_at(partners: list[PartnerAcc], text: str, start: int) -> bool:
        """Whether a partner's mention ends right before `, ` and `start`."""
        if text[max(0, start - 2):start] != ", ":
            return False
        return any(m.end == start - 2 for p in partners for m in p.mentions)

    def _position_of(self, left: str, org: str) -> str:
        """A position's words joined with its organisation's name, what both name written once:
        `Kepala Dinas` + `Dinas Sosial Kota Palu` (the overlap), `Kepala Cabang Samarinda` +
        `BPJS Kesehatan Cabang Samarinda` (a branch and its place, which stay in the name),
        `Rektor UMPR` + `Universitas Muhammadiyah Palangkaraya` (the name's short form)."""
        words, org_words = left.split(), org.split()
        for k in range(min(len(words), len(org_words)) - 1, 1, -1):
            if words[-k:] == org_words[-k:] and (words[-k] in self.branch_words
                                                  or words[-k].isupper()):
                del words[-k:]
                break
        if len(words) > 1 and _initials_of(words[-1], org):
            words.pop()
        return _join_overlapping(" ".join(words), org)

    def _team_named(self, doc: Doc, span: Span, facilities: list[FacilityAcc],
                    partners: list[PartnerAcc], known: list[str]) -> tuple[str, str] | None:
        """The position of a team's head written alone (`Ketua tim pengabdian`) as the team
        is first named with its unit: (`Ketua Tim Pengabdian kepada Masyarakat`, `Fakultas
        Hukum Universitas Borneo Tarakan`), the longest team name the patterns know."""
        head = self.positions[span.text.lower()].expansion.split()[0]
        # once per document and head word: a run of such positions stays linear
        cache = doc.user_data.setdefault("rilis.teams", {})
        if head not in cache:
            cache[head] = self._first_team(doc, head, span, facilities, partners, known)
        return cache[head]  # type: ignore[no-any-return]

    def _first_team(self, doc: Doc, head: str, span: Span, facilities: list[FacilityAcc],
                    partners: list[PartnerAcc], known: list[str]) -> tuple[str, str] | None:
        for found in self.team_names.finditer(doc.text):
            entry = self.positions.get(f"{head} {found.group('team')}".lower())
            if entry is None or not entry.team:
                continue
            end = found.end()
            bracket = _SHORT_FORM_AFTER.match(doc.text, end)  # `(PkM)`
            org, _, explicit = self._organization(doc, entry, bracket.end() if bracket else end,
                                                  span, facilities, partners, known)
            if explicit and org:
                return entry.expansion, org
        return None

    def _short_forms_to_write_out(self, defined: dict[str, str],
                                  named_by: dict[str, str]) -> dict[str, str]:
        """The article's bracketed short forms that positions write out (`Dekan FEB Unsil` →
        `Dekan Fakultas Ekonomi dan Bisnis Universitas Siliwangi`). Not the facility kinds,
        which canonical names write short; not a partner's (`named_by`), which its name
        replaces after (`canonical_organizations`); not a region's (`Bank NTB`)."""
        return {short: full for short, full in defined.items()
                if short.lower() not in self.kinds and short not in named_by
                and full.lower() not in self.lex.major_regions}

    @staticmethod
    def _region_org(expansion: str, place: str) -> str | None:
        """`Kepala Kepolisian Resor` + `Gowa` → `Kepolisian Resor Gowa`."""
        for lead in ("Kepala ", "Komandan ", "Wakil Kepala "):
            if expansion.startswith(lead):
                return f"{expansion[len(lead):]} {place}"
        return place

    # -- names ---------------------------------------------------------------
    def resolve(self, doc: Doc, facilities: list[FacilityAcc],
                partners: list[PartnerAcc]) -> list[OfficialAcc]:
        """Officials named next to their positions, then short references."""
        text = doc.text
        officials: list[OfficialAcc] = []
        named_by = _named_by(partners)
        defined = defined_short_forms(text)
        short_forms = self._short_forms_to_write_out(defined, named_by)
        # every word of the article's bracketed short forms (`Fapet` of `(Fapet Unja)`)
        short_words = {w for short in defined for w in short.split()}
        for pos in self.positions_in(doc, facilities, partners, named_by, short_forms):
            # "diwakili Kepala Bidang Pencegahan dan …": after a bare section head, capitalised
            # words are the section's name; a person's name follows a comma
            bare_section = (pos.entry.scope == "unit" and not pos.explicit
                            and len(pos.entry.expansion.split()) <= 2)
            name = self._name_after(text, pos.end, comma=bare_section) or \
                self._name_before(text, pos.start)
            if name is None:
                past = self._name_past_org_words(text, pos)
                if past is not None:
                    name, pos = past
            if name is None or name.name in short_forms or \
                    (not name.titles and set(name.name.split()) <= short_words):
                continue  # `Dekan FH Unram menyambut …`, `Dekan Fapet menjelaskan`: no name
            if not name.titles and " " not in name.name and name.start > pos.end and \
                    self.seat_before.search(text[max(0, pos.start - 20):pos.start]):
                continue  # `di Aula Kantor Bupati, Sarilamak`: the building's town
            self._add(officials, name, pos)
        self._short_references(doc, officials)
        return officials

    def _name_after(self, text: str, end: int, comma: bool = False) -> NameMatch | None:
        """`<position>, Ali Imran,` or `<position> Ali Imran mengatakan`."""
        gap = _APPOSITION.match(text, end)
        # (a rank or title before the name marks the holder as a comma does: `Wakapolres
        # Kompol Abdul Rasyid`, `Dandim Letkol Inf. Hendrikus Talakua`)
        if gap is None or (comma and "," not in gap.group(0)
                           and not self.lex.titles_before.match(text, gap.end())):
            return None
        at = self._past_fields(text, gap.end()) if "," in gap.group(0) else gap.end()
        name = parse_name(text, at, self.lex)
        if name is None:
            return None
        if "\n" in text[end:name.start]:
            return None
        ends_in_place = name.name.split()[-1].lower() in self.lex.regions and \
            not name.titles and gap.group(0).strip() == ""
        if name.name.lower() in self.lex.regions or ends_in_place:
            # `Klasis GPM Seram Barat, Pdt. Jacob …`: a place ends the organisation, the
            # name follows its comma; `Rumah Jabatan Bupati, Kwandang`: a place, no name;
            # `Ketua Majelis Jemaat GPIB Sion Salatiga, Pdt. Maria …`: a congregation and its
            # town, then the name
            place_comma = re.match(r"[ \t]*,", text[name.end:name.end + 3])
            after = parse_name(text, name.end + place_comma.end(), self.lex) \
                if place_comma else None
            if after is None or "\n" in text[name.end:after.start] or \
                    after.name.lower() in self.lex.regions:
                # no name after the comma: a place alone names no one, a name ending in one does
                return name if ends_in_place and name.name.lower() not in self.lex.regions \
                    else None
            return after
        return name

    def _name_past_org_words(self, text: str, pos: PositionMention
                             ) -> tuple[NameMatch, PositionMention] | None:
        """`Branch Manager BRK Syariah Cabang Tanjungpinang, Yulianti Rahma`: past a few more
        words of the organisation that no pattern joined to it, the holder after the comma;
        the words join the position and its organisation. (Words that read as a name are
        the holder's, with no comma before them: not skipped.)"""
        rest = _ORG_WORDS_THEN_COMMA.match(text, pos.end)
        if rest is None or pos.entry.scope not in ("org", "org_tail", "unit"):
            return None
        words = rest.group(0).rstrip(" \t,").strip()
        if text[pos.end - 1:pos.end] == "." or \
                any(w.lower() in self.position_heads for w in words.split()):
            return None  # past a sentence's end, or another position (`Ketua DPC …`)
        first = rest.start() + len(rest.group(0)) - len(rest.group(0).lstrip())
        person = parse_name(text, first, self.lex)
        if person is not None and person.end >= rest.end() - 1:
            return None
        name = self._name_after(text, rest.end() - 1, comma=True)
        if name is None:
            return None
        return name, replace(pos, end=rest.end() - 1, position=f"{pos.position} {words}",
                             organization=f"{pos.organization} {words}"
                             if pos.organization else pos.organization)

    def _past_fields(self, text: str, at: int) -> int:
        """Where the name starts after a position's comma at `at`: past the rest of a list of
        the unit's fields (`Dekan Fakultas Ushuluddin, Adab dan Dakwah IAIN Kendari, Dr. Hasdin`)
        when one is there, else `at`."""
        enumerated = _ENUMERATION_REST.match(text, at)
        if enumerated is None:
            return at
        first = enumerated.group(0).split(None, 1)[0]
        # `Ketua tim, Wakil Dekan … dan Alumni Fakultas Kehutanan, Dr. …`: a second position
        if {first.lower(), enumerated.group("head").lower()} & self.position_heads:
            return at
        return enumerated.end()

    def _name_before(self, text: str, start: int) -> NameMatch | None:
        """`Ali Imran, <position>` or `Ali Imran selaku <position>`."""
        head = text[max(0, start - 40):start]
        joint = _NAME_THEN_POSITION.search(head)
        if joint is None:
            return None
        end = start - (len(head) - joint.start())
        return parse_name_before(text, end, self.lex)

    def _add(self, officials: list[OfficialAcc], name: NameMatch, pos: PositionMention) -> None:
        """Merge a named position into the list (same person: fuller name, fuller position)."""
        for official in officials:
            if _same_person(official.name, name.name):
                if len(name.name) > len(official.name):
                    official.name = name.name
                official.titles = _merge(official.titles, list(name.titles))
                if official.position is None or (pos.organization and not official.organization):
                    official.position, official.organization = pos.position, pos.organization
                    official.acting = pos.acting
                official.spans.append((pos.start, name.end if name.end > pos.end else pos.end))
                official.pattern_ids.append(pos.entry.id)
                return
        officials.append(OfficialAcc(
            name=name.name, titles=list(name.titles), position=pos.position, acting=pos.acting,
            organization=pos.organization,
            spans=[(min(pos.start, name.start), max(pos.end, name.end))],
            pattern_ids=[pos.entry.id]))

    def _short_references(self, doc: Doc, officials: list[OfficialAcc]) -> None:
        """Link `ujar Ali Imran`, `ungkap Chaidir`, `Zul, sapaan akrab Kasi Giatja` to officials."""
        text = doc.text
        for verb in spans(doc, "SPEECH"):
            name = parse_name(text, verb.end_char, self.lex)
            if name is None or "\n" in text[verb.end_char:name.start]:
                continue
            for official in officials:
                if _same_person(official.name, name.name):
                    official.spans.append((name.start, name.end))
                    official.pattern_ids.append(verb.id_)
                    break
        # every nickname phrase holds `sapa`: most texts have none, and scanning for the
        # phrase case-insensitively costs ten times more than looking for the word
        nicknames = _NICKNAME.finditer(text) if "sapa" in text.casefold() else ()
        for match in nicknames:
            before = text[max(0, match.start() - 40):match.start()]
            start = match.start() - (len(before) - len(before.rstrip(" \t").rstrip(",")))
            nick = parse_name_before(text, start, self.lex)
            if nick is None:
                continue
            for official in officials:
                if official.position and text[match.end():match.end() + 80].lower().startswith(
                        tuple(w.lower() for w in official.position.split()[:1])):
                    official.spans.append((nick.start, nick.end))
                    break


def _own_place_in_lower_case(text: str, at: int,
                             facilities: list[FacilityAcc]) -> tuple[str, int, int] | None:
    """The place of one of the article's facilities written in lower case after a short
    position (`kalapas mamuju Arifuddin Hamzah`): (place as the facility writes it, start,
    end)."""
    return lower_case_place(text, at, lambda written: next(
        (f.place for f in facilities if f.place and f.place.lower() == written), None))


def _enumeration_to(text: str, at: int, starts: set[int], positions: set[int],
                    budget: int, name_at: Callable[[int], bool],
                    title_at: Callable[[int], bool] = lambda pos: False) -> bool:
    """Whether a comma at `at` continues section words (`, Bimbingan dan Teknologi
    Informasi`) up to the start of an organisation, to `, <Name>` or to a titled name
    (`, Alumni dan Kerja Sama Dr. Agustinus …`), with a `dan` among them and no other
    position (`, Rudi dan Kasi Giatja Lapas Palu` lists people)."""
    if text[at:at + 1] != ",":
        return False
    seen_and, pos = False, at + 1
    after_and = 0  # words of the enumeration's last item (`dan Kerja Sama`)
    for _ in range(budget):
        match = _DESCRIPTOR_WORD.match(text, pos)
        if match is None and not seen_and and text[pos:pos + 1] == "," and \
                _DESCRIPTOR_WORD.match(text, pos + 1):
            pos += 1  # `, Kerja Sama, dan Teknologi Informasi`: three items or more
            continue
        if match is None:
            return seen_and and text[pos:pos + 1] == "," and name_at(pos + 1)
        word = match.group(0).strip()
        word_at = match.end() - len(word)
        if word_at in starts or (after_and and title_at(word_at)):
            return seen_and
        if word_at in positions:
            return False
        after_and += seen_and
        seen_and = seen_and or word in ("dan", "&")
        pos = match.end()
    return False


def _defined_acronym_at(text: str, at: int, partners: list[PartnerAcc],
                       regions: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """The partner whose acronym (`Untirta`, `DLH Kota Bogor`) is written at `at`:
    (its name, where the acronym and the place after it end); the longest acronym wins."""
    best: tuple[str, int] | None = None
    for partner in partners:
        # `Unka Sintang`, or the bracketed `Unka` alone (`Rektor Unka, Dr. …`)
        acronym = next((a for a in _short_forms(partner) if text.startswith(a, at)), None)
        if acronym is None:
            continue
        end = at + len(acronym)
        if end < len(text) and (text[end].isalnum() or text[end] in "-/"):
            continue
        # `Rektor UMMY Solok`: words of the partner's own name, or places, after its short form
        names = set(partner.name.split())
        while (word := _FOLLOWING_WORD.match(text, end)) and (
                word.group(1) in names or word.group(1).lower() in regions):
            end = word.end()
        if best is None or end > best[1]:
            best = (partner.name, end)
    return best


def _short_form_of_unit_and_owner(text: str, start: int, unit_end: int
                                  ) -> tuple[str, int, bool] | None:
    """A short form the article defines that starts with the unit written at `start` and
    goes on past it (`LPPM UMY` of `… Universitas Muhammadiyah Yogyakarta (LPPM UMY)`):
    (the words it stands for, its end, True)."""
    word = _FOLLOWING_WORD.match(text, unit_end)
    written = text[start:word.end()] if word else ""
    if not word or (f"({written}" not in text and f"{written} (" not in text):
        return None  # (most units are no such short form: the article's are not looked up)
    for short, full in defined_short_forms(text).items():
        end = start + len(short)
        if end > unit_end and text.startswith(short, start) and \
                (end == len(text) or not text[end].isalnum()):
            return full, end, True
    return None


def _partner_written_on(text: str, start: int, end: int, partners: list[PartnerAcc]
                        ) -> tuple[str, int, bool] | None:
    """The partner whose name without its region the text spells from `start`, past `end`
    where an organisation's head stopped reading (`Dinas Pertanian` of `Dinas Pertanian dan
    Pangan`): (its name, where the spelling ends, True)."""
    best = None
    for partner in partners:
        if not partner.region or not partner.name.endswith(" " + partner.region):
            continue
        core = partner.name[:-len(partner.region) - 1]
        stop = start + len(core)
        if stop > end and text[start:stop].lower() == core.lower() and \
                not text[stop:stop + 1].isalnum() and (best is None or stop > best[1]):
            best = (partner.name, stop, True)
    return best


def _led_owners(doc: Doc) -> dict[str, str]:
    """The organisations the article's positions named so far, the first of each partner
    kind (`Kapolres Kolaka` → `polri`: `Kepolisian Resor Kolaka`): the owner of a later
    position of that kind written alone (`Kasat Samapta AKP Irwan`) when no partner of the
    kind is named, since the head alone stands for it."""
    return doc.user_data.setdefault("rilis.led_owners", {})  # type: ignore[no-any-return]


def _only_office_of_sections(entry: PositionEntry, partners: list[PartnerAcc]) -> str | None:
    """The article's only office of the kind a section head's position belongs to
    (`section_of`: `Kepala Bidang` of the one Dinas; prisons have no sections of that name)."""
    owners = [p for p in partners if entry.section_of and p.kind == entry.section_of]
    return owners[0].name if len(owners) == 1 else None


def _last_word_at(text: str, word: str, start: int, end: int) -> int | None:
    """Where `word` is last written as a whole word inside `text[start:end]`."""
    at = text.rfind(word, start, end)
    while at != -1:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and \
                (after >= len(text) or not text[after].isalnum()):
            return at
        at = text.rfind(word, start, at)
    return None


def _written_out(text: str, short_forms: dict[str, str], named_by: dict[str, str]) -> str:
    """Words that are short forms written out, spaces made single; a partner's short form
    right before its name is dropped (`… Unsil Universitas Siliwangi`)."""
    text = " ".join(text.split())
    for short, full in short_forms.items():
        if f"{short} {full}" in text:  # `Program Studi Kebidanan FIKES UMM Fakultas …`
            text = text.replace(f"{short} {full}", full)
    if short_forms:
        text = " ".join(short_forms.get(word, word) for word in text.split())
    for short, full in short_forms.items():
        if " " in short and short in text:  # `Dekan FH Unram`
            text = re.sub(rf"(?<!\S){re.escape(short)}(?!\S)", full, text)
    for short, name in named_by.items():
        if short in text:  # most positions hold none of the article's short forms
            text = text.replace(f"{short} {name}", name)
    return text


def _named_by(partners: list[PartnerAcc]) -> dict[str, str]:
    """Each partner's short forms (`_short_forms`) → its name."""
    return {short: partner.name for partner in partners for short in _short_forms(partner)}


def _short_forms(partner: PartnerAcc) -> list[str]:
    """A partner's short form, and its first word when more follows it (`Unka Sintang`: the
    article wrote `Universitas Kapuas (Unka) Sintang`), or the rest after a legal form
    (`PT SAL`), longest first."""
    if not partner.acronym:
        return []
    bare = without_legal_form(partner.acronym)
    if bare != partner.acronym:
        return [partner.acronym, bare]  # `PT SAL`, and `SAL` (never `PT` alone)
    first = partner.acronym.split()[0]
    return [partner.acronym] if first == partner.acronym else [partner.acronym, first]


def _initials_of(word: str, name: str) -> bool:
    """Whether a word of two capitals or more is the short form of a name, after its legal
    form (`UMPR`: `Universitas Muhammadiyah Palangkaraya`, `SBI`: `PT Solusi Bangun
    Indonesia Tbk`)."""
    return sum(c.isupper() for c in word) >= 2 and abbreviates(word, without_legal_form(name))


def _join_overlapping(left: str, right: str) -> str:
    """`Kepala Dinas` + `Dinas Sosial Kota Palu` → `Kepala Dinas Sosial Kota Palu`."""
    a, b = left.split(), right.split()
    for k in range(min(len(a), len(b)), 0, -1):
        if [w.lower() for w in a[-k:]] == [w.lower() for w in b[:k]]:
            return " ".join(a + b[k:])
    return f"{left} {right}"


def _mentions_starting(doc: Doc, partners: list[PartnerAcc], start: int) -> list[OrgMention]:
    """The partners' mentions starting at a character, in partner order (indexed once per
    doc: the officials' positions ask for each one)."""
    made = doc.user_data.get("rilis.partner_starts")
    if made is None or made[0] is not partners:
        index: dict[int, list[OrgMention]] = {}
        for partner in partners:
            for mention in partner.mentions:
                index.setdefault(mention.start, []).append(mention)
        made = doc.user_data["rilis.partner_starts"] = (partners, index)
    return made[1].get(start, [])


def _same_person(a: str, b: str) -> bool:
    """One name's words are a run of the other's (`Chaidir` ~ `A.S. Chaidir Syam`), or its first
    word and others in order, names between left out (`Hendrik Sirait` ~ `Hendrik Parsaoran
    Sirait`, `Lalu Syamsul` ~ `Lalu Muhammad Syamsul Hadi`)."""
    wa = [w.lower().strip(".,") for w in a.split()]
    wb = [w.lower().strip(".,") for w in b.split()]
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return False
    if any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1)):
        return True
    if len(short) < 2 or short[0] != long[0]:
        return False
    # the other words, in order (`Lalu Syamsul` ~ `Lalu Muhammad Syamsul Hadi`)
    rest = iter(long[1:])
    return all(word in rest for word in short[1:])


def _merge(a: list[str], b: list[str]) -> list[str]:
    """Union of two title lists, order kept; one title written with and without its full
    stops (`Drs.` and `Drs`, `M.Si` and `MSi`) is kept once, as first written, but as the
    text writes it where a lead in capitals wrote it first (`LETKOL INF`, then `Letkol Inf`)."""
    def bare(title: str) -> str:
        return title.replace(".", "").replace(" ", "")
    merged = list(a)
    for title in b:
        if any(bare(t) == bare(title) for t in merged):
            continue
        # (only a title in capitals meets its other case: `Dr.` and `dr.` are two titles)
        capitals = next((i for i, t in enumerate(merged)
                         if t.isupper() and bare(t) == bare(title).upper()), None)
        if capitals is not None:
            merged[capitals] = title
        else:
            merged.append(title)
    return merged


def canonical_organizations(officials: list[OfficialAcc], partners: list[PartnerAcc]) -> None:
    """Write each official's organisation as its partner is named: `BNNP Sumut` in a position
    becomes `Badan Narkotika Nasional Provinsi Sumatera Utara`, `Fakultas Hukum Unsoed`
    becomes `Fakultas Hukum Universitas Jenderal Soedirman`."""
    canonical: dict[str, str] = {}
    for partner in partners:
        # the pattern ids of the partner's head: `Diskop UKM` is the `Dinas Koperasi dan Usaha
        # Kecil Menengah` the article wrote in full (one office, spellings of one id)
        head_ids = {m.entry.id for m in partner.mentions if m.entry.full == partner.head}
        short_forms = {m.surface for m in partner.mentions} | \
            {m.acronym for m in partner.mentions if m.acronym} | set(_short_forms(partner))
        for m in partner.mentions:
            if not m.name or m.name == partner.name:
                continue
            if m.entry.part_of:
                owner = next((f for f in short_forms if m.name.endswith(" " + f)), None)
                if owner is not None:
                    canonical[m.name] = m.name[: -len(owner)] + partner.name
                continue
            if partner.name.split()[1:] == m.name.split() and partner.name.split()[0].isupper():
                continue  # `Kepala Puskesmas Tamblong` of `UPT Puskesmas Tamblong`: as written
            if m.entry.full == partner.head or m.entry.id in head_ids:  # a region written short
                canonical.setdefault(m.name, partner.name)
    # `Fakultas Ekonomi dan Bisnis Unsil`: a unit no pattern knows, then the short form the
    # article gave a partner
    owners = _named_by(partners)
    for official in officials:
        org = official.organization
        if org and org not in canonical and " " in org:
            unit, last = org.rsplit(" ", 1)
            if last in owners and owners[last] not in unit:
                # (`PT Inalum`: the legal form its name opens with already, written once)
                canonical[org] = owners[last] if owners[last].startswith(unit + " ") \
                    else f"{unit} {owners[last]}"
        if org in canonical and official.position and official.position.endswith(org):
            official.position = official.position[: -len(org)] + canonical[org]
            official.organization = canonical[org]


def _with_owner(unit: str, owner_kind: str, partners: list[PartnerAcc], end: int,
                inside: str | None = None) -> str:
    """A unit's name (`Fakultas Kehutanan`, ending at `end`) followed by its owner's, when
    the article has one partner of the owner's kind, not written right after the unit
    nor in its name (`Fakultas Hukum Universitas Jember`, `Fakultas Hukum Unej`); a unit
    `inside` another kind of unit (a study programme in a faculty) names the one of those
    the article gives the owner (`Program Studi Ilmu Hukum Fakultas Hukum Universitas …`)."""
    owners = [p for p in partners if p.kind == owner_kind]
    if len(owners) != 1:
        return unit
    owner = owners[0]
    padded = f" {unit.replace('(', ' ').replace(')', ' ')} "
    # its name without the place it ends with counts (`… Universitas Yudharta` for the
    # partner `Universitas Yudharta Pasuruan`)
    words = owner.name.split()
    shorter = [" ".join(words[:n]) for n in range(2, len(words))]
    owner_names = [owner.name, *shorter, *_short_forms(owner)]
    if any(f" {w} " in padded for w in owner_names) or any(
            0 <= m.start - end <= 3 for m in owner.mentions):
        return unit
    if inside and f" {inside} " not in padded:
        named = {_unit_named(m.name, inside, owner_names) for m in owner.mentions if m.name}
        named.discard(None)
        if len(named) == 1:
            return f"{unit} {named.pop()} {owner.name}"
    return f"{unit} {owner.name}"


def _unit_named(name: str, head: str, owner_names: list[str]) -> str | None:
    """The unit opened by `head` inside a mention's name, up to its owner's name
    (`Program Studi Manajemen Fakultas Ekonomi dan Bisnis Universitas Kuningan` →
    `Fakultas Ekonomi dan Bisnis`); None when it holds no such unit with a name."""
    at = f" {name} ".find(f" {head} ")
    if at < 0:
        return None
    rest = name[at:]
    for owner in sorted(owner_names, key=len, reverse=True):
        cut = f" {rest} ".find(f" {owner} ")
        if cut >= 0:
            rest = rest[:cut]
            break
    rest = rest.strip()
    return rest if rest != head else None
