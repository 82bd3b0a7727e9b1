"""Facilities: full and short mentions collapsed into canonical facilities."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..mentions import Lexicon, full_name, parse_name, parse_place, spans, word_before
from ..vocabulary import PatternSet

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_CLASS = r"(?P<cls>(?:III|II|IV|I|[1-4])(?:[ \t]?[AaBb](?![A-Za-z]))?)(?![A-Za-z0-9])"
_BARE_CLASS = r"(?P<bare>II[AB]|III)(?![A-Za-z0-9])"


# up to three lower-case words after a facility's kind and class (a careless portal's place)
_LOWER_WORDS = re.compile(r"[ \t]+[a-z]+(?: [a-z]+){0,2}")


def roman_class(raw: str) -> str:
    """`2A`, `II A`, `2a`, `1` → `IIA`, `IIA`, `IIA`, `I`."""
    compact = re.sub(r"\s+", "", raw).upper()
    digits = re.match(r"([1-4])(.*)", compact)
    if digits:
        compact = _ROMAN[digits.group(1)] + digits.group(2)
    return compact


def lower_case_place(text: str, at: int, place_of: Callable[[str], str | None]
                     ) -> tuple[str, int, int] | None:
    """The longest run of up to three lower-case words at `at` (after spaces) that
    `place_of` reads as a place: (that place, start, end); None when no run is one."""
    found = _LOWER_WORDS.match(text, at)
    if found is None:
        return None
    words = list(re.finditer(r"[a-z]+", found.group(0)))
    for size in range(len(words), 0, -1):
        written = found.group(0)[words[0].start():words[size - 1].end()]
        place = place_of(written)
        if place is not None:
            start = found.start() + words[0].start()
            return place, start, start + len(written)
    return None


def place_key(place: str) -> str:
    """A place for comparing: `Ba'a` and `Ba’a` are one town, whichever apostrophe was typed,
    and so are `Tanjung Redeb` and `Tanjungredeb`, `Bau-Bau` and `Baubau`, however joined."""
    return place.lower().replace("’", "'").replace(" ", "").replace("-", "")


def canonical_name(kind_word: str, cls: str | None, place: str | None) -> str:
    """`<Kind> Kelas <Class> <Place>`, without the class part when unknown."""
    parts = [kind_word]
    if cls:
        parts += ["Kelas", cls]
    if place:
        parts.append(place)
    return " ".join(parts)


@dataclass
class FacilityMention:
    """One mention of a correctional facility in the text."""

    kind: str
    kind_word: str
    cls: str | None
    place: str | None
    start: int
    end: int
    pattern_id: str
    alias_of: str | None = None
    """The place of the facility this mention is another name of (`Lapas Kelas IIA
    Yogyakarta atau yang lebih dikenal sebagai Lapas Wirogunan`)."""


@dataclass
class FacilityAcc:
    """A facility being assembled from its mentions."""

    kind: str
    kind_word: str
    place: str | None
    cls: str | None = None
    mentions: list[FacilityMention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    """Other names of its place the article gave (`Wirogunan`)."""

    @property
    def name(self) -> str:
        """The canonical name."""
        return canonical_name(self.kind_word, self.cls, self.place)


class FacilityResolver:
    """Finds facility mentions and groups them by kind and place."""

    def __init__(self, patterns: PatternSet, lex: Lexicon) -> None:
        """Index the facility kinds and class words of a pattern set."""
        self.lex = lex
        self.kinds = {e.text.lower(): e for e in patterns.get("FACILITY_KIND")}
        # short titles of a facility's head (`Kalapas`) and the facility kind they name
        canonical = {e.kind: e for e in patterns.get("FACILITY_KIND") if e.id == f"fac.{e.kind}"}
        self.headed_kinds = {e.text.lower(): canonical[e.facility_kind]
                             for e in patterns.get("POSITION")
                             if e.scope == "facility" and e.facility_kind in canonical
                             and not set(e.text.lower().split()) & self.kinds.keys()}
        # a kind's specialisations, by the word after its short name (`Lapas Narkotika`, `Lapas
        # Perempuan` = `LPP`): (the kind, the word) -> the specialised kind (`Kalapas Narkotika
        # Kelas IIA Bandung` heads a `Lapas Narkotika`)
        short_names = {e.text: e.kind for e in patterns.get("FACILITY_KIND")
                       if len(e.text.split()) == 1}
        self.specialisations = {
            (short_names[first], second.lower()): e for e in patterns.get("FACILITY_KIND")
            for first, second in [(e.text.split() + [""])[:2]]
            if len(e.text.split()) == 2 and first in short_names}
        self.programme_words = frozenset(w.lower() for w in patterns.words("PROGRAMME_WORD"))
        self.islands = tuple(f" {w}" for w in patterns.words("PRISON_ISLAND"))
        # a city's everyday name (`Solo`) -> the name its prison's canonical name uses
        self.town_aliases = {place_key(e.text): e.full for e in patterns.get("TOWN_ALIAS")}
        class_words = "|".join(re.escape(w) for w in patterns.words("CLASS_WORD"))
        self.after = re.compile(
            rf"(?:[ \t]*\((?P<abbr>[^()\n]{{1,40}})\))?"
            rf"(?:[ \t]+(?:(?:{class_words})[ \t]*{_CLASS}|{_BARE_CLASS}))?",
            re.IGNORECASE)

    def mention_at(self, text: str, kind_entry: object, start: int, end: int,
                   known_places: list[str]) -> FacilityMention:
        """Read class and place after a facility-kind word ending at `end`."""
        match = self.after.match(text, end)
        if match and match.group("abbr"):
            # `Lembaga Pemasyarakatan (Lapas) Narkotika Kelas IIA …`: the specialisation
            # follows the parenthesised short form
            word = re.match(r"[ \t]+([A-Z][a-z]+)", text[match.end("abbr") + 1:])
            longer = f"{text[start:end]} {word.group(1)}".lower() if word else ""
            if longer in self.kinds:
                kind_entry = self.kinds[longer]
                end = match.end("abbr") + 1 + word.end()  # type: ignore[union-attr]
                match = self.after.match(text, end)
        cls = None
        position = end
        if match:
            raw = match.group("cls") or match.group("bare")
            cls = roman_class(raw) if raw else None
            position = match.end()
        place = parse_place(text, position, self.lex, known_places) or \
            self._place_in_lower_case(text, position)
        place_text = None
        if place:
            place_text, _, position = place
            if match and match.group("abbr") and match.group("abbr").lower() not in self.kinds \
                    and not cls and place_text.lower() not in self.lex.regions \
                    and place_text not in known_places:
                # `Kepala Kesatuan Pengamanan Lapas (KPLP) Heru Santoso`: the bracket shortens
                # a longer name that ends in the kind word; what follows is no town of it
                place_text, position = None, end
            elif place_text.endswith(self.islands) and " " in place_text:
                place_text = place_text[: place_text.rindex(" ")]  # `Besi Nusakambangan`
            else:
                place_text, position = self._without_holder(text, place_text, position,
                                                            known_places)
        return FacilityMention(
            kind=kind_entry.kind, kind_word=kind_entry.canonical,  # type: ignore[attr-defined]
            cls=cls, place=place_text, start=start, end=position,
            pattern_id=kind_entry.id)  # type: ignore[attr-defined]

    def _without_holder(self, text: str, place: str, end: int, known: list[str]
                        ) -> tuple[str, int]:
        """A place read past its town into a holder's name glued on (`Kepala Bapas Kelas I
        Semarang Yuliana Kartikasari dan …`, `Rutan Negara Ida Bagus …`): the town, when the
        words after it are a person's full name."""
        if place.lower() in self.lex.regions or place in known or " " not in place:
            return place, end
        at = text.rfind(place, 0, end)
        words = place.split()
        for k in range(len(words) - 2, 0, -1):  # the longest town first
            town = " ".join(words[:k])
            if town.lower() not in self.lex.regions and town not in known:
                continue
            rest = at + len(town) + 1
            name = parse_name(text, rest, self.lex)
            # (the name goes on past the place read, or its clause does: a place ends at a
            # comma or a full stop, `… Kelas IIB Siompu Ndona, Selasa (4/4)`)
            if full_name(name) and name is not None and (
                    name.end > end or _CLAUSE_GOES_ON.match(text, name.end)):
                return town, at + len(town)
        return place, end

    def _first_name_elsewhere(self, text: str, word: str) -> bool:
        """Whether a district's name opens a person's full name somewhere in the text."""
        if " " in word or word.lower() in self.lex.major_regions:
            return False
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}[ \t]+[A-Z]", text):
            name = parse_name(text, found.start(), self.lex)
            if name is not None and name.name.startswith(word + " "):
                return True
        return False

    def holder_not_place(self, text: str, mention: FacilityMention, known: list[str]) -> bool:
        """Whether the words read as a facility's place are a person's name with titles: no
        class before them, no place the gazetteer or the article knows."""
        if mention.cls or mention.place is None or mention.place.lower() in self.lex.regions \
                or mention.place in known:
            return False
        at = text.find(mention.place, mention.start)
        name = parse_name(text, at, self.lex) if at >= 0 else None
        return name is not None and bool(name.titles) and name.end >= mention.end

    def _place_in_lower_case(self, text: str, at: int) -> tuple[str, int, int] | None:
        """A regency, city or province written in lower case (`lapas narkotika klas IIA bandar
        lampung menggelar …`), the longest run of up to three words that the gazetteer knows:
        (place in title case, start, end)."""
        return lower_case_place(
            text, at, lambda written: written.title() if written in self.lex.major_regions
            else None)

    def find(self, doc: Doc) -> list[FacilityMention]:
        """Every facility mention, in text order, nested kind words skipped."""
        text = doc.text
        out: list[FacilityMention] = []
        covered = -1
        known: list[str] = []
        for span in spans(doc, "FACILITY_KIND"):
            if span.start_char < covered:
                continue
            entry = self.kinds.get(span.text.lower())
            if entry is None:
                continue
            if word_before(text, span.start_char) in self.programme_words:
                continue  # `program Lapas Tangguh Pangan`: a programme's name, not a prison
            mention = self.mention_at(text, entry, span.start_char, span.end_char, known)
            if mention.place and self.holder_not_place(text, mention, known):
                # `kasi giatja lapas Sabri Rasyid S.E`, `Konselor Adiksi Lapas Taufik Hidayat,
                # S.Psi.`: the prison of the sentence, then the holder's name with a degree,
                # no town
                mention = replace(mention, place=None, end=span.end_char)
            if mention.place:
                known.append(mention.place)
            if out and _names_again(text, out[-1], mention):
                mention.alias_of = out[-1].place
            elif out and mention.place and not mention.cls:
                named = _named_by_its_kind(text, out, mention)
                if named is not None:
                    mention.alias_of = named.place
            out.append(mention)
            covered = mention.end
        # `Kalapas Klas III Rangkasbitung, Asep, …`: a head's short title names the facility
        kind_spans = [(s.start_char, s.end_char) for s in spans(doc, "FACILITY_KIND")]
        for span in spans(doc, "POSITION"):
            entry = self.headed_kinds.get(span.text.lower())
            if entry is None or any(s < span.end_char and span.start_char < e
                                    for s, e in kind_spans):
                continue
            end = span.end_char
            word = re.match(r"[ \t]+(\w+)", text[end:end + 30])
            special = self.specialisations.get((entry.kind, word.group(1).lower())) \
                if word else None
            if word is not None and special is not None:
                entry, end = special, end + word.end()  # `Kalapas Narkotika Kelas IIA …`
            mention = self.mention_at(text, entry, span.start_char, end, known)
            # a class or a known place, not a person's name (`Karutan Rusdiansyah`; nor
            # `Kalapas Bambang menyebut …` after `Bambang Eko Hartono`, though a district of
            # Mamasa is called Bambang)
            if mention.place and (mention.cls or mention.place in known or (
                    mention.place.lower() in self.lex.regions and
                    not self._first_name_elsewhere(text, mention.place))):
                out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def group(self, mentions: list[FacilityMention]) -> list[FacilityAcc]:
        """Collapse mentions into facilities: same kind word and place."""
        by_key: dict[tuple[str, str], FacilityAcc] = {}
        aliases = {(m.kind_word.lower(), place_key(m.place)): m.alias_of
                   for m in mentions if m.alias_of and m.place}
        # `Rutan Solo` beside `Rutan Kelas I Surakarta`: the city's everyday name
        placed = {(m.kind_word.lower(), place_key(m.place)): m.place for m in mentions if m.place}
        for kind_word, written in placed:
            full = self.town_aliases.get(written)
            if full and (kind_word, place_key(full)) in placed:
                aliases.setdefault((kind_word, written), placed[(kind_word, place_key(full))])
        for m in mentions:
            if m.place is None:
                continue
            place = aliases.get((m.kind_word.lower(), place_key(m.place)), m.place)
            key = (m.kind_word.lower(), place_key(place))
            acc = by_key.setdefault(key, FacilityAcc(m.kind, m.kind_word, place))
            if place != m.place and m.place not in acc.aliases:
                acc.aliases.append(m.place)
            acc.cls = acc.cls or (m.cls if place == m.place else None)
            acc.mentions.append(m)
        facilities = _merge_short_kinds(_merge_prefix_places(list(by_key.values())))
        for m in mentions:
            if m.place is not None:
                continue
            same_kind = [f for f in facilities if f.kind_word == m.kind_word]
            if len(same_kind) == 1:
                same_kind[0].cls = same_kind[0].cls or m.cls
                same_kind[0].mentions.append(m)
        return facilities


_CLAUSE_GOES_ON = re.compile(r"[ \t]+[a-z]")

# between a facility and another name for it: `Lapas Kelas IIA Yogyakarta atau yang lebih
# dikenal sebagai Lapas Wirogunan`, `…, biasa disebut Lapas Wirogunan`, `… (Lapas Wirogunan)`
_ALIAS_BETWEEN = re.compile(
    r"\s*(?:\(|,?\s*(?:atau\s+)?(?:yang\s+)?(?:lebih\s+|juga\s+|biasa\s+|akrab\s+|sering\s+)?"
    r"(?:dikenal|disebut|populer)\s+(?:dengan\s+(?:nama\s+|sebutan\s+)?|sebagai\s+)?)\s*")


# the facility's kind word, then the words that give another name: `Lapas yang dikenal
# sebagai Lapas Lowokwaru itu`, `Lapas yang oleh masyarakat lebih di kenal dengan nama …`
_ALIAS_AFTER_KIND = re.compile(
    r"(?<![\w])(?P<kind>\w+)\s+(?:(?:ini|itu|tersebut)\s+)?yang\s+"
    r"(?:oleh\s+(?:warga|masyarakat)(?:\s+\w+)?\s+)?(?:lebih\s+|juga\s+|biasa\s+|akrab\s+|sering\s+)?"
    r"(?:dikenal|di\s+kenal|disebut|populer)(?:\s+(?:warga|masyarakat)(?:\s+\w+)?)?\s+"
    r"(?:dengan\s+(?:nama\s+|sebutan\s+)?|sebagai\s+)$", re.IGNORECASE)


# the words of naming right before another name, whoever is their subject: `… itu hingga kini
# lebih dikenal warga Yogyakarta dengan nama Lapas Wirogunan`
_NAMED_AS = re.compile(
    r"(?:dikenal|di\s+kenal|disebut|populer)(?:\s+(?:warga|masyarakat)(?:\s+[A-Z]\w+)?)?\s+"
    r"(?:dengan\s+(?:nama|sebutan)\s+|sebagai\s+)$", re.IGNORECASE)


def _named_by_its_kind(text: str, before: list[FacilityMention], other: FacilityMention
                       ) -> FacilityMention | None:
    """The facility that `other` names again after its kind word and the words of naming
    (`Lapas Kelas I Malang … Lapas yang dikenal sebagai Lapas Lowokwaru itu`), or after the
    words of naming alone (`… lebih dikenal warga Yogyakarta dengan nama Lapas Wirogunan`):
    the last one of its kind with a place before it."""
    found = _ALIAS_AFTER_KIND.search(text, max(0, other.start - 90), other.start)
    if (found is None or found.group("kind").lower() != other.kind_word.lower()) and \
            _NAMED_AS.search(text, max(0, other.start - 60), other.start) is None:
        return None
    named = next((m for m in reversed(before) if m.kind == other.kind and m.place), None)
    if named is None or place_key(named.place or "") == place_key(other.place or ""):
        return None
    return named


def _names_again(text: str, named: FacilityMention, other: FacilityMention) -> bool:
    """Whether `other` follows `named` as another name for it: same kind, no class of its
    own, a different place, and only the words of naming (or a bracket) between them."""
    if other.kind != named.kind or other.cls or not named.place or not other.place or \
            place_key(other.place) == place_key(named.place):
        return False
    between = _ALIAS_BETWEEN.fullmatch(text, named.end, other.start)
    if between is None:
        return False
    return not between.group(0).lstrip().startswith("(") or \
        text[other.end:other.end + 2].lstrip().startswith(")")


def _merge_prefix_places(facilities: list[FacilityAcc]) -> list[FacilityAcc]:
    """`Lapas Muara` (a headline cut short) joins `Lapas Muara Bungo` of the same kind."""
    kept: list[FacilityAcc] = []
    for acc in sorted(facilities, key=lambda f: -len(f.place or "")):
        longer = next((k for k in kept if k.kind_word == acc.kind_word and k.place and acc.place
                       and k.place.lower().startswith(acc.place.lower() + " ")), None)
        if longer is None:
            kept.append(acc)
            continue
        longer.cls = longer.cls or acc.cls
        longer.mentions.extend(acc.mentions)
    order = {id(f): min(m.start for m in f.mentions) for f in kept}
    return sorted(kept, key=lambda f: order[id(f)])


def _merge_short_kinds(facilities: list[FacilityAcc]) -> list[FacilityAcc]:
    """`Lapas Muara Beliti`, written after `Lapas Narkotika Kelas IIA Muara Beliti` and never
    with a class of its own, is a short reference to it, not a second prison."""
    kept = list(facilities)
    for short in facilities:
        if short.cls is not None or short.place is None:
            continue
        first = min(m.start for m in short.mentions)
        fuller = [f for f in kept if f is not short and f.kind == short.kind and f.place
                  and f.place.lower() == short.place.lower()
                  and f.kind_word.lower().startswith(short.kind_word.lower() + " ")
                  and min(m.start for m in f.mentions) < first]
        if len(fuller) == 1:
            fuller[0].mentions.extend(short.mentions)
            kept.remove(short)
    return kept
