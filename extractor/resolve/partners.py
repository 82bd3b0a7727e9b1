"""Partner organisations: heads completed by their region or name, acronyms linked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..mentions import Lexicon, parse_place, spans
from ..vocabulary import OrgEntry, PatternSet

# Words of an organisation's own name after its head (`Universitas Negeri Makassar`,
# `SMA Negeri 1 Maros`, `PT Sinar Jaya`): capitalised words or numbers, bounded.
_NAME_TAIL = re.compile(
    r"[ \t]+(?P<name>(?:[A-Z0-9][\w'’.&/-]{0,30})(?:[ \t]+(?:[A-Z0-9][\w'’.&/-]{0,30}|dan|&)){0,6})")


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
        full = f"{full_prefix} {name}".strip()
        return full, text[pos + lead.end():end], end

    def mention_at(self, text: str, entry: OrgEntry, start: int, end: int,
                   known: list[str]) -> OrgMention:
        """Complete an organisation head ending at `end` with its tail."""
        surface = text[start:end]
        is_short = surface.lower() != entry.full.lower()
        position = end
        acronym = surface if is_short else None
        paren = re.match(r"[ \t]*\((?P<abbr>[A-Za-z][\w .&-]{0,20})\)", text[end:end + 30])
        if paren:
            acronym = paren.group("abbr").strip()
            position = end + paren.end()
        name: str | None = entry.full
        region = None
        if entry.tail in ("place", "region"):
            found = self.region_at(text, position, known)
            if found:
                region, written, position = found
                head = entry.full
                last_word = head.split()[-1].lower()
                region_words = region.split()
                if region_words[0].lower() == last_word:
                    region_words = region_words[1:]  # "Pemerintah Kabupaten" + "Kabupaten Maros"
                name = " ".join([head, *region_words])
                if acronym:
                    acronym = f"{acronym} {written}"
            elif entry.tail == "place":
                name = None
        elif entry.tail == "name":
            found_name = _NAME_TAIL.match(text, position)
            if found_name:
                words = found_name.group("name").split()
                while words and words[-1] in ("dan", "&"):
                    words.pop()
                words = self._trim(words)
                if words:
                    tail_text = " ".join(words)
                    name = f"{entry.full} {tail_text}"
                    position = position + found_name.group(0).index(words[0]) + len(tail_text)
                    if acronym:
                        acronym = f"{acronym} {tail_text}"
                    # `SMK Negeri 3 Kota Tangerang`: a region after the name belongs to it
                    if self.lex.region_prefix.match(text, position + 1):
                        found = self.region_at(text, position, known)
                        if found:
                            name = f"{name} {found[0]}"
                            if acronym:
                                acronym = f"{acronym} {found[1]}"
                            position = found[2]
                else:
                    name = None
            else:
                name = None
        return OrgMention(entry=entry, name=name, acronym=acronym, region=region,
                          start=start, end=position, head_end=end, surface=surface)

    def _trim(self, words: list[str]) -> list[str]:
        """Cut a name tail at the first word that cannot belong to a name."""
        kept = []
        for word in words:
            bare = word.rstrip(".,")
            if bare in self.lex.not_names and kept:
                break
            if bare.lower() in self.lex.stop_words:
                break
            kept.append(word.rstrip(",."))
            if word.endswith(",") or (word.endswith(".") and len(bare) > 3):
                break
        return kept

    def find(self, doc: Doc, known: list[str], skip: list[tuple[int, int]]) -> list[OrgMention]:
        """Every organisation mention outside the skipped ranges, in text order."""
        text = doc.text
        out: list[OrgMention] = []
        covered = -1
        for span in spans(doc, "ORG"):
            if span.start_char < covered:
                continue
            if any(s <= span.start_char < e for s, e in skip):
                continue
            entry = self.heads.get(span.text.lower())
            if entry is None:
                continue
            mention = self.mention_at(text, entry, span.start_char, span.end_char, known)
            out.append(mention)
            covered = mention.end
        return out

    def group(self, mentions: list[OrgMention]) -> list[PartnerAcc]:
        """Collapse mentions into partners; short mentions join their full partner."""
        partners: dict[str, PartnerAcc] = {}
        pending: list[OrgMention] = []
        for m in mentions:
            if m.entry.kind == "parent":
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
            same_head = [p for p in partners.values() if p.head == m.entry.full]
            if len(same_head) == 1:
                same_head[0].mentions.append(m)
                continue
            if same_head or m.name is None or m.entry.tail not in ("region", "none"):
                continue
            # A head that names a whole organisation by itself (`Baznas`, `Kemensos`);
            # in lower case (`pemerintah daerah`) it is a generic reference, not a name.
            if m.entry.tail == "none" or m.surface[:1].isupper():
                acc = partners.setdefault(m.name.lower(), PartnerAcc(
                    m.name, m.entry.kind, m.entry.full, None))
                acc.mentions.append(m)
                if m.acronym and m.acronym != m.name:
                    acc.acronym = acc.acronym or m.acronym
        return list(partners.values())
