"""Partner organisations: heads completed by their region or name, acronyms linked."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from itertools import islice

from spacy.tokens import Doc, Span

from ..mentions import (
    Lexicon,
    capitals_not_name,
    ending_place,
    full_name_after_comma,
    parse_name,
    parse_place,
    span_at,
    spans,
    word_before,
)
from ..vocabulary import OrgEntry, PatternSet

# A military or police unit's number and its place (`0210/Tapanuli Utara`, `1002/HST`)
_NUMBERED_PLACE = re.compile(r"(?<![\w/])(?P<number>\d{2,4}(?:-\d{1,3})?)/(?P<place>[A-Z][\w -]*)")
# An office's class in its name (`Kantor Imigrasi Kelas II TPI …`, `… Kelas I Non TPI …`)
_OFFICE_CLASS = re.compile(r"[ \t]+Kelas[ \t]+[IV]{1,3}[AB]?(?:[ \t]+(?:Non[ \t]+)?TPI)?(?!\w)")
# Words of an organisation's own name after its head (`Universitas Negeri Makassar`,
# `SMA Negeri 1 Maros`, `PT Sinar Jaya`): capitalised words or numbers, bounded.
_NAME_TAIL = re.compile(
    r"[ \t]+(?P<name>(?:[A-Z0-9][\w'’.&/-]{0,30}|dr\.?(?=[ \t]))"
    r"(?:[ \t]+(?:[A-Z0-9][\w'’.&/-]{0,30}|[\"“][A-Z][\w'’-]{0,30}[\"”]|dan|&)){0,6})")

# a short form in brackets inside a name (`Gereja Kristen Injili (GKI) di Tanah Papua`)
_BRACKET_INSIDE = re.compile(r" \(([A-Z][\w.&-]{1,15})\) ")

# a head written out in brackets after its short form (`Disdukcapil (Dinas Kependudukan dan …)`)
_SPELLED_OUT = re.compile(r"[ \t]*\((?P<full>[A-Z][^()\n]{3,80})\)")

_AND = ("dan", "DAN", "&")  # `DAN` in a text written in capitals


# how many name words may follow a short form before the place that ends them
# (`(SMK) Negeri 4 Kupang`)
REST_WORDS = 4

# the affairs of a multi-affair office, up to where its region starts (see `_affairs`)
# (an affair may be an acronym: `Dinas Koperasi, UKM dan Perindustrian`)
_AFFAIR = r"[A-Z][A-Za-z]+"
# (an item before a comma may hold its own `dan`: `Dinas Koperasi, Usaha Kecil dan Mikro,
# Perindustrian dan Perdagangan`)
_INNER_AND = rf"(?:[ \t]+(?:dan|&)[ \t]+{_AFFAIR}(?:[ \t]+{_AFFAIR}){{0,3}}(?=,))?"
_AFFAIRS = (rf"(?:[ \t]+{_AFFAIR}){{0,3}}{_INNER_AND}"
            rf"(?:,[ \t]*{_AFFAIR}(?:[ \t]+{_AFFAIR}){{0,3}}{_INNER_AND}){{0,4}}"
            rf",?[ \t]+(?:dan|&)[ \t]+{_AFFAIR}(?:[ \t]+{_AFFAIR}){{0,3}}")
_ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<abbr>[A-Z][\w .&/-]{0,30})\)")
# another name after `atau`: capitalised words (`… Nusa Tenggara Timur atau Bank NTT menyerahkan`)
# (`…, atau yang lebih dikenal masyarakat sebagai Bank Nagari`)
_ALIAS_AFTER = re.compile(
    r",?[ \t]+atau(?:[ \t]+yang(?:[ \t]+(?:lebih|juga|biasa|akrab))?[ \t]+(?:dikenal|disebut)"
    r"(?:[ \t]+(?:oleh[ \t]+)?(?:masyarakat|warga))?(?:[ \t]+(?:dengan|sebagai))?)?"
    r"[ \t]+(?P<abbr>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})")
# a bracketed short form, its first word apart from the capitalised words after it
_BRACKET_OF = re.compile(r"\((?P<short>[A-Z][\w.&-]*)(?P<rest>(?: [A-Z0-9][\w&-]*){0,2})\)")


@dataclass
class OrgMention:
    """One mention of an organisation."""

    entry: OrgEntry
    name: str | None
    acronym: str | None
    region: str | None
    start: int
    end: int
    head_end: int
    surface: str
    glued_name_at: int | None = None
    """Where a person's name glued to the mention begins, cut off it (`Branch Manager BRI
    Tulungagung Galih Permadi Santoso`): the position reads the name from there."""


@dataclass
class PartnerAcc:
    """A partner being assembled from its mentions."""

    name: str
    kind: str
    head: str
    region: str | None
    acronym: str | None = None
    mentions: list[OrgMention] = field(default_factory=list)

    def region_place(self) -> str | None:
        """The region as a place: the organisation's region, or its own name's tail."""
        if self.region:
            return self.region
        return self.name[len(self.head):].strip() or None


class PartnerResolver:
    """Finds organisation mentions and groups them into partners."""

    def __init__(self, patterns: PatternSet, lex: Lexicon) -> None:
        """Index the organisation heads and region words of a pattern set."""
        self.lex = lex
        self.heads: dict[str, OrgEntry] = {}
        for entry in patterns.get("ORG"):
            self.heads.setdefault(entry.text.lower(), entry)
        self.prefix_full = {e.text.lower(): e.full for e in patterns.get("REGION_PREFIX")}
        self.region_prefixes = frozenset(self.prefix_full.values())
        self.status_openings = tuple(f"{w} " for w in patterns.words("REGION_STATUS"))
        # each level's written forms, as one alternation: `Kabupaten|Kab\.|Kab`
        self._written_levels = {
            level: "|".join(re.escape(w) for w in sorted(
                (w for w, full in self.prefix_full.items() if full == level), key=len,
                reverse=True)) for level in self.region_prefixes}
        self.suffixes = {e.text.lower(): e for e in patterns.get("ORG_SUFFIX")}
        self.months = frozenset(w.lower() for w in patterns.words("MONTH"))
        self.number_words = frozenset(w.lower() for w in patterns.words("NUMBER_WORD"))
        # first words of organisation heads that open nothing else (no position, no facility)
        others = {e.text.split()[0].lower() for label in ("POSITION", "FACILITY_KIND", "SPEECH",
                                                          "ACTING", "MONTH", "WEEKDAY")
                  for e in patterns.get(label) if isinstance(e.pattern, str)}
        self.org_only_words = frozenset(e.text.split()[0].lower() for e in patterns.get("ORG")
                                        if isinstance(e.pattern, str)) - others
        self.region_short = {e.text: e.full for e in patterns.get("REGION_SHORT")}
        self.source_words = frozenset(w.lower() for w in patterns.words("SOURCE_WORD"))
        self.owner_words = frozenset(w.lower() for w in patterns.words("OWNER_WORD"))
        self.headline_verbs = frozenset(patterns.words("HEADLINE_VERB"))
        self.seat_words = frozenset(w.lower() for w in patterns.words("SEAT_WORD"))
        # governments by their full head (`pemerintah kabupaten`), for `led_by`
        led = {e.leads.lower() for e in patterns.get("POSITION") if e.leads}
        self.governments = [(head, entry) for head, entry in self.heads.items()
                            if head in led and entry.full.lower() == head]
        self.affairs = re.compile(
            rf"(?P<affairs>{_AFFAIRS})"
            rf"(?:[ \t]*\((?P<abbr>[A-Z]\w{{1,20}}(?:[ -][A-Z]\w{{0,10}})?)\))?"
            rf"(?=[ \t]+(?:{lex.region_prefix.pattern}))")
        self.affairs_any = re.compile(rf"(?P<affairs>{_AFFAIRS})(?P<abbr>)")
        self.affairs_bracketed = re.compile(
            rf"(?P<affairs>{_AFFAIRS})[ \t]*\((?P<abbr>[A-Z]\w{{1,20}}(?:[ -][A-Z]\w{{0,10}})?)\)")
        self.suffix_first = frozenset(w.split()[0] for w in self.suffixes if w[:1].isalpha())
        # legal-form and branch words, which do not tell two organisations apart
        self.capital_heads = frozenset(e.text.lower() for e in patterns.get("ORG")
                                       if e.text.isupper() and " " not in e.text)
        # words only the facility's own hierarchy is named with (`Pemasyarakatan`): a name
        # of them alone (`UPT Pemasyarakatan`) is the prisons themselves, no partner
        other_words = {w for e in patterns.get("ORG")
                       if e.kind != "parent" and not e.about_prisons
                       for w in f"{e.text} {e.full}".lower().split()}
        self.hierarchy_words = frozenset(
            w for e in patterns.get("ORG") if e.kind == "parent"
            for w in f"{e.text} {e.full}".lower().split() if w not in other_words)
        self.state_companies = tuple(w.lower() for w in patterns.words("STATE_COMPANY"))
        self.office_kinds = frozenset(patterns.words("OFFICE_KIND"))
        self.whole_names = frozenset(w.lower() for w in patterns.words("WHOLE_NAME"))
        self.unit_words = frozenset(e.full.lower() for e in patterns.get("ORG_SUFFIX")
                                    if getattr(e, "unit", False))
        self.form_words = frozenset(
            word for e in patterns.get("ORG_SUFFIX")
            for word in f"{e.text} {e.full}".lower().split()
        ) - self.unit_words | {e.full.lower() for e in patterns.get("ORG")
                               if e.kind == "perusahaan" and e.tail == "name"}
        words = sorted(self.suffixes, key=len, reverse=True)
        self.suffix_re = re.compile(
            r"[ \t]+(?P<suffix>" + "|".join(re.escape(w) for w in words) + r")(?![\w])",
            re.IGNORECASE) if words else None

    def led_by(self, organization: str, start: int, end: int, text: str) -> PartnerAcc | None:
        """The government a regional head leads (`Bupati Musi Rawas` → `Pemerintah Kabupaten
        Musi Rawas`), as a partner whose evidence is the head's own mention."""
        for head, entry in self.governments:
            if organization.lower().startswith(head + " "):
                region = organization[len(head) + 1:]
                mention = OrgMention(entry=entry, name=organization, acronym=None, region=region,
                                     start=start, end=end, head_end=end, surface=text[start:end])
                return PartnerAcc(organization, entry.kind, entry.full, region, None, [mention])
        return None

    def bare_region(self, region: str) -> str:
        """A region without its level word: `Kabupaten Maros` → `Maros`."""
        return bare_region(region, self.region_prefixes)

    def leveled(self, head: str, region: str, text: str, add_level: bool) -> tuple[str, str]:
        """A head and the region after it, each with the level it should be written with.

        `Badan Narkotika Nasional Kabupaten` + `Bukittinggi` (a city) → `… Kota`; with
        `add_level`, a region written bare gets its level (`Dinas Pertanian` + `Tuban` →
        `Kabupaten Tuban`): the gazetteer's, when the name has one level only, else the one
        the article writes it with, when that is one.
        """
        if self.bare_region(region) != region or region.startswith(self.status_openings):
            return head, region  # its level is written, or its status (`Daerah Istimewa …`)
        last_word = head.split()[-1]
        if last_word == "Kabupaten" and region.lower() in self.lex.city_only:
            return head[: -len(last_word)] + "Kota", region  # "BNNK Bukittinggi": a city
        if not add_level or last_word in self.region_prefixes:
            return head, region
        levels = self.lex.region_levels.get(region.lower(), frozenset())
        if len(levels) > 1:
            levels = frozenset(level for level in levels if re.search(
                rf"(?<!\w)(?:{self._written_levels[level]})[ \t]+{re.escape(region)}(?!\w)",
                text, re.IGNORECASE))
        if len(levels) != 1:
            return head, region
        return head, f"{next(iter(levels))} {region}"

    def _heads_another(self, words: list[str]) -> bool:
        """Whether affairs words hold the head of another organisation's name (`Dinas Sosial dan
        Dinas Kesehatan`, `Dinas Pertanian dan Rutan [Klungkung]`); a head word that is one item
        of the list, before `,` or `dan`, is an affair (`Perdagangan, Koperasi dan UKM`)."""
        return any(self.lex.stops(word, self.lex.org_stop_words) and following not in ("dan", "&")
                   for word, following in zip(words, words[1:] + [""], strict=True))

    def _affairs_before_bare_region(self, text: str, pos: int,
                                    known: list[str]) -> re.Match[str] | None:
        """`Dinas Koperasi, UKM dan Perindustrian Wajo`: the affairs of a multi-affair office
        followed by a region written without `Kabupaten`, after their acronym or not
        (`Dinas Perkebunan dan Peternakan (Disbunnak) Batanghari`); the region's words are
        given back."""
        article_places = {k.lower() for k in known}
        bracketed = self.affairs_bracketed.match(text, pos)
        if bracketed:
            region = self.region_at(text, bracketed.end(), known)
            return bracketed if region and (region[1].lower() in self.lex.major_regions
                                            or region[1].lower() in article_places) else None
        found = self.affairs_any.match(text, pos)
        if found is None:
            return None
        # `Kepala Dinas Koperasi, UKM dan Perdagangan, Dra. Nofrianti`: affairs the article
        # writes whole, with their region, elsewhere (`Dinas Koperasi, UKM dan Perdagangan Kota
        # Bukittinggi`); a comma ends them here
        whole = found.group("affairs").rstrip()
        if "," in whole and text[found.end():found.end() + 1] in (",", "."):
            for elsewhere in re.finditer(re.escape(whole), text):
                with_region = self.affairs.match(text, elsewhere.start())
                if with_region is not None and with_region.end() == elsewhere.end():
                    return found
        ends = [m.start() for m in re.finditer(r"[ \t]+\S+$|[ \t]+\S+(?=[ \t])",
                                               text[pos:found.end()])]
        for cut in reversed(ends):  # the longest affairs that still leave a region after them
            shorter = self.affairs_any.fullmatch(text, pos, pos + cut)
            region = self.region_at(text, pos + cut, known) if shorter else None
            # a regency, a city or a place of the article: any capitalised word would do else
            if region and (region[1].lower() in self.lex.major_regions
                           or region[1].lower() in article_places):
                return shorter
        return None

    def _short_form_after_level(self, text: str, pos: int, head: str
                                ) -> tuple[str, str] | None:
        """The text with a bracketed short form of the head and a region's level blanked out,
        and the short form, where one stands right after the level (`Dinas Kesehatan Kota
        (DKK) Surakarta`, `Dinas Sosial Kabupaten (Dinsos) Sleman`)."""
        level = re.match(r"[ \t]+", text[pos:pos + 5])
        if level is None:
            return None
        prefix = self.lex.region_prefix.match(text, pos + level.end())
        if prefix is None:
            return None
        bracket = _ACRONYM_AFTER.match(text, prefix.end())
        if bracket is None or not text.startswith((" ", "\t"), bracket.end()):
            return None
        short = bracket.group("abbr").strip()
        if not abbreviates(short, f"{head} {prefix.group(0)}"):
            return None
        start = prefix.end()
        return text[:start] + " " * (bracket.end() - start) + text[bracket.end():], short

    def region_at(self, text: str, pos: int, known: list[str]) -> tuple[str, str, int] | None:
        """`Kabupaten Bone` / `Kab. Bone` / `Bone` at pos: (full region, as written, end)."""
        lead = re.match(r"[ \t]+", text[pos:pos + 5])
        if lead is None:
            return None
        at = pos + lead.end()
        prefix = self.lex.region_prefix.match(text, at)
        written_prefix, full_prefix = "", ""
        if prefix:
            written_prefix = prefix.group(0)
            full_prefix = self.prefix_full.get(written_prefix.lower(), written_prefix)
            at = prefix.end()
        place = parse_place(text, at, self.lex, known)
        if place is None:
            return None
        name, _, end = place
        # `Polres Bima Kota`, `Polres Malang Kota`: the city command of a regency's name
        city = re.match(r" Kota(?![\w])(?! [A-Z])", text[end:end + 8])
        if city and not full_prefix:
            name, end = f"{name} Kota", end + city.end()
        name = self.region_short.get(name, name)  # `Sumut` → `Sumatera Utara`
        full = f"{full_prefix} {name}".strip()
        return full, text[pos + lead.end():end], end

    def _a_person_not_a_region(self, text: str, position: int, found: tuple[str, str, int],
                               known: list[str], degree_after: bool = False) -> bool:
        """`Ketua TP PKK Dewi Anggraini Saputri`: after a regional office (whose region is a
        province, regency or city), words no gazetteer or article knows as a place and that
        read as a person's name are the person's, not a region."""
        region, written, end = found
        if written != region.split(" ", 1)[-1] and written != region:
            return False  # a level or a short form written: a region
        if written.lower() in self.lex.regions or written in self.region_short or \
                written.lower() in {k.lower() for k in known}:
            return False
        first = written.split()[0]
        if degree_after and (first.lower() in self.lex.regions or first in self.region_short):
            return False  # `Kejari HST Rahmadi Noor, S.H.`: a region, then the person
        person = parse_name(text, end - len(written), self.lex)
        return person is not None and person.end >= end and " " in person.name and (
            not degree_after or bool(person.titles))

    def _place_written_out(self, numbered: re.Match[str]) -> str:
        """`0110/Abdya` → `0110/Aceh Barat Daya`."""
        return f"{numbered.group('number')}/" \
            f"{self.region_short.get(numbered.group('place'), numbered.group('place'))}"

    def numbered_unit(self, unit: str, partners: Iterable[PartnerAcc]) -> str:
        """A numbered unit as written (`0210/TU`) in its fullest form: as a partner of the
        article writes the same number (`Kodim 0210/Tapanuli Utara`), else its place's
        short form written out (`0110/Abdya` → `0110/Aceh Barat Daya`)."""
        number = unit.split("/", 1)[0]
        fuller = [m.group(0) for p in partners for m in _NUMBERED_PLACE.finditer(p.name)
                  if m.group("number") == number]
        if fuller:
            return max(fuller, key=len)
        return _NUMBERED_PLACE.sub(self._place_written_out, unit)

    def mention_at(self, text: str, entry: OrgEntry, start: int, end: int,
                   known: list[str]) -> OrgMention:
        """Complete an organisation head ending at `end` with its tail."""
        surface = text[start:end]
        is_short = surface.lower() != entry.full.lower()
        position = end
        acronym = surface if is_short else None
        inside = _BRACKET_INSIDE.search(surface)
        if inside and _plain(surface) == _plain(entry.full):
            # `Gereja Kristen Injili (GKI) di Tanah Papua`: the full name, its short form
            # written inside it
            is_short, acronym = False, inside.group(1)
        paren = re.match(r"[ \t]*\((?P<abbr>[A-Za-z][\w .&-]{0,20})\)", text[end:end + 30])
        if paren and paren.group(0).strip().lower() not in self.suffixes:  # not `(Persero)`
            acronym = paren.group("abbr").strip()
            position = end + paren.end()
        elif is_short:
            # `Disdukcapil (Dinas Kependudukan dan Pencatatan Sipil) Kabupaten Bireuen`: the
            # short form first, its head written out in brackets, then the region
            spelled = _SPELLED_OUT.match(text, end)
            if spelled and spelled.group("full").lower() == entry.full.lower():
                position = spelled.end()
        name: str | None = entry.full
        region = None
        if entry.kind == "dinas" and not is_short:
            # `Dinas Pertanian, Perikanan dan Pangan Kabupaten Semarang`: one office of several
            # affairs, read as one name only when its region follows
            affairs = self.affairs.match(text, position) or \
                self._affairs_before_bare_region(text, position, known)
            if affairs and not self._heads_another(affairs.group("affairs").split()):
                name = text[start:affairs.end("affairs")]
                if affairs.group("abbr"):
                    acronym = affairs.group("abbr")
                position = affairs.end()
                entry = entry.model_copy(update={"full": name, "tail": "region"})
        joined = ""
        if entry.joiner:  # `Balai Besar POM di Banda Aceh`
            joiner = re.match(rf"[ \t]+{re.escape(entry.joiner)}(?=[ \t])",
                              text[position:position + 10])
            if joiner and self.region_at(text, position + joiner.end(), known):
                joined = f" {entry.joiner}"
                position += joiner.end()
        if entry.tail in ("place", "region"):
            # a branch or type word is no place: the place comes after it (`… Bea dan Cukai
            # Tipe Madya Pabean B Tanjung Balai Karimun`, read by `_suffixes`)
            branch = self.suffix_re is not None and self.suffix_re.match(text, position)
            # `Dinas Kesehatan Kota (DKK) Surakarta`: the short form between the region's
            # level and its place, read as if it were not there
            inner = None if branch or acronym else self._short_form_after_level(
                text, position, entry.full)
            if inner is not None:
                text_read, short = inner
            else:
                text_read, short = text, None
            found = None if branch else self.region_at(text_read, position, known)
            # (or after a short form, the person's degree after the words: `Wakil Ketua PN
            # Bonifasius Sinaga S.H.`)
            if found and (entry.level or is_short) and \
                    self._a_person_not_a_region(text, position, found, known,
                                                degree_after=not entry.level):
                found = None
            if found:
                region, written, position = found
                head, region = self.leveled(entry.full, region, text, entry.level)
                region_words = region.split()
                if region_words[0].lower() == head.split()[-1].lower():
                    region_words = region_words[1:]  # "Pemerintah Kabupaten" + "Kabupaten Maros"
                name = " ".join([head + joined, *region_words])
                if acronym:
                    acronym = f"{acronym}{joined} {written}"
                elif short:
                    acronym = f"{short} {self.bare_region(region)}"
            elif entry.tail == "place":
                name = None
        elif entry.tail == "name":
            found_name = _NAME_TAIL.match(text, position)
            if found_name:
                words = _to_sentence_end(found_name.group("name").split(), self.lex)
                words = self._trim(words, titled=entry.kind == "rumah_sakit",
                                   affairs=entry.kind == "dinas",
                                   places={k.lower() for k in known},
                                   company=entry.full in LEGAL_FORMS)
                while words and words[-1] in ("dan", "&"):
                    words.pop()
                if not re.match(r"[ \t]*\(", text[found_name.end("name"):]):
                    # (`Universitas Musamus Merauke (Unmus)`: the short form of all of it)
                    words = self._town_after_whole_name(entry.full, words, known)
                if words and words[0] == "dr" and not self._with_place_somewhere(
                        text, words, known):
                    # `Direktur RSUD dr Hasmida Karim menyambut …`: the director, careless of
                    # the stop; a hospital named after a doctor so is written with its place,
                    # here or elsewhere (`RSUD dr Abdul Rivai Berau`)
                    words = []
                # where the last kept word ends in the text (a stripped `,` or `.` excluded)
                if words:
                    written = list(re.finditer(r"\S+", found_name.group("name")))[len(words) - 1]
                    position = found_name.start("name") + written.start() + len(words[-1])
                hierarchy = bool(words) and all(w.lower() in self.hierarchy_words
                                                for w in words)
                if hierarchy:
                    words = []  # `UPT Pemasyarakatan`
                if entry.kind == "bank" and len(words) > 1 and \
                        words[-1].lower() in {k.lower() for k in known}:
                    # `Bank Kalsel Rantau`: the town of the prison's branch, in the mention
                    # but not in the bank's name
                    words.pop()
                if words:
                    tail_text = " ".join(words)
                    # `Kodim 0110/Abdya`: the place after a unit's number written out
                    name = f"{entry.full} {_NUMBERED_PLACE.sub(self._place_written_out, tail_text)}"
                    if acronym:
                        acronym = f"{acronym} {tail_text}"
                    # `SMK Negeri 3 Kota Tangerang`: a region after the name belongs to it
                    name, acronym, position = self._region_after(text, name, acronym,
                                                                 position, known)
                else:
                    name = entry.full if entry.acronym and not hierarchy else None
            else:
                # `PLN`, `BPJS Kesehatan`: a head that names one organisation by itself
                name = entry.full if entry.acronym else None
        if name and position > end:
            # `Badan Narkotika Nasional Provinsi Sumatera Utara (BNNP Sumut)`
            late = _ACRONYM_AFTER.match(text, position)
            # (`PT Kilang Pertamina Internasional (KPI) Unit Balikpapan`: after the legal form,
            # which the short form then keeps, `PT KPI`, as articles write it)
            bare = without_legal_form(name)
            if late and (abbreviates(late.group("abbr"), name)
                         or (bare != name and abbreviates(late.group("abbr"), bare))):
                acronym = late.group("abbr").strip()
                if not abbreviates(acronym, name) and name.endswith(" " + bare):
                    acronym = f"{name[:-len(bare)]}{acronym}"
                position = late.end()
                # `Dinas Lingkungan Hidup (DLH) Kota Bogor`: the region after the short form;
                # `Sekolah Menengah Kejuruan (SMK) Negeri 4 Kupang`, `Universitas … (UMMY)
                # Solok`: the rest of the name, when it ends in a place
                if entry.tail == "name":
                    name, acronym, position = self._region_after(text, name, acronym,
                                                                 position, known)
                    name, acronym, position = self._rest_to_place(text, name, acronym,
                                                                  position, known)
        if name:
            name, acronym, position = self._suffixes(text, name, acronym, is_short,
                                                     position, known)
        return OrgMention(entry=entry, name=name, acronym=acronym, region=region,
                          start=start, end=position, head_end=end, surface=surface)

    def _with_place_somewhere(self, text: str, words: list[str], known: list[str]) -> bool:
        """Whether these name words end in a place, here or where the article writes them
        again with one after them (`RSUD dr Abdul Rivai Berau`, later `RSUD dr Abdul Rivai`)."""
        places = {k.lower() for k in known}
        if ending_place(words, self.lex.regions, places) is not None:
            return True
        # (the first few times only: a long run of the same mention stays linear)
        for again in islice(re.finditer(re.escape(" ".join(words)) + r"[ \t]+", text), 4):
            place = parse_place(text, again.end(), self.lex, known)
            if place and (place[0].lower() in self.lex.regions or place[0].lower() in places):
                return True
        return False

    def _region_after(self, text: str, name: str, acronym: str | None, position: int,
                      known: list[str]) -> tuple[str, str | None, int]:
        """A region written with its level right after a name belongs to it (and to the
        short form): `SMK Negeri 3` + `Kota Tangerang`."""
        if not self.lex.region_prefix.match(text, position + 1):
            return name, acronym, position
        found = self.region_at(text, position, known)
        if found is None:
            return name, acronym, position
        return (f"{name} {found[0]}", f"{acronym} {found[1]}" if acronym else None,
                found[2])

    def _town_after_whole_name(self, head: str, words: list[str], known: list[str]
                               ) -> list[str]:
        """The name words without the town written after a name that is whole without it
        (`WHOLE_NAME`): `Universitas Khairun Ternate` → `Khairun`."""
        for size in range(len(words) - 1, 0, -1):
            if f"{head} {' '.join(words[:size])}".lower() in self.whole_names:
                rest = words[size:]
                if ending_place(rest, self.lex.regions, {k.lower() for k in known}) == \
                        " ".join(rest):
                    return words[:size]
                break
        return words

    def _rest_to_place(self, text: str, name: str, acronym: str | None, position: int,
                       known: list[str]) -> tuple[str, str | None, int]:
        """A few name words after a short form that end in a place, or that the article
        writes after the short form again, belong to the name and to the short form
        (`(SMK) Negeri 4 Kupang`, `(UMMY) Solok`, `(ISB) Atma Luhur`)."""
        found = _NAME_TAIL.match(text, position)
        if found is None or name.lower() in self.whole_names:
            return name, acronym, position  # `Universitas Khairun (Unkhair) Ternate`: its town
        words = self._trim(found.group("name").split())[:REST_WORDS]
        article_places = {k.lower() for k in known}
        for size in range(len(words), 0, -1):
            rest = words[:size]
            if rest[-1][-1:] in ",.":
                continue
            # or that the article writes again after the short form (`Institut Sains dan
            # Bisnis (ISB) Atma Luhur`, then `Rektor ISB Atma Luhur`)
            again = acronym is not None and f"{acronym} {' '.join(rest)}" in text
            if again or ending_place(rest, self.lex.regions, article_places) is not None:
                tail = " ".join(rest)
                end = text.index(rest[-1], found.start("name")) + len(rest[-1])
                return f"{name} {tail}", f"{acronym} {tail}" if acronym else None, end
        return name, acronym, position

    def _suffixes(self, text: str, name: str, acronym: str | None, is_short: bool,
                  position: int, known: list[str]) -> tuple[str, str | None, int]:
        """Branch and legal-form words after a name: `… (Persero) ULP Tanjung Balai Karimun`."""
        if self.suffix_re is None:
            return name, acronym, position
        placeless = False
        for _ in range(3):
            match = self.suffix_re.match(text, position)
            if match is None and placeless and text[position:position + 1] == ".":
                # `PT Bank Rakyat Indonesia (Persero) Tbk. Kantor Cabang Sragen`: a legal
                # form's full stop, a branch after it
                match = self.suffix_re.match(text, position + 1)
            if match is None:
                break
            entry = self.suffixes[match.group("suffix").lower()]
            placeless = not entry.place
            at = match.end()
            paren = _ACRONYM_AFTER.match(text, at)  # `Unit Layanan Pelanggan (ULP) Tanjung …`
            if paren:
                at = paren.end()
            words = [entry.full]
            written = [match.group("suffix")]
            if entry.place:
                place = parse_place(text, at, self.lex, known)
                if place is None:
                    break
                words.append(place[0])
                written.append(place[0])
                at = place[2]
            name = f"{name} {' '.join(words)}"
            if acronym and is_short:
                acronym = f"{acronym} {' '.join(written)}"
            position = at
        return name, acronym, position

    def _starts_head(self, words: list[str], index: int, loose: bool = False) -> bool:
        """Whether another head (organisation, facility, position), a date word or a speech
        verb starts at `words[index]`: whole phrases, so `Yayasan Rumah Harapan` goes on
        while `… Rumah Sakit` stops."""
        if index >= len(words) or not self.lex.stops(words[index].rstrip(".,"),
                                                     self.lex.org_stop_words):
            return False
        if loose:  # after `dan`, a head's first word is enough (the tail may be cut short)
            return True
        for size in range(1, min(5, len(words) - index) + 1):
            written = " ".join(words[index:index + size]).rstrip(".,")
            phrase = written.lower()
            # a short form in capitals heads a name only written so (`MPU`, not `Mpu Kuturan`)
            if phrase in self.lex.head_phrases and \
                    (phrase not in self.capital_heads or written.isupper()):
                return True
        return False

    def _trim(self, words: list[str], titled: bool = False, affairs: bool = False,
              places: Collection[str] = (), company: bool = False) -> list[str]:
        """Cut a name tail at the first word that cannot belong to a name; `titled`: the
        name may open with a person's titles (`RSUD dr. Sobirin`, `RSUP Prof. Dr. …`);
        `affairs`: an office's first word is its affair even when it heads other names
        (`Dinas Koperasi dan Usaha Mikro`); `places`: the article's places (lower case),
        whose words are no heads (`BRI Pangkalan Balai`); `company`: the name after a legal
        form, where another organisation's head is a word of the firm's name (`PT Kilang
        Pertamina Internasional`)."""
        kept = []
        opening = titled
        for index, word in enumerate(words):
            # (a title written without its full stop too: `RSUD dr Abdul Rivai Berau`)
            if opening and (self.lex.titles_before.fullmatch(word) or (
                    word.isalpha() and self.lex.titles_before.fullmatch(word + "."))):
                kept.append(word)
                continue
            opening = False
            bare = word.rstrip(".,")
            following = words[index + 1] if index + 1 < len(words) else ""
            if word in _AND and kept and self._starts_head(words, index + 1, loose=True):
                break  # `Pondok Pesantren Darul Hikmah dan Badan Amil Zakat …`: two names
            if following in _AND and index + 2 < len(words):
                following = words[index + 2]  # `… Pelatihan dan Kursus Indonesia`
            interior = following[:1].isupper() and not word.endswith(",")
            ends_place = any(" ".join([*kept[at:], bare]).lower() in places
                             for at in range(len(kept)))
            if kept and len(bare) > 2 and capitals_not_name(bare, self.lex) \
                    and bare.title() not in self.lex.org_final:
                break  # a lead written in capitals: `PUSKESMAS PANGKALAN SUSU MENGGELAR …`
            if bare == "Kota" and kept and not interior and (
                    kept[-1].lower() in self.lex.regions or kept[-1].lower() in places):
                kept.append(bare)  # `Puskesmas Dompu Kota`: the town's centre (mentions.py)
                break
            # `Universitas Sembilanbelas November Kolaka`: a month before another capitalised
            # word, or after a number written as a word (`Universitas Sebelas Maret`), is a
            # word of the name, not a date
            in_name = bare.lower() in self.months and bool(kept) and (
                (following[:1].isupper() and not following[:1].isdigit())
                or kept[-1].lower() in self.number_words)
            # `CV Naga Mas Keramik`: a word that ends person names may sit inside a firm's name
            if bare in self.lex.not_names and kept and not interior and not in_name \
                    and bare not in self.lex.org_final and not ends_place:
                break
            if kept and bare in self.headline_verbs:
                break  # `RSUD SMART Teken MoU …`: a headline's verb
            prefix = self.lex.region_prefix.match(bare + " ")
            if kept and prefix and prefix.end() == len(bare) and index + 1 < len(words):
                break  # `Dinas Perindustrian Provinsi NTB`: the region is read as a region
            in_firm = company and bool(kept) and bare.lower() in self.org_only_words
            if (self._starts_head(words, index) and not (affairs and not kept)
                    and not ends_place and not in_name and not in_firm) or \
                    bare.lower() in self.suffix_first or \
                    (self.lex.titles_before.fullmatch(word) and following[:1].isupper()):
                # another head, a branch word, or a rank before a person's name (a title
                # word before no name is the name's own: `Universitas … Raja Ali Haji (Umrah)`)
                break
            # initials keep their full stops (`RSUD Prof. Dr. W. Z. Johannes`, `RSUD S.K. Lerik`,
            # `RSUD M.Th. Djaman`)
            initials = index + 1 < len(words) and \
                _NAME_INITIALS.fullmatch(word.rstrip(",")) is not None
            kept.append(word.rstrip(",") if initials else word.rstrip(",."))
            if word.endswith(",") or (word.endswith(".") and len(bare) > 3 and not initials):
                break
        return kept

    def find(self, doc: Doc, known: list[str], skip: list[tuple[int, int]]) -> list[OrgMention]:
        """Every organisation mention outside the skipped ranges, in text order."""
        text = doc.text
        out: list[OrgMention] = []
        covered = -1
        # `pesantren kilat`, `Pesantren Ramadan`: an activity whose name begins with a head
        activities = sorted((s.start_char, s.end_char) for s in spans(doc, "ENGAGEMENT"))
        activity_starts = [s for s, _ in activities]
        # short forms the article gave a full name in brackets: `Dinas Ketahanan Pangan (DKP)`
        # makes a later `DKP Bartim` that office, not the Dinas Kelautan dan Perikanan the
        # pattern files know by the same letters
        defined: dict[str, OrgEntry] = {}
        # the words after the short form inside its bracket: `(Dinsos P3A)` makes a later
        # `Dinsos P3A Kabupaten Muaro Jambi` one mention, its region after the whole form
        defined_rest: dict[str, str] = {}
        skipped = _Ranges(skip)
        for span in spans(doc, "ORG"):
            if span.start_char < covered:
                continue
            if skipped.holds(span.start_char):
                continue
            if any(span.end_char < activities[i][1] for i in range(
                    bisect_left(activity_starts, span.start_char),
                    bisect_left(activity_starts, span.end_char))):
                continue
            entry = self.heads.get(span.text.lower())
            if entry is None or self.lone_unit(doc, span):
                continue
            if f"{word_before(text, span.start_char)} {span.text}".lower() in self.seat_words:
                continue  # `di Rumah Dinas Bupati`: a residence, no office
            own = defined.get(span.text)
            end = span.end_char
            if own is not None and own.full != entry.full:
                entry = own
                rest = defined_rest.get(span.text, "")
                if rest and text.startswith(rest, end) and \
                        not text[end + len(rest):end + len(rest) + 1].isalnum():
                    end += len(rest)
            mention = self.mention_at(text, entry, span.start_char, end, known)
            if entry.unit_of is not None and self._has_body(doc, span.end_char, entry):
                mention = self._with_body(doc, mention, known)
            if mention.acronym and mention.name and span.text.lower() == entry.full.lower():
                short_form = mention.acronym.split()[0]
                bracket = _BRACKET_OF.search(text, span.start_char, mention.end)
                while bracket is not None and bracket.group("short") != short_form:
                    bracket = _BRACKET_OF.search(text, bracket.end(), mention.end)
                rest = bracket.group("rest") if bracket is not None else ""
                if bracket is not None and rest and not (
                        # more words in the bracket count only when they are the form's own
                        # (not a head, `UPT BLK`; not a place, `BNNP Sumut`) and the region
                        # comes after it (`(Dinsos P3A) Kabupaten Muaro Jambi`)
                        short_form not in defined and entry.unit_of is None
                        and not any(w.lower() in self.heads for w in rest.split())
                        and self.region_at(text, bracket.start("rest"), known) is None
                        and self.region_at(text, bracket.end(), known) is not None):
                    bracket = None
                if short_form.lower() in self.heads and bracket is not None:
                    full = text[span.start_char:bracket.start()].strip()
                    # the tail reads as the short form's own pattern says (`DKP` + region)
                    tail = self.heads[short_form.lower()].tail
                    if rest:
                        defined_rest[short_form] = rest
                    defined.setdefault(short_form, entry.model_copy(
                        update={"full": full, "tail": tail, "acronym": short_form}))
            if out and _joins(out[-1], mention, text):
                mention = _joined(out.pop(), mention, text)
            mention = self._own_short_form_after(text, mention)
            out.append(mention)
            covered = mention.end
        positioned = {_spaces_back(text, s.end_char) for s in spans(doc, "POSITION")}
        return self._without_glued_names(text, _sharing_regions(text, out), known, positioned)

    def _own_short_form_after(self, text: str, mention: OrgMention) -> OrgMention:
        """A bracket after a name that names the same organisation by its own head is its
        short form, though not an initialism (`Kantor Pengawasan dan Pelayanan Bea dan Cukai
        Tipe Madya Pabean B Tanjung Balai Karimun (Bea Cukai Karimun)`), and so are fewer
        words after `atau` (`PT Bank Pembangunan Daerah Nusa Tenggara Timur atau Bank NTT`)."""
        late = _ACRONYM_AFTER.match(text, mention.end)
        if late is None or mention.acronym is not None:
            # (after a bracketed short form too: `Rumah Sakit Umum Daerah (RSUD) Syarifah
            # Ambami Rato Ebu atau RSUD Syamrabu Bangkalan`)
            late = _ALIAS_AFTER.match(text, mention.end)
        if late is None or mention.name is None:
            return mention
        words = late.group("abbr").split()
        if len(words) >= len(mention.name.split()):
            return mention  # `Dinas Sosial atau Dinas Kesehatan`: another one, not a short form
        name_words = {w.lower() for w in mention.name.split()}
        if any(w.lower() in self.suffixes and w.lower() not in name_words for w in words):
            # `PT Bank Rakyat Indonesia (Persero) Tbk atau BRI Kantor Cabang Prabumulih`: a
            # branch of it, named more closely than the name before
            return mention
        if any((entry := self.heads.get(" ".join(words[:size]).lower())) is not None
               and entry.id == mention.entry.id for size in range(1, min(4, len(words)) + 1)):
            return replace(mention, acronym=late.group("abbr").strip(), end=late.end())
        return mention

    def _without_glued_names(self, text: str, mentions: list[OrgMention],
                             known: list[str], positioned: set[int]) -> list[OrgMention]:
        """Cut a person's name glued to the end of a mention, with no comma between
        (`Executive Chef Hotel Laras Merbabu Yohanes Tri Wibowo, yang …`): two to four
        capitalised words that read as a name, after which what is left is an organisation the
        article names elsewhere (`Hotel Laras Merbabu Salatiga`), or, after a position, one
        that ends in a place (`Kepala Kantor Imigrasi Kelas II TPI Nunukan Ferry Wicaksono
        Adi menjelaskan …`). `positioned`: where the article's positions end."""
        places = frozenset(k.lower() for k in known)
        # built on first need: most articles have no name glued to a mention
        index = functools.cache(lambda: _CoreIndex.of(mentions, self.form_words))
        return [self._glued_name_cut(text, m, index, places,
                                     headed=m.entry.kind in self.office_kinds and
                                     _spaces_back(text, m.start) in positioned)
                or m for m in mentions]

    def _glued_name_cut(self, text: str, m: OrgMention, index: Callable[[], _CoreIndex],
                        known: frozenset[str], headed: bool) -> OrgMention | None:
        if not m.name or m.end - m.head_end < 3:
            return None
        if full_name_after_comma(text, m.end, self.lex):
            return None  # `… (PKBM) Bina Insan Mandiri, Hj. Euis …`: the holder comes after
        words = list(re.finditer(r"\S+", text[m.head_end:m.end]))
        # the name's own place, whose words no cut may split (`… Kabupaten Musi Rawas Utara`)
        place = ending_place(m.name.split(), self.lex.regions, known)
        place_words = len(place.split()) if place else 0
        for k in range(2, min(4, len(words) - 1) + 1):  # the fewest words first
            if k < place_words:
                break
            first = words[-k]
            at = m.head_end + first.start()
            trailing = [w.group(0) for w in words[-k:]]
            # a name, not the organisation's place (`… Darul Hikmah Baturaja`)
            endings = [" ".join(trailing[i:]).lower() for i in range(len(trailing))]
            if not all(w[:1].isupper() and w.isalpha() for w in trailing) or \
                    any(e in self.lex.regions or e in known for e in endings) or \
                    any(w.lower() in self.lex.regions or self.lex.stops(w) for w in trailing[:1]):
                continue
            person = parse_name(text, at, self.lex)
            if person is None or person.end < m.end:
                continue
            tail = " " + " ".join(trailing)
            if not m.name.endswith(tail):
                continue
            kept = m.name[: -len(tail)]
            if (headed and ending_place(kept.split(), self.lex.regions, known) is not None) or \
                    index().names_another(kept, m.name, self.form_words,
                                        (self.lex.regions, known)):
                cut_at = m.head_end + words[-k - 1].end()
                acronym = m.acronym[: -len(tail)] if m.acronym and m.acronym.endswith(tail) \
                    else m.acronym
                return replace(m, name=kept, acronym=acronym, end=cut_at, glued_name_at=at)
        return None

    def chain_at(self, doc: Doc, entry: OrgEntry, start: int, end: int,
                 known: list[str]) -> OrgMention:
        """An organisation mention with the heads that continue it (`UPTD BLK …`,
        `Kantor Wilayah Direktorat Jenderal Pemasyarakatan Lampung`, `Prodi … UNY`)."""
        text = doc.text
        mention = self.mention_at(text, entry, start, end, known)
        for _ in range(3):
            head = self._head_after(doc, mention.end)
            if head is None:
                break
            after, after_entry = head
            if mention.entry.unit_of is not None:
                return self._with_body(doc, mention, known) \
                    if after_entry.kind == mention.entry.unit_of else mention
            nxt = self.mention_at(text, after_entry, after.start_char, after.end_char, known)
            if _joins(mention, nxt, text):
                mention = _joined(mention, nxt, text)
            elif (mention.entry.kind == "parent" and after_entry.kind == "parent") or \
                    mention.entry.part_of == after_entry.kind:
                own = mention.name or mention.entry.full
                # the next head written out (`Kanwil Ditjenpas Sulsel` → `… Direktorat Jenderal
                # Pemasyarakatan Sulawesi Selatan`), as a position names its organisation
                rest = nxt.name or text[nxt.start:nxt.end]
                mention = OrgMention(entry=mention.entry, name=f"{own} {rest}",
                                     acronym=mention.acronym, region=nxt.region,
                                     start=mention.start, end=nxt.end,
                                     head_end=mention.head_end, surface=mention.surface)
            else:
                break
        return mention

    def _head_after(self, doc: Doc, end: int) -> tuple[Span, OrgEntry] | None:
        """The organisation head that starts one space after `end`, with its entry."""
        if doc.text[end:end + 1] != " ":
            return None
        after = span_at(doc, "ORG", end + 1)
        entry = self.heads.get(after.text.lower()) if after is not None else None
        return (after, entry) if after is not None and entry is not None else None

    def lone_unit(self, doc: Doc, span: Span) -> bool:
        """Whether an organisation span is a unit word with no body of its kind after it
        (`Klasis GKI Nabire`, the church unknown to the patterns): no organisation head then,
        the words are read as any others; a unit whose own name follows it is a head still
        (`Jemaat GKI Pniel Kotaraja`)."""
        entry = self.heads.get(span.text.lower())
        if entry is None or entry.unit_of is None or entry.tail == "name":
            return False
        return not self._has_body(doc, span.end_char, entry)

    def _has_body(self, doc: Doc, end: int, unit: OrgEntry) -> bool:
        """Whether the head of a body of the unit's kind follows the unit word."""
        body = self._head_after(doc, end)
        return body is not None and body[1].kind == unit.unit_of

    def _with_body(self, doc: Doc, unit: OrgMention, known: list[str]) -> OrgMention:
        """`Klasis` + `GPM` + `Seram Barat` → `Klasis Gereja Protestan Maluku Seram Barat`
        (acronym as written): a unit word, its body written out, and the unit's own place or
        congregation, the capitalised words after the body."""
        text = doc.text
        head = self._head_after(doc, unit.end)
        assert head is not None  # `lone_unit` said so
        after, entry = head
        body = self.mention_at(text, entry, after.start_char, after.end_char, known)
        end = body.end
        own = _NAME_TAIL.match(text, end)
        words = self._trim(own.group("name").split(), places={k.lower() for k in known}) \
            if own else []
        while words and words[-1] in _AND:
            words.pop()
        if own and words:
            written = list(re.finditer(r"\S+", own.group("name")))[len(words) - 1]
            end = own.start("name") + written.start() + len(words[-1])
        place = f" {' '.join(words)}" if words else ""
        name = f"{unit.entry.full} {body.name or body.entry.full}{place}"
        if f" {unit.entry.full} " in f" {body.name} ":
            name = f"{body.name}{place}"  # `Klasis` + `GKI … di Tanah Papua Klasis Sarmi`
        as_written = text[unit.start:end]
        if "(" in as_written:  # `… Gereja Masehi Injili di Minahasa (BPMS GMIM)`: its short form
            acronym = body.acronym if body.acronym and body.acronym != body.entry.acronym \
                else None
        else:
            acronym = as_written if as_written != name else None
        return OrgMention(entry=unit.entry, name=name, acronym=acronym, region=body.region,
                          start=unit.start, end=end, head_end=unit.head_end,
                          surface=unit.surface)

    def group(self, mentions: list[OrgMention], known: Iterable[str] = ()) -> list[PartnerAcc]:
        """Collapse mentions into partners; short mentions join their full partner."""
        partners: dict[str, PartnerAcc] = {}
        pending: list[OrgMention] = []
        units: list[OrgMention] = []
        for m in mentions:
            if m.entry.kind == "parent":
                continue
            if m.entry.part_of:
                units.append(m)
                continue
            if m.name is None or (m.entry.tail != "none" and m.name == m.entry.full
                                  and m.region is None):
                pending.append(m)
                continue
            key = m.name.lower()
            acc = partners.setdefault(key, PartnerAcc(m.name, m.entry.kind, m.entry.full,
                                                      m.region))
            if m.acronym and (acc.acronym is None or len(m.acronym) > len(acc.acronym)):
                acc.acronym = m.acronym
            acc.mentions.append(m)
        for m in pending:
            # `BNN` beside `BNN Kota Kupang`: the one organisation of that head
            same_head = [p for p in partners.values() if p.head == m.entry.full] or \
                [p for p in partners.values() if p.head.startswith(m.entry.full + " ")]
            if len(same_head) == 1:
                same_head[0].mentions.append(m)
                continue
            # `BPJS Kesehatan`, `BRI`: a head with a short form names one organisation even
            # when no name follows (`mention_at` gives it its full name)
            # (not a generic unit word, `UPT`: "ketiga UPT" are the prisons, no name)
            # (nor a regional office, `Dinas Tenaga Kerja`, which exists only with its region)
            whole = not m.entry.generic and not m.entry.level and (
                m.entry.tail in ("region", "none") or (
                    m.entry.tail == "name" and m.entry.acronym is not None))
            if same_head or m.name is None or not whole:
                continue
            # A head that names a whole organisation by itself (`Baznas`, `Kemensos`);
            # in lower case (`pemerintah daerah`) it is a generic reference, not a name.
            if m.entry.tail == "none" or m.surface[:1].isupper():
                acc = partners.setdefault(m.name.lower(), PartnerAcc(
                    m.name, m.entry.kind, m.entry.full, None))
                acc.mentions.append(m)
                if m.acronym and m.acronym != m.name:
                    acc.acronym = acc.acronym or m.acronym
        # places of the article count as places: `Pondok Pesantren Darul Hikmah Baturaja`
        # (looked up beside the gazetteer, never merged into a copy of it per article)
        article_places = {k.lower() for k in known}
        regions = self.lex.regions

        def is_place(words: str) -> bool:
            return words in regions or words in article_places

        def is_title(word: str) -> bool:
            return bool(self.lex.titles_before.fullmatch(word) or _INITIALS.fullmatch(word))

        merged = {p.name.lower(): p for p in _merge_variants(
            list(partners.values()), is_place, self.region_prefixes, self.form_words,
            is_title, self.unit_words)}
        self._attach_units(units, merged, mentions)
        _branches_take_their_body(merged)
        for partner in merged.values():
            if partner.kind == "perusahaan" and self._state_company(partner.name):
                partner.kind = "bumn"
        return sorted(merged.values(), key=lambda p: min(m.start for m in p.mentions))

    def _state_company(self, name: str) -> bool:
        """`PT Timah Tbk`, `PT Perkebunan Nusantara I Regional 7`: a company the state owns
        (its name after the legal form begins with one of `STATE_COMPANY`)."""
        rest = without_legal_form(name)
        if rest == name:
            return False
        return any(f"{rest.lower()} ".startswith(company + " ") for company in self.state_companies)

    @staticmethod
    def _attach_units(units: list[OrgMention], partners: dict[str, PartnerAcc],
                      mentions: list[OrgMention]) -> None:
        """A unit (`Fakultas Hukum Unsoed`) joins the organisation named right after it,
        else the only one of its kind; with none, it stands as a partner itself."""
        for unit in units:
            owners = [p for p in partners.values() if p.kind == unit.entry.part_of]
            following = [m for m in mentions if m is not unit and m.entry.kind ==
                         unit.entry.part_of and not m.entry.part_of
                         and 0 <= m.start - unit.end <= 3]
            owner = next((p for p in owners for m in following if m in p.mentions), None)
            if owner is None and unit.name:
                # `Fakultas Hukum Unsoed`: the name ends with the university's short form
                tail = unit.name.split()[-1].lower()
                owner = next((p for p in owners if any(
                    m.surface.lower() == tail or (m.acronym or "").lower() == tail
                    for m in p.mentions)), None)
            if owner is None and len(owners) == 1:
                owner = owners[0]
            if owner is not None:
                owner.mentions.append(unit)
                owner.mentions.sort(key=lambda m: m.start)
            elif unit.name:
                acc = partners.setdefault(unit.name.lower(), PartnerAcc(
                    unit.name, unit.entry.kind, unit.entry.full, unit.region, unit.acronym))
                acc.mentions.append(unit)


def _branches_take_their_body(partners: dict[str, PartnerAcc]) -> None:
    """`DPC Peradi Bantaeng` and `Peradi` in one article: the association named alone is the
    branch the article is about; its mentions join the branch (when only one branch of it),
    or the branch's join it when the article named the association first (`… menggandeng
    Perhimpunan Advokat Indonesia (Peradi) Sumenep. Ketua DPC Peradi Sumenep …`)."""
    branches: dict[str, list[PartnerAcc]] = {}
    for partner in partners.values():
        first = min(partner.mentions, key=lambda m: m.start).entry
        if first.branch and partner.name.startswith(first.full + " "):
            body = partner.name[len(first.full) + 1:].lower()
            branches.setdefault(body, []).append(partner)
    for body, found in branches.items():
        if len(found) != 1:
            continue
        for other in list(partners.values()):
            name = other.name.lower()
            if other is found[0] or not (name == body or body.startswith(name + " ")):
                continue
            branch = found[0]
            survivor, absorbed = (other, branch) if min(m.start for m in other.mentions) < \
                min(m.start for m in branch.mentions) else (branch, other)
            survivor.mentions.extend(absorbed.mentions)
            survivor.mentions.sort(key=lambda m: m.start)
            del partners[absorbed.name.lower()]
            if absorbed is branch:
                break


class _Ranges:
    """Character ranges asked whether one holds an offset, by bisection (the ranges of a
    long text are many, and every mention asks)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the ranges up to each one
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def holds(self, at: int) -> bool:
        """Whether some range has start <= at < end."""
        index = bisect_right(self.starts, at)
        return index > 0 and self.reach[index - 1] > at


LEGAL_FORMS = ("PT", "Perum", "CV")
"""The legal forms a company's name opens with (`PT Timah Tbk`, `Perum Bulog`)."""


def without_legal_form(name: str) -> str:
    """A company's name after its opening legal form (`PT PLN (Persero)` → `PLN (Persero)`);
    any other name as it is."""
    first, _, rest = name.partition(" ")
    return rest if first in LEGAL_FORMS and rest else name


def _sharing_regions(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """Regional offices listed before one that names its region share it: `Dinas Sosial dan
    Dinas Kesehatan Kabupaten Maros` are two offices of Kabupaten Maros."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        bare, named = out[i], out[i + 1]
        if bare.entry.level and named.entry.level and bare.region is None and \
                bare.name == bare.entry.full and named.region is not None and \
                text[bare.end:named.start] in (" dan ", ", ", " serta ", ", dan ", ", serta "):
            out[i] = replace(bare, name=f"{bare.name} {named.region}", region=named.region)
    return out


def _spaces_back(text: str, at: int) -> int:
    """`at` moved back over the whitespace before it (no copy of the text before it: a
    long text with many mentions stays linear)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _is_abbreviation(short: str, full: str) -> bool:
    """`Sumut` ~ `Sumatera Utara`, `Kotim` ~ `Kotawaringin Timur`: the short form's letters
    run through the full form's words in order, each word giving at least its first letter."""
    letters, words = short.lower(), full.lower().split()
    if " " in short or len(words) < 2 or not letters or len(letters) > 10:
        return False

    def take(i: int, w: int) -> bool:
        if i == len(letters):
            return w == len(words)
        if w == len(words):
            return False
        word = words[w]
        if letters[i] != word[0]:
            return False
        # this word gives letters[i:j] as a subsequence starting at its first letter
        k, j = 1, i + 1
        if take(j, w + 1):
            return True
        while j < len(letters) and k < len(word):
            if letters[j] == word[k]:
                j += 1
                if take(j, w + 1):
                    return True
            k += 1
        return False

    return take(0, 0)


@dataclass(frozen=True)
class _CoreIndex:
    """The article's mention names without legal-form words (`_core`), looked up by the
    names and by each of their shorter word prefixes: a mention is compared with the
    distinct names of the others, not with every other mention (a 100 KB run of the same
    `Direktur RSUD dr. Hasmida Karim` took a minute, comparing each with all)."""

    by_prefix: dict[str, frozenset[str]]

    @classmethod
    def of(cls, mentions: list[OrgMention], form_words: frozenset[str]) -> _CoreIndex:
        """Index the names of these mentions."""
        found: dict[str, set[str]] = {}
        for core in {_core(_plain(m.name), form_words) for m in mentions if m.name}:
            words = core.split()
            for size in range(1, len(words) + 1):
                found.setdefault(" ".join(words[:size]), set()).add(core)
        return cls({prefix: frozenset(cores) for prefix, cores in found.items()})

    def names_another(self, name: str, whole: str, form_words: frozenset[str],
                      places: tuple[frozenset[str], ...]) -> bool:
        """Whether a name is that of another mention's organisation, written shorter or
        with its branch or place (`Hotel Laras Merbabu` ~ `Hotel Laras Merbabu Salatiga`,
        `Bank Rakyat Indonesia Tulungagung` ~ `PT Bank Rakyat Indonesia (Persero) Tbk Kantor
        Cabang Tulungagung`), and not the whole name it was cut from written again (`PT
        Sinar Presisi Teknik` twice is one company, no `PT Sinar` and a person)."""
        a, full = _core(_plain(name), form_words), _core(_plain(whole), form_words)
        for b in self.by_prefix.get(a, frozenset()):
            if b == full or b.startswith(full + " "):
                continue
            # the other may add its place (`Hotel Laras Merbabu Salatiga`), nothing else
            if a == b or any(b[len(a) + 1:] in p for p in places):
                return True
        return False


def _initialism(short: str, full: str, form_words: frozenset[str]) -> bool:
    """Whether a name is another's written by the initials of its words, legal form and
    branch words aside (`PT SAL` ~ `PT Sukamara Agro Lestari`)."""
    short_core = _core(_plain(short), form_words).split()
    full_core = _core(_plain(full), form_words).split()
    return len(short_core) == 1 and len(full_core) >= 2 and \
        short_core[0] == "".join(w[0] for w in full_core)


def _same_organisation(a: PartnerAcc, b: PartnerAcc, prefixes: frozenset[str],
                       form_words: frozenset[str] = frozenset()) -> bool:
    """Two partners of one head that are one organisation written two ways."""
    if a.kind != b.kind:
        return False
    if _plain(a.name) == _plain(b.name) or _core(a.name, form_words) == _core(b.name, form_words):
        return True
    if _initialism(a.name, b.name, form_words) or _initialism(b.name, a.name, form_words):
        return True  # `PT SAL` ~ `PT Sukamara Agro Lestari (SAL)`
    for x, y in ((a, b), (b, a)):
        # `Bank NTT`, `Bank NTT Kalabahi` ~
        # `PT Bank … Nusa Tenggara Timur (Bank NTT) Cabang Kalabahi`
        if x.acronym and y.name.lower().startswith(x.acronym.lower()) and \
                set(y.name.lower().split()) - set(x.acronym.lower().split()) <= \
                set(x.name.lower().split()):
            return True
    if a.acronym and b.acronym and a.acronym.lower() == b.acronym.lower():
        return True
    for x, y in ((a, b), (b, a)):
        # `PT Bank Pembangunan Daerah Kalimantan Tengah (Bank Kalteng)` ~ `Bank Kalteng
        # Cabang Utama Palangka Raya`: its short form, then one of its branches
        if x.acronym and y.name.lower().startswith(x.acronym.lower() + " ") and \
                y.name.split()[len(x.acronym.split())].lower() in form_words:
            return True
    # `Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sinjai` ~ `Diskop UKM Sinjai`:
    # spellings of one office (one pattern id) of one region
    if a.region and a.region == b.region and \
            {m.entry.id for m in a.mentions} & {m.entry.id for m in b.mentions}:
        return True
    # `Kantor Imigrasi Kelas II TPI Tanjung Uban` ~ `Kanim Tanjung Uban`: an office's class
    if _OFFICE_CLASS.search(a.name) or _OFFICE_CLASS.search(b.name):
        if _plain(_OFFICE_CLASS.sub("", a.name)) == _plain(_OFFICE_CLASS.sub("", b.name)):
            return True
    # `Kodim 0210/Tapanuli Utara` ~ `Kodim 0210/TU`: one unit number
    numbers_a = {m.group("number") for m in _NUMBERED_PLACE.finditer(a.name)}
    if numbers_a and numbers_a == {m.group("number") for m in _NUMBERED_PLACE.finditer(b.name)}:
        return True
    levels = {p.lower() for p in prefixes}
    for x, y in ((a, b), (b, a)):
        # `Dinas Ketahanan Pangan Barito Timur` ~ `… Kabupaten Barito Timur`: the level unwritten
        xw, yw = x.name.lower().split(), y.name.lower().split()
        if len(yw) == len(xw) + 1 and not levels & set(xw) and \
                [w for w in yw if w not in levels] == xw:
            return True
    for x, y in ((a, b), (b, a)):
        longer, shorter = x.name.split(), y.name.split()
        if len(longer) != len(shorter) + 1 or len(shorter) < 2:
            continue
        # `UPTD Puskesmas Pematang Kandis` ~ `Puskesmas Pematang Kandis`: a unit word before it
        if longer[1:] == shorter and longer[0].isupper():
            return True
        # `Pondok Pesantren Al-Furqan Rabadompu` ~ `Pondok Pesantren Al-Furqan`: one more word
        # naming where it is (a branch or form word, `Syariah`, `Cabang`, tells them apart)
        if longer[:-1] == shorter and longer[-1][:1].isupper() and \
                longer[-1].lower() not in form_words:
            return True
    if a.kind == "pemda" and a.head != b.head and _governed(a.name) and \
            _governed(a.name) == _governed(b.name):
        return True  # `Sekretariat Daerah Kabupaten Minahasa` is the regency's government
    for x, y in ((a, b), (b, a)):
        # `Setda Poso` (no level written) with `Pemerintah Kabupaten Poso`
        governed = _governed(y.name)
        if x.kind == "pemda" and x.name.startswith("Sekretariat Daerah ") and governed and \
                not _governed(x.name) and \
                governed.split(" ", 1)[1] == x.name[len("Sekretariat Daerah "):].lower():
            return True
    if a.head != b.head or not a.region or not b.region:
        return False
    ra, rb = bare_region(a.region, prefixes), bare_region(b.region, prefixes)
    if ra.lower() == rb.lower():
        # `Dinkes Palembang` ~ `Dinas Kesehatan Kota Palembang`, unless both name a prefix
        return ra == a.region or rb == b.region
    if rb.lower().endswith(" " + ra.lower()) or ra.lower().endswith(" " + rb.lower()):
        return True  # `DKP Selayar` ~ `DKP Kabupaten Kepulauan Selayar`: the region's last word
    return _is_abbreviation(ra, rb) or _is_abbreviation(rb, ra)


def _governed(name: str) -> str | None:
    """The region a government body names with its level: `Pemerintah Kabupaten Bima` and
    `Sekretariat Daerah Kabupaten Bima` → `kabupaten bima` (never `Kota Bima`)."""
    match = re.match(r"(?:Pemerintah|Sekretariat Daerah) ((?:Kabupaten|Kota|Provinsi) .+)", name)
    return match.group(1).lower() if match else None


def _core(name: str, form_words: frozenset[str]) -> str:
    """A name without legal-form and branch words: `PT Bank Rakyat Indonesia (Persero) Tbk
    Kantor Cabang Sleman` → `bank rakyat indonesia sleman`."""
    return " ".join(w for w in name.lower().split() if w not in form_words)


def _plain(name: str) -> str:
    """A name without parenthesised parts, lower-cased: `PT PLN (Persero) X` → `pt pln x`."""
    return " ".join(re.sub(r"\([^()]*\)", " ", name).lower().split())


# one word (`(FEB)`, `(Unsil)`), or a unit's initials or short name and its owner's short form
# (`(FH Unram)`, `(Faperta Unand)`, `(FKG ULM)`)
_BRACKETED_SHORT_FORM = re.compile(
    r"\((?P<short>[A-Z][A-Za-z]{1,14}|(?P<unit>[A-Z]{2,6}|[A-Z][a-z]{3,8}) "
    r"(?P<owner>[A-Z][a-z][A-Za-z]{1,12}|[A-Z]{2,6}))\)")
_PLAIN_WORD = re.compile(r"[\w'-]+")
_SHORT_FORM_BEFORE_BRACKET = re.compile(
    r"(?<![\w-])(?P<short>[A-Z]{2,6}(?: [A-Z][a-z][A-Za-z]{1,12}| [A-Z]{2,6})?)"
    r" \((?P<full>[A-Z][\w'-]*(?:,? [\w'-]+){1,14})\)")


def defined_short_forms(text: str) -> dict[str, str]:
    """The short forms the article defines in brackets, with the words they stand for:
    `Fakultas Ekonomi dan Bisnis (FEB)` → `FEB`: `Fakultas Ekonomi dan Bisnis`; a unit's
    initials and its owner's short form, `Fakultas Hukum Universitas Mataram (FH Unram)` →
    `FH Unram`: `Fakultas Hukum Universitas Mataram`.

    The words are the fewest plain words before the bracket, from a capitalised one, whose
    letters the short form takes in order from the first (`_abbreviates`); for a unit and
    its owner, the unit's initials open them and the owner's short form takes the rest.
    """
    found: dict[str, str] = {}
    for match in _BRACKETED_SHORT_FORM.finditer(text):
        short = match.group("short")
        if short in found:
            continue
        before = text[max(text.rfind("\n", 0, match.start()) + 1, match.start() - 120):
                      match.start()].split()
        if match.group("unit"):
            unit_and_owner = _unit_and_owner(match.group("unit"), match.group("owner"), before)
            if unit_and_owner is not None:
                found[short] = unit_and_owner
            continue
        loose = None
        for n in range(1, min(8, len(before)) + 1):
            words = before[-n:]
            if not _PLAIN_WORD.fullmatch(words[0]):
                break  # a comma, a bracket: the name cannot reach further back
            if not words[0][:1].isupper():
                continue
            # a short form in capitals is first read as the initials of the capitalised words
            # (`Perlindungan Perempuan dan Anak (PPA)`, not `Perempuan dan Anak`, whose
            # letters also hold P, P, A in order)
            if short.isupper() and "".join(w[0] for w in words if w[:1].isupper()) == short:
                found[short] = " ".join(words)
                break
            # (loosely, by letters in order, only a name: mostly capitalised words, not
            # `Coal melalui program tanggung jawab sosial perusahaan (CSR)`)
            if loose is None and 2 * sum(w[:1].isupper() for w in words) >= len(words) and \
                    abbreviates(short, " ".join(words)):
                loose = " ".join(words)
                if not short.isupper():
                    break
        if short not in found and loose is not None:
            found[short] = loose
    for match in _SHORT_FORM_BEFORE_BRACKET.finditer(text):
        # the other way round: `FKIP ULM (Fakultas Keguruan dan Ilmu Pendidikan Universitas
        # Lambung Mangkurat)`, `DKPP (Dinas Ketahanan Pangan, Pertanian dan Perikanan)`
        short, full = match.group("short"), match.group("full")
        words = full.replace(",", "").split()
        if short in found or not all(_PLAIN_WORD.fullmatch(w) for w in words):
            continue
        unit, _, owner = short.partition(" ")
        if (owner and _unit_and_owner(unit, owner, words) == " ".join(words)) or (
                not owner and "".join(w[0] for w in words if w[:1].isupper()) == short):
            found[short] = full
    return found


def _unit_and_owner(unit: str, owner: str, before: list[str]) -> str | None:
    """The words a `(FH Unram)` stands for: the fewest words before it that open with
    capitalised words whose initials are the unit's (`Fakultas Hukum`, small words such as
    `dan` between them; or that a short name abbreviates, `Faperta`: `Fakultas Pertanian`)
    and end in words the owner's short form abbreviates (`Universitas Mataram`); None when
    there are none."""
    for n in range(2, min(10, len(before)) + 1):
        words = before[-n:]
        if not all(_PLAIN_WORD.fullmatch(w) for w in words):
            return None
        for cut in range(1, n):
            head, rest = words[:cut], words[cut:]
            initials = "".join(w[0] for w in head if w[:1].isupper())
            if rest[0][:1].isupper() and head[0][:1].isupper() and (
                    initials == unit or ((not unit.isupper() or len(unit) > len(head))
                                         and len(head) > 1
                                         and unit.lower() != head[0].lower()  # `(Bank Jatim)`
                                         and abbreviates(unit, " ".join(head)))) and \
                    abbreviates(owner, " ".join(rest)):
                return " ".join(words)
    return None


def abbreviates(short: str, name: str) -> bool:
    """Whether a parenthesised word can be the short form of a name: its letters appear
    in the name in order, from its first letter (`BNNP Sumut`, `Unsoed`; not `Persero`)."""
    letters = [c for c in short.lower() if c.isalnum()]
    full = name.lower()
    if not letters or not short[:1].isupper() or letters[0] != full[:1]:
        return False
    i = 0
    for c in full:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i == len(letters)


def bare_region(region: str, prefixes: frozenset[str]) -> str:
    """`Provinsi Sumatera Utara` → `Sumatera Utara` (prefixes: REGION_PREFIX's full forms)."""
    for prefix in sorted(prefixes, key=len, reverse=True):
        if region.startswith(prefix + " "):
            return region[len(prefix) + 1:]
    return region


def _merge_variants(partners: list[PartnerAcc], is_place: Callable[[str], bool],
                    prefixes: frozenset[str], form_words: frozenset[str],
                    is_title: Callable[[str], bool] = lambda word: False,
                    unit_words: frozenset[str] = frozenset()) -> list[PartnerAcc]:
    """Join `BNNP Sumut` to `Badan Narkotika Nasional Provinsi Sumatera Utara`, and
    `RSUD Ratu Zalecha` to `RSUD Ratu Zalecha Martapura`; not `Gereja Protestan Maluku` to
    its `… Klasis Pulau Ambon` (`unit_words`: suffixes that make another organisation)."""
    kept: list[PartnerAcc] = []
    for acc in sorted(partners, key=lambda p: -len(p.name)):
        own_units = set(acc.name.lower().split()) & unit_words
        fuller = next((k for k in kept
                       if not (set(k.name.lower().split()) & unit_words) - own_units and (
                           _same_organisation(k, acc, prefixes, form_words)
                           or _unit_moved(k.name, acc.name, unit_words)
                           or _with_place(k.name, acc.name, is_place)
                           or _with_honorifics(k.name, acc.name, is_place, is_title)
                           or _with_descriptor(k, acc, is_place)
                           or _named_between(k, acc, is_place, prefixes)
                           or _short_form_without_place(k, acc, is_place)
                           # `PT Sang Hyang Seri (Persero) Kantor Cabang Cianjur`: its branch
                           or _with_place(_core(k.name, form_words),
                                          _core(acc.name, form_words), is_place))), None)
        if fuller is None:
            kept.append(acc)
            continue
        fuller.mentions.extend(acc.mentions)
        fuller.mentions.sort(key=lambda m: m.start)
        if acc.name.startswith("Pemerintah ") and _governed(fuller.name) == _governed(acc.name):
            fuller.name, fuller.head = acc.name, acc.head  # the government, not its secretariat
        if acc.acronym and not fuller.acronym:
            fuller.acronym = acc.acronym
        elif not fuller.acronym and _initialism(acc.name, fuller.name, form_words):
            fuller.acronym = acc.name  # the short form the article uses: `PT SAL`
    return sorted(kept, key=lambda p: min(m.start for m in p.mentions))


def _named_between(longer: PartnerAcc, shorter: PartnerAcc, is_place: Callable[[str], bool],
                   prefixes: frozenset[str]) -> bool:
    """`UIN Bukittinggi` ~ `Universitas Islam Negeri Sjech M. Djamil Djambek Bukittinggi`:
    one head, the shorter adding only the place the longer ends with, the longer a name
    between them (a name: not a region's level nor a place alone)."""
    if longer.head != shorter.head or not shorter.name.startswith(shorter.head + " "):
        return False
    place = shorter.name[len(shorter.head) + 1:]
    if not is_place(place.lower()) or not longer.name.startswith(longer.head + " ") or \
            not longer.name.endswith(" " + place):
        return False
    between = longer.name[len(longer.head) + 1: -len(place) - 1].split()
    return bool(between) and any(w[:1].isupper() and w not in prefixes
                                 and not is_place(w.lower()) for w in between)


def _short_form_without_place(longer: PartnerAcc, shorter: PartnerAcc,
                              is_place: Callable[[str], bool]) -> bool:
    """`Politeknik KP` ~ `Politeknik Kelautan dan Perikanan (Politeknik KP) Bitung`: the
    short form the article gave the longer, written without its place."""
    short = longer.acronym or ""
    return short.startswith(shorter.name + " ") and \
        is_place(short[len(shorter.name) + 1:].lower())


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# initials inside a name: a letter, or a letter and a small one, each with its full stop
# (`S.K. Lerik`, `M.Th. Djaman`)
_NAME_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+")


def _with_honorifics(longer: str, shorter: str, is_place: Callable[[str], bool],
                     is_title: Callable[[str], bool]) -> bool:
    """`Rumah Sakit Umum Daerah Mayjen H.M. Ryacudu Kotabumi` ~ `RSUD Ryacudu` (written out):
    the shorter name's words in the same order, the longer adding only the titles and
    initials of the person it is named after (and places)."""
    long_words, short_words = longer.split(), shorter.split()
    if len(long_words) <= len(short_words) or len(short_words) < 2:
        return False
    at, extra = 0, []
    for word in long_words:
        if at < len(short_words) and word == short_words[at]:
            at += 1
        else:
            extra.append(word)
    return at == len(short_words) and any(is_title(w) for w in extra) and \
        all(is_title(w) or is_place(w.lower()) for w in extra)


_SHORT_FORM_AT_STOP = re.compile(r"[A-Z]{2,}\.")


def _to_sentence_end(words: list[str], lex: Lexicon) -> list[str]:
    """A name's words up to a short form in capitals with a full stop, which ends the
    sentence when more words follow (`ilmunya dari Politeknik KP. Tinggal warga binaannya …`;
    not an initial or a title, `RSUD dr. H. Moch. Ansari Saleh`, `Al-Muayyad KH. Ahmad …`)."""
    for i, word in enumerate(words[:-1]):
        if _SHORT_FORM_AT_STOP.fullmatch(word) and not lex.titles_before.fullmatch(word):
            return words[:i] + [word[:-1]]
    return words


def _joins(first: OrgMention, second: OrgMention, text: str) -> bool:
    """Whether a head with no name of its own introduces the next one: `PT Bank …`,
    `UPTD BLK Provinsi Gorontalo`."""
    return (first.entry.tail == "name" and first.entry.kind != "parent"
            and first.name in (None, first.entry.full) and second.name is not None
            and text[first.end:second.start] == " ")


def _joined(first: OrgMention, second: OrgMention, text: str) -> OrgMention:
    """The mention `first second`, named and kinded by the second (`PT Bank …`, `UPTD BLK …`),
    except an institution named after the body that founded it (`Universitas Muhammadiyah
    Kendari (UMK)`: a university, whose short form abbreviates the whole name)."""
    lead = first.entry.full
    name = second.name or ""
    if not name.lower().startswith(lead.lower()):
        name = f"{lead} {name}"
    acronym = second.acronym
    if first.surface.lower() != first.entry.full.lower() or first.entry.acronym == first.surface:
        acronym = f"{first.surface} {second.acronym or second.surface}"
    entry, end = second.entry, second.end
    if second.entry.kind == "ormas":
        entry = second.entry.model_copy(update={"kind": first.entry.kind})
    late = _ACRONYM_AFTER.match(text, end)
    if acronym is None and late and abbreviates(late.group("abbr"), name):
        acronym, end = late.group("abbr").strip(), late.end()
    return OrgMention(entry=entry, name=name, acronym=acronym, region=second.region,
                      start=first.start, end=end, head_end=second.head_end,
                      surface=f"{first.surface} {second.surface}")


# How many words of what it is (`Air Minum`) a name may add between its head and its own name
DESCRIPTOR_WORDS = 3


def _with_descriptor(longer: PartnerAcc, shorter: PartnerAcc,
                     is_place: Callable[[str], bool]) -> bool:
    """`Perusahaan Umum Daerah Air Minum Tirta Manggar Kota Balikpapan` is `Perusahaan Umum
    Daerah Tirta Manggar` with what it is (up to three words) and its place added: one head,
    the shorter's own name of two words or more ending the longer's, or its place after it."""
    if longer.head != shorter.head or not shorter.name.startswith(shorter.head + " ") or \
            not longer.name.startswith(longer.head + " "):
        return False
    own = shorter.name[len(shorter.head) + 1:].split()
    tail = longer.name[len(longer.head) + 1:].split()
    if len(own) < 2:
        return False
    for at in range(1, min(DESCRIPTOR_WORDS, len(tail) - len(own)) + 1):
        if tail[at:at + len(own)] == own:
            shorter_name, longer_name = " ".join(own), " ".join(tail[at:])
            return longer_name == shorter_name or \
                _with_place(longer_name, shorter_name, is_place)
    return False


def _unit_moved(a: str, b: str, unit_words: frozenset[str]) -> bool:
    """`Gereja Protestan Maluku Klasis Pulau Ambon` ~ `Klasis Gereja Protestan Maluku Pulau
    Ambon`: one unit named with its word after the body or before it."""
    words_a, words_b = a.lower().split(), b.lower().split()
    return words_a != words_b and sorted(words_a) == sorted(words_b) and \
        bool(set(words_a) & unit_words)


def _with_place(longer: str, shorter: str, is_place: Callable[[str], bool]) -> bool:
    """`UIN Ar-Raniry Banda Aceh` is `UIN Ar-Raniry` with its place added."""
    if not longer.lower().startswith(shorter.lower() + " "):
        return False
    rest = longer[len(shorter) + 1:].lower()
    return is_place(rest) or is_place(rest.partition(" ")[2])
