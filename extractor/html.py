"""Reading saved HTML pages: decode, keep the article, read the page's metadata.

The main text comes from trafilatura, after the parts of the page template that
its heuristics let through have been cut from the tree: elements whose class or
id names them (related stories, share buttons, newsletter boxes, tags,
comments, sidebars …), link lists and paragraphs made of links, and small boxes
around an e-mail sign-up form. The text then goes through the same cleaning as
a `.txt` file (`clean.clean`, run later by the pipeline), which removes what is
left in the text itself: `Baca juga` lines, pasted headlines, bylines.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .readers import Source, SourceError, decode_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

# Names of template parts in class and id attributes, matched inside compound
# names (`jp-relatedposts`, `jeg_share_top_container`, `komentar__item`), the
# short ones only as whole parts of a name (`tag-list`, `nav__item`). This is
# web-template vocabulary (WordPress, Drupal and Indonesian portal themes), not
# press-release vocabulary, so it lives here rather than in patterns/.
_TEMPLATE_PART = re.compile(
    r"related|terkait|share|sharing|social|sosmed|newsletter|subscri|langganan|"
    r"comment|komentar|disqus|popular|populer|terkini|trending|recent|lainnya|"
    r"sidebar|breadcrumb|baca-?juga|bacajuga|read-?more|readmore|more-link|"
    r"pagination|pager|copyright|advert|iklan|author-?box|"
    # embedded posts of social networks (their own text, not the article's)
    r"twitter-tweet|instagram-media|tiktok-embed|fb-post|fb-video|"
    r"(?:^|[-_\s])(?:tags?|tagcloud|nav|navbar|menu|footer|bawah|ads?|respond|cmn?ts?)(?=$|[-_\s])",
    re.IGNORECASE,
)
# Whole class names that hide an element (Drupal's `field--label-hidden` hides
# only a label, so parts of names do not count).
_HIDDEN_CLASSES = frozenset({"hidden", "visually-hidden", "sr-only", "screen-reader-text",
                             "element-invisible", "d-none"})
# Elements that are never the article, whatever their class.
_NEVER_ARTICLE = frozenset({"aside", "nav", "footer", "form", "button", "select", "textarea",
                            "noscript", "iframe", "svg", "template"})
# Whose text is not text of the page.
_NOT_TEXT = frozenset({"script", "style", "template", "noscript"})
# Blocks checked for being made of links (related lists, tag rows, share bars,
# `Baca juga: <a>…</a>`); inline elements never are: `<b><a>Budi</a></b>` in a
# sentence is part of it.
_LINK_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "dl", "section",
                          "h2", "h3", "h4", "h5", "h6"})
# A block is "made of links" when its words outside links are at most this many
# (a label such as `Baca juga:`, `Tag`, `Bagikan:` or a date under a headline).
_MAX_LABEL_WORDS = 3
# An element holding more than this share of the page's text outside links is
# a wrapper of the article (`content-sidebar-wrap`, a WordPress `<article>` whose
# classes name its tags and categories, an ASP.NET page-wide `<form>`): never cut.
_WRAPPER_SHARE = 0.5
# A sign-up box around an e-mail field is cut up to this many characters of text.
_SIGNUP_BOX_CHARS = 400
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


def charset_of_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    match = _CONTENT_TYPE_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def meta_charset(content: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` or `http-equiv` (first 4 KB)."""
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_html(content: bytes, *, path: str, declared_charset: str | None = None) -> str:
    """Decode a page: BOM, UTF-8, the declared charsets (HTTP, then `<meta>`), detection."""
    declared = [c for c in (declared_charset, meta_charset(content)) if c]
    return decode_text(content, what=path, declared=declared)


@dataclass
class _Counts:
    """Text under an element: all words, words inside links, characters outside links,
    and the characters of its own (not its children's) text."""

    words: int = 0
    link_words: int = 0
    plain_chars: int = 0
    own_chars: int = 0

    def add(self, text: str | None, in_link: bool) -> None:
        """Count a piece of the element's own text (its text or a child's tail)."""
        if not text:
            return
        words = len(text.split())
        self.words += words
        if in_link:
            self.link_words += words
        else:
            self.plain_chars += len(text.strip())
            self.own_chars += len(text.strip())


@dataclass
class _Page:
    """What pruning knows of a page before cutting anything."""

    counts: dict[HtmlElement, _Counts]
    plain_chars: int
    """Characters outside links on the whole page."""
    kept: set[HtmlElement]
    """The element with the most text of its own and of its children, and its
    ancestors: the article's container, never cut."""


def _survey(root: HtmlElement) -> _Page:
    """Count the text of every element in one pass (no recursion: pages nest deeply)."""
    order = list(root.iter())
    in_link: dict[HtmlElement, bool] = {}
    for element in order:
        parent = element.getparent()
        in_link[element] = element.tag == "a" or (parent is not None
                                                  and in_link.get(parent, False))
    counts: dict[HtmlElement, _Counts] = {}
    for element in reversed(order):  # children before their parent
        own = counts[element] = _Counts()
        if not isinstance(element.tag, str):  # comment, processing instruction
            continue
        if element.tag not in _NOT_TEXT:
            own.add(element.text, in_link[element])
        for child in element:
            inner = counts[child]
            own.words += inner.words
            own.link_words += inner.link_words
            own.plain_chars += inner.plain_chars
            own.add(child.tail, in_link[element])
    # The article's paragraphs are the children of one element; comments and
    # sidebar texts are each wrapped on their own.
    densest = max(order, key=lambda e: counts[e].own_chars + sum(counts[c].own_chars for c in e))
    return _Page(counts=counts, plain_chars=counts[root].plain_chars,
                 kept={densest, *densest.iterancestors()})


def _made_of_links(counts: _Counts) -> bool:
    """Link text but for a short label."""
    outside = counts.words - counts.link_words
    return counts.link_words > 0 and outside <= _MAX_LABEL_WORDS and counts.link_words >= outside


def _hidden(element: HtmlElement) -> bool:
    """Hidden by an attribute, an inline style or a hiding class."""
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.get("hidden") is not None or "display:none" in style \
        or element.get("aria-hidden") == "true" \
        or not _HIDDEN_CLASSES.isdisjoint((element.get("class") or "").split())


def _why_cut(element: HtmlElement, page: _Page, links: bool) -> str | None:
    """Why an element is page template rather than article, or None."""
    if not isinstance(element.tag, str) or element.tag in ("html", "body", "head"):
        return None
    counts = page.counts[element]
    if element in page.kept or counts.plain_chars > _WRAPPER_SHARE * page.plain_chars:
        return None
    if element.tag in _NEVER_ARTICLE:
        return f"<{element.tag}>"
    names = f"{element.get('class') or ''} {element.get('id') or ''}".strip()
    if names and _TEMPLATE_PART.search(names):
        return f"named {names!r}"
    if _hidden(element):
        return "hidden"
    if links and element.tag in _LINK_BLOCKS and _made_of_links(counts):
        return "made of links"
    return None


def _signup_boxes(tree: HtmlElement, page: _Page) -> list[HtmlElement]:
    """The largest small element around each e-mail field (a newsletter box)."""
    boxes = []
    for field in tree.xpath("//input[@type='email' or contains(@name, 'mail')]"):
        box = None
        for ancestor in field.iterancestors():
            chars = page.counts[ancestor].plain_chars
            if ancestor in page.kept or chars > _SIGNUP_BOX_CHARS:
                break
            box = ancestor
        if box is not None:
            boxes.append(box)
    return boxes


def prune(tree: HtmlElement, *, links: bool = True) -> None:
    """Cut the page-template parts described in the module docstring, in place.

    Never cut: the element with the most text of its own and of its children
    (the article's paragraphs), its ancestors, and any element holding most of
    the page's text. With `links=False`, blocks
    made of links stay (the byline and date links of an article header, read
    for metadata).
    """
    page = _survey(tree)
    for box in _signup_boxes(tree, page):
        if box.getparent() is not None:
            log.debug("html: cut <%s class=%r> (sign-up box)", box.tag, box.get("class"))
            box.drop_tree()
    pending = [tree]
    while pending:
        for child in list(pending.pop()):
            why = _why_cut(child, page, links)
            if why is None:
                if child.tag != "head":
                    pending.append(child)
            else:
                log.debug("html: cut <%s class=%r> (%s)", child.tag, child.get("class"), why)
                child.drop_tree()


# Elements whose presence in a table cell makes the table a page's layout, not data.
_BLOCKS_IN_CELLS = ".//td//*[self::p or self::div or self::table or self::ul or self::ol " \
    "or self::h1 or self::h2 or self::h3 or self::h4]"


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn tables that lay out a page (a cell holding paragraphs: older Joomla and
    government CMS themes) into plain blocks, so that the article in a cell reads as
    paragraphs, not as a table row (`| Padang – Bapas … |`), and the date cell above it
    as a line of its own. Data tables (cells of words and numbers) stay tables."""
    layout = [table for table in tree.iter("table") if table.xpath(_BLOCKS_IN_CELLS)]
    for table in layout:
        groups = [g for g in table if g.tag in ("thead", "tbody", "tfoot")]
        rows = [r for parent in (table, *groups) for r in parent if r.tag == "tr"]
        cells = [c for row in rows for c in row if c.tag in ("td", "th")]
        for element in (table, *groups, *rows, *cells):
            element.tag = "div"


def page_metadata(tree: HtmlElement) -> dict[str, Any]:
    """Title, author, site name, publication date and canonical URL of a page.

    trafilatura reads the structured signals (meta tags, JSON-LD, `<time>`,
    the URL); htmldate's extensive search of the page is the fallback for the date.
    """
    from copy import deepcopy

    from trafilatura.metadata import extract_metadata

    found = extract_metadata(deepcopy(tree), extensive=False)
    date = found.date
    if not date:
        from htmldate import find_date

        date = find_date(deepcopy(tree), extensive_search=True, original_date=True)
    values = {"title": found.title, "author": found.author, "outlet": found.sitename,
              "published": date, "url": found.url, "canonical_url": found.url}
    return {key: value for key, value in values.items() if value}


def main_text(tree: HtmlElement) -> str:
    """The article text of a (pruned) page, one paragraph per block, blank lines between."""
    from trafilatura import bare_extraction

    document = bare_extraction(tree, include_comments=False, include_tables=True,
                               with_metadata=False, deduplicate=False)
    if document is None or not document.text:  # type: ignore[union-attr]
        return ""
    lines = [line.strip() for line in document.text.splitlines()]  # type: ignore[union-attr]
    return "\n\n".join(line for line in lines if line)


def parse(text: str) -> HtmlElement:
    """Parse a decoded page with lxml (as trafilatura does)."""
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        raise ValueError("not an HTML document")
    return tree


# A page whose main text is a few words (a menu, a "not found" notice) holds no article:
# a press release runs to a hundred words and more.
MIN_ARTICLE_WORDS = 8


def source_from_html(content: bytes, *, path: str, metadata: dict[str, Any],
                     declared_charset: str | None = None) -> Source:
    """Read a saved page into a Source: main text, and metadata merged under `metadata`.

    Args:
        content: the page as saved (bytes).
        path: where it came from, for the record and error messages.
        metadata: what is already known (a `.meta.json`, a fetch sidecar, a
            dataset line); these values win over the page's own.
        declared_charset: the charset of the HTTP Content-Type header, if known.

    Raises:
        SourceError: the page cannot be decoded, parsed, or holds no article text.
    """
    text = decode_html(content, path=path, declared_charset=declared_charset)
    try:
        tree = parse(text)
    except ValueError as exc:
        raise SourceError(f"{path}: {exc}") from None
    unwrap_layout_tables(tree)
    prune(tree, links=False)  # before reading metadata: a commenter is not the author
    found = page_metadata(tree)
    prune(tree)
    body = main_text(tree)
    if not body or len(body.split()) < MIN_ARTICLE_WORDS:
        raise SourceError(f"{path}: no article text found in the page")
    merged = {**found, **metadata}
    merged.setdefault("source", path)
    return Source(path=path, text=body, metadata=merged,
                  content_hash=hashlib.sha256(content).hexdigest())
