"""Exact shortcuts for regular expressions: skip positions no match can start at.

Used for spaCy's tokenizer affix rules and for the date expressions.

spaCy compiles its prefix, suffix and infix rules into alternations of a
hundred and more branches that Python's `re` tries one by one, at every
position of every new word; on varied text this is most of the tokenizer's
time. The wrappers here answer "no match" at once when a word's characters
cannot start (prefix, infix) or end (suffix) any branch, and otherwise call
the very same compiled expression, so tokens are identical:

- prefix: every branch but a few starts with `^`, so `search` can only match
  at position 0 unless an unanchored branch's first character occurs later;
  position 0 is tried with `match` (the same first attempt `search` makes);
- suffix: every branch ends with `$`, so a match ends at the last character
  (or before a final newline): that character must be one a branch can end on;
- infix: a match consumes a first character some branch can start with.

`first_char_guard` does the same for a whole expression scanned with
`finditer`: a lookahead of the characters a match can start with lets the
engine reject most positions at once.

The character sets are read from the parsed expressions (`re._parser`); when
a branch is too complex to read (an empty match, a negated class, `.`), the
wrapper keeps no shortcut for that question and calls the expression.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

Chars = frozenset[str] | None  # None: any character (no shortcut)
DIGIT = "\\d"
"""Stands in a character set for every character `\\d` matches (see `_expand`)."""
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


@lru_cache(maxsize=1)
def _unicode_digits() -> frozenset[str]:
    """What `\\d` matches in a str pattern: every decimal digit (category Nd)."""
    return frozenset(chr(c) for c in range(sys.maxunicode + 1)
                     if unicodedata.category(chr(c)) == "Nd")


def _expand(chars: frozenset[str] | set[str], flags: int) -> frozenset[str]:
    """Real characters only: `DIGIT` becomes the digits `\\d` matches."""
    if DIGIT not in chars:
        return frozenset(chars)
    digits = frozenset("0123456789") if flags & re.ASCII else _unicode_digits()
    return frozenset(chars - {DIGIT}) | digits


def _in_set(items: list[tuple[Any, Any]], flags: int) -> Chars:
    """The characters of a `[...]` class, or None when not enumerable."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            if av[1] - av[0] > 5000:
                return None
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:  # NEGATE, other categories (\w, \s …): not worth enumerating
            return None
    return frozenset(chars)


def _edge(seq: list[tuple[Any, Any]], last: bool, flags: int) -> Chars:
    """Characters a sequence's first (or last) consumed character can be; None: any.

    Optional items (`x?`, `x*`) add their characters and let the next item's in too.
    """
    found: set[str] = set()
    for op, av in (reversed(seq) if last else seq):
        if op in _ZERO_WIDTH:
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:
            chars = _edge(list(av[2]), last, flags)
            if chars is None:
                return None
            found |= chars
            continue  # optional: what follows may come first
        chars = _consumed(op, av, last, flags)
        return None if chars is None else frozenset(found | chars)
    return None  # nothing has to be consumed: an empty match is possible


def _consumed(op: Any, av: Any, last: bool, flags: int) -> Chars:
    """Characters the first (or last) character consumed by one required item can be."""
    if op is C.LITERAL:
        ch = chr(av)
        return frozenset({ch, ch.lower(), ch.upper()}) if flags & re.IGNORECASE \
            else frozenset({ch})
    if op is C.IN:
        chars = _in_set(av, flags)
        if chars is not None and flags & re.IGNORECASE:
            chars = frozenset(chars | {c.lower() for c in chars} | {c.upper() for c in chars})
        return chars
    if op is C.SUBPATTERN:
        return _edge(list(av[-1]), last, flags)
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            chars = _edge(list(branch), last, flags)
            if chars is None:
                return None
            union |= chars
        return frozenset(union)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return _edge(list(av[2]), last, flags)
    return None  # ANY, GROUPREF, …: anything


def _branches(pattern: re.Pattern[str]) -> list[list[tuple[Any, Any]]]:
    """The top-level branches of a compiled expression."""
    parsed = list(P.parse(pattern.pattern, pattern.flags))
    if len(parsed) == 1 and parsed[0][0] is C.BRANCH:
        return [list(b) for b in parsed[0][1][1]]
    return [parsed]


def _starts_anchored(branch: list[tuple[Any, Any]]) -> bool:
    """Does the branch begin with `^`?"""
    return bool(branch) and branch[0][0] is C.AT and branch[0][1] is C.AT_BEGINNING


def fast_prefix_search(search: Callable[[str], Any]) -> Callable[[str], Any]:
    """An exact, faster stand-in for a compiled prefix expression's `search`."""
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.MULTILINE:
        return search
    branches = _branches(pattern)
    later: set[str] = set()
    for branch in branches:
        if not _starts_anchored(branch):
            chars = _edge(branch, False, pattern.flags)
            if chars is None:
                return search
            later |= _expand(chars, pattern.flags)
    starts: list[Chars] = [_edge(branch, False, pattern.flags) for branch in branches]
    first = None if any(c is None for c in starts) else \
        _expand({ch for chars in starts if chars is not None for ch in chars}, pattern.flags)
    match = pattern.match

    def prefix_search(string: str) -> Any:
        # search's attempt at position 0 (skipped when no branch can start there)
        found = match(string) if first is None or string[:1] in first else None
        if found is not None or not later or later.isdisjoint(string[1:]):
            return found
        return search(string)

    return prefix_search


def _all_consumed(seq: list[tuple[Any, Any]], flags: int) -> Chars:
    """Every character a sequence can consume (assertions skipped); None: any."""
    found: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            chars = _all_consumed(list(av[-1]), flags)
        elif op is C.BRANCH:
            chars = frozenset()
            for branch in av[1]:
                more = _all_consumed(list(branch), flags)
                chars = None if more is None or chars is None else chars | more
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            chars = _all_consumed(list(av[2]), flags)
        else:
            chars = _consumed(op, av, False, flags)
        if chars is None:
            return None
        found |= _expand(chars, flags)
    return frozenset(found)


def _top_level_pieces(source: str) -> list[str]:
    """The source of each top-level branch: `a|b(c|d)` -> `a`, `b(c|d)`."""
    pieces, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if source[i + 1:i + 3] == "^]" else 1  # `[^]…]`: that `]` is literal
            if source[i:i + 1] == "]":
                i += 1  # `[]…]`: so is this one
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(source[start:i])
            start = i + 1
        i += 1
    pieces.append(source[start:])
    return pieces


def fast_suffix_search(search: Callable[[str], Any]) -> Callable[[str], Any]:
    """An exact, faster stand-in for a compiled suffix expression's `search`.

    Every branch ends with `$`, so a match ends at the last character (or before
    a final newline), which must be one the branch can end on. For each last
    character, the search runs an expression of only the branches that can end
    on it, in their order (the others cannot match anywhere in the string: the
    same leftmost match). The search also starts near the end (`search(string,
    pos)` sees the characters before `pos` for lookbehinds and `^`): a branch of
    bounded width W can only match from `len - 1 - W` on, and an unbounded one
    (`\\.\\.+$`) only inside the string's trailing run of the characters it consumes.
    Without this, each call scanned the whole word, and spaCy calls it once per
    affix stripped: quadratic on a word of a thousand `)`.
    """
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.MULTILINE:
        return search
    branches: list[tuple[frozenset[str], int | None, frozenset[str]]] = []
    """Per branch: characters it can end on; its width if bounded, else what it consumes."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    subpatterns = list(parsed[0][1][1]) if len(parsed) == 1 and parsed[0][0] is C.BRANCH \
        else [parsed]
    for sub in subpatterns:
        branch = list(sub)
        if not (branch and branch[-1][0] is C.AT and branch[-1][1] is C.AT_END):
            return search
        chars = _edge(branch[:-1], True, pattern.flags)
        if chars is None:
            return search
        width = sub.getwidth()[1]
        if width < C.MAXREPEAT:
            branches.append((_expand(chars, pattern.flags), width, frozenset()))
            continue
        consumed = _all_consumed(branch, pattern.flags)
        if consumed is None:
            return search  # an unbounded branch we cannot bound: no shortcut
        branches.append((_expand(chars, pattern.flags), None, consumed))

    def searcher(chosen: list[int], expression: re.Pattern[str]) -> Callable[[str], Any]:
        """`expression.search` from the first position the chosen branches can match at."""
        bounded = max((branches[i][1] or 0 for i in chosen), default=0)
        run_chars = "".join(sorted({c for i in chosen for c in branches[i][2]}))

        def search_end(string: str) -> Any:
            pos = len(string) - 1 - bounded
            if run_chars:  # where the trailing run begins (before a final newline too)
                pos = min(pos, len(string.rstrip(run_chars)))
                if string.endswith("\n"):
                    pos = min(pos, len(string[:-1].rstrip(run_chars)))
            return expression.search(string, max(0, pos))

        return search_end

    everything = searcher(list(range(len(branches))), pattern)
    pieces = _top_level_pieces(pattern.pattern)
    if len(pieces) != len(subpatterns):
        pieces = []
    ends = frozenset().union(*(chars for chars, _, _ in branches))
    chosen_by_last: dict[str, tuple[int, ...]] = {}
    choices: dict[tuple[int, ...], tuple[int, ...]] = {}
    searchers: dict[tuple[int, ...], Callable[[str], Any]] = {}

    def by_last(string: str) -> Any:
        """The search of the branches that can end on the string's last character.

        Built on first use of each last character: there are thousands of them.
        """
        last = string[-1]
        chosen = chosen_by_last.get(last)
        if chosen is None:  # one tuple per distinct choice, however many characters share it
            chosen = tuple(i for i, (chars, _, _) in enumerate(branches) if last in chars)
            chosen = chosen_by_last[last] = choices.setdefault(chosen, chosen)
        if not chosen:
            return None
        found = searchers.get(chosen)
        if found is None:
            # a piece parsed alone must be its branch (no group numbering, no flag
            # or construct the splitter misreads); else the whole expression is used
            alone = all(repr(list(P.parse(pieces[i], pattern.flags))) ==
                        repr(list(subpatterns[i])) for i in chosen) if pieces else False
            expression = re.compile("|".join(pieces[i] for i in chosen), pattern.flags) \
                if alone else pattern
            found = searchers[chosen] = searcher(list(chosen), expression)
        return found(string)

    def suffix_search(string: str) -> Any:
        if not string:
            return None
        if string[-1] == "\n":  # `$` matches before a final newline too: every branch
            return everything(string) if "\n" in ends or string[-2:-1] in ends else None
        return by_last(string)

    return suffix_search


def fast_infix_finditer(finditer: Callable[[str], Iterator[Any]]
                        ) -> Callable[[str], Iterator[Any]]:
    """An exact, faster stand-in for a compiled infix expression's `finditer`."""
    pattern = getattr(finditer, "__self__", None)
    if not isinstance(pattern, re.Pattern):
        return finditer
    starts: set[str] = set()
    for branch in _branches(pattern):
        chars = _edge(branch, False, pattern.flags)
        if chars is None:
            return finditer
        starts |= _expand(chars, pattern.flags)

    def infix_finditer(string: str) -> Iterator[Any]:
        if starts.isdisjoint(string):
            return iter(())
        return finditer(string)

    return infix_finditer


def first_char_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same expression behind a lookahead of the characters a match can start with.

    Matches are unchanged (a match's first character is one of them); positions
    where no match can start are rejected before the alternations are tried.
    """
    starts = [_edge(branch, False, pattern.flags) for branch in _branches(pattern)]
    if any(c is None for c in starts):
        return pattern
    chars = {ch for c in starts if c is not None for ch in c}
    ranges = "".join(re.escape(c) for c in sorted(chars - {DIGIT})) + \
        ("\\d" if DIGIT in chars else "")
    return re.compile(f"(?=[{ranges}])(?:{pattern.pattern})", pattern.flags)
