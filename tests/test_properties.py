"""Property tests over the public API: never raises, JSON always encodes, spans hold,
deterministic, idempotent on its own cleaned text, `extract_many` equals `extract`.

Profiles (`HYPOTHESIS_PROFILE`): `ci` (default, a few thousand examples in all, well under
a minute on two cores) and `long` (ten times more; `HYPOTHESIS_PROFILE=long python -m
pytest tests/test_properties.py`). `deadline=None`: these machines are slow and noisy.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import extractor

from .conftest import FIXED

settings.register_profile("ci", deadline=None, max_examples=1500,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", deadline=None, max_examples=15000,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 1

# Fragments of the genre: titles and initials, dates bracketed with and without spaces,
# parentheses, positions and organisations, mojibake, and characters that break encoders.
GENRE = [
    "H.A.S. ", "H. ", "Hj. ", "Drs. ", "Dr. ", "A.Md.IP., ", "S.Sos", ", S.H., M.H.", "AKBP ",
    "Letkol Inf ", "Plt. ", "Plh. ", "Pj. ", "Penjabat (Pj.) ", "Kalapas ", "Karutan ", "Kepala ",
    "Kepala Seksi ", "Kasi Giatja ", "Kepala Bidang ", "Bupati ", "Wali Kota ", "Kapolres ",
    "Lapas ", "Rutan ", "LPKA ", "Bapas ", "Cabang Rutan ", "Lembaga Pemasyarakatan (Lapas) ",
    "Kelas IIB ", "Klas I ", "kelas 2a ", "Maros", "Tanjung Balai Karimun", "Bone", "Palu",
    "Pemkab ", "BNNP Sumut ", "PT ", "Bank ", "(Persero) ", "ULP ", "Fakultas Hukum ",
    "Universitas Hasanuddin (Unhas) ", "Senin (4/8/2025)", "Senin(8/3)", " (04/12)", "( 4/8 )",
    "Jumat, 1 Agt 2024", "29-31 Agustus", "13 Maret s/d 18 April 2019", "pukul 09.00 WITA",
    "kemarin", "hari ini", "Nomor 38 Tahun 2007", "1446 H", "2021–2026", "4/4/4/4", "BONE–",
    "MAKASSAR, RILIS – ", "â€œ", "â€", "â€ ", "â€“", "†", "(", ")", ",", ".", " ", "\n",
    "\n\n\n", "ujar ", "kata ", "Ali Imran", "Andi", "MoU ", "nota kesepahaman ", "PKS ",
    "belum ada ", "jika ", "akan ", "kerja sama ", "tersebut ", "audiensi ", "pelatihan ",
    "Baca juga: ", "(Ramli)", "Editor: ", "Bagikan: ", "|", "[caption id=\"a\"]Foto[/caption]",
    "\u200f", "\u202e", "\u00ad", "\x00", "\x07", "\x1b", "\ud800", "\udfff", "\ufeff", "\r\n",
]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(GENRE), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(GENRE), st.text(max_size=5)), max_size=30).map("".join),
)
WITH_TEXT = extractor.Options(include_text=True, today=FIXED.today)
FAMILIES = ("facilities", "officials", "partners", "dates", "engagements", "agreements")


def _check(article: extractor.Article) -> None:
    """The record encodes as JSON and every span is the text it claims."""
    encoded = article.to_json().encode("utf-8")
    assert json.loads(encoded)["id"] == article.id
    text = article.text or ""
    for family in FAMILIES:
        for item in getattr(article, family):
            for span in item.spans:
                assert text[span.start:span.end] == span.text


@settings(max_examples=1000 * SCALE)
@given(TEXTS)
def test_extract_never_raises_encodes_and_spans_hold(text: str) -> None:
    first = extractor.extract(text, options=WITH_TEXT)
    _check(first)
    assert extractor.extract(text, options=WITH_TEXT) == first


@settings(max_examples=400 * SCALE)
@given(TEXTS)
@example("A000:A000:A000 MOU[0]\n0")  # a headline hidden by a shortcode (found by `long`)
@example("AA–BNN AA–")  # a dateline left with no body after it (found by the default profile)
@example("0\nA000:A000:A000:1 AGS[0](A)")  # a byline judged by a shortcode's bracket
@example("AA–KALAPAS MAKASAR-0")  # a second dateline shape right after the first (ci profile)
@example("AA-1 AGS 0000")  # a date left alone after its dateline is the body (ci profile)
@example("AA-1 AGS 0000\r0")  # … and with a line after it, it is post detail (ci profile)
@example("AA–BACA JUGA:MOU")  # the rest of a dateline's line is a line of its own (long profile)
@example("AA–A000:A000:A0.1/1/2000\r0")  # … which may be the title (long profile)
@example("0.[0]0-1 AGS")  # a dateline that only its shortcode's removal reveals (default)
@example("A000:A000:A000\n1/\r1/2000:0.00WIB\r0")  # post details under a title (default)
def test_extracting_the_cleaned_text_again_gives_the_same_values(text: str) -> None:
    first = extractor.extract(text, options=WITH_TEXT)
    again = extractor.extract(first.text or "", options=WITH_TEXT)
    for family in FAMILIES:
        assert [i.model_dump(exclude={"spans", "pattern_ids", "mentions"})
                for i in getattr(again, family)] == \
            [i.model_dump(exclude={"spans", "pattern_ids", "mentions"})
             for i in getattr(first, family)], family


@settings(max_examples=100 * SCALE)
@given(st.lists(TEXTS, max_size=5))
def test_extract_many_equals_extract_in_order(texts: list[str]) -> None:
    many = list(extractor.extract_many(texts, options=FIXED))
    assert many == [extractor.extract(t, options=FIXED) for t in texts]
