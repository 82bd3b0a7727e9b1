"""Character-level grammar shared by the resolvers: sentences, places, names.

The span rulers find the vocabulary (positions, organisation heads, facility
kinds); what follows a head (a place, a person's name with titles) is open
vocabulary, read here from the characters with bounded expressions built from
the pattern files.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from sys import maxsize

import numpy
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from .nlp import MATCHES_KEY, TextDoc, TextSpan
from .vocabulary import PatternSet, alternation

# A capitalised word of a name or place: letters with inner apostrophes or
# hyphens (Ma'ruf, Al-fatih), one capitalised half after a hyphen (Una-Una, Al-Fatih),
# or initials (A.S., M.); bounded, so no backtracking.
# initials (`A.S.`), an all-capital word (`NTB`), or a capitalised word
CAP_WORD = (r"(?:[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,2}\.){0,4}|[A-Z]{2,20}(?![a-z])"
            r"|[A-Z](?:[a-z'’-]{0,30}[a-z])?(?:-[A-Z](?:[a-z'’]{0,30}[a-z])?)?)")
# The break is the blanks after final punctuation (`stop`, kept in the sentence before): the
# punctuation is matched rather than looked behind for, which scans the text twice as fast.
_SENTENCE_BREAK = re.compile(r"(?P<stop>[.!?”\"])\s+(?=[“\"A-Z(])|\n+")
_SHORT_BEFORE_BREAK = re.compile(r"(?:^|\s)([A-Za-z][a-z]{0,3}\.)$")
_CAP_WORD = re.compile(CAP_WORD)
# a word in lower case, a full stop or not, then a blank before a capitalised word
_PARTICLE = re.compile(r"([a-z]{1,5}\.?)[ \t]+(?=[A-Z])")
_BLANKS = re.compile(r"[ \t]+")
_MAYBE_BLANKS = re.compile(r"[ \t]*")
_NON_SPACE = re.compile(r"\S+")
_TOWN_CENTRE = re.compile(r"([ \t]+Kota)(?=[ \t]*[,.;:)]|[ \t]+[a-z]|[ \t]*$)", re.MULTILINE)


@dataclass(frozen=True)
class NameMatch:
    """A person's name read from the text, its titles split off."""

    name: str
    titles: tuple[str, ...]
    start: int
    end: int


@dataclass
class Lexicon:
    """Lookups built once per pattern set for the character-level grammar."""

    not_names: frozenset[str]
    stop_words: frozenset[str]
    """First words of the vocabulary's phrases, lower case; short forms matched in exact
    case (`IDI`) as written (use `stops`)."""
    org_stop_words: frozenset[str]
    """Stop words that also end an organisation's name: heads of other names, dates."""
    head_phrases: frozenset[str]
    """Those heads in full (lower case): `rumah sakit`, not `rumah`."""
    regions: frozenset[str]
    region_prefix: re.Pattern[str]
    titles_before: re.Pattern[str]
    titles_after: re.Pattern[str]
    combined_honorific: re.Pattern[str]
    major_regions: frozenset[str] = frozenset()
    """Provinces, regencies and cities (lower case): no districts (`kecamatan`)."""
    place_words: dict[str, str] = field(default_factory=dict)
    """Short forms of the first word of place names, written out (`Tg.` → `Tanjung`)."""
    city_only: frozenset[str] = frozenset()
    """Places (lower case) that the gazetteer knows only as a city (`kota`), never a regency."""
    abbreviations: frozenset[str] = frozenset()
    """Words ending in a full stop that do not end a sentence (`Plt.`, `Drs.`, `Kab.`)."""
    name_abbreviations: frozenset[str] = frozenset()
    name_final: frozenset[str] = frozenset()
    """NOT_NAME words that may end a name right before a comma or a full stop."""
    name_particles: frozenset[str] = frozenset()
    """Words in lower case inside a name, between its capitalised words (`br.`: `Rosmawati br.
    Ginting`)."""
    """Abbreviated given names (`Moch.`): a name word despite the full stop."""
    org_final: frozenset[str] = frozenset()
    """NOT_NAME words that may still end an organisation's name (`… Islam Indonesia`)."""
    region_levels: dict[str, frozenset[str]] = field(default_factory=dict)
    """The levels (`Kabupaten`, `Kota`, `Provinsi`) of each region name (lower case) in the
    gazetteer: `tuban` → {Kabupaten}, `kupang` → {Kabupaten, Kota}."""
    name_pairs: frozenset[str] = frozenset()
    """NOT_NAME words with the word after them that open a name (`Anak Agung`)."""
    joined_places: re.Pattern[str] | None = None
    """Regencies and cities whose name holds a lower-case word (`Pangkajene dan Kepulauan`),
    which a run of capitalised words cannot reach."""

    def stops(self, word: str, words: frozenset[str] | None = None) -> bool:
        """Whether a word begins a vocabulary phrase (of `words`, default `stop_words`):
        in lower case, or as written for a short form matched in exact case."""
        words = self.stop_words if words is None else words
        return word.lower() in words or word in words




@lru_cache(maxsize=8)
def lexicon(patterns: PatternSet) -> Lexicon:
    """Build the lookups of one pattern set."""
    before = [e.text for e in patterns.get("TITLE") if e.where == "before" and e.kind != "corps"]
    ranks = [e.text for e in patterns.get("TITLE") if e.kind == "rank"]
    corps = [e.text for e in patterns.get("TITLE") if e.kind == "corps"]
    after = [e.text for e in patterns.get("TITLE") if e.where == "after"]
    vocab_heads: dict[str, set[str]] = {}
    for label in ("POSITION", "ORG", "FACILITY_KIND", "SPEECH", "ACTING", "ENGAGEMENT",
                  "AGREEMENT", "STATUS", "EVENT_VERB", "MONTH", "WEEKDAY"):
        for e in patterns.get(label):
            if isinstance(e.pattern, str):
                first = e.text.split()[0]
                # a short form matched in exact case (`IDI`) stops only so: `Idi` is a town
                key = first if e.exact and first.isupper() else first.lower()
                vocab_heads.setdefault(key, set()).add(label)
    # `Raja Negeri` (a Moluccan village head) opens a position, but `Raja Hendra Saputra`
    # (Riau) a name: a name word stops no name
    for word in patterns.words("NAME_WORD"):
        vocab_heads.pop(word.lower(), None)
    # activity words are lower case in running text: capitalised, they belong to a name
    # (`Yayasan Pendidikan …`, `Lembaga Pelatihan …`)
    activity = {"ENGAGEMENT", "AGREEMENT", "STATUS", "EVENT_VERB"}
    honorifics = [t for t in before if t.endswith(".") and len(t) <= 4]
    ranks_in_capitals = alternation(r.upper() for r in ranks)
    region_names = _region_names(patterns)
    return Lexicon(
        place_words={e.text: e.full for e in patterns.get("PLACE_WORD")},
        # and as a text written in capitals writes them (`… LHOKNGA DAN DINAS …`)
        # (nor does a headline's verb: `Wali Kota Tual Tinjau Pelabuhan …`)
        not_names=frozenset(w for word in (*patterns.words("NOT_NAME"),
                                           *patterns.words("HEADLINE_VERB"))
                            for w in (word, word.upper()))
        | frozenset(w.upper() for w in patterns.words("EVENT_VERB") if " " not in w),
        name_pairs=frozenset(f"{e.text} {word}" for e in patterns.get("NOT_NAME")
                             for word in e.name_before),
        name_abbreviations=frozenset(
            e.text for e in patterns.get("NAME_ABBREVIATION") if e.text.endswith(".")),
        name_particles=frozenset(patterns.words("NAME_PARTICLE")),
        name_final=frozenset(e.text for e in patterns.get("NOT_NAME")
                             if getattr(e, "ends_name", False)),
        org_final=frozenset(e.text for e in patterns.get("NOT_NAME")
                            if getattr(e, "ends_org", False)),
        stop_words=frozenset(vocab_heads),
        org_stop_words=frozenset(w for w, labels in vocab_heads.items() if labels - activity),
        head_phrases=frozenset(
            e.text.lower() for label in ("POSITION", "ORG", "FACILITY_KIND", "SPEECH", "ACTING",
                                         "MONTH", "WEEKDAY")
            for e in patterns.get(label) if isinstance(e.pattern, str)),
        regions=frozenset(name for name, _ in region_names),
        region_prefix=re.compile(
            rf"(?:{alternation(patterns.words('REGION_PREFIX'))})(?=\s)", re.IGNORECASE),
        # `H. Ali`, and glued in terse releases: `H.Syahrul`, `Drs.Marihot`, `Dr.Ir. Ahmad`
        # a rank may carry its corps (`Lettu Czi`, `Kolonel Laut (P)`), read as one title
        # (ranks also in capitals, as a lead written in capitals has them: `LETKOL INF`)
        titles_before=re.compile(rf"(?:(?:{alternation(ranks)})[ \t]+(?:{alternation(corps)})"
                                 rf"|(?:{ranks_in_capitals})[ \t]+"
                                 rf"(?:{alternation(c.upper() for c in corps)})"
                                 rf"|{alternation(before)}|{ranks_in_capitals})"
                                 rf"(?:(?=\s|$)|(?<=\.)(?=[A-Z])|\.(?=[A-Z]))"),
        # a degree's closing full stop is optional in the data: `M.Hum` also reads `M.Hum.`
        # not `\s*,?\s*`: quadratic on runs of spaces
        titles_after=re.compile(rf"\s*(?:,\s*)?(?P<t>(?:{_degrees(after)})\.?)(?![A-Za-z])"),
        combined_honorific=re.compile(rf"^(?P<h>{alternation(honorifics)})(?=[A-Z]\.)"),
        city_only=_city_only(region_names) | _towns_of_cities(patterns),
        major_regions=frozenset(name for name, kind in region_names if kind != "kecamatan"),
        joined_places=_joined_places(patterns),
        region_levels=_region_levels(region_names),
        abbreviations=frozenset(
            word for label in ("TITLE", "ACTING", "REGION_PREFIX", "POSITION", "ORG",
                               "NAME_ABBREVIATION")
            for e in patterns.get(label) if isinstance(e.pattern, str)
            for word in e.text.split() if word.endswith(".")),
    )


def _degrees(degrees: list[str]) -> str:
    """An alternation of degrees that reads each inner full stop as written, left out
    (`MSi`, `SH`) or, before a part of two letters or more, as a space (`S Sos`, `AMd IP`):
    careless portals write all three."""
    forms = []
    for degree in sorted(set(degrees), key=len, reverse=True):
        parts = degree.rstrip(".").split(".")
        form = re.escape(parts[0])
        for part in parts[1:]:
            form += (r"(?:\.|[ ]?)" if len(part) >= 2 else r"\.?") + re.escape(part)
        forms.append(form)  # the closing full stop: optional, after the alternation
    return "|".join(dict.fromkeys(forms))


def _joined_places(patterns: PatternSet) -> re.Pattern[str] | None:
    """The regencies and cities whose name holds a lower-case word, as one expression."""
    names = {e.text for e in patterns.get("REGION") if e.type != "kecamatan"
             and any(word[:1].islower() for word in e.text.split()[1:])}
    return re.compile(rf"(?:{alternation(names)})(?!\w)") if names else None


def _region_names(patterns: PatternSet) -> list[tuple[str, str]]:
    """(name in lower case, type) of each region; a regency or city of two words also
    written as one, as articles often write it (`Lubuk Linggau` → `lubuklinggau`)."""
    names = [(e.text.lower(), e.type) for e in patterns.get("REGION")]
    return names + [(name.replace(" ", ""), kind) for name, kind in names
                    if kind != "kecamatan" and name.count(" ") == 1]


def _region_levels(names: list[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each region name's levels, as the gazetteer types them (districts left out)."""
    levels: dict[str, set[str]] = {}
    for name, kind in names:
        if kind != "kecamatan":
            levels.setdefault(name, set()).add(kind.title())
    return {name: frozenset(kinds) for name, kinds in levels.items()}


def _towns_of_cities(patterns: PatternSet) -> frozenset[str]:
    """Towns (towns.jsonl: a district's name, the code of the regency or city it lies in)
    that lie in a city (a `7x` code): a city's other spelling (`Palangka Raya`) is no
    regency either (`BNNK Palangka Raya` is `… Kota Palangka Raya`)."""
    return frozenset(e.text.lower() for e in patterns.get("REGION")
                     if e.type == "kecamatan" and e.code.count(".") == 1
                     and e.code.split(".")[1].startswith("7"))


def _city_only(names: list[tuple[str, str]]) -> frozenset[str]:
    """Gazetteer names that are a `kota` and not also a `kabupaten`."""
    kinds: dict[str, set[str]] = {}
    for name, kind in names:
        kinds.setdefault(name, set()).add(kind)
    return frozenset(name for name, types in kinds.items()
                     if "kota" in types and "kabupaten" not in types)


def span_at(doc: Doc, label: str, start_char: int) -> Span | None:
    """The first span of a label (in `spans` order) starting at a character, looked up in an
    index made once per doc and label (a scan per lookup was quadratic in long texts)."""
    made: dict[str, dict[int, Span]] = doc.user_data.setdefault("rilis.span_starts", {})
    index = made.get(label)
    if index is None:
        index = made[label] = {}
        for span in spans(doc, label):
            index.setdefault(span.start_char, span)
    return index.get(start_char)


def spans(doc: Doc, label: str) -> list[Span]:
    """Spans of one label, longest where they overlap, in text order (made once per doc)."""
    made = doc.user_data.get("rilis.spans")
    if made is None:
        made = doc.user_data["rilis.spans"] = {}
        # one pass over the rule matches for every label: resolvers ask for most of them
        grouped: dict[int, list[Match]] = {}
        text = doc.text
        # tokens that are a hyphen (found by string hash, no Token made): a match next to one
        # may be half of a reduplicated word
        hyphens = set(numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["-"]).tolist())
        for match in doc.user_data.get(MATCHES_KEY, ()):
            if hyphens and (match[1] in hyphens or match[0] - 1 in hyphens):
                first, last = doc[match[0]], doc[match[1] - 1]
                if reduplicated(text, first.idx, last.idx + len(last)):
                    continue
            grouped.setdefault(match[2], []).append(match)
        doc.user_data["rilis.grouped"] = {doc.vocab.strings[k]: v for k, v in grouped.items()}
    found = made.get(label)
    if found is None:  # labels no resolver asks for (TITLE, CLASS_WORD) never become Spans
        make = TextSpan if isinstance(doc, TextDoc) else Span
        kept = _longest(doc.user_data["rilis.grouped"].get(label, []))
        found = made[label] = [make(doc, start, end, label=name, span_id=id_)
                               for start, end, name, id_ in kept]
    return found


def reduplicated(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is half of a reduplicated word: `dinas-dinas` (the agencies,
    a plural) names no one. spaCy's stock tokenizer keeps such a word one token, the genre
    tokenizer three, so a rule matching the half would make records depend on the tokenizer
    (`benchmarks/identity.py`)."""
    word = text[start:end].lower()
    after = text[end + 1:end + 1 + len(word)].lower()
    before = text[max(0, start - 1 - len(word)):start - 1].lower()
    return (text[end:end + 1] == "-" and after == word) or \
        (text[start - 1:start] == "-" and before == word)


Match = tuple[int, int, int, int]
"""A rule match: start and end token, label and pattern id (string hashes)."""


def _longest(found: list[Match]) -> list[Match]:
    """The longest matches where they overlap, in text order."""
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    kept: list[Match] = []
    # tokens already covered by a kept match: checking a match costs its own length,
    # not the number kept (that was quadratic on text repeating one pattern)
    taken = bytearray(max((m[1] for m in found), default=0))
    for match in sorted(found, key=lambda m: m[0] - m[1]):
        start, end = match[0], match[1]
        if taken.find(1, start, end) == -1:  # rules never match zero tokens
            kept.append(match)
            taken[start:end] = b"\x01" * (end - start)
    return sorted(kept, key=lambda m: m[0])


def sentences(text: str, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence: breaks after final punctuation or at newlines."""
    bounds, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        at = match.end(1)  # after the final punctuation (-1: a line break)
        if at < 0:
            at = match.start()
        # "Plt. Kalapas", "H. Ali", "A. Rahman", "RSUD dr. Soedono": a title or an initial is
        # not an end; "di Lapas Palu. Kegiatan": a short place name is (and a word in lower
        # case is an end unless it is a title: "… di kebun. Hasilnya")
        short = _SHORT_BEFORE_BREAK.search(text[max(0, at - 6):at]) \
            if text[at - 1:at] == "." else None
        if short and short.group(1)[:1].islower() and \
                (lex is None or short.group(1) not in lex.abbreviations):
            short = None
        if short and "\n" not in text[at:match.end()] and (
                lex is None or len(short.group(1)) == 2 or short.group(1) in lex.abbreviations):
            continue
        bounds.append((start, at))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def ending_place(words: list[str], *places: Container[str]) -> str | None:
    """The longest run of final words that is a place of one of the lower-cased `places`
    (the gazetteer, the article's own places: looked up in each, never copied into one):
    `Universitas Muria Kudus` → `Kudus`, `Negeri 4 Kupang` → `Kupang`."""
    for at in range(len(words)):
        run = " ".join(words[at:])
        if any(run.lower() in known for known in places):
            return run
    return None


def word_before(text: str, at: int) -> str:
    """The word right before `at`, lower-cased ("" at the start of the text); an opening
    quote between is passed over (`program "Rutan Mina Mandiri"`)."""
    words = [w for w in (w.strip(_QUOTES) for w in text[max(0, at - 30):at].split()) if w]
    return words[-1].lower() if words else ""


_QUOTES = "\"“”'‘’"


def sentence_of(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence of `sentences()` bounds that holds an offset (or ends at it), else (0, 0)."""
    # sentences are in order and never touch (a break takes at least one character)
    index = bisect_right(bounds, (offset, maxsize)) - 1
    if index >= 0 and offset <= bounds[index][1]:
        return bounds[index]
    return (0, 0)


def _cap_words(text: str, pos: int, limit: int, abbreviations: frozenset[str] = frozenset(),
               particles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Up to `limit` capitalised words from `pos`, separated by single spaces
    (`abbreviations`: name words that end in a full stop, `Moch.`; `particles`: words in
    lower case that a name holds between capitalised ones, `br.`)."""
    words: list[tuple[int, int]] = []
    i = pos
    while len(words) < limit:
        particle = _PARTICLE.match(text, i) if words and particles else None
        if particle is not None and particle.group(1) in particles:
            words.append((particle.start(1), particle.end(1)))  # `Rosmawati br. Ginting`
            i = particle.end()
        match = _CAP_WORD.match(text, i)
        if match is None or (match.end() < len(text) and (text[match.end()].isalnum())):
            break
        end = match.end()
        if text[end:end + 1] == "." and text[match.start():end + 1] in abbreviations:
            end += 1  # `Moch.`
        words.append((match.start(), end))
        nxt = _BLANKS.match(text[end:end + 3])
        if nxt is None:
            break
        i = end + nxt.end()
    return words


def capitals_not_name(word: str, lex: Lexicon) -> bool:
    """A word of a text written in capitals that is no name (`DAN`, `DI`): `… LHOKNGA DAN …`,
    written twice, is no place `Lhoknga Dan`."""
    return word.isupper() and len(word) > 1 and word in lex.not_names


def _written_again(text: str, phrase: str) -> bool:
    """Whether `phrase` stands as whole words at least twice in `text`, not only as copies
    of one line (a headline the page repeats is written once)."""
    seen: set[tuple[str, int]] = set()
    for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = (text[line_start:line_end] if line_end != -1 else text[line_start:],
                match.start() - line_start)
        if line in seen:
            continue
        if seen:
            return True
        seen.add(line)
    return False


def parse_place(text: str, pos: int, lex: Lexicon, known: Iterable[str] = (),
                max_words: int = 3) -> tuple[str, int, int] | None:
    """A place name starting at `pos` (after optional spaces): (place, start, end), its
    first word written out when it is a short form (`Tg Batu` → `Tanjung Batu`)."""
    found = _place_at(text, pos, lex, known, max_words)
    if found is None:
        return None
    return _first_word_written_out(found[0], lex), found[1], found[2]


def _first_word_written_out(place: str, lex: Lexicon) -> str:
    """A place whose first word is a short form, written out (`Tg. Balai` → `Tanjung Balai`)."""
    first, _, rest = place.partition(" ")
    return f"{lex.place_words[first]} {rest}" if rest and first in lex.place_words else place


def _place_at(text: str, pos: int, lex: Lexicon, known: Iterable[str] = (),
              max_words: int = 3) -> tuple[str, int, int] | None:
    """A place name starting at `pos` (after optional spaces): (place, start, end).

    Takes the longest run of capitalised words that is a known place (from
    the article or the gazetteer); else a run that ends the phrase (before a
    comma, a lower-case word or punctuation); else its first word.
    """
    lead = _MAYBE_BLANKS.match(text[pos:pos + 10])
    start = pos + (lead.end() if lead else 0)
    joined = lex.joined_places.match(text, start) if lex.joined_places else None
    if joined:  # `Kabupaten Pangkajene dan Kepulauan`
        return joined.group(0), start, joined.end()
    dotted = frozenset(w for w in lex.place_words if w.endswith("."))  # `Tg. Balai`
    words = _cap_words(text, start, max_words, dotted)
    if not words:
        return None
    known_lower = {k.lower() for k in known}
    # a region of four words (`Ogan Komering Ulu Selatan`): whole, or its fourth word
    # would be read as what follows the place (a person's name)
    four = _cap_words(text, start, 4, dotted) if len(words) == max_words == 3 else []
    if len(four) == 4 and text[four[0][0]:four[3][1]].lower() in lex.major_regions:
        return text[four[0][0]:four[3][1]], four[0][0], four[3][1]

    def is_place(first: int, last: int, regions: frozenset[str] = lex.regions) -> bool:
        # `Tg. Balai` is looked up as `Tanjung Balai`
        candidate = _first_word_written_out(text[words[first][0]:words[last][1]], lex).lower()
        return candidate in known_lower or candidate in regions

    for n in range(len(words), 0, -1):
        if is_place(0, n - 1):
            # `Tanjung Balai Karimun`: a place followed by another regency or city is one
            # name (districts are not enough: `Balikpapan Bambang` is a place and a person)
            last = next((m for m in range(len(words) - 1, n - 1, -1)
                         if is_place(n, m, lex.major_regions)), n - 1)
            # `Kuala Tungkal`, `Pangkalan Bun`: a known word and the next, written together
            # again elsewhere in the article, are one place (a person after a place is not)
            while last + 1 < len(words) and not lex.titles_before.match(
                    text, words[last + 1][0]) and not capitals_not_name(
                    text[words[last + 1][0]:words[last + 1][1]], lex) and _written_again(
                    text, text[words[0][0]:words[last + 1][1]]):
                last += 1  # (not over a title: `Kota Subulussalam Tgk. Muhammad …`, twice)
            end = words[last][1]
            # `Puskesmas Dompu Kota, Nurhayati`, `Polres Probolinggo Kota`: the town's centre,
            # when no region name follows `Kota` (`… Bima Kota Bima` is two places)
            town = _TOWN_CENTRE.match(text, end)
            if town:
                end = town.end(1)
            return text[words[0][0]:end], words[0][0], end
    cut = len(words)
    for index, (s, e) in enumerate(words):
        token = text[s:e]
        if token in lex.not_names or lex.stops(token) or \
                lex.titles_before.match(text, s):  # `Kota Subulussalam Tgk. …`
            cut = index
            break
    words = words[:cut]
    if not words:
        return None
    end = words[-1][1]
    after = text[end:end + 2]
    if len(words) == 1 or not after.strip() or not after.strip()[0].isupper():
        if len(words) > 1 and not (after[:1] in ",.;:)" or after[:1] == "" or
                                   (after[:1] == " " and after[1:2].islower())):
            end = words[0][1]
        return text[words[0][0]:end], words[0][0], end
    return text[words[0][0]:words[0][1]], words[0][0], words[0][1]


def parse_name(text: str, pos: int, lex: Lexicon) -> NameMatch | None:
    """A person's name at `pos`: titles before, name words, degrees after."""
    i = pos
    lead = _MAYBE_BLANKS.match(text[i:i + 10])
    i += lead.end() if lead else 0
    start = i
    titles: list[str] = []
    for _ in range(4):
        match = lex.titles_before.match(text, i)
        if match is None:
            break
        titles.append(match.group(0))
        i = match.end()
        space = _BLANKS.match(text[i:i + 5])
        if space is None:
            if text[i:i + 1].isupper():
                continue  # glued to the next title or to the name
            break
        i += space.end()
    combined = lex.combined_honorific.match(text[i:i + 12])
    if combined:
        titles.append(combined.group("h"))
        i += combined.end()
    words = _cap_words(text, i, 6, lex.name_abbreviations, lex.name_particles)
    kept: list[tuple[int, int]] = []
    for index, (s, e) in enumerate(words):
        token = text[s:e]
        if lex.titles_after.fullmatch(" " + token):
            break
        degree = lex.titles_after.match(text, s - 1) if kept else None
        if degree and degree.start("t") == s:
            break  # `Rudi S Sos`, `Bc IP`: a degree written with a space for its full stop
        if index + 1 < len(words) and \
                f"{token} {text[words[index + 1][0]:words[index + 1][1]]}" in lex.name_pairs:
            kept.append((s, e))  # `Anak Agung Gede Mayun Putra`
            continue
        if kept and token in lex.name_final and index + 1 < len(words) and not (
                (following := text[words[index + 1][0]:words[index + 1][1]]) in lex.not_names
                or lex.stops(following)):
            kept.append((s, e))  # `Fajar Ramadhan Siregar`: inside a name, a name's word
            continue
        if token in lex.not_names or lex.stops(token):
            # `Zulfikri Ramadhan, A.Md.IP.`, `Muhammad Ridwan Hakim, S.H.`: a word that is no
            # name elsewhere (a month, a position) ends this one when degrees follow it, or,
            # for some (`ends_name`), a comma or a full stop (`Kasubsi …, Syahrul Ramadhan,
            # menambahkan`)
            if kept and index == len(words) - 1 and (
                    lex.titles_after.match(text, e) or (
                        token in lex.name_final and text[e:e + 1] in (",", "."))):
                kept.append((s, e))
            break
        kept.append((s, e))
    if not kept:
        return None
    if len(kept) > 1 and re.fullmatch(r"[A-Z][a-z]{1,2}\.", text[kept[-1][0]:kept[-1][1]]):
        # `… Yosef Moa.`: a short last name ending the sentence reads as an initial (`Moh.`)
        # but a name's last word is no initial
        kept[-1] = (kept[-1][0], kept[-1][1] - 1)
    name = text[kept[0][0]:kept[-1][1]]
    if not any(len(w) > 2 and not w.endswith(".") for w in name.split()):
        return None  # initials alone are not a name
    if " " in name and name.lower() in lex.major_regions:
        return None  # `… Pemasyarakatan Jawa Timur, camat setempat`: a province, no person
    end = kept[-1][1]
    while True:
        degree = lex.titles_after.match(text, end)
        if degree is None:
            break
        titles.append(degree.group("t"))
        end = degree.end()
    return NameMatch(name=name, titles=tuple(titles), start=start, end=end)


def full_name(name: NameMatch | None) -> bool:
    """Whether a name read is a person's beyond doubt: two words or more, or titled."""
    return name is not None and (len(name.name.split()) >= 2 or bool(name.titles))


def full_name_after_comma(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a comma right at `end` is followed by a person's full name (`… Bina Insan
    Mandiri, Hj. Euis …`): the words before the comma are not that person's."""
    after = re.match(r",[ \t]*", text[end:end + 3])
    return after is not None and full_name(parse_name(text, end + after.end(), lex))


def parse_name_before(text: str, end: int, lex: Lexicon) -> NameMatch | None:
    """A person's name ending right before `end` (the comma or `selaku` already stripped)."""
    window_start = max(0, end - 90)
    tokens = list(_NON_SPACE.finditer(text[window_start:end]))
    first = None
    following_start = end - window_start
    for token in reversed(tokens):
        word = token.group(0).rstrip(",")
        if "\n" in text[window_start + token.end():window_start + following_start]:
            break  # a name does not run across lines
        following_start = token.start()
        if not word or not (word[0].isupper() or lex.titles_after.fullmatch(" " + word)):
            break
        if word.endswith((".", "!", "?")) and len(word) > 4 and first is not None \
                and not lex.titles_after.fullmatch(" " + word):
            break  # "kata Heri.": the end of the sentence before
        if (word in lex.not_names or lex.stops(word)) and not (
                first is not None and f"{word} {first.group(0).rstrip(',')}" in lex.name_pairs):
            if first is not None and word[:1].isupper() and not token.group(0).endswith(",") \
                    and (lex.stops(word) or lex.region_prefix.match(word + " ")):
                # `Lapas Narkotika Bandung, Kalapas …`, `Di Payakumbuh, Kakanwil …`: the
                # words end a name or a phrase that starts before them, no person's
                return None
            break
        first = token
    if first is None:
        return None
    candidate = parse_name(text, window_start + first.start(), lex)
    if candidate and text[candidate.end:end].strip(" ,") == "":
        if not candidate.titles and candidate.name.lower() in lex.regions:
            return None  # `Pemerintah Kabupaten (Pemkab) Buleleng, Wabup …`: a place
        return candidate
    return None
