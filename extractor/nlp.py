"""The spaCy pipeline: an Indonesian tokenizer for this genre plus rule components.

`build_nlp()` is the one builder used by the extractor and by every test. Its
rule component (`RuleMatcher`) matches the pattern files: phrases of exact case
(short forms such as `PN`, `PT`, `H.` would collide with ordinary words if
lower-cased), phrases in lower case, and token patterns; it leaves the matches,
labelled and with their pattern ids, in `doc.user_data[MATCHES_KEY]`, where
`mentions.spans` reads them.

The tokenizer keeps spaCy's Indonesian punctuation rules but not its ~16,000
special cases (mostly reduplicated words such as `anak-anak`, which building
and matching made the slowest part of the pipeline). Its special cases are
spaCy's language-independent ones plus the words of the pattern files that
end in a full stop (titles, degrees, acting prefixes, abbreviations), so that
`S.H.` or `Plt.` stay one token. Its affix rules are spaCy's, behind the exact
shortcuts of `shortcuts`. `benchmarks/identity.py` proves that records are the
same as with the stock tokenizer.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import SPACY
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.symbols import LOWER, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from .shortcuts import fast_infix_finditer, fast_prefix_search, fast_suffix_search
from .vocabulary import RULER_LABELS, PatternSet, load_patterns

log = logging.getLogger(__name__)

MATCHES_KEY = "rilis.matches"
"""`doc.user_data` key of the rule matches: (start, end, label, id) tuples, as string hashes."""


def rule_patterns(patterns: PatternSet, exact: bool) -> list[dict[str, Any]]:
    """spaCy SpanRuler patterns of one case mode (token patterns go with exact case)."""
    out = []
    for label in sorted(RULER_LABELS):
        for entry in patterns.get(label):
            if isinstance(entry.pattern, str) and entry.exact != exact:
                continue
            if not isinstance(entry.pattern, str) and not exact:
                continue  # token patterns carry their own attributes: add them once
            out.append({"label": label, "pattern": entry.pattern, "id": entry.id})
    return out


def genre_special_cases(patterns: PatternSet) -> dict[str, list[dict[int, str]]]:
    """Tokenizer special cases from the pattern files: words ending in a full stop."""
    words: set[str] = set()
    for entries in patterns.by_label.values():
        for entry in entries:
            if isinstance(entry.pattern, str):
                words.update(w for w in entry.pattern.split() if w.endswith(".") and len(w) > 1)
    return {word: [{ORTH: word}] for word in sorted(words)}


MAX_TOKEN_CHARS = 1000
"""Whitespace-free runs longer than this are one token, affixes and infixes left on.

spaCy strips affixes one at a time, re-reading the rest of the run each time:
quadratic in the run's length (8,000 `(` took seconds, a 200,000-character run
would take an hour). No word of a press release comes near this length (the
longest in the corpus has 24 characters), so records on real text are unchanged.
"""


def _long_run_match(token_match: Any) -> Any:
    """The stock `token_match` (if any), also matching anything over `MAX_TOKEN_CHARS`."""
    def match(string: str) -> Any:
        return len(string) > MAX_TOKEN_CHARS or (token_match is not None and token_match(string))
    return match


def genre_tokenizer(nlp: Language, patterns: PatternSet) -> Tokenizer:
    """spaCy's Indonesian tokenizer rules with the special cases this genre needs."""
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS

    stock: Any = nlp.tokenizer
    rules = {**BASE_EXCEPTIONS, **genre_special_cases(patterns)}
    return Tokenizer(nlp.vocab, rules=rules,
                     prefix_search=fast_prefix_search(stock.prefix_search),
                     suffix_search=fast_suffix_search(stock.suffix_search),
                     infix_finditer=fast_infix_finditer(stock.infix_finditer),
                     token_match=_long_run_match(stock.token_match), url_match=stock.url_match)


class TextDoc(Doc):
    """A Doc that keeps the text it was made from.

    `Doc.text` joins the tokens again on every read, and the resolvers read it
    several times per document; here it is the string the tokenizer was given
    (spaCy guarantees the two are equal).
    """

    _text: str

    @property  # type: ignore[override]
    def text(self) -> str:
        """The text of the document."""
        return self._text


class TextSpan(Span):
    """A Span of a `TextDoc` whose text is a slice of the document's text.

    `Span.text` joins its tokens again on every read; the resolvers read the
    text of most spans, often several times.
    """

    @property  # type: ignore[override]
    def text(self) -> str:
        """The text of the span."""
        doc: TextDoc = self.doc  # type: ignore[assignment]
        return doc._text[self.start_char:self.end_char]


class TextTokenizer:
    """The genre tokenizer, returning `TextDoc`s (everything else is the wrapped one's)."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> TextDoc:
        """Tokenize, then rebuild the same tokens as a `TextDoc`."""
        doc = self.tokenizer(text)
        # by string hash: the lexemes exist already, so no word is looked up by its text
        words, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        out = TextDoc(doc.vocab, words=words, spaces=[bool(space) for space in spaces])
        out._text = text
        return out

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        """Rules, affix functions, memory zones: those of the wrapped tokenizer."""
        return getattr(self.tokenizer, name)


def _blank_indonesian(patterns: PatternSet, stock_tokenizer: bool) -> Language:
    """A blank Indonesian pipeline, with the genre tokenizer unless the stock one is asked."""
    if stock_tokenizer:
        return spacy.blank("id")
    from spacy.lang.id import Indonesian

    # no special cases while building: the stock ones are what costs seconds
    class Bare(Indonesian):
        class Defaults(Indonesian.Defaults):  # type: ignore[valid-type,misc]
            tokenizer_exceptions: dict[str, Any] = {}

    nlp = Bare()
    # Every new word gets a lexeme, and each lexeme ran ~20 Python attribute getters
    # (shape, like_num, is_stop …): the largest cost on varied text. The rulers match
    # on ORTH and LOWER only, so LOWER is the one attribute computed.
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    nlp.vocab.lex_attr_getters = {LOWER: getters[LOWER]}  # type: ignore[attr-defined]
    nlp.tokenizer = TextTokenizer(genre_tokenizer(nlp, patterns))
    return nlp


class RuleMatcher:
    """The pattern files' phrase and token patterns, matched on each document.

    It finds what two spaCy SpanRulers found (one matching phrases in exact
    case and the token patterns, one matching phrases in lower case), in their
    order: each one's matches deduplicated and sorted by start, end, label and
    id hashes, the exact ones first. The rulers also made a `Span` of every
    match, stored them in a span group and the resolvers read them back from
    it: that was three times the cost of matching. Here the matches stay
    tuples; `mentions.spans` makes `Span`s of those it keeps.
    """

    def __init__(self, nlp: Language, patterns: PatternSet) -> None:
        strings = nlp.vocab.strings
        self.tokens = Matcher(nlp.vocab, validate=True)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH", validate=True)
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER", validate=True)
        self.labels: dict[int, tuple[int, int]] = {}
        """Match key -> (label, pattern id), as string hashes (added once, outside memory zones)."""
        for phrases, exact in ((self.exact, True), (self.lower, False)):
            keys, texts = [], []
            for entry in rule_patterns(patterns, exact):
                key = repr((entry["label"], entry["id"]))  # as the SpanRuler keyed them
                self.labels[strings.add(key)] = (strings.add(entry["label"]),
                                                 strings.add(entry["id"]))
                if isinstance(entry["pattern"], str):
                    keys.append(key)
                    texts.append(entry["pattern"])
                else:
                    self.tokens.add(key, [entry["pattern"]])
            for key, pattern in zip(keys, map(nlp.make_doc, texts), strict=True):
                phrases.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        """Leave the matches in `doc.user_data[MATCHES_KEY]`."""
        found: list[tuple[int, int, int, int]] = []
        for matchers in ((self.tokens, self.exact), (self.lower,)):
            matches = {(start, end, *self.labels[key]) for matcher in matchers if len(matcher)
                       for key, start, end in matcher(doc) if start != end}
            found.extend(sorted(matches))
        doc.user_data[MATCHES_KEY] = found
        return doc


@Language.factory("rilis_rules", default_config={"patterns_dir": None})
def _rule_matcher(nlp: Language, name: str, patterns_dir: str | None) -> RuleMatcher:
    """spaCy's constructor of the rule component."""
    return RuleMatcher(nlp, load_patterns(patterns_dir))


@lru_cache(maxsize=4)
def build_nlp(patterns_dir: str | None = None, stock_tokenizer: bool = False) -> Language:
    """Build (once per patterns directory) the tokenizer and rule components.

    `stock_tokenizer=True` uses `spacy.blank("id")` as it comes (the identity
    check and the benchmarks compare against it).
    """
    patterns = load_patterns(patterns_dir)
    nlp = _blank_indonesian(patterns, stock_tokenizer)
    nlp.add_pipe("rilis_rules", config={"patterns_dir": patterns_dir})
    log.debug("built pipeline %s for %s", nlp.pipe_names, patterns.directory)
    return nlp
