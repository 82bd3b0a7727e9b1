"""Engagements and agreements, with status read from the surrounding words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import takewhile

import numpy
from spacy.strings import get_string_id
from spacy.symbols import LOWER
from spacy.tokens import Doc, Span, Token

from ..mentions import sentence_of, span_at, spans
from ..vocabulary import AgreementEntry, EngagementEntry, PatternSet, alternation

STATUS_RANK = {"signed": 4, "ongoing": 3, "planned": 2, "proposed": 1}
# How many tokens before a mention a negation or condition still governs it
# ("belum ada MoU", "bukan sekadar kunjungan", "jika kerja sama disepakati").
NEGATION_REACH = 3
CONDITION_REACH = 6
# How many more tokens a negation reaches when the agreement word is the form of a noun before it
# ("belum ada payung hukum berupa MoU").
FORM_REACH = 3
# How many tokens around an agreement mention its status words are read.
STATUS_REACH = 10
# How many tokens after an agreement mention a future word still governs a signing before it.
MODAL_AFTER = 2
# How many words of an activity's subject may stand before the modal predicate that makes it
# one to come ("pelatihan menjahit dan las listrik direncanakan dimulai …").
MODAL_PREDICATE = 5
# How many tokens from `sejak` a word of recurrence may sit to make the practice one kept up.
SINCE_REACH = 12
# How many tokens from a weak word (`kemitraan`) a running cue may sit and still describe it.
ONGOING_REACH = 2
# How many tokens after a weak word its clause may name parties and field before the running
# cue that is its predicate (`kemitraan … dengan Lapas Kotabaru sudah memasuki tahun kedua`).
ONGOING_CLAUSE = 12
# How many tokens an organisation's name may end before the running cue it is the subject of.
SUBJECT_REACH = 3
# How many words after a document a negation of its signing may stand (`MoU itu belum diteken`),
# and (one more) its signing word after the negation (`tidak bisa kami tandatangani`)
NEGATED_AFTER = 2
# How many words after an AID_MODAL word its AID_VERB may stand (`akan segera melibatkan`)
AID_VERB_REACH = 3
# How far after a document named with its parties (`MoU antara X dan Y yang …`) its status
# words are read.
PARTIES_REACH = 20
# How many words of subject may stand between an agreement word and `antara` (its parties).
PARTIES_AFTER = 6
# Tokens from a `(` within which its `)` must come: a document's short form is a few words.
BRACKET_REACH = 6
# How many tokens a relative clause may run before its anaphor ("MoU yang baru diteken ini").
ANAPHOR_CLAUSE = 6
# How many words of an office's name may stand between a position and an agreement word ending
# it (`Kepala Bidang Pembinaan, Teknologi Informasi dan Kerja Sama`).
UNIT_NAME_REACH = 6
# Sentences counted as the lead, where the reported event is named.
LEAD_SENTENCES = 2
# The fewest words of a sentence the lead may begin with (`☰ MENU MALUKU HARI INI`, a section's
# name left above the lead, are none).
LEAD_MIN_WORDS = 6


# between a signing word and its signers' positions: `ditandatangani (langsung) (oleh) Kepala …`
_SIGNED_BY = re.compile(r"(?:[ \t]+(?:langsung[ \t]+)?oleh)?[ \t]+")
# a year that dates something recalled, not the day's event (`diteken pada 2023`, `sejak
# tahun 2024`)
_RECALLED_YEAR = re.compile(r"\b(?:pada|tahun|sejak)[ \t]+(?:tahun[ \t]+)?(?:19|20)\d\d(?!\d)",
                            re.IGNORECASE)


def _signers_after(doc: Doc, end: int) -> bool:
    """Whether a position (its holder a signer) follows a signing word ending at `end`."""
    gap = _SIGNED_BY.match(doc.text, end)
    return gap is not None and span_at(doc, "POSITION", gap.end()) is not None


def lead_end(text: str, bounds: list[tuple[int, int]]) -> int:
    """Where the lead ends: LEAD_SENTENCES sentences from the first of a sentence's length."""
    first = next((i for i, (start, end) in enumerate(bounds)
                  if len(text[start:end].split()) >= LEAD_MIN_WORDS), 0)
    last = min(first + LEAD_SENTENCES, len(bounds)) - 1
    return bounds[last][1] if bounds else 0


@dataclass
class Found:
    """A resolved engagement or agreement with its evidence."""

    type: str
    status: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    pattern_ids: list[str] = field(default_factory=list)


@dataclass
class _CueIndex:
    """A document's status cues looked up by where they start and end, built once per
    document: pairing each mention with every cue was quadratic on long texts."""

    cues: list[tuple[Span, str]]
    """In text order."""
    starts: list[int] = field(default_factory=list)
    by_start: dict[int, list[tuple[Span, str]]] = field(default_factory=dict)
    by_end: dict[int, list[tuple[Span, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [cue.start_char for cue, _ in self.cues]
        for pair in self.cues:
            self.by_start.setdefault(pair[0].start, []).append(pair)
            self.by_end.setdefault(pair[0].end, []).append(pair)

    def within_chars(self, first: int, end: int) -> Iterator[tuple[Span, str]]:
        """The cues that start at a character offset in `[first, end)`, in text order."""
        return (self.cues[i] for i in range(bisect_left(self.starts, first),
                                            bisect_left(self.starts, end)))

    def starting(self, first: int, last: int) -> Iterator[tuple[Span, str]]:
        """The cues whose first token is between two token indexes (both included)."""
        return (pair for k in range(first, last + 1) for pair in self.by_start.get(k, ()))

    def ending(self, first: int, last: int) -> Iterator[tuple[Span, str]]:
        """The cues that end (exclusive token index) between two token indexes."""
        return (pair for k in range(first, last + 1) for pair in self.by_end.get(k, ()))


_SHORT_FORM_AND_SPACE = re.compile(r"[ \t]*(?:\([^()\n]{1,15}\)[ \t]*)?")


def _past_its_subject(text: str, end: int, activities: list[int]) -> int:
    """Where activities other than a document's own subject may start: past the activity
    word right after the document and its short form (`PKS pelatihan kerja … yang semula
    dijadwalkan Kamis (12/3) diundur`: the training is what the document is about)."""
    after = _SHORT_FORM_AND_SPACE.match(text, end)
    at = after.end() if after else end
    return at + 1 if at in activities else end


_WORD = re.compile(r"\w+(?:-\w+)*")
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})


def _any_between(starts: list[int], first: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in `[first, end)`."""
    at = bisect_left(starts, first)
    return at < len(starts) and starts[at] < end


class ActivityResolver:
    """Reads engagement kinds and agreements (type, status) from rule spans."""

    def __init__(self, patterns: PatternSet) -> None:
        """Index the engagement and agreement words of a pattern set."""
        self.engagements: dict[str, EngagementEntry] = {
            e.text.lower(): e for e in patterns.get("ENGAGEMENT")}
        self.agreements: dict[str, AgreementEntry] = {
            e.text.lower(): e for e in patterns.get("AGREEMENT")}
        self.status = {e.text.lower(): e.status for e in patterns.get("STATUS")}
        self.follow_up = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                   if e.role == "follow_up")
        self.consent = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                 if e.role == "consent")
        self.signing_nouns = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                       if e.role == "signing_noun")
        self.postponed = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                   if e.role == "postponed")
        self.sequence = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                  if e.role == "sequence")
        self.anaphors = frozenset(w.lower() for w in patterns.words("ANAPHOR"))
        self.proximal = frozenset(e.text.lower() for e in patterns.get("ANAPHOR")
                                  if getattr(e, "proximal", False))
        # phrases that end in an anaphor but point at a time (`selama ini`, `hari ini`)
        self.time_phrases = frozenset(
            e.text.lower() for label in ("STATUS", "RELATIVE") for e in patterns.get(label)
            if isinstance(e.pattern, str) and e.text.split()[-1].lower() in self.anaphors)
        self.facility_words = frozenset(e.text.lower() for e in patterns.get("FACILITY_KIND"))
        # the facility's hierarchy, and generic unit words (`ketiga UPT`: the prisons)
        self.parent_words = frozenset(e.text.lower() for e in patterns.get("ORG")
                                      if e.kind == "parent" or e.generic)
        self.verb_modals = frozenset(w.lower() for w in patterns.words("VERB_MODAL"))
        self.later_clauses = frozenset(w.lower() for w in patterns.words("LATER_CLAUSE"))
        self.later_modals = frozenset(w.lower() for w in patterns.words("LATER_MODAL"))
        self.until_words = frozenset(w.lower() for w in patterns.words("UNTIL_WORD"))
        # each object word with the engagement types it makes a thing of (None: all)
        self.objects = {e.text.lower(): e.only for e in patterns.get("ENGAGEMENT_OBJECT")}
        self.courtesies = frozenset(w.lower() for w in patterns.words("HANDOVER_EXCLUDED"))
        # phrases opening with an engagement word that name no activity of the genre
        self.not_activities = tuple(w.lower() for w in patterns.words("NOT_ACTIVITY"))
        self.purposes = frozenset(w.lower() for w in patterns.words("ENGAGEMENT_PURPOSE"))
        self.ceremony_marks = frozenset(w.lower() for w in patterns.words("CEREMONY_MARK"))
        self.requests = frozenset(w.lower() for w in patterns.words("REQUEST_WORD")) | \
            self.verb_modals
        self.past_words = frozenset(w.lower() for w in patterns.words("PAST_WORD"))
        self.topic_words = re.compile(
            rf"\b(?:{alternation(patterns.words('TOPIC_WORD'))})\b"
            rf"(?![ \t]+(?:{alternation(patterns.words('TOPIC_FRAME'))})\b)", re.IGNORECASE)
        self.form_words = frozenset(w.lower() for w in patterns.words("AGREEMENT_FORM"))
        self.refusals = tuple(w.lower() for w in patterns.words("REFUSAL"))
        self.cooperation_verbs = frozenset(e.text.lower() for e in patterns.get("AGREEMENT")
                                           if e.verb)
        self.draft_words = frozenset(w.lower() for w in patterns.words("DRAFT_WORD"))
        self.besides = frozenset(w.lower() for w in patterns.words("BESIDES_WORD"))
        self.validity = frozenset(w.lower() for w in patterns.words("VALIDITY_WORD"))
        self.means = frozenset(w.lower() for w in patterns.words("MEANS_WORD"))
        self.renewals = frozenset(w.lower() for w in patterns.words("RENEWAL_WORD"))
        self.other_words = frozenset(w.lower() for w in patterns.words("OTHER_WORD"))
        self.clause_openers = frozenset(w.lower() for w in patterns.words("CLAUSE_OPENER"))
        self.once_words = frozenset(w.lower() for w in patterns.words("ONCE_WORD"))
        self.event_verbs = frozenset(w.lower() for w in patterns.words("EVENT_VERB"))
        self.framing = frozenset(w.lower() for w in patterns.words("FRAMING_WORD"))
        self.purpose_words = frozenset(w.lower() for w in patterns.words("PURPOSE_WORD"))
        self.invitations = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                     if e.role == "invitation")
        self.running = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                 if e.role == "running")
        self.since = frozenset(e.text.lower() for e in patterns.get("STATUS")
                               if e.role == "since")
        self.since_times = frozenset(w.lower() for w in patterns.words("SINCE_TIME")) | \
            frozenset(w.lower() for w in patterns.words("MONTH"))
        self.recurrences = frozenset(w.lower() for w in patterns.words("RECURRENCE_WORD"))
        self.since_prefixes = frozenset(w.lower() for w in patterns.words("SINCE_PREFIX"))
        self.time_words = frozenset(e.text.lower() for e in patterns.get("STATUS")
                                    if e.role == "time_word")
        self.joint_words = frozenset(w.lower() for w in patterns.words("JOINT_WORD"))
        self.aid_modals = frozenset(w.lower() for w in patterns.words("AID_MODAL"))
        self.aid_modal_hashes = numpy.array(sorted(get_string_id(w) for w in self.aid_modals),
                                            dtype=numpy.uint64)
        self.indefinites = frozenset(w.lower() for w in patterns.words("INDEFINITE"))
        self.own_office_words = frozenset(w.lower() for w in patterns.words("OWN_OFFICE"))
        self.aid_verbs = frozenset(w.lower() for w in patterns.words("AID_VERB"))
        self.beneficiaries = re.compile(
            rf"\b(?:{alternation(patterns.words('BENEFICIARY'))})\b", re.IGNORECASE)
        # a background word and its comma opening a sentence, after spaces and quotes
        self.background = re.compile(
            r"[ \"“]*(?:" + "|".join(re.escape(w) for w in sorted(
                patterns.words("BACKGROUND"), key=len, reverse=True)) + "),",
            re.IGNORECASE | re.ASCII)

    def background_sentences(self, text: str, bounds: list[tuple[int, int]]) -> set[int]:
        """Starts of the sentences that recall an earlier event ("Sebelumnya, Rutan juga
        pernah menerima kunjungan …"): what they report is not the article's event."""
        match = self.background.match
        return {start for start, end in bounds if match(text, start, end)}

    def _cues(self, doc: Doc) -> list[tuple[Span, str]]:
        """Status cue spans with their status, longest where they overlap (made once per doc)."""
        made = doc.user_data.get("rilis.cues")
        if made is None:
            made = doc.user_data["rilis.cues"] = [
                (s, self.status[s.text.lower()]) for s in spans(doc, "STATUS")
                if s.text.lower() in self.status]
            # where a negated signing or plan ends ("tidak dalam rangka penandatanganan"):
            # what starts there or one token later is negated (read by `_negated` for every
            # mention; pairing the cues there was quadratic)
            negations = [cue.end for cue, status in made if status == "negated"]
            doc.user_data["rilis.unsigned"] = frozenset(
                c.end for c, status in made if status in ("signed", "planned")
                and any(0 <= c.start - end <= NEGATION_REACH - 1 for end in negations))
            doc.user_data["rilis.cue_index"] = _CueIndex(
                sorted(made, key=lambda pair: pair[0].start_char))
        return made

    @staticmethod
    def _index(doc: Doc) -> _CueIndex:
        """The cue index `_cues` built for a document."""
        return doc.user_data["rilis.cue_index"]  # type: ignore[no-any-return]

    @staticmethod
    def _activity_starts(doc: Doc) -> list[int]:
        """Where the document's activity words start, in text order (made once per doc: every
        agreement mention and every activity asks)."""
        made = doc.user_data.get("rilis.activity_starts")
        if made is None:
            made = doc.user_data["rilis.activity_starts"] = sorted(
                e.start_char for e in spans(doc, "ENGAGEMENT"))
        return made  # type: ignore[no-any-return]

    def _negated(self, span: Span, cues: list[tuple[Span, str]],
                 bounds: list[tuple[int, int]]) -> bool:
        """A negation right before, a condition earlier in the clause, or a condition that
        opens the sentence ("Jika pemda bersedia, kerja sama bisa dijalankan")."""
        sentence_start = sentence_of(bounds, span.start_char)[0]
        # "belum ada payung hukum berupa MoU": a negation of the noun the document is the form of
        reach = NEGATION_REACH
        if span.start > 0 and span.doc[span.start - 1].lower_ in self.form_words:
            reach += FORM_REACH
        index = self._index(span.doc)
        # the cues opening the sentence, or opening a clause after `bahwa` ("menyampaikan
        # bahwa jika MoU disepakati, fakultasnya siap menyusun PKS")
        for cue, status in index.within_chars(sentence_start, span.start_char):
            opening = span.doc.text[sentence_start:cue.start_char].strip(' "“”\'') == "" or (
                cue.start > 0 and span.doc[cue.start - 1].lower_ in self.clause_openers)
            if status == "hypothetical" and opening:
                return True
        unsigned = span.doc.user_data["rilis.unsigned"]
        if span.start in unsigned or span.start - 1 in unsigned:
            return True  # "tidak dalam rangka penandatanganan kerja sama"
        for cue, status in index.ending(span.start - max(reach - 1, CONDITION_REACH),
                                        span.start):
            if status == "negated" and 0 <= span.start - cue.end <= reach - 1 and not any(
                    _punct(t) for t in span.doc[cue.end:span.start]):
                return True
            if status == "hypothetical" and 0 <= span.start - cue.end <= CONDITION_REACH \
                    and "," not in span.doc[cue.end:span.start].text:
                return True
        # "Meski MoU belum diteken, …", "PKS itu tidak bisa kami tandatangani": a negation
        # right after the document, before its signing word
        negations = [cue for cue, status in index.starting(span.end, span.end + NEGATED_AFTER)
                     if status == "negated"]
        return any(status == "signed" and not any(_punct(t) for t in span.doc[span.end:cue.start])
                   for negation in negations
                   for cue, status in index.starting(negation.end,
                                                     negation.end + NEGATED_AFTER + 1))

    def _strong_agreements(self, doc: Doc) -> list[tuple[Span, AgreementEntry]]:
        """Agreement mentions with their entries, rhetorical (weak) words left out."""
        found = [(span, self.agreements.get(span.text.lower())) for span in spans(doc, "AGREEMENT")]
        position_ends = {s.end for s in spans(doc, "POSITION")}
        return [(span, entry) for span, entry in found if entry is not None and not entry.weak
                and (not entry.named_object or self._names_a_party(doc, span.end))
                and not _in_unit_name(doc, span, position_ends)]

    def engagements_in(self, doc: Doc, bounds: list[tuple[int, int]],
                       background: set[int] | None = None) -> list[Found]:
        """Engagement kinds reported as happening: in the lead, or with an event verb;
        none in the `background` sentences (by default, those a background word opens)."""
        cues = self._cues(doc)
        lead = lead_end(doc.text, bounds)
        # `berminat mengikuti pelatihan`: a verb after a modal word reports nothing yet
        verbs = [v for v in spans(doc, "EVENT_VERB")
                 if v.start == 0 or doc[v.start - 1].lower_ not in self.verb_modals]
        # what an agreement covers is no activity ("PKS di bidang pelatihan"); teaming up
        # with someone is no document ("menggandeng MUI menggelar sosialisasi")
        # ("bekerja sama dengan PMI menggelar pemeriksaan kesehatan": the event's partner)
        documents = [span for span, entry in self._strong_agreements(doc)
                     if not entry.named_object and not (
                         entry.verb and span.end < len(doc) and doc[span.end].lower_ == "dengan")]
        if background is None:
            background = self.background_sentences(doc.text, bounds)
        index = self._index(doc)
        verb_starts = sorted(v.start_char for v in verbs)
        documents.sort(key=lambda d: d.start_char)
        document_starts = [d.start_char for d in documents]
        found: dict[str, Found] = {}
        reported: set[str] = set()  # the kinds some word other than an occasion's reports
        for span in spans(doc, "ENGAGEMENT"):
            entry = self.engagements.get(span.text.lower())
            if entry is None or self._negated(span, cues, bounds):
                continue
            previous = doc[span.start - 1] if span.start > 0 else None
            word = previous.text.lower() if previous is not None else ""
            if word in _OPENING_QUOTES and span.start > 1:
                word = doc[span.start - 2].lower_  # `layanan "Kunjungan Online …"`: a name
            if word in self.objects and (self.objects[word] is None or
                                         entry.type in self.objects[word]):
                continue  # "peralatan pelatihan": a thing, not an activity
            if doc.text[span.start_char:span.start_char + 60].lower().startswith(
                    self.not_activities):
                continue  # "mengikuti pelatihan kepemimpinan di Jakarta": an official's course
            if " ".join(t.lower_ for t in doc[max(0, span.start - 2):span.start]) in \
                    self.purposes:
                continue  # "bantuan … untuk mendukung pelatihan menjahit": what it is for
            # (words of the text, not tokens: `kenang-kenangan` is one word whichever
            # tokenizer splits it, benchmarks/identity.py)
            if entry.type == "penyerahan" and (any(
                    w.lower() in self.courtesies for w in
                    _WORD.findall(doc.text, span.end_char, span.end_char + 80)[:REQUEST_REACH])
                    or self._passive_courtesy(doc.text, span, bounds)):
                continue  # "penyerahan cenderamata", "menyerahkan draf MoU": no aid handed over
            before = doc[max(0, span.start - REQUEST_REACH):span.start]
            if any(t.lower_ in self.requests for t in before) and \
                    not any(_punct(t) for t in before):
                continue  # "Ia meminta Bapas menyerahkan data …": asked for, not done
            if previous is not None and span.text[:1].isupper() and \
                    previous.text[:1].isupper() and previous.text.isalpha() and \
                    not (span.text.isupper() and previous.lower_ in self.event_verbs):
                # "Dinas Penanaman Modal", "Balai Pelatihan Kesehatan": inside a name (a lead
                # written in capitals, "MENGGELAR SKRINING", is no name)
                continue
            start, end = sentence_of(bounds, span.start_char)
            if start in background:
                continue
            if entry.symbolic and not self.ceremony_marks.isdisjoint(
                    re.findall(r"\w+", doc.text[start:end].lower())):
                continue  # `Peluncuran ditandai dengan penanaman bibit cabai`: the launch's mark
            if self._put_off(doc, span, end, verb_starts):
                continue  # "Penandatanganan nota kesepahaman … batal digelar", "… Ditunda"
            if entry.type != "penandatanganan" and any(
                    not self._clause_between(doc, d, span, verbs)
                    for d in documents[bisect_left(document_starts, start):
                                       bisect_left(document_starts, span.start_char)]):
                continue  # "PKS di bidang pelatihan", "Nota itu akan mengatur pelatihan"
            # a future or offered activity: a modal word before it in its sentence, or right
            # after it as its predicate ("Pelatihan angkatan pertama direncanakan dimulai …");
            # past a comma it governs another thing ("… sosialisasi, termasuk cara pengajuan")
            modal = any(status in ("planned", "proposed", "hypothetical")
                        and cue.text.lower() not in self.sequence
                        for cue, status in index.within_chars(start, span.start_char)) or \
                any(status in ("planned", "proposed", "hypothetical")
                    and start <= cue.start_char and not any(
                        _punct(t) for t in doc[span.end:cue.start])
                    for cue, status in index.starting(span.end, span.end + MODAL_PREDICATE))
            in_lead = span.start_char < lead
            past = [t for t in before if t.lower_ in self.past_words]
            if past and not any(_punct(t) for t in before) and (
                    not in_lead or (past[0].i > 0 and doc[past[0].i - 1].lower_ == "yang")):
                # "… yang telah mengikuti pelatihan keterampilan di lapas": before; in the lead
                # too when it describes someone ("eks warga binaan yang telah mengikuti …")
                continue
            topic = self.topic_words.search(doc.text, start, span.start_char)
            if topic and not _any_between(verb_starts, topic.end(), span.start_char):
                continue  # "Audiensi itu membahas …, mulai dari pelatihan kerja": discussed
            # `PKS baru ditandatangani Kepala Rupbasan …`: the signers named right after the
            # signing word report it (unless a year dates it: not a signing recalled)
            with_verb = _any_between(verb_starts, start, end) or (
                entry.type == "penandatanganan" and _signers_after(doc, span.end_char)
                and not _RECALLED_YEAR.search(doc.text, start, end))
            if modal and not in_lead:
                continue
            if not (in_lead or with_verb):
                continue
            item = found.setdefault(entry.type, Found(entry.type))
            item.spans.append((span.start_char, span.end_char))
            item.pattern_ids.append(entry.id)
            if not entry.occasion:
                reported.add(entry.type)
        if reported:  # the occasion of other activities is none of its own
            return [item for kind, item in found.items() if kind in reported]
        return list(found.values())

    def agreements_in(self, doc: Doc, bounds: list[tuple[int, int]],
                      signing_event: bool) -> list[Found]:
        """One agreement per type, with its most advanced status."""
        cues = self._cues(doc)
        found: dict[str, Found] = {}
        undetermined: dict[str, Found] = {}
        joined: list[tuple[Span, AgreementEntry]] = []
        candidates = self._strong_agreements(doc) + self._running_partnerships(doc, cues)
        negated = {(span.start, span.end) for span, _ in candidates
                   if self._negated(span, cues, bounds)}
        negated_ends = {end for _, end in negated}
        # (the short form in brackets of a negated name is negated with it: "tidak dapat
        # menandatangani perjanjian kerja sama (PKS)")
        mentions = sorted(
            ((span, entry) for span, entry in candidates
             if (span.start, span.end) not in negated
             and not (span.start >= 2 and doc[span.start - 1].text == "("
                      and span.start - 1 in negated_ends)
             and not self._between_others(doc, span, bounds)), key=lambda pair: pair[0].start)
        document_types = [entry.type for _, entry in mentions if entry.type in ("mou", "pks")]
        # "Selain MoU tersebut, kedua pihak juga berencana bekerja sama …": a document set
        # apart leaves its sentence's cooperation another one
        document_sentences = {sentence_of(bounds, span.start_char)[0]
                              for span, entry in mentions if entry.type in ("mou", "pks")
                              and not self._set_apart(span)}
        first_document = document_types[0] if document_types else None
        previous: tuple[Span, str | None] | None = None
        for span, entry in mentions:
            anaphoric = self._anaphoric(span)
            in_document_sentence = sentence_of(bounds, span.start_char)[0] in document_sentences
            if previous is not None and span.start >= 2 and previous[0].end == span.start - 1 \
                    and doc[span.start - 1].text == "(":
                status = previous[1]  # `nota kesepahaman (MoU)`: the short form of the name before
            else:
                status = self._status(span, cues, bounds)
                if entry.type == "kerja_sama" and status == "signed" and \
                        self._only_agreed(span, bounds):
                    # "Kapolres dan Kalapas sepakat menjalin kerja sama penyuluhan rutin": a
                    # cooperation agreed on, with no document, is one to come
                    status = "planned"
            previous = (span, status)
            running = status == "ongoing"
            # "kemitraan itu terus berjalan hingga kini": a distal anaphor with a running cue
            # points at an earlier cooperation; "kerja sama ini" is the event's document
            earlier = running and not in_document_sentence and span.end < len(doc) \
                and doc[span.end].lower_ not in self.proximal
            another = span.end < len(doc) and doc[span.end].lower_ in self.other_words
            renewed = span.start > 0 and doc[span.start - 1].lower_ in self.renewals
            if entry.type == "kerja_sama" and document_types and not another and (
                    (anaphoric and not earlier) or (in_document_sentence and not running)
                    or self._term_follows(span) or renewed
                    or (in_document_sentence and self._through_a_document(span, mentions, cues,
                                                                          bounds))):
                # "kerja sama tersebut", "kerja sama … dalam sebuah nota kesepahaman":
                # the cooperation is the document's
                continue
            if entry.type != first_document and entry.type in ("mou", "pks") and anaphoric \
                    and entry.type not in found and entry.type not in undetermined:
                # "Nota kesepahaman ini" after a PKS: one document called by two names (an
                # anaphor of a document named before by its own type points back to that one)
                item = found.get(first_document) or undetermined.get(first_document)  # type: ignore[arg-type]
                if item is not None:
                    item.spans.append((span.start_char, span.end_char))
                    continue
            if entry.type == "kerja_sama" and status == "signed" and \
                    span.text.lower() in self.cooperation_verbs:
                # "resmi bekerja sama dengan Politeknik …": signed, unless a document was
                # (then the cooperation is the document: decided once all mentions are read)
                joined.append((span, entry))
                continue
            _add_mention(found if status else undetermined, span, entry, status)
        if not any(f.status == "signed" and f.type in ("mou", "pks") for f in found.values()):
            for span, entry in joined:
                _add_mention(found, span, entry, "signed")
        # "Dokumen kedua adalah PKS …" beside an MoU signed at the event: documents named
        # with no word of their own status share the signing of the article's other one
        signed_here = signing_event or any(f.status == "signed" and f.type in ("mou", "pks")
                                           for f in found.values())
        if "kerja_sama" not in found:
            joint = self._running_joint_work(doc, bounds, cues) or \
                self._standing_practice(doc, bounds, cues) or \
                (None if found or undetermined else self._help_to_come(doc, bounds, cues))
            if joint is not None:
                found["kerja_sama"] = joint
        for kind, item in undetermined.items():
            if kind in found:
                found[kind].spans.extend(item.spans)
                continue
            if kind in ("mou", "pks"):
                item.status = "signed" if signed_here else "planned"
                found[kind] = item
        cooperation = found.get("kerja_sama")
        document = next((f for f in found.values()
                         if f.type in ("mou", "pks") and f.status == "signed"), None)
        if cooperation is not None and cooperation.status == "signed" and document is not None:
            # "resmi menjalin kerja sama … Perjanjian kerja sama (PKS) kedua instansi
            # ditandatangani …": a cooperation entered beside a signed document is that document
            document.spans.extend(cooperation.spans)
            del found["kerja_sama"]
        for kind in self._refused(doc, candidates):
            # "menolak tawaran nota kesepahaman", "belum bersedia menandatangani MoU": a
            # document refused is no agreement, whatever offered or planned it
            if kind in found and found[kind].status in ("planned", "proposed"):
                del found[kind]
        return sorted(found.values(), key=lambda f: min(s for s, _ in f.spans))

    def _refused(self, doc: Doc, candidates: list[tuple[Span, AgreementEntry]]) -> set[str]:
        """The document types a REFUSAL phrase stands right before (within NEGATION_REACH
        tokens, or one more past a word of offering: `menolak tawaran nota …`)."""
        refused: set[str] = set()
        for span, entry in candidates:
            if entry.type not in ("mou", "pks"):
                continue
            before = " ".join(t.lower_ for t in doc[max(0, span.start - NEGATION_REACH - 1):
                                                  span.start])
            if any(f" {phrase} " in f" {before} " for phrase in self.refusals):
                refused.add(entry.type)
        return refused

    def _running_joint_work(self, doc: Doc, bounds: list[tuple[int, int]],
                            cues: list[tuple[Span, str]]) -> Found | None:
        """A cooperation told without a cooperation word: a running cue and an organisation
        after a joint word in one sentence that names no document ("pesantren kilat sudah
        menjadi agenda tahunan yang selama ini terjalin bersama Kemenag Simeulue", "selama
        ini perekaman KTP sudah rutin dibantu Disdukcapil Kota Depok")."""
        with_documents = _document_sentences(doc, bounds)
        organisations = [o for o in spans(doc, "ORG") if o.start > 0
                         and doc[o.start - 1].lower_ in self.joint_words
                         and o.text.lower() not in self.parent_words]
        starts = [o.start_char for o in organisations]  # in text order: looked up by bisection
        # or as the subject right before the cue ("BNNK Pekanbaru selama ini rutin memberikan
        # konseling adiksi …"), looked up by the token it ends at
        subjects = self._subjects(doc)
        for cue, _ in cues:
            if cue.text.lower() not in self.running or self._negated(cue, cues, bounds):
                continue
            start, end = sentence_of(bounds, cue.start_char)
            if start in with_documents:
                continue
            at = bisect_left(starts, start)
            org = organisations[at] if at < len(starts) and starts[at] < end else None
            if org is None:
                subject = self._subject_before(doc, subjects, cue.start, start)
                org = subject if isinstance(subject, Span) else None
            if org is not None:
                return Found("kerja_sama", "ongoing",
                             spans=[(cue.start_char, cue.end_char), (org.start_char, org.end_char)],
                             pattern_ids=[cue.id_])
        return None

    def _subjects(self, doc: Doc) -> dict[int, Span]:
        """The organisations that may be a subject (no parent body), by the token they end at."""
        return {o.end: o for o in spans(doc, "ORG") if o.text.lower() not in self.parent_words}

    @staticmethod
    def _subject_before(doc: Doc, subjects: dict[int, Span], at: int, start: int,
                        own_words: frozenset[str] = frozenset()) -> Span | Token | None:
        """The subject of token `at` (`subjects`: organisations by the token they end at): one
        ending at most SUBJECT_REACH tokens before it in its sentence (from character `start`),
        or one of `own_words` (`dinasnya`), with no punctuation or `yang` up to it."""
        for k in range(at, max(at - SUBJECT_REACH - 1, -1), -1):
            if _punct(doc[k]) or doc[k].lower_ == "yang":
                return None
            if k < at and doc[k].lower_ in own_words:
                return doc[k]
            org = subjects.get(k)
            if org is not None and org.start_char >= start:
                return org
        return None

    def _help_to_come(self, doc: Doc, bounds: list[tuple[int, int]],
                      cues: list[tuple[Span, str]]) -> Found | None:
        """A cooperation to come told without a cooperation word: an organisation (or a word
        of its own, `dinasnya`) right before a word of what it will do (AID_MODAL: `akan`,
        `siap`), and the prison's people or the prison after it, in a sentence that names
        no agreement ("Pemerintah Kota Kupang akan melibatkan warga binaan Lapas Kupang
        dalam program penghijauan", "Perum Bulog siap menyerap jagung hasil panen lapas")."""
        if not self.aid_modals:
            return None
        with_documents = _document_sentences(doc, bounds)
        subjects = self._subjects(doc)
        facility_starts = [s.start_char for s in spans(doc, "FACILITY_KIND")]
        # found by the lower form's string hash: making a Token of every word cost more
        # than the rest of this rule
        at = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), self.aid_modal_hashes))
        for token in (doc[i] for i in at.tolist() if i > 0):
            start, end = sentence_of(bounds, token.idx)
            if start in with_documents or any(
                    status in ("hypothetical", "negated") and start <= cue.start_char < token.idx
                    for cue, status in cues):
                continue  # "jika nanti ada kesepakatan tertulis, PMI siap menjadikan …"
            subject = self._subject_before(doc, subjects, token.i, start, self.own_office_words)
            if subject is None:
                continue
            verb = next((t for t in doc[token.i + 1:token.i + 1 + AID_VERB_REACH]
                         if t.lower_ in self.aid_verbs), None)
            if verb is None:
                continue
            after = token.idx + len(token.text)
            if not (self.beneficiaries.search(doc.text, after, end)
                    or _any_between(facility_starts, after, end)):
                continue
            spans_found = [(token.idx, after)]
            if isinstance(subject, Span):
                spans_found.append((subject.start_char, subject.end_char))
            return Found("kerja_sama", "planned", spans=sorted(spans_found),
                         pattern_ids=["agr.help_to_come"])
        return None

    def _only_agreed(self, span: Span, bounds: list[tuple[int, int]]) -> bool:
        """Whether the one word of signing in the mention's sentence is a word of consent
        right before it (`sepakat menjalin kerja sama`, `sepakat bekerja sama`)."""
        start, end = sentence_of(bounds, span.start_char)
        signed = [cue for cue, status in self._index(span.doc).within_chars(start, end)
                  if status == "signed"]
        return len(signed) == 1 and signed[0].text.lower() in self.consent and \
            0 <= span.start - signed[0].end <= 1

    def _through_a_document(self, span: Span, mentions: list[tuple[Span, AgreementEntry]],
                            cues: list[tuple[Span, str]], bounds: list[tuple[int, int]]) -> bool:
        """Whether a document in force, after a means word later in the sentence, is how the
        cooperation is done (`Kerja sama … berjalan sejak 2023 melalui nota kesepakatan
        bersama yang masih berlaku`)."""
        end = sentence_of(bounds, span.start_char)[1]
        return any(entry.type in ("mou", "pks") and span.end < other.start and
                   other.start_char < end and other.start > 0 and
                   span.doc[other.start - 1].lower_ in self.means and
                   self._status(other, cues, bounds) in ("signed", "ongoing")
                   for other, entry in mentions)

    def _after_a_condition(self, span: Span, sentence_start: int) -> bool:
        """Whether the sentence opens with a clause of what must happen first, ended by a
        comma before the mention (`Begitu persetujuan Kanwil turun, PKS langsung kita teken`):
        its signing waits on it."""
        doc = span.doc
        at = span.start  # back to the sentence's start only (not through the whole text)
        while at > 0 and doc[at - 1].idx >= sentence_start:
            at -= 1
        first = next((t for t in doc[at:span.start] if t.text not in ('"', "“", "”", "'")),
                     None)
        return first is not None and first.lower_ in self.once_words and \
            any(t.text == "," for t in doc[first.i:span.start])

    def _term_follows(self, span: Span) -> bool:
        """Whether a word of validity follows the mention, after its anaphor or not (`Kerja
        sama tersebut berlaku selama dua tahun`): a document's term."""
        following = span.doc[span.end:span.end + 2]
        if len(following) and following[0].lower_ in self.anaphors:
            following = following[1:]
        return len(following) > 0 and following[0].lower_ in self.validity

    def _standing_practice(self, doc: Doc, bounds: list[tuple[int, int]],
                           cues: list[tuple[Span, str]]) -> Found | None:
        """A practice kept up since a time, in a sentence that names no document (`Sejak
        2019, tim Puskesmas Salakan datang setiap bulan ke cabang rutan`): a cooperation
        running, told without a cooperation word."""
        with_documents = _document_sentences(doc, bounds)
        for cue, _ in cues:
            if cue.text.lower() not in self.since or cue.end >= len(doc) or \
                    self._negated(cue, cues, bounds):
                continue
            start, end = sentence_of(bounds, cue.start_char)
            following = doc[cue.end]
            if following.lower_ in self.since_prefixes and cue.end + 1 < len(doc):
                following = doc[cue.end + 1]  # `sejak awal 2022`
            if start in with_documents or not (
                    following.lower_ in self.since_times
                    or (following.text.isdigit() and len(following.text) == 4)):
                continue
            # (near it: a habit far off in a clause of its own is another's, `… sejak beberapa
            # tahun membina kelompok …, yang kini memproduksi maggot setiap pekan`)
            again = next((t for t in doc[max(0, cue.start - SINCE_REACH):cue.end + SINCE_REACH]
                          if t.lower_ in self.recurrences and start <= t.idx < end), None)
            if again is not None:
                return Found("kerja_sama", "ongoing",
                             spans=[(cue.start_char, following.idx + len(following.text)),
                                    (again.idx, again.idx + len(again.text))],
                             pattern_ids=[cue.id_])
        return None

    def _between_others(self, doc: Doc, span: Span, bounds: list[tuple[int, int]]) -> bool:
        """An agreement of two other organisations, in a sentence that names neither the
        facility nor its hierarchy ("Pemkab Sanggau telah menandatangani nota kesepahaman
        dengan Kejaksaan Negeri Sanggau")."""
        start, end = sentence_of(bounds, span.start_char)
        if any(start <= s.start_char < end for s in spans(doc, "FACILITY_KIND")):
            return False
        # a head inside another's name (`Dinas Koperasi`, `Dinas Koperasi, UKM`, `Perhimpunan
        # Hotel dan Restoran Indonesia`) is no other
        orgs = [s for s in spans(doc, "ORG") if start <= s.start_char < end]
        # the speaker's own office (`bengkel sekolahnya … berkat nota kesepahaman dengan PT
        # Astra Honda Motor`, `program yang dijalankan dinasnya … melalui nota kesepahaman`)
        # is one of the two
        own_office = any(t.lower_ in self.own_office_words
                         for t in takewhile(lambda t: t.idx >= start, reversed(doc[:span.start])))
        opening = self._parties_word(span)
        if opening is not None and opening.lower_ == "dengan" and not own_office and \
                not any(s.start_char < opening.idx for s in orgs):
            # "Kerja sama dengan Kejari dan Polrestabes selama ini …", "kerja sama yang selama
            # ini terjalin dengan puskesmas dan dinas kesehatan": the speaker's
            return False
        # a generic head in lower case (`melalui koperasi dan gerai UMKM binaan dinas`) names
        # no organisation: it is the article's partner or any of its kind; after an
        # INDEFINITE word it is another one (`dengan sebuah universitas swasta`); nor is a
        # short form in brackets right after a name another (`Dinas Tenaga Kerja dan
        # Transmigrasi (Disnakertrans) Kabupaten Ketapang`)
        # (a generic head in lower case as the subject before the document is the article's
        # partner, one of two others: `politeknik sudah memiliki nota kesepahaman dengan
        # Pemerintah Kabupaten Kebumen`)
        others = {s.text.lower() for s in orgs
                  if (s.text[:1].isupper() or (s.start > 0 and doc[s.start - 1].lower_
                                                in self.indefinites)
                      or (s.end <= span.start and opening is not None
                          and s.end <= opening.i))
                  and not (s.start > 0 and doc[s.start - 1].text[:1].isupper())
                  and not any(o.start <= s.start and s.end <= o.end and o != s for o in orgs)
                  and not (s.start > 1 and doc[s.start - 1].text == "("
                           and any(o.end == s.start - 1 for o in orgs))}
        if own_office:
            others.add("(own office)")
        return len(others - self.parent_words) >= 2 and not others & self.parent_words

    def _running_partnerships(self, doc: Doc, cues: list[tuple[Span, str]]
                              ) -> list[tuple[Span, AgreementEntry]]:
        """Weak words that name a cooperation by the cue right next to them: a running one
        (`sudah lama bermitra`), or one planned or offered by the word right before them."""
        found = []
        for span in spans(doc, "AGREEMENT"):
            entry = self.agreements.get(span.text.lower())
            if entry is None or not entry.when_ongoing:
                continue
            if any(status == "ongoing" and (0 <= span.start - cue.end <= ONGOING_REACH
                                            or 0 <= cue.start - span.end <= ONGOING_REACH
                                            or cue.start <= span.start < cue.end
                                            or self._predicate_of(span, cue))
                   for cue, status in cues):
                found.append((span, entry))
            elif any(status in ("planned", "proposed") and span.start == cue.end
                     for cue, status in cues):
                # "merencanakan kemitraan dengan Lapas", "menawarkan kemitraan berupa …"
                found.append((span, entry))
        return found

    def _predicate_of(self, span: Span, cue: Span) -> bool:
        """Whether a running cue is the predicate of the weak word's clause, its parties and
        field between (`kemitraan rupbasan dan KPKNL dalam pelelangan barang rampasan sudah
        berjalan tiga tahun`): no punctuation and no event verb between them."""
        doc = span.doc
        between = doc[span.end:cue.start]
        return 0 <= cue.start - span.end <= ONGOING_CLAUSE and \
            cue.text.lower() in self.running and \
            not any(_punct(t) or t.lower_ in self.event_verbs for t in between)

    def _names_a_party(self, doc: Doc, at: int) -> bool:
        """Whether an organisation's name or the facility (`lapas`) follows at token `at`."""
        following = doc[at:at + 1]
        return len(following) == 1 and (following.text[:1].isupper()
                                         or following.text.lower() in self.facility_words)

    def _anaphoric(self, span: Span) -> bool:
        """Whether the word after an agreement mention points back ("MoU ini", "… tersebut")."""
        following = span.doc[span.end:span.end + 2]
        if len(following) and following[0].lower_ in self.anaphors:
            # "kerja sama serupa dengan sejumlah perguruan tinggi": new parties, a new one
            return len(following) == 1 or following[1].lower_ != "dengan"
        # "nota kesepahaman yang baru diteken ini": a short relative clause ending in one
        clause = span.doc[span.end:span.end + ANAPHOR_CLAUSE]
        if len(clause) and clause[0].lower_ == "yang":
            for token in clause[1:]:
                if _punct(token):
                    return False
                if token.lower_ in self.anaphors and \
                        f"{token.nbor(-1).lower_} {token.lower_}" not in self.time_phrases:
                    return True
        return False

    @staticmethod
    def _parties_word(span: Span) -> Token | None:
        """The word, `antara` or `dengan`, that opens the parties right after the mention or
        after the few words of its subject or clause (`kerja sama penitipan barang rampasan
        antara …`, `kerja sama pelatihan dengan Dinas …`, `kerja sama yang selama ini terjalin
        dengan …`); the document's short form in brackets may come first (`Perjanjian Kerja
        Sama (PKS) antara …`)."""
        doc, at, words = span.doc, span.end, 0
        while at < len(doc) and words <= PARTIES_AFTER:
            token = doc[at]
            if token.text == "(":
                close = _closing_bracket(doc, at)
                if close is None:
                    return None
                at = close + 1
                continue
            if token.lower_ in ("antara", "dengan"):
                return token
            if _punct(token):
                return None
            at, words = at + 1, words + 1
        return None

    def _passive_courtesy(self, text: str, span: Span,
                          bounds: list[tuple[int, int]]) -> bool:
        """Whether a passive handover's subject, the words of its sentence right before it,
        is a courtesy or paperwork (`hasil litmas diserahkan tepat waktu`, `terpidana
        diserahkan ke lokasi kerja sosial`), not what the handover gave (`yang diserahkan`)."""
        if not span.text.lower().startswith("di"):
            return False
        start = max(sentence_of(bounds, span.start_char)[0], span.start_char - 80)
        subject = _WORD.findall(text, start, span.start_char)[-REQUEST_REACH:]
        # (`Dokumen yang diserahkan meliputi KTP-el …`: what a handover gave, told after it)
        return bool(subject) and subject[-1].lower() != "yang" and \
            any(w.lower() in self.courtesies for w in subject)

    def _put_off(self, doc: Doc, span: Span, sentence_end: int, verb_starts: list[int]) -> bool:
        """Whether the activity is the subject of a postponing word later in its sentence
        (`Penandatanganan MoU … yang dijadwalkan Kamis batal digelar`): no event verb and no
        other activity between them."""
        for cue, _ in self._index(doc).within_chars(span.end_char, sentence_end):
            if cue.text.lower() in self.postponed:
                return not _any_between(verb_starts, span.end_char, cue.start_char) and \
                    not _any_between(self._activity_starts(doc), span.end_char, cue.start_char)
        return False

    def _modal_before(self, doc: Doc, at: int, sentence_start: int) -> bool:
        """Whether a LATER_MODAL word (`siap`, `bisa`) stands before token `at` in its
        sentence (which starts at character `sentence_start`)."""
        k = at - 1
        while k >= 0 and doc[k].idx >= sentence_start:
            if doc[k].lower_ in self.later_modals:
                return True
            k -= 1
        return False

    def _drafted(self, span: Span) -> bool:
        """Whether a draft word or phrase comes right before a document (`draf PKS`,
        `draf naskah kerja sama`)."""
        words = [t.lower_ for t in span.doc[max(0, span.start - 2):span.start]]
        return any(" ".join(words[-size:]) in self.draft_words
                   for size in (1, 2) if len(words) >= size)

    @staticmethod
    def _in_relative_clause(span: Span, cue: Span) -> bool:
        """Whether a cue opens the relative clause right after a document (`MoU yang
        dijadwalkan …`, `perjanjian kerja sama (PKS) yang akan …`)."""
        doc, at = span.doc, span.end
        if at < len(doc) and doc[at].text == ")":  # the short form in brackets: `(MoU) yang`
            at += 1
        if at < len(doc) and doc[at].text == "(":
            close = _closing_bracket(doc, at)
            at = close + 1 if close is not None else at
        return at < len(doc) and doc[at].lower_ == "yang" and cue.start == at + 1

    def _clause_between(self, doc: Doc, document: Span, span: Span, verbs: list[Span]) -> bool:
        """Whether an event verb of another clause stands between a document and an activity:
        "MoU diteken Kalapas dan Rektor, lalu mahasiswa memberikan penyuluhan hukum" reports
        the counselling; "PKS di bidang pelatihan" does not, nor does a document that frames
        the whole sentence ("Dalam PKS tersebut, perusahaan … memberikan pelatihan")."""
        if document.start > 0 and doc[document.start - 1].lower_ in self.framing:
            return False
        return any(document.end <= v.start <= span.start
                   and any(t.text == "," for t in doc[document.end:v.start]) for v in verbs)

    def _set_apart(self, span: Span) -> bool:
        """Whether a besides word stands right before a document, or before its signing
        (`Selain MoU`, `Selain penandatanganan MoU`)."""
        doc = span.doc
        before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
        return bool(before) and (before[-1] in self.besides or
                                 (len(before) == 2 and before[0] in self.besides
                                  and before[1] in self.signing_nouns))

    def _planned_invitation(self, cue: Span, near: list[tuple[Span, str]]) -> bool:
        """Whether a proposed cue is an invitation that a planned word before it governs:
        "berencana mengajak Lapas bekerja sama" is a cooperation planned, not one explored."""
        return cue.text.lower() in self.invitations and any(
            s == "planned" and c.end <= cue.start for c, s in near)

    def _status(self, span: Span, cues: list[tuple[Span, str]],
                bounds: list[tuple[int, int]]) -> str | None:
        """The status of one agreement mention from the cues of its sentence."""
        start, end = sentence_of(bounds, span.start_char)
        # a document named with its parties (`MoU antara Lapas … dan Pemkot …`, `kerja sama
        # penitipan barang antara Rupbasan dan Kejari`): the words after the parties still
        # describe it, beyond the usual reach
        with_parties = self._parties_word(span) is not None
        reach_after = PARTIES_REACH if with_parties else STATUS_REACH
        doc = span.doc
        near = [(cue, status) for cue, status in cues
                if start <= cue.start_char < end
                and status in STATUS_RANK
                and (0 <= cue.start - span.end <= reach_after
                     or abs(span.start - cue.end) <= STATUS_REACH
                     or abs(cue.start - span.end) <= STATUS_REACH
                     # "mengusulkan agar Rutan Pati dan Pemkab Pati menyusun nota kesepahaman":
                     # a cue opening a purpose clause governs the clause
                     or (cue.end < len(doc) and doc[cue.end].lower_ in self.purpose_words
                         and 0 <= span.start - cue.end <= PARTIES_REACH))
                # "MoU … mengenai pelaksanaan pidana kerja sosial": after the document, a
                # follow-up word is what it covers, not what follows it up
                and not (cue.text.lower() in self.follow_up and cue.start >= span.end)]
        # "tindak lanjut dari nota kesepahaman …": the document followed up exists already
        antecedent = [(cue, status) for cue, status in near
                      if cue.text.lower() in self.follow_up and cue.end <= span.start
                      and all(t.lower_ in ("dari", "atas") for t in span.doc[cue.end:span.start])]
        near = [pair for pair in near if pair not in antecedent]
        if self._drafted(span):
            # "menyodorkan draf PKS": a document being drafted is offered, or planned when a
            # planned word gives its signing ("draf PKS … tinggal menunggu penandatanganan")
            # (a word of time alone, `siapkan draf PKS-nya, nanti tim kami pelajari`, times
            # the next step, not the signing)
            future = {status for cue, status in near if status in ("planned", "proposed")
                      and cue.text.lower() not in self.time_words}
            if "proposed" in future and any(s == "proposed" and c.end <= span.start
                                            for c, s in near):
                return "proposed"  # "mengusulkan penyusunan PKS …": the offer governs
            return max(future, key=lambda s: STATUS_RANK[s]) if future else "proposed"
        if not near:
            # a document followed up with no word of its signing is one in force
            return "ongoing" if antecedent else None
        statuses = {status for _, status in near}
        # "akan menandatangani MoU", "sepakat menindaklanjuti dengan MoU yang direncanakan
        # ditandatangani", "menjajaki kemungkinan penandatanganan": the signing is to come
        modal = [c.start for c, s in near if s in ("planned", "proposed")]
        if (modal or "ongoing" in statuses) and \
                all(c.text.lower() in self.consent for c, s in near if s == "signed"):
            # "menyepakati bahwa MoU direncanakan ditandatangani"; "sepakat PKS tersebut
            # diperpanjang": what is agreed is the plan or the running on, no signing
            statuses.discard("signed")
        if any(s == "planned" and self._in_relative_clause(span, c)
               and (c.text.lower() not in self.verb_modals
                    or any(k.start == c.end for k, other in near if other == "signed"))
               for c, s in near):
            # "menandatangani nota kesepahaman (MoU) yang dijadwalkan pada 17 Juni": the
            # document's own clause puts its signing later (not "MoU yang akan berlaku …",
            # whose modal word is about the document, not its signing)
            statuses.discard("signed")
        to_come = {s for c, s in cues if start <= c.start_char < end and s in ("planned",
                                                                              "proposed")}
        later = span.start > 0 and doc[span.start - 1].lower_ in self.later_clauses
        if later and not to_come and self._modal_before(doc, span.start - 1, start):
            # "puskesmas siap kembali mengirim dokter begitu MoU baru diteken": what is ready
            # to happen waits for the signing
            to_come = {"planned"}
        if span.start > 0 and doc[span.start - 1].lower_ in self.until_words and any(
                s == "signed" and c.start >= span.end and doc[c.start - 1].lower_ != "yang"
                for c, s in near):
            # "bertemu setiap pekan hingga PKS ditandatangani": what goes on until the
            # signing puts it later (not "sampai MoU yang sudah ditandatangani …")
            to_come, later = to_come or {"planned"}, True
        if to_come and later:
            # "menargetkan program … berjalan … setelah MoU ditandatangani": a signing to come,
            # as the sentence's own word of the future says
            statuses.discard("signed")
            statuses.add(max(to_come, key=lambda s: STATUS_RANK[s]))
        # "Penandatanganan MoU … yang sedianya digelar Kamis, ditunda": the signing named as
        # a thing before the document is put off, however far the sentence's verb is
        named_signing = any(s == "signed" and c.text.lower() in self.signing_nouns
                            and 0 <= span.start - c.end <= 1 for c, s in near)
        # (not another activity put off after it: "…, sementara pelatihan tenun ditunda")
        activities = self._activity_starts(doc)
        others_from = _past_its_subject(doc.text, span.end_char, activities)
        if any(c.text.lower() in self.postponed and (
                (c, s) in near or (named_signing and c.start >= span.end)) and
               not _any_between(activities, others_from, c.start_char)
               for c, s in cues if start <= c.start_char < end):
            statuses.discard("signed")
            statuses.add("planned")
        elif named_signing and all(c.text.lower() in self.signing_nouns
                                   for c, s in near if s == "signed") and any(
                s == "planned" and c.start >= span.end and (
                    doc[c.start - 1].lower_ != "yang" or self._in_relative_clause(span, c))
                and not _any_between(activities, span.end_char, c.start_char)
                for c, s in near):
            # "Penandatanganan MoU antara Pemkot Bitung dan Lapas Bitung direncanakan
            # berlangsung Kamis …": the signing named as a thing, its verb a plan (not a plan
            # of someone else's, "… disaksikan Sekda yang dijadwalkan hadir")
            statuses.discard("signed")
            statuses.add("planned")
        signed = [c for c, s in near if s == "signed"]
        if signed and all(any(k.start == c.end for k, s in near if s == "planned")
                          for c in signed):
            # "PKS-nya ditandatangani paling lambat pertengahan Desember": a deadline right
            # after each signing word puts the signing later
            statuses.discard("signed")
        if signed and any(0 <= m - span.end <= MODAL_AFTER for m in modal) and all(
                c.text.lower() in self.signing_nouns and 0 <= span.start - c.end <= 1
                for c in signed):
            statuses.discard("signed")  # "penandatanganan MoU akan dilakukan bulan depan"
        # "dituangkan dalam perjanjian kerja sama (PKS) yang ditandatangani …": a signing in
        # the document's own relative clause is done, whatever word of the future came before
        signed_in_its_clause = any(s == "signed" and self._in_relative_clause(span, c)
                                   for c, s in near)
        for done in ("signed", "ongoing"):  # "direncanakan berlangsung" is planned too
            done_at = [c.start for c, s in near if s == done]
            if not done_at or not modal or (done == "signed" and signed_in_its_clause):
                continue
            # a modal word before the signing word, or between it and the agreement word
            # ("sepakat … akan ditindaklanjuti dengan PKS") makes the signing one to come
            if any(m < max(done_at) for m in modal) or all(
                    d < span.start and any(d < m < span.start for m in modal) for d in done_at):
                statuses.discard(done)
        if {"planned", "proposed"} <= statuses and any(
                s == "proposed" and c.end <= span.start and not self._planned_invitation(c, near)
                for c, s in near):
            # "akan menjajaki kerja sama", "mengusulkan agar ke depan … dituangkan dalam PKS":
            # the offer governs the future words that follow it
            statuses.discard("planned")
        status = max(statuses, key=lambda s: STATUS_RANK[s])
        if status == "signed" and self._after_a_condition(span, start):
            return "planned"  # "Begitu persetujuan Kanwil turun, PKS langsung kita teken"
        return status


def _document_sentences(doc: Doc, bounds: list[tuple[int, int]]) -> set[int]:
    """The starts of the sentences that name an agreement word."""
    return {sentence_of(bounds, s.start_char)[0] for s in spans(doc, "AGREEMENT")}


def _closing_bracket(doc: Doc, at: int) -> int | None:
    """The `)` closing the short form whose `(` is token `at` (`Perjanjian Kerja Sama (PKS)`),
    within a few tokens; None when there is none."""
    return next((i for i in range(at + 1, min(at + BRACKET_REACH, len(doc)))
                 if doc[i].text == ")"), None)


def _add_mention(target: dict[str, Found], span: Span, entry: AgreementEntry,
                 status: str | None) -> None:
    """Add an agreement mention to its type's entry, keeping the most advanced status."""
    item = target.setdefault(entry.type, Found(entry.type))
    if status and (item.status is None or STATUS_RANK[status] > STATUS_RANK[item.status]):
        item.status = status
    item.spans.append((span.start_char, span.end_char))
    item.pattern_ids.append(entry.id)


def _in_unit_name(doc: Doc, span: Span, positions: set[int]) -> bool:
    """Whether a capitalised agreement word ends the name of an office after a position
    (`Kepala Bidang Pembinaan, Teknologi Informasi dan Kerja Sama`, `Kepala Biro Kerja Sama`):
    a unit of an organisation, not a cooperation. `positions`: where position spans end."""
    if not span.text[:1].isupper():
        return False
    at = span.start
    for _ in range(UNIT_NAME_REACH):
        if at in positions:
            return True
        if at == 0:
            return False
        before = doc[at - 1]
        if not (before.text[:1].isupper() or before.lower_ == "dan" or before.text == ","):
            return False
        at -= 1
    return at in positions


# How many words before an activity a request word may stand ("meminta Bapas menyerahkan"), and
# after a handover its courtesy object ("penyerahan cendera mata")
REQUEST_REACH = 3


def _punct(token: Token) -> bool:
    """Whether a token is punctuation, by its text: the genre tokenizer computes no lexeme
    flags (`Token.is_punct` is always false there), and records must not depend on which
    tokenizer made the Doc."""
    return not any(ch.isalnum() for ch in token.text)

