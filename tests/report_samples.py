"""Hand-made records for the report tests: a hostile article and one without text."""

from __future__ import annotations

from extractor.records import (
    Agreement,
    Article,
    DateItem,
    Dateline,
    Engagement,
    Facility,
    Partner,
    Span,
)

# Markup an article could carry: each would run script if the report parsed it as HTML.
SCRIPT_BREAKOUT = "</script><script>window.__pwned = 'script';</script>"
IMG_ONERROR = "<img src=x onerror=\"window.__pwned = 'img'\">"
HOSTILE_TITLE = "<b>Judul</b> & </title><script>window.__pwned = 'title'</script>"


def _span(text: str, part: str) -> Span:
    """The span of the first occurrence of `part` in `text`."""
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def hostile_article() -> Article:
    """An article whose text, title and partner name try to inject markup."""
    text = (f"Lapas Kelas IIA Contoh menandatangani MoU dengan {IMG_ONERROR} Yayasan Uji "
            f"pada Senin (4/8/2025). Isi rilis: {SCRIPT_BREAKOUT} <!-- selesai -->")
    return Article(
        id="hostile0000000001", text_hash="0", source="https://contoh.invalid/<rilis>",
        title=HOSTILE_TITLE, published="2025-08-05", text=text,
        facilities=[Facility(name="Lapas Kelas IIA Contoh", kind="lapas", place="Contoh",
                             spans=[_span(text, "Lapas Kelas IIA Contoh")])],
        partners=[Partner(name=f"Yayasan Uji {IMG_ONERROR}", kind="yayasan",
                          spans=[_span(text, f"{IMG_ONERROR} Yayasan Uji")])],
        dates=[DateItem(value="2025-08-04", text="Senin (4/8/2025)", role="event",
                        spans=[_span(text, "Senin (4/8/2025)")])],
        agreements=[Agreement(type="mou", status="signed", spans=[_span(text, "MoU")])],
        engagements=[Engagement(type="penandatanganan", spans=[_span(text, "menandatangani")])],
    )


def textless_article() -> Article:
    """A record written without `--include-text`: spans but no text."""
    text = "Rutan Kelas IIB Maros menerima kunjungan Dinas Sosial Kabupaten Maros."
    return Article(
        id="notext0000000001", text_hash="1", source="corpus/x/notext.txt",
        title="Rutan Maros menerima kunjungan Dinas Sosial", published="2025-09-01",
        dateline=Dateline(place="MAROS", outlet="Kabar Uji", text="MAROS, Kabar Uji -"),
        facilities=[Facility(name="Rutan Kelas IIB Maros", kind="rutan", place="Maros",
                             spans=[_span(text, "Rutan Kelas IIB Maros")])],
        partners=[Partner(name="Dinas Sosial Kabupaten Maros", kind="dinas",
                          spans=[_span(text, "Dinas Sosial Kabupaten Maros")])],
        engagements=[Engagement(type="kunjungan", spans=[_span(text, "kunjungan")])],
    )
