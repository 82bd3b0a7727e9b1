"""Cleaning: from the text as fetched to the text rilis extracts from.

Repairs encoding damage, then removes what is not the article (dateline,
bylines and credits, `Baca juga` items, headlines of other stories pasted
into the body, shortcodes, share-button text, runs of blank lines). Nothing
disappears silently: every removal is kept with its span and reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import ftfy

from .records import Dateline, Removed
from .vocabulary import PatternSet, alternation

DASH = r"[-–—]"
# Characters JSON cannot carry (lone surrogates) and control characters other
# than tab and newline: replaced before anything else looks at the text.
_UNSAFE = re.compile(r"[\ud800-\udfff]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SHORTCODE = re.compile(r"\[(\w+)(?:\s[^\]\n]{0,500})?\][^\[]{0,2000}?\[/\1\]|\[/?\w+(?:\s[^\]\n]{0,500})?\]")
_BYLINE = re.compile(r"\(\s*(?:\*|[A-Za-z][\w.'-]{0,20}(?:[ /][A-Za-z][\w.'-]{0,20}){0,3})\s*\)\s*$")
_PUNCT_ONLY = re.compile(r"^[\s|•·*_=~#>.,:;/\\-]*$")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
# the fewest words of a paragraph's second half, on its own line after a page broke it
PARAGRAPH_HALF_WORDS = 3
# a writer's initials after the last sentence (`… di dapur lapas. (fin)`)
_SIGN_OFF_TAIL = re.compile(r"\s*\([\w/ .-]{1,15}\)\s*$")
_CLAUSE_END = re.compile(r"[.!?:;\"”’]\s*$")  # … but a counter may close a bracket: `Komentar (3)`
# pictographs that end a sentence in posts copied from social media (`… Kejari Solok ⚖️`,
# `… berlangsung hampir satu jam 🙌`): emoji, their variation selectors and joiners
_CLOSING_EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\\s*$")
_NON_SPACE = re.compile(r"\S")
_ELLIPSIS_END = re.compile(r"\w(?:\.{3}|…)\s*$")
FOOTER_WORDS = 25
"""A line holding a FOOTER phrase is a site's footer up to this many words (a sentence of
the article may mention copyright: `pendaftaran hak cipta karya warga binaan`)."""
CAPTION_WORDS = 45
"""The most words of a photo's caption."""
# careless portals glue sentences and list items (`Samuel Tingang.Instruktur`, `Senin (3/11).
# Kunjungan`, `Kota Agung,Andri Setiawan`): not after a short word, so `S.Sos`, `Drs.Marihot`,
# `A.Md.IP` and numbers (`2,5`) stay as written
# (found from the punctuation, which the regex engine scans for fast, then checked behind)
_GLUED = re.compile(r"\.(?=[A-Z][a-z])|,(?=[A-Za-z0-9])")
_THREE_LOWER = re.compile(r"[a-z]{3}")
_GLUED_NAME = re.compile(r"(?<![\w#@/.])(?P<place>[A-Za-z][a-z]{2,})(?P<name>[A-Z][a-z]*)"
                         r"(?= [A-Z]|,)")
_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass
class Cleaned:
    """The cleaned text and what cleaning learned and removed."""

    text: str
    original: str
    dateline: Dateline | None = None
    title: str | None = None
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Cues:
    """Regular expressions built once from the noise patterns."""

    read_also: re.Pattern[str]
    page_nav: re.Pattern[str]
    """A link to the previous or next post (`« Sebelumnya: Bupati Polman Lepas …`)."""
    next_story: re.Pattern[str]
    """A heading alone on its line over the next story the page loads (`▼ ARTIKEL SELANJUTNYA`)."""
    credit: re.Pattern[str]
    sign_off: re.Pattern[str]
    """A press office's name alone on a line below the lead (`Humas Lapas Narkotika
    Yogyakarta`): a credit, like the same in brackets."""
    caption: re.Pattern[str]
    """A photo's caption: a line ending in its credit (`… menunjukkan dokumen PKS. (Foto: Humas
    Lapas Cibinong)`, `… kepada warga binaan Lapas Madiun. Foto: Humas Lapas Madiun`)."""
    stamp: re.Pattern[str]
    """A date and a clock time alone on a line (`13 Maret 2026 pukul 12:41`): a post's or a
    reader's comment's timestamp, wherever it stands."""
    heading: re.Pattern[str]
    """A page's box heading alone on its line (`AGENDA`, `Berita Terpopuler`, `2 Komentar`):
    the short lines right under it are the box's, not the article's."""
    share_word: re.Pattern[str]
    post_meta: re.Pattern[str]
    kicker: re.Pattern[str]
    continued: re.Pattern[str]
    """A line telling where an article split over pages goes on or came from."""
    footer: re.Pattern[str]
    """A site's copyright notice or notice about itself (`© 2026 …`, `Seluruh hak cipta
    dilindungi`, `Situs ini menggunakan cookie …`)."""
    mojibake: tuple[tuple[str, str], ...]
    dateline_shapes: tuple[re.Pattern[str], ...]
    clock: re.Pattern[str]
    """A clock time with its zone (`16:45 WIT`, `09.47 WIB`)."""
    places: frozenset[str] = frozenset()
    """Region names of one word, lower case: a place that a name may be glued to."""


@lru_cache(maxsize=8)
def _cues(patterns: PatternSet) -> _Cues:
    """Build the cleaning expressions for one pattern set."""
    read_also = alternation(patterns.words("READ_ALSO"))
    page_nav = alternation(patterns.words("PAGE_NAV"))
    next_story = alternation(patterns.words("NEXT_STORY"))
    credit = alternation(patterns.words("CREDIT"))
    press_office = alternation(patterns.words("PRESS_OFFICE"))
    photo = alternation(patterns.words("PHOTO_CREDIT"))
    headings = alternation(patterns.words("BOX_HEADING"))
    tails = alternation(patterns.words("BOX_TAIL"))
    share = alternation(patterns.words("SHARE"))
    kicker = alternation(patterns.words("KICKER"))
    continued = alternation(patterns.words("CONTINUED"))
    footer = alternation(patterns.words("FOOTER"))
    zones = alternation(patterns.words("TIMEZONE"))
    posted = alternation(patterns.words("POSTED_BY"))
    word_first = alternation([e.text for e in patterns.get("VIEW_COUNT") if e.where == "after"])
    number_first = alternation([e.text for e in patterns.get("VIEW_COUNT")
                                 if e.where == "before"])
    weekdays = alternation(patterns.words("WEEKDAY"))
    months = alternation(patterns.words("MONTH"))
    place = r"[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,3}"
    outlet = r"[A-Za-z0-9][\w.]*(?:[ _.-][\w.]+){0,3}"
    shapes = (
        # Outlet - Place - Province .
        re.compile(rf"^(?P<outlet>{outlet})\s+{DASH}\s+(?P<place>{place})\s+{DASH}\s+"
                   rf"(?P<province>{place})\s*\.\s+"),
        # OUTLET.COM – (outlet only: a domain)
        re.compile(rf"^(?P<outlet>[\w-]+(?:\.[\w-]+){{1,3}})\s*{DASH}{{1,3}}\s*"),
        # PLACE, DATE – : a press release dated where it was issued (`Kotabaru, 3 Desember
        # 2025 –`): the date is the release's, not an event's
        re.compile(rf"^(?P<place>{place}),\s*\d{{1,2}}\s+[A-Z][a-z]{{2,9}}\.?\s+\d{{4}}"
                   rf"\s*{DASH}{{1,3}}\s*"),
        # PLACE, OUTLET –
        re.compile(rf"^(?P<place>{place}),\s*(?P<outlet>{outlet}?)\s*{DASH}{{1,3}}\s*"),
        # PLACE (SOURCE) – : the source in brackets (`GROBOGAN (Diskominfo) –`,
        # `Semarapura (Humas Klungkung) -`, `LANGGUR, (Diskominfo Malra) –`) is the
        # publisher, no party to the news
        re.compile(rf"^(?P<place>{place}),?\s*\((?P<outlet>[^()\n]{{1,40}})\)\s*{DASH}{{1,3}}\s*"),
        # PLACE – (SOURCE) : the source in brackets after the dash (`SIAK – (Diskominfo Siak)`)
        re.compile(rf"^(?P<place>{place})\s*{DASH}{{1,3}}\s*\((?P<outlet>[^()\n]{{1,40}})\)\s*"),
        # PLACE – (place in capitals only)
        re.compile(rf"^(?P<place>[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){{0,3}})\s*{DASH}{{1,3}}\s*"),
    )
    return _Cues(
        read_also=re.compile(rf"^\s*[\[(]?\s*(?:{read_also})\b\s*[:|»>-]?", re.IGNORECASE),
        # (an arrow before it or not; a colon, an arrow or the line's end after it: not
        # `Sebelumnya, Kalapas …`)
        page_nav=re.compile(rf"^\s*[«‹←]?\s*(?:{page_nav})\s*(?:[:»›→]|$)", re.IGNORECASE),
        # (alone but for arrows and rules: `──── ARTIKEL SELANJUTNYA ────`, `Berita Selanjutnya →`)
        next_story=re.compile(rf"^[\W_]*(?:{next_story})[\W_]*$", re.IGNORECASE),
        # (or a sign-off line wholly in brackets: `(Humas Lapas Sleman)`, `(Humas LPKA
        # Kutoarjo/Ed: Kanwil Jateng)`)
        credit=re.compile(rf"^\s*\(?\s*(?:{credit})\b\s*(?:[:/|]|\s*$)"
                          rf"|^\s*\(\s*(?:{credit})\s+[^()\n]{{1,80}}\)\s*$", re.IGNORECASE),
        # (a name: capitalised words only, none a verb of a headline's lower-case sentence)
        sign_off=re.compile(rf"^\s*(?:{press_office})(?:[ \t]+[A-Z0-9][\w.'’/-]*){{1,7}}\s*$"),
        caption=re.compile(rf"[.,]\s*[(\[]?\s*(?:{photo})\s*[:/][^()\[\]\n]{{1,60}}[)\]]?\s*$",
                           re.IGNORECASE),
        share_word=re.compile(rf"(?:{share})", re.IGNORECASE),
        kicker=re.compile(rf"^\s*(?:{kicker})(?:\s+\S+)?\s*$", re.IGNORECASE),
        # `(Sambungan dari halaman 1)`, `Bersambung ke halaman 2`: the words and a page number
        continued=re.compile(rf"^\s*\(?\s*(?:{continued})\s+(?:halaman|hal\.?)\s*\d{{1,2}}\s*\)?\s*$",
                             re.IGNORECASE),
        footer=re.compile(rf"(?:{footer})", re.IGNORECASE),
        # `Dipublikasikan oleh Diskominfo OKI | Dilihat 214 kali`, `Senin, 2 Juni | 1.024 views`,
        # `Jumat, 24 Januari 2025 | 09:47 WIB` (the page's timestamp)
        post_meta=re.compile(rf"^\s*(?:{posted})\b|(?<!\w)(?:{word_first})\s*:?\s*\(?\d"
                             rf"|\d[\d.,]*\s*(?:{number_first})(?!\w)"
                             rf"|(?<!\d)\d{{1,2}}[:.]\d{{2}}\s*(?:{zones})(?!\w)"
                             # a line that is a date alone (`Kamis, 06 November 2025`): the
                             # page's date header, above the body
                             rf"|^\s*(?:(?:{weekdays})\s*,?\s*)?\d{{1,2}}\s+(?:{months})\.?\s+"
                             # … and its time (`Rabu, 24 September 2025 10:05`)
                             rf"\d{{4}}(?:\s*[,|-]?\s*(?:pukul\s+)?\d{{1,2}}[:.]\d{{2}})?\s*$"
                             # … or written in numbers (`Jumat, 12/06/2026  -  10:03`)
                             rf"|^\s*(?:(?:{weekdays})\s*,?\s*)?\d{{1,2}}/\d{{1,2}}/\d{{4}}"
                             rf"(?:\s*[,|-]?\s*(?:pukul\s+)?\d{{1,2}}[:.]\d{{2}})?\s*$",
                             re.IGNORECASE),
        # (after a commenter's name and a dash or not: `Rini_Ciledug — 19/08/2026 08:14`; a
        # date in figures needs no time: `05/03/2026` under a related story's headline)
        # (and a print view's stamp, a few words then its date and time: `Dicetak pada:
        # 13/11/2026 10:41`, `Dicetak dari Wonosobo Today pada 21/05/2026 07:41`)
        # (a commenter's name before the stamp needs no separator: `Maria W.   28 Agustus 2025
        # pukul 19:05`)
        stamp=re.compile(rf"^\s*(?:(?:[^\s—–|·]+(?:\s[^\s—–|·]+){{0,3}}\s*[—–|·:-]?\s*)?"
                         rf"(?:(?:{weekdays})\s*,?\s*)?(?:(?:\d{{1,2}}\s+(?:{months})\.?\s+"
                         rf"\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*[,|-]?\s*(?:pukul\s+)?"
                         rf"\d{{1,2}}[:.]\d{{2}}(?:\s*(?:{zones}))?|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
                         rf"|(?:[^\s—–|·]+\s+){{1,6}}:?\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*[,|-]?\s*"
                         rf"\d{{1,2}}[:.]\d{{2}}(?:\s*(?:{zones}))?)\s*$",
                         re.IGNORECASE),
        # (with up to two words more after it, `AGENDA KANWIL`, or before a BOX_TAIL word,
        # `BERITA UPT LAINNYA`)
        heading=re.compile(rf"^\s*(?:\d+\s+)?(?:(?:{headings})(?:\s+\w+){{0,2}}|"
                           rf"(?:\w+\s+){{1,2}}(?:{tails}))(?:\s*\(\d+\))?\s*:?\s*$",
                           re.IGNORECASE),
        mojibake=tuple((e.text, e.replacement) for e in patterns.get("MOJIBAKE")),
        dateline_shapes=shapes,
        clock=re.compile(rf"(?<!\d)\d{{1,2}}[:.]\d{{2}}\s*(?:{zones})(?!\w)", re.IGNORECASE),
        places=frozenset(e.text.lower() for e in patterns.get("REGION") if " " not in e.text),
    )


# A line of printable ASCII without `&`, plus curly quotes, dashes and the ellipsis:
# no HTML entity, control or line-break character for ftfy to fix, and no pair its
# mojibake detector (`ftfy.badness`) flags, so ftfy returns it unchanged. Typographic
# punctuation is in most press releases; without it here, ftfy ran on most lines.
_PLAIN_LINE = re.compile(r"[\t\n\x20-\x25\x27-\x7e‘’“”–—…]*")
# uncurl_quotes=False: ftfy's default would straighten curly quotes in clean text.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)


def fix_text(text: str) -> str:
    """`ftfy.fix_text(text, uncurl_quotes=False)`, without calling ftfy on plain lines.

    The loop is ftfy's own (it fixes line by line, and stops unescaping HTML
    once a line holds `<`); lines of plain ASCII are kept as they are, which
    is what ftfy would return for them, at a fraction of the cost.
    """
    config = _FTFY
    out: list[str] = []
    pos = 0
    while pos < len(text):
        textbreak = text.find("\n", pos) + 1 or len(text)
        if textbreak - pos > config.max_decode_length:
            textbreak = pos + config.max_decode_length
        segment = text[pos:textbreak]
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        if _PLAIN_LINE.fullmatch(segment) is None:
            segment = ftfy.fix_and_explain(segment, config)[0]
        out.append(segment)
        pos = textbreak
    return "".join(out)


def repair(text: str, patterns: PatternSet) -> tuple[str, list[str]]:
    """Repair mojibake and unsafe characters, and give a full stop or comma glued to the next
    word its space; clean text comes back byte-identical."""
    warnings: list[str] = []
    safe = _UNSAFE.sub("\ufffd", text)
    if safe != text:
        warnings.append("replaced unencodable or control characters")
    fixed = fix_text(safe)
    for residue, replacement in _cues(patterns).mojibake:
        if residue in fixed:
            fixed = fixed.replace(residue, replacement)
    fixed = unicodedata.normalize("NFC", fixed)
    if fixed != safe:
        warnings.append("repaired text encoding (mojibake or line breaks)")
    return _unglued_names(_unglued(fixed), _cues(patterns).places), warnings


def _unglued(text: str) -> str:
    """The text with a space after each full stop or comma glued to the next word."""
    pieces, last = [], 0
    for match in _GLUED.finditer(text):
        at = match.start()
        if text[at] == ",":
            glued = at > 0 and _LETTER.fullmatch(text[at - 1]) is not None
        else:
            glued = text[at - 1:at] == ")" or (
                at >= 3 and _THREE_LOWER.fullmatch(text, at - 3, at) is not None)
        if glued:
            pieces.append(text[last:at + 1])
            last = at + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return " ".join(pieces)


def _unglued_names(text: str, places: frozenset[str]) -> str:
    """The text with a space between a place and a person's name glued to it, as a lost line
    break leaves them (`Karutan WatesSlamet Raharjo`, `LPKA Kelas I BlitarTeguh Wibisono`):
    a capitalised word the gazetteer knows as a place, then a capitalised word that a
    further capitalised word or a comma follows. An outlet named after its region
    (`TangerangNews –`) or a word such as `WhatsApp` is left as written."""
    pieces, last = [], 0
    for match in _GLUED_NAME.finditer(text):
        if match.group("place").lower() in places:
            pieces.append(text[last:match.start("name")])
            last = match.start("name")
    if not pieces:
        return text
    pieces.append(text[last:])
    return " ".join(pieces)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end including its newline."""
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


HEADLINE_MAX_COMMAS = 3
"""A line with this many commas lists names or clauses: a broken sentence, not a headline
(headlines hold one comma at most: `Lapas Pekalongan Gandeng Dinperindag, Warga Binaan …`)."""


def _is_headline(line: str) -> bool:
    """A pasted headline: most words capitalised and no sentence-final punctuation."""
    stripped = line.strip()
    # a teaser headline may trail off (`… Rutan Sukoharjo, Hasilnya...`): no sentence end
    ended = _SENTENCE_END.search(stripped) and not _ELLIPSIS_END.search(stripped)
    if not stripped or ended or _CLOSING_EMOJI.search(stripped) or \
            stripped[0] in "\"“‘'(" or stripped.endswith(","):
        return False  # (a comma at the end: a sentence a page broke, `…, Dyah Ayu,` ⏎ `S.Psi.`)
    words = [w for w in _WORD.findall(stripped) if len(w) > 3]
    if not 3 <= len(words) <= 30:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if stripped.count(",") >= HEADLINE_MAX_COMMAS and len(words) - capitalised >= 2 and \
            ":" not in stripped:
        # `PKS diteken oleh Kepala Lapas …, Bambang …, dan Kepala Dinas …, Dra. Rini …,
        # disaksikan`: a sentence of names that a page split in two (not a labelled list,
        # `Tags: pengabdian masyarakat, LPPM, Fakultas Hukum, Lapas`)
        return False
    return capitalised / len(words) >= 0.7


def _goes_on_in_lower_case(text: str, at: int, cues: _Cues) -> bool:
    """Whether the next line after `at`, past blank lines, is a sentence's second half: it
    opens in lower case and ends a sentence, a paragraph's length (not a byline, `oleh
    Admin`, a share line or a caption's second line, `menggunting pita … (Foto: …)`)."""
    following = _NEXT_LINE.match(text, at)
    if following is None or not following.group("line")[:1].islower():
        return False
    line = following.group("line").rstrip()
    return len(line.split()) >= PARAGRAPH_HALF_WORDS and _CLAUSE_END.search(line) is not None \
        and not (_is_credit(line, cues) or _is_post_meta(line, cues) or cues.stamp.match(line))


_NEXT_LINE = re.compile(r"\s*(?P<line>\w[^\n]*)")


def _is_credit(line: str, cues: _Cues) -> bool:
    """A short line of credits: reporter, editor, photographer."""
    return cues.credit.match(line) is not None and len(line.split()) <= 12


def _is_post_meta(line: str, cues: _Cues) -> bool:
    """A short line of a page's post details: who posted it, how often it was read."""
    return len(line.split()) <= POST_META_WORDS and not _CLAUSE_END.search(line) and \
        cues.post_meta.search(line) is not None


# A related story's line under its list's heading is a headline, maybe with its date.
RELATED_WORDS = 25
# Past a blank line, a headline's length (a short paragraph of the article is longer or ends
# its sentence).
RELATED_AFTER_GAP_WORDS = 15

POST_META_WORDS = 20
"""A line of post details is this short, a longer one is prose (`Diposting oleh Admin Humas |
15 Juni 2026 | Dibaca 312 kali`)."""


def _is_share_line(line: str, cues: _Cues) -> bool:
    """A line made only of share-button words and separators."""
    if len(line.split()) > 12 or not line.strip():  # cheap tests first: most lines are long
        return False
    return _PUNCT_ONLY.match(cues.share_word.sub("", line)) is not None


def _dateline(text: str, start: int, cues: _Cues) -> tuple[Dateline, int] | None:
    """Recognise a dateline at `start`; return it and where the body begins."""
    head = text[start:start + 120]
    for shape in cues.dateline_shapes:
        match = shape.match(head)
        # a dateline heads a body: with nothing after it, it is the body (idempotence)
        if match is None or _NON_SPACE.search(text, start + match.end()) is None:
            continue
        groups = match.groupdict()
        return Dateline(
            place=groups.get("place"), outlet=(groups.get("outlet") or None),
            province=groups.get("province"), text=match.group(0).strip(),
        ), start + match.end()
    return None


def clean(raw: str, patterns: PatternSet) -> Cleaned:
    """Clean a fetched article text; see the module docstring for what goes."""
    text, warnings = repair(raw, patterns)
    cues = _cues(patterns)
    cuts: list[Removed] = []

    def cut(start: int, end: int, reason: str) -> None:
        if end > start:
            cuts.append(Removed(start=start, end=end, text=text[start:end], reason=reason))

    for match in _SHORTCODE.finditer(text):
        cut(match.start(), match.end(), "shortcode")
    shortcodes = list(cuts)

    def outside_shortcodes(start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of `text[start:end]` that are not in a shortcode, in order."""
        pieces, at = [], start
        for c in shortcodes:
            if c.start < end and c.end > at:
                pieces.append((at, max(at, c.start)))
                at = max(at, c.end)
        pieces.append((at, end))
        return pieces

    def visible(start: int, end: int) -> str:
        """A line as it reads once its shortcodes are gone (cleaning stays idempotent)."""
        return "".join(text[a:b] for a, b in outside_shortcodes(start, end))

    def dateline_at(start: int) -> tuple[Dateline, int] | None:
        """A dateline at `start` as the text reads once its shortcodes are gone (`0.[0]0-1`
        reads `0.0-1`, and so will the next cleaning); the body's start is in the text."""
        if not any(c.end > start for c in shortcodes):
            return _dateline(text, start, cues)
        pieces = outside_shortcodes(start, len(text))
        found = _dateline("".join(text[a:b] for a, b in pieces), 0, cues)
        if found is None:
            return None
        dateline, offset = found
        for a, b in pieces:
            if offset <= b - a:
                return dateline, a + offset
            offset -= b - a
        return dateline, len(text)

    lines = _lines(text)
    body = [(s, e) for s, e in lines if text[s:e].strip()]
    title: str | None = None
    dateline: Dateline | None = None
    # a page's post details (`Dipublikasikan oleh … | Dilihat 214 kali`) may stand between the
    # title and the dateline, and a kicker above the title: they go, and do not count as one
    # of the two lines looked at
    head_lines: list[tuple[int, int, str]] = []
    after_dateline: dict[int, int] = {}  # the dateline's line start -> where its rest begins
    # the first line of the body and, when it is a title, the line after it: past them the
    # article has begun (a date line there is the body's, as the next cleaning will read it)
    looked_at = 1
    for start, end in body:
        if len(head_lines) == looked_at:
            break
        line = visible(start, end)
        # (never the last line: with nothing after it, the line is the body, and cleaning the
        # cleaned text again must not remove it)
        if _is_post_meta(line, cues) and (start, end) != body[-1]:
            cut(start, end, "post-meta")
            continue
        if cues.kicker.match(line):  # `SIARAN PERS`, `Berita RSUD` above the title
            cut(start, end, "kicker")
            continue
        if _is_credit(line, cues):
            cut(start, end, "credit")  # `Reporter: … | Editor: …` under the title
            continue
        head_lines.append((start, end, line))
        if len(head_lines) == 1 and len(body) > 1 and _is_headline(line):
            looked_at = 2
    for index, (start, end, line) in enumerate(head_lines):
        found = dateline_at(start + len(line) - len(line.lstrip()))
        if found is not None:
            dateline, body_start = found
            # what follows a dateline must not read as one in the cleaned text (idempotence):
            # `AA–KALAPAS MAKASAR-0` loses both heads at once, not one per pass
            while (another := dateline_at(body_start)) is not None:
                body_start = another[1]
            cut(start, body_start, "dateline")
            # the rest of its line is read below as a line of its own, as the next cleaning will
            # read it (`AA – Baca juga: …`); post details too (`AA-1 AGS 0000`, then text)
            after_dateline[start] = body_start
            rest = visible(body_start, end)
            if (start, end) != body[-1] and rest.strip() and _is_post_meta(rest, cues):
                cut(body_start, end, "post-meta")
            elif index == 0 and (start, end) != body[-1] and _is_headline(rest):
                title = rest.strip()  # it would open the cleaned text as its title
                cut(body_start, end, "title")
            break
        if index == 0 and len(body) > 1 and _is_headline(line):
            title = line.strip()
            cut(start, end, "title")

    last_content = max((i for i, (s, e) in enumerate(body)), default=-1)
    # the first line of prose: above it a scraped page keeps its menus, breadcrumbs and post
    # details (`Oleh Admin | 22 Mei 2026 | 187 views`, `Rabu, 04 Mar 2026 14:32`)
    # (or its dateline's line: `KOLAKA – Rutan Kolaka menggelar skrining pada` broken off)
    # (a long line of headlines is no prose: `BREAKING: Arus Balik … · Wali Kota … Tinjau …`)
    lead = next((i for i, (s, e) in enumerate(body)
                 if s in after_dateline or (len(visible(s, e).split()) > POST_META_WORDS
                                            and not _is_headline(visible(s, e)))),
                len(body))
    related_end = -1  # where the last line of a list of related stories ends
    for index, (start, end) in enumerate(body):
        first = after_dateline.get(start, start)
        line = visible(first, end)
        if any(c.start <= first and c.end >= end - 1 for c in cuts):
            continue
        if index > lead and cues.next_story.match(line):
            # below the article, the page's next story (an infinite scroll pastes its lead in):
            # none of it is this article's
            cut(first, len(text), "next-story")
            break
        marker = cues.read_also.match(line) or cues.page_nav.match(line)
        if marker:
            cut(first, end, "read-also")
            # a heading alone (`BERITA TERKAIT`, `Artikel Terkait:`): the lines right under
            # it are its stories, dated or not
            # (or naming the site it lists: `Baca juga di Nyiur News:`)
            rest = line[marker.end():].strip(" |»>-\n")
            heading = not rest.strip(":") or (rest.endswith(":") and len(rest.split()) <= 4)
            related_end = end if heading else -1
        elif cues.heading.match(line):
            cut(first, end, "read-also")
            related_end = end
        elif (related_end == start and (len(line.split()) <= RELATED_WORDS or
                                        # the listed story's lead under its headline and stamp
                                        _dateline(text, first, cues) is not None)) or (
                related_end >= 0 and not text[related_end:start].strip()
                and len((untailed := _SIGN_OFF_TAIL.sub("", line)).split())
                <= RELATED_AFTER_GAP_WORDS and not _CLAUSE_END.search(untailed)):
            # (past a blank line only a headline's length, no sentence's end: the box's
            # stories set apart, `ARTIKEL TERKAIT` ⏎⏎ `Warga Binaan … Tes Urine` ⏎ `12 Oktober
            # 2025`, not the article's next paragraph; a story's date in brackets after it is
            # not counted, `… Korban Angin Puting Beliung di Tayu (20 Juli 2025)`)
            cut(first, end, "read-also")
            related_end = end
        elif related_end >= 0 and not text[related_end:start].strip() and \
                len(line.split()) <= CAPTION_WORDS and cues.caption.search(line):
            # a related story's photo caption (`Wakil Bupati …, saat meninjau pasar murah …
            # (Foto: Dok. Prokopim)`): its headline and date still follow
            cut(first, end, "caption")
            related_end = end
        elif _is_credit(line, cues) or (index > lead and cues.sign_off.match(line)):
            cut(first, end, "credit")
        elif (index < lead and (start, end) != body[-1] and _is_post_meta(line, cues)) or \
                cues.stamp.match(line):
            # (never the last line: with nothing after it, the line is the body; a date with
            # its clock time is no sentence anywhere)
            cut(first, end, "post-meta")
        elif first == start and len(line.split()) <= CAPTION_WORDS and \
                cues.caption.search(line):
            cut(first, end, "caption")  # (a line with a dateline is the lead, whatever ends it)
        elif _PUNCT_ONLY.match(line):
            cut(first, end, "separator")
        elif cues.continued.match(line):
            cut(first, end, "continued")
        elif len(line.split()) <= FOOTER_WORDS and cues.footer.search(line):
            cut(first, end, "footer")
        elif _is_share_line(line, cues):
            cut(first, end, "share-buttons")
        elif index < len(body) - 1 and len(line.split()) <= POST_META_WORDS and \
                not line.rstrip().endswith(".") and cues.clock.search(line):
            # a page's timestamp further down than the head (`Rabu, 14 Januari 2026 - 16:45
            # WIT` under a breadcrumb and the headline pasted twice): a short line with a clock
            # time and its zone is no sentence (a date alone may be one broken off a sentence)
            cut(first, end, "post-meta")
        elif index > 0 and _is_headline(line) and not _goes_on_in_lower_case(text, end, cues):
            # (`Kepala Bapas …, Tri Wahyuningsih, …, mengatakan Bapas` ⏎⏎ `sudah menyiapkan
            # …`: a sentence a page broke in two, no headline)
            cut(start, end, "pasted-headline")
        elif index >= last_content - 2:
            line = text[start:end]  # offsets below are into the text itself
            byline = _BYLINE.search(line.rstrip("\n"))
            # what precedes it as it reads once shortcodes are gone (cleaning stays idempotent)
            before = visible(start, start + byline.start()).rstrip() if byline else ""
            if byline and (not before or _SENTENCE_END.search(before)):
                cut(start + byline.start(), start + len(line.rstrip("\n")), "byline")

    for match in re.finditer(r"\n[ \t]*(?:\n[ \t]*){2,}", text):
        cut(match.start() + 1, match.end() - 1, "blank-lines")

    kept, removed = _apply(text, cuts)
    return Cleaned(text=kept, original=text, dateline=dateline, title=title,
                   removed=removed, warnings=warnings)


def _apply(text: str, cuts: list[Removed]) -> tuple[str, list[Removed]]:
    """Delete the cut ranges (overlaps merged), never leaving more than one blank line."""
    ordered = sorted(cuts, key=lambda c: (c.start, -c.end))
    kept_ranges: list[tuple[int, int]] = []
    kept_cuts: list[Removed] = []
    position = 0
    for c in ordered:
        if c.end <= position:
            continue
        start = max(c.start, position)
        kept_ranges.append((position, start))
        kept_cuts.append(c if start == c.start else
                         Removed(start=start, end=c.end, text=text[start:c.end], reason=c.reason))
        position = c.end
    kept_ranges.append((position, len(text)))
    out: list[tuple[int, str]] = []  # (offset in text, kept piece)
    tail = ""
    for start, end in kept_ranges:
        piece = text[start:end]
        if not piece:
            continue
        # joining around a removed line can stack blank lines: drop the surplus
        if tail.endswith("\n") or not out:
            lead = re.match(r"(?:[ \t]*\n)+", piece)
            allowed = 0 if not out else (1 if not tail.endswith("\n\n") else 0)
            if lead:
                newlines = lead.group(0).split("\n")[:-1]
                if len(newlines) > allowed:
                    drop_end = start + sum(len(n) + 1 for n in newlines[:len(newlines) - allowed])
                    kept_cuts.append(Removed(start=start, end=drop_end, text=text[start:drop_end],
                                             reason="blank-lines"))
                    start, piece = drop_end, text[drop_end:end]
        if piece:
            out.append((start, piece))
            tail = (tail + piece)[-2:]
    while out and out[-1][1] != out[-1][1].rstrip():
        start, piece = out.pop()
        stripped = piece.rstrip()
        kept_cuts.append(Removed(start=start + len(stripped), end=start + len(piece),
                                 text=piece[len(stripped):], reason="trailing-space"))
        if stripped:
            out.append((start, stripped))
    stripped = "".join(piece for _, piece in out)
    kept_cuts.sort(key=lambda c: c.start)
    return stripped, kept_cuts
