"""Engagements and agreements, with status read from the surrounding words."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..mentions import sentence_of, spans
from ..vocabulary import AgreementEntry, EngagementEntry, PatternSet

STATUS_RANK = {"signed": 4, "ongoing": 3, "planned": 2, "proposed": 1}
# How many tokens before a mention a negation or condition still governs it
# ("belum ada MoU", "bukan sekadar kunjungan", "jika kerja sama disepakati").
NEGATION_REACH = 3
CONDITION_REACH = 6
# How many tokens around an agreement mention its status words are read.
STATUS_REACH = 10
# Sentences counted as the lead, where the reported event is named.
LEAD_SENTENCES = 2


@dataclass
class Found:
    """A resolved engagement or agreement with its evidence."""

    type: str
    status: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    pattern_ids: list[str] = field(default_factory=list)


class ActivityResolver:
    """Reads engagement kinds and agreements (type, status) from rule spans."""

    def __init__(self, patterns: PatternSet) -> None:
        """Index the engagement and agreement words of a pattern set."""
        self.engagements: dict[str, EngagementEntry] = {
            e.text.lower(): e for e in patterns.get("ENGAGEMENT")}
        self.agreements: dict[str, AgreementEntry] = {
            e.text.lower(): e for e in patterns.get("AGREEMENT")}
        self.status = {e.text.lower(): e.status for e in patterns.get("STATUS")}

    def _cues(self, doc: Doc) -> list[tuple[Span, str]]:
        """Status cue spans with their status, longest where they overlap."""
        return [(s, self.status[s.text.lower()]) for s in spans(doc, "STATUS")
                if s.text.lower() in self.status]

    @staticmethod
    def _negated(span: Span, cues: list[tuple[Span, str]]) -> bool:
        """A negation right before, or a condition earlier in the clause."""
        for cue, status in cues:
            if status == "negated" and 0 <= span.start - cue.end <= NEGATION_REACH - 1:
                return True
            if status == "hypothetical" and 0 <= span.start - cue.end <= CONDITION_REACH \
                    and "," not in span.doc[cue.end:span.start].text:
                return True
        return False

    def engagements_in(self, doc: Doc, bounds: list[tuple[int, int]]) -> list[Found]:
        """Engagement kinds reported as happening: in the lead, or with an event verb."""
        cues = self._cues(doc)
        lead_end = bounds[min(LEAD_SENTENCES, len(bounds)) - 1][1] if bounds else 0
        verbs = spans(doc, "EVENT_VERB")
        found: dict[str, Found] = {}
        for span in spans(doc, "ENGAGEMENT"):
            entry = self.engagements.get(span.text.lower())
            if entry is None or self._negated(span, cues):
                continue
            start, end = sentence_of(bounds, span.start_char)
            modal = any(status in ("planned", "proposed", "hypothetical")
                        and start <= cue.start_char < end for cue, status in cues)
            in_lead = span.start_char < lead_end
            with_verb = any(start <= v.start_char < end for v in verbs)
            if modal and not in_lead:
                continue
            if not (in_lead or with_verb):
                continue
            item = found.setdefault(entry.type, Found(entry.type))
            item.spans.append((span.start_char, span.end_char))
            item.pattern_ids.append(entry.id)
        return list(found.values())

    def agreements_in(self, doc: Doc, bounds: list[tuple[int, int]],
                      signing_event: bool) -> list[Found]:
        """One agreement per type, with its most advanced status."""
        cues = self._cues(doc)
        found: dict[str, Found] = {}
        undetermined: dict[str, Found] = {}
        for span in spans(doc, "AGREEMENT"):
            entry = self.agreements.get(span.text.lower())
            if entry is None or entry.weak or self._negated(span, cues):
                continue
            status = self._status(span, cues, bounds)
            target = found if status else undetermined
            item = target.setdefault(entry.type, Found(entry.type))
            if status and (item.status is None or STATUS_RANK[status] > STATUS_RANK[item.status]):
                item.status = status
            item.spans.append((span.start_char, span.end_char))
            item.pattern_ids.append(entry.id)
        for kind, item in undetermined.items():
            if kind in found:
                found[kind].spans.extend(item.spans)
                continue
            if kind in ("mou", "pks"):
                item.status = "signed" if signing_event else "planned"
                found[kind] = item
        documents = [t for t in ("mou", "pks") if t in found]
        cooperation = found.get("kerja_sama")
        if cooperation and documents and cooperation.status == "signed":
            # "kerja sama ini" after a signed document is that document, not another one
            del found["kerja_sama"]
        return sorted(found.values(), key=lambda f: min(s for s, _ in f.spans))

    @staticmethod
    def _status(span: Span, cues: list[tuple[Span, str]],
                bounds: list[tuple[int, int]]) -> str | None:
        """The status of one agreement mention from the cues of its sentence."""
        start, end = sentence_of(bounds, span.start_char)
        near = [(cue, status) for cue, status in cues
                if start <= cue.start_char < end
                and status in STATUS_RANK
                and (abs(cue.start - span.end) <= STATUS_REACH
                     or abs(span.start - cue.end) <= STATUS_REACH)]
        if not near:
            return None
        statuses = {status for _, status in near}
        # "akan menandatangani MoU": the signing is planned, not done
        if "signed" in statuses and "planned" in statuses:
            signing = min(c.start for c, s in near if s == "signed")
            if any(c.start < signing for c, s in near if s == "planned"):
                statuses.discard("signed")
        return max(statuses, key=lambda s: STATUS_RANK[s])
