"""Cleaning: repair without damage, noise removed, nothing removed silently."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.clean import clean, repair
from extractor.vocabulary import load_patterns

from .conftest import CORPUS


def test_curly_quotes_come_out_byte_identical(patterns) -> None:  # type: ignore[no-untyped-def]
    text = "“Kami siap,” ujar Ali Imran – Kalapas ‘Maros’ — Jum’at."
    assert repair(text, patterns) == (text, [])


@pytest.mark.parametrize("broken, fixed", [
    ("â€œKami siapâ€, ujar Ali.", "“Kami siap”, ujar Ali."),
    ("Lapas â€“ Maros", "Lapas – Maros"),
    ("Jumâ€™at (4/8)", "Jum’at (4/8)"),
], ids=["quotes", "dash", "apostrophe"])
def test_mojibake_is_repaired(patterns, broken: str, fixed: str) -> None:  # type: ignore[no-untyped-def]
    text, warnings = repair(broken, patterns)
    assert text == fixed
    assert warnings


@pytest.mark.parametrize("glued, spaced", [
    ("dipandu Samuel Tingang.Instruktur lain hadir.",
     "dipandu Samuel Tingang. Instruktur lain hadir."),
    ("Senin (3/11).Kunjungan itu", "Senin (3/11). Kunjungan itu"),
    ("Kalapas Kota Agung,Andri Setiawan,Amd.IP", "Kalapas Kota Agung, Andri Setiawan, Amd.IP"),
    ("Drs.Marihot, S.Sos.I, A.Md.IP, Rp2,5 juta, www.lapas.go.id",
     "Drs.Marihot, S.Sos.I, A.Md.IP, Rp2,5 juta, www.lapas.go.id"),
], ids=["stop", "stop-after-bracket", "comma", "titles-numbers-and-addresses-stay"])
def test_punctuation_glued_to_the_next_word_gets_its_space(  # type: ignore[no-untyped-def]
        patterns, glued: str, spaced: str) -> None:
    assert repair(glued, patterns)[0] == spaced


@pytest.mark.parametrize("glued, spaced", [
    ("disambut Karutan WatesSlamet Raharjo beserta jajaran",
     "disambut Karutan Wates Slamet Raharjo beserta jajaran"),
    ("Kepala LPKA Kelas I BlitarTeguh Wibisono, Bc.IP",
     "Kepala LPKA Kelas I Blitar Teguh Wibisono, Bc.IP"),
    ("Kasi Giatja Lapas CirebonDeni, menjelaskan", "Kasi Giatja Lapas Cirebon Deni, menjelaskan"),
    # a place in lower case, a one-letter name part or a title glued on
    ("dinas sosial kota pekanbaruHj Elfi Rosmaini", "dinas sosial kota pekanbaru Hj Elfi Rosmaini"),
    ("kalapas palopoI Ketut Artawan", "kalapas palopo I Ketut Artawan"),
    # not a place before the name; an outlet named after its region; a hashtag; a brand
    ("Kalapas MarosaliAndi Imran, dan TangerangNews – Lapas, #LapasCirebonBerbenah Kita, "
     "lewat WhatsApp Group",
     "Kalapas MarosaliAndi Imran, dan TangerangNews – Lapas, #LapasCirebonBerbenah Kita, "
     "lewat WhatsApp Group"),
], ids=["two-word-name", "name-and-titles", "one-word-name", "lower-case-place-and-title",
        "one-letter-name-part", "others-stay"])
def test_a_name_glued_to_a_place_gets_its_space(  # type: ignore[no-untyped-def]
        patterns, glued: str, spaced: str) -> None:
    assert repair(glued, patterns)[0] == spaced


def test_a_sentence_a_page_split_in_two_is_no_pasted_headline(  # type: ignore[no-untyped-def]
        patterns) -> None:
    split = ("PKS diteken oleh Kepala Lapas Kelas IIA Pekalongan, Bambang Setyo Widodo, dan "
             "Kepala Dinperindag Kota Pekalongan, Dra. Rini Handayani, M.M., disaksikan")
    tags = "Tags: pengabdian masyarakat, LPPM, Fakultas Hukum, Lapas"
    cleaned = clean(f"Lapas Kelas IIA Pekalongan membuka pelatihan batik.\n\n{split}\n\n"
                    f"Kepala Divisi Pemasyarakatan hadir.\n\n{tags}\n", patterns)
    assert split in cleaned.text
    assert tags not in cleaned.text


@pytest.mark.parametrize("after, kept", [
    ("sudah menyiapkan 34 pembimbing kemasyarakatan.", True),
    ("jajaran pejabat struktural Lapas Kendari.", True),
    # a byline or a caption's second line in lower case is no half of a sentence
    ("oleh Admin Pekalongan Kini", False),
    ("menggunting pita peresmian di Lapas Kelas IIA Metro. (Foto: Dok. Humas)", False),
], ids=["paragraph", "short-paragraph", "byline", "caption"])
def test_a_line_that_goes_on_in_lower_case_is_no_pasted_headline(  # type: ignore[no-untyped-def]
        patterns, after: str, kept: bool) -> None:
    broken = "Kepala Bapas Kelas I Surakarta, Tri Wahyuningsih, Bc.IP., S.H., mengatakan Bapas"
    cleaned = clean("Bapas Kelas I Surakarta menggelar rapat koordinasi.\n\n"
                    f"{broken}\n\n{after}\n\nRapat berlangsung dua jam.\n", patterns)
    assert (broken in cleaned.text) is kept


def test_a_line_ending_in_a_comma_is_no_pasted_headline(  # type: ignore[no-untyped-def]
        patterns) -> None:
    broken = "Hadir pula Kepala Seksi Kegiatan Kerja LPP Malang, Dyah Ayu Kusumaningrum,"
    cleaned = clean("LPP Kelas IIA Malang menggelar pelatihan batik.\n\n"
                    f"{broken}\n\nS.Psi., yang akan mengoordinasikan ruang produksi.\n", patterns)
    assert broken in cleaned.text


def test_clean_article_without_noise_is_unchanged(patterns) -> None:  # type: ignore[no-untyped-def]
    text = "Kepala Lapas Kelas IIB Maros, Ali Imran, menerima kunjungan.\n\n“Kami siap,” ujarnya."
    cleaned = clean(text, patterns)
    assert cleaned.text == text
    assert cleaned.removed == []


def test_seed_000_noise(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = (CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.txt").read_text(encoding="utf-8")
    cleaned = clean(raw, patterns)
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("pasted-headline") == 2
    assert "byline" in reasons and "dateline" in reasons
    assert cleaned.dateline and cleaned.dateline.place == "MAROS"
    assert cleaned.dateline.outlet == "MATANUSANTARA"
    assert "Ahmad" not in cleaned.text and "Sentuh Jiwa" not in cleaned.text
    # the statement line ends without a full stop and holds a date: it stays
    assert "Rabu (06/08/2025)" in cleaned.text
    assert "(Ramli)" not in cleaned.text
    for removed in cleaned.removed:
        assert cleaned.original[removed.start:removed.end] == removed.text


@pytest.mark.parametrize("raw, gone, kept", [
    ("BONE–Lapas Watampone menggelar rapat.", "BONE", "Lapas Watampone menggelar rapat."),
    ("Sampit, INFO_PAS – Rutan Sampit menggelar rapat.", "INFO_PAS", "Rutan Sampit"),
    ("TRIBUNNEWS.COM – Rutan Sinjai menggelar rapat.", "TRIBUNNEWS", "Rutan Sinjai"),
    ("Infopas - Makassar - Sulawesi Selatan . Rutan Makassar menggelar rapat.", "Infopas",
     "Rutan Makassar menggelar rapat."),
    ("GROBOGAN (Diskominfo) – Pemkab Grobogan dan Lapas Purwodadi meneken MoU.", "Diskominfo",
     "Pemkab Grobogan dan Lapas Purwodadi"),
    ("SIAK – (Diskominfo Siak) Bupati Siak berkunjung ke Rutan Siak.", "Diskominfo",
     "Bupati Siak berkunjung"),
    ("LANGGUR, (Diskominfo Malra) – Pemkab Maluku Tenggara dan Lapas Tual meneken MoU.",
     "Diskominfo", "Pemkab Maluku Tenggara dan Lapas Tual"),
], ids=["place-only", "place-outlet", "domain", "outlet-place-province",
        "place-source-in-brackets", "source-in-brackets-after-the-dash",
        "place-comma-source-in-brackets"])
def test_dateline_shapes(patterns, raw: str, gone: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    cleaned = clean(raw, patterns)
    assert cleaned.dateline is not None
    assert gone not in cleaned.text
    assert kept in cleaned.text


def test_a_second_dateline_after_the_first_goes_with_it(patterns) -> None:  # type: ignore[no-untyped-def]
    # left in place, it would be the dateline of the cleaned text: cleaning twice would differ
    cleaned = clean("MAKASSAR – INFOPAS.COM – Rutan Makassar menggelar rapat.", patterns)
    assert cleaned.text == "Rutan Makassar menggelar rapat."
    assert cleaned.dateline is not None and cleaned.dateline.place == "MAKASSAR"
    assert clean(cleaned.text, patterns).text == cleaned.text


@pytest.mark.parametrize("meta", [
    "Dipublikasikan oleh Diskominfo Kabupaten Lahat | Dilihat 214 kali",
    "Diposting oleh Admin Humas | Rabu, 4 Maret 2026 | 1.024 views",
    "Rabu, 4 Maret 2026 | 09:47 WIB",
    "Rabu, 04 Maret 2026",  # a blog's date header, alone on its line
    "Rabu, 04 Maret 2026 10:05",  # … with its time (a government CMS's `createdate` cell)
    "Komentar (3)",  # a comment counter
    "Oleh Redaksi | 0 Komentar",
    # the reporter's credit, then the timestamp: both go
    "Reporter: Ilham Nugraha | Editor: Siti Rahmawati\n\nRabu, 4 Maret 2026 | 08:12 WIB",
])
def test_post_details_above_the_dateline_go(patterns, meta: str) -> None:  # type: ignore[no-untyped-def]
    raw = (f"Bupati Lahat Terima Audiensi Kalapas Lahat Bahas Lahan Pertanian\n\n{meta}\n\n"
           "LAHAT – Bupati Lahat menerima audiensi Kepala Lapas Kelas IIA Lahat.")
    cleaned = clean(raw, patterns)
    assert cleaned.text == "Bupati Lahat menerima audiensi Kepala Lapas Kelas IIA Lahat."
    assert "post-meta" in [r.reason for r in cleaned.removed]
    assert cleaned.dateline is not None and cleaned.dateline.place == "LAHAT"


def test_a_teaser_headline_trailing_off_is_the_title(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = ("Polres Sukoharjo Gelar Tes Urine dan Razia Kamar Hunian Rutan Sukoharjo, "
           "Hasilnya...\n\nRabu, 21 Januari 2026 - 14:37 WIB\n\n"
           "SUKOHARJO — Polres Sukoharjo menggelar tes urine bagi petugas Rutan Sukoharjo.")
    cleaned = clean(raw, patterns)
    assert cleaned.title and cleaned.title.endswith("Hasilnya...")
    assert cleaned.text == "Polres Sukoharjo menggelar tes urine bagi petugas Rutan Sukoharjo."


def test_a_date_in_the_body_is_no_post_detail(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = ("Rutan Kolaka Gelar Skrining\n\nKOLAKA – Rutan Kolaka menggelar skrining pada\n\n"
           "4 Maret 2026\n\nbersama Puskesmas Lamokato.")
    assert "4 Maret 2026" in clean(raw, patterns).text


def test_a_timestamp_below_the_head_goes(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = ("Beranda / Berita / Daerah\n\nBapas Ambon Gelar Rakor\n\nBapas Ambon Gelar Rakor\n\n"
           "Rabu, 14 Januari 2026 - 16:45 WIT\n\nAMBON – Bapas Kelas II Ambon menggelar rapat "
           "koordinasi bersama Kejari Ambon, Selasa (13/1/2026).\n\nRapat dimulai pukul 09.00 "
           "WIT dan berlangsung dua jam.")
    text = clean(raw, patterns).text
    assert "16:45 WIT" not in text
    assert "Rapat dimulai pukul 09.00 WIT dan berlangsung dua jam." in text


def test_a_kicker_above_the_title_goes_and_the_release_date_with_the_dateline(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = ("SIARAN PERS\n\nBank Kalsel Serahkan Mesin Jahit untuk Warga Binaan Lapas Batulicin\n\n"
           "Batulicin, 4 Maret 2026 – Bank Kalsel menyerahkan mesin jahit kepada Lapas "
           "Batulicin.")
    cleaned = clean(raw, patterns)
    assert cleaned.text == "Bank Kalsel menyerahkan mesin jahit kepada Lapas Batulicin."
    assert [r.reason for r in cleaned.removed if r.reason != "blank-lines"] == [
        "kicker", "title", "dateline"]
    assert cleaned.dateline is not None and cleaned.dateline.place == "Batulicin"
    assert cleaned.dateline.outlet is None


def test_a_sentence_that_counts_readers_stays(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = ("Modul itu sudah dibaca 300 kali.\n\n"
           "LAHAT – Kepala Lapas Lahat menyebut pelatihan berlanjut pekan depan.")
    assert "dibaca 300 kali" in clean(raw, patterns).text


def test_read_also_share_shortcode_and_credits(patterns) -> None:  # type: ignore[no-untyped-def]
    raw = ("Rutan Sinjai menggelar rapat koordinasi dengan Polres Sinjai.\n"
           "Baca juga: Kapolres Gowa Serahkan Bantuan ke Panti Asuhan\n"
           "[caption id=\"a1\" width=\"800\"]Kalapas Budi saat rapat[/caption]\n"
           "Bagikan: Facebook Twitter WhatsApp\n|\n\n\n\n"
           "Kegiatan berlangsung lancar.\nEditor: Rahmat\n(Adb)")
    cleaned = clean(raw, patterns)
    assert "Baca juga" not in cleaned.text and "Kapolres Gowa" not in cleaned.text
    assert "caption" not in cleaned.text and "Budi" not in cleaned.text
    assert "Facebook" not in cleaned.text and "Rahmat" not in cleaned.text
    assert "(Adb)" not in cleaned.text and "\n\n\n" not in cleaned.text
    assert cleaned.text.endswith("Kegiatan berlangsung lancar.")
    assert {r.reason for r in cleaned.removed} >= {"read-also", "shortcode", "share-buttons",
                                                   "credit", "byline", "separator"}


def test_unencodable_characters_are_replaced_with_a_warning(patterns) -> None:  # type: ignore[no-untyped-def]
    text, warnings = repair("Rutan\ud800 Sinjai\x00", patterns)
    text.encode("utf-8")
    assert warnings


def test_a_right_quote_that_lost_its_last_byte_keeps_the_following_space(patterns) -> None:  # type: ignore[no-untyped-def]
    from extractor.clean import repair

    fixed, _ = repair("pembinaan,â€ tutur Gunawan. â€œYa.â€", patterns)
    assert fixed == "pembinaan,” tutur Gunawan. “Ya.”"


def test_a_post_line_ending_in_an_emoji_is_a_sentence_not_a_headline(patterns) -> None:  # type: ignore[no-untyped-def]
    post = ("📢 JAKSA MASUK LAPAS\n\nSelasa (10/2), Lapas Kelas IIB Arosuka kedatangan tim "
            "penyuluh dari Kejaksaan Negeri Kabupaten Solok ⚖️\nSebanyak 60 warga binaan "
            "mengikuti penyuluhan hukum.\n\nBupati Solok Resmikan Pasar Baru Di Arosuka\n")
    cleaned = clean(post, patterns)
    assert "Lapas Kelas IIB Arosuka kedatangan tim penyuluh" in cleaned.text
    assert [r.text.strip() for r in cleaned.removed if r.reason == "pasted-headline"] == [
        "Bupati Solok Resmikan Pasar Baru Di Arosuka"]


# What `_unglued` does, as two substitutions: the fast scan must give the same text.
_STOP_SPEC = re.compile(r"(?:(?<=[a-z]{3})|(?<=\)))\.(?=[A-Z][a-z])")
_COMMA_SPEC = re.compile(r"(?<=[A-Za-z]),(?=[A-Za-z0-9])")


@settings(max_examples=300)
@given(st.text(alphabet="ab Zz.,)1(\n", max_size=40))
def test_ungluing_is_the_two_substitutions_it_stands_for(text: str) -> None:
    from extractor.clean import _unglued
    assert _unglued(text) == _STOP_SPEC.sub(". ", _COMMA_SPEC.sub(", ", text))


@pytest.mark.parametrize("line", ["(Sambungan dari halaman 1)", "Bersambung ke halaman 2"])
def test_a_line_of_an_article_split_over_pages_goes(patterns, line: str) -> None:  # type: ignore[no-untyped-def]
    raw = (f"PURUK CAHU – Rupbasan Muara Teweh menggelar rapat koordinasi.\n\n{line}\n\n"
           "Kasat Tahti Polres Barito Utara hadir.")
    cleaned = clean(raw, patterns)
    assert line not in cleaned.text
    assert "continued" in [r.reason for r in cleaned.removed]


@pytest.mark.parametrize("line", [
    "Copyright © 2026 Solopos.com. All rights reserved.",
    "Dicetak dari situs resmi Bapas Kelas II Baubau © 2026. Seluruh hak cipta dilindungi.",
    "URL artikel: https://bapasbaubau.example.id/berita/2026/01/13/mou-pidana-kerja-sosial",
], ids=["copyright", "printed-page-footer", "printed-page-address"])
def test_a_site_footer_copied_with_the_article_goes(patterns, line: str) -> None:  # type: ignore[no-untyped-def]
    raw = (f"BAUBAU – Bapas Kelas II Baubau menandatangani MoU.\n\nKepala Bapas hadir.\n\n{line}\n")
    cleaned = clean(raw, patterns)
    assert line not in cleaned.text
    assert cleaned.text.rstrip().endswith("Kepala Bapas hadir.")


def test_a_pages_agenda_and_comments_are_no_article(patterns) -> None:  # type: ignore[no-untyped-def]
    text = ("Lapas Kelas IIB Sampit menggelar skrining TBC, Rabu (23/7/2025).\n\n"
            "Skrining diikuti 120 warga binaan.\n\n"
            "AGENDA\nSenin, 28 Juli 2025 — Penyuluhan hukum bagi tahanan\n"
            "Kamis, 31 Juli 2025 — Apel siaga kebakaran\n\n"
            "2 Komentar\n\nDadan Hermawan\n13 Maret 2026 pukul 12:41\n"
            "Program bagus, semoga berlanjut terus.\n")
    cleaned = clean(text, patterns)
    assert "Juli 2025 —" not in cleaned.text and "pukul" not in cleaned.text
    assert "Skrining diikuti 120 warga binaan." in cleaned.text


def test_dates_alone_under_related_stories_and_comment_stamps_are_no_article(patterns) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    text = ("Lapas Kelas IIA Pekalongan dan BLK meneken PKS, Senin (9/3/2026).\n\n"
            "Pelatihan menjahit dimulai pekan depan.\n\nBerita Terkait\n\n"
            "Lapas Pekalongan Gelar Tes Urine Mendadak bagi Petugas\n05/03/2026\n\n"
            "Rini_Ciledug — 19/08/2026 08:14\nSemoga berhasil.\n")
    cleaned = clean(text, patterns)
    assert "05/03/2026" not in cleaned.text and "08:14" not in cleaned.text
    assert "Pelatihan menjahit dimulai pekan depan." in cleaned.text


@pytest.mark.parametrize("box", [
    "Komentar (2)\nRosmala · 22 Jul 2026\nSemoga berkah ilmunya.\n",
    "Postingan Terkait\nWali Kota Tinjau Banjir di Sako (22 Juli 2026)\n",
    "Like this:\nLike Loading...\n\nRelated\n22 Juli 2026\nIn \"Kabupaten\"\n",
    "Tinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan 22 Juli 2026.\n",
    "POPULER\n1. Gubernur Lantik Pejabat Eselon II (22 Juli 2026)\n",
    "BERITA UPT LAINNYA\n» Rutan Purworejo Gelar Donor Darah (22 Juli 2026)\n",
    "AGENDA KANWIL\n22/07/2026  Rapat Evaluasi Kinerja UPT\n",
], ids=["counted-comments", "related-posts", "wordpress-related", "leave-a-reply", "popular",
        "other-news-of-a-kind", "agenda-of-an-office"])
def test_more_boxes_of_other_stories_and_comments_are_no_article(patterns, box: str) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    text = ("LPP Kelas IIA Palembang menutup pelatihan tata rias, Selasa (21/7/2026).\n\n"
            f"Pelatihan diikuti 20 warga binaan.\n\n{box}")
    cleaned = clean(text, patterns)
    assert "22 Jul" not in cleaned.text and "22/07" not in cleaned.text
    assert "Pelatihan diikuti 20 warga binaan." in cleaned.text


def test_a_box_of_stories_set_apart_by_blank_lines_is_removed_but_not_the_last_paragraph(patterns) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    text = ("Lapas Kelas IIB Tuban dan Disnaker meneken PKS, Rabu (15/10/2025).\n\n"
            "Pelatihan las dimulai pekan depan.\n\nARTIKEL TERKAIT\n\n"
            "Warga Binaan Lapas Tuban Ikuti Tes Urine Mendadak\n12 Oktober 2025\n\n"
            "Kalapas Tuban Terima Kunjungan Komisi A\n9 Oktober 2025\n\nPOSTINGAN TERBARU\n"
            "• Ibadah Bersama Awal Tahun (26/01/2026)\n\nVIDEO\nPengajian Akbar (12/10/2025)\n")
    cleaned = clean(text, patterns)
    assert "Oktober 2025" not in cleaned.text and "/2026" not in cleaned.text
    assert "12/10/2025" not in cleaned.text
    closing = "Penyerahan ditandai dengan pengguntingan pita di dapur lapas. (fin)"
    text = ("Lapas Kelas IIB Tuban menerima sumur bor, Rabu (15/10/2025).\n\nBaca Juga:\n"
            f"Pemkab Tuban Salurkan Bantuan Alsintan\n\n{closing}\n")
    assert closing.split(" (")[0] in clean(text, patterns).text


@pytest.mark.parametrize("nav", [
    "« Sebelumnya: Bupati Polman Lepas Peserta Gerak Jalan (17 Agustus 2026)",
    "← Berita Sebelumnya\nRutan Pakjo Gelar Donor Darah, Jumat (17/8/2026)",
    "Artikel Selanjutnya » Ketua DPRD Minta Perbaikan Jalan (17 Agustus 2026)",
], ids=["previous-with-colon", "previous-arrow", "next-arrow"])
def test_links_to_the_previous_and_next_post_are_no_article(patterns, nav: str) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    text = ("Kalapas Polewali mengunjungi Universitas Sulawesi Barat, Kamis (20/8/2026).\n\n"
            "Sebelumnya, lapas telah menjajaki kerja sama dengan kampus itu.\n\n"
            f"{nav}\n")
    cleaned = clean(text, patterns)
    assert "17" not in cleaned.text
    assert "Sebelumnya, lapas telah menjajaki" in cleaned.text


@pytest.mark.parametrize("heading", [
    "──────── ARTIKEL SELANJUTNYA ────────", "▼ Berita Berikutnya", "Artikel Selanjutnya"])
def test_the_next_story_a_page_loads_under_the_article_is_no_article(patterns, heading: str  # type: ignore[no-untyped-def]  # noqa: E501
                                                                     ) -> None:
    article = ("SURABAYA – Rupbasan Kelas I Surabaya menandatangani nota kesepahaman dengan "
               "Kejari Surabaya, Rabu (17/6/2026).\n\nUsai penandatanganan, Kejari Surabaya "
               "menyerahkan 14 unit kendaraan sitaan.\n\n")
    text = (f"{article}{heading}\n\nLapas Pamekasan Gelar Pelatihan Membatik\n"
            "Kamis, 18 Juni 2026 | 07:40 WIB\n\nPAMEKASAN – Lapas Kelas IIA Pamekasan bersama "
            "Disperindag Kabupaten Pamekasan menggelar pelatihan membatik, Selasa (16/6/2026). "
            "Kepala Lapas Pamekasan, Moh. Ridwan Arifin, mengatakan…\n\n© 2026 Jatim Terkini\n")
    assert clean(text, patterns).text == article.split(" – ", 1)[1].rstrip()


def test_a_next_story_heading_above_the_article_leaves_it_whole(patterns) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    body = ("Lapas Kelas IIA Pamekasan bersama Disperindag Kabupaten Pamekasan menggelar "
            "pelatihan membatik bagi 30 warga binaan, Selasa (16/6/2026).")
    cleaned = clean(f"Artikel Selanjutnya\n\n{body}\n\nKalapas membuka pelatihan itu.\n",
                    patterns)
    assert "Kalapas membuka pelatihan itu." in cleaned.text and body in cleaned.text


def test_a_sentence_opened_by_a_box_word_stays(patterns) -> None:  # type: ignore[no-untyped-def]
    line = "Agenda kegiatan dilanjutkan dengan pemeriksaan dahak warga binaan."
    cleaned = clean(f"Lapas Kelas IIB Sampit menggelar skrining TBC, Rabu (23/7/2025).\n\n{line}\n",
                    patterns)
    assert line in cleaned.text


def test_a_photos_caption_is_no_lead() -> None:
    text = ("Dosen PNM memberikan materi servis motor kepada warga binaan Lapas Madiun. Foto: "
            "Humas Lapas Madiun\n\nMADIUN – Lapas Kelas I Madiun dan Politeknik Negeri Madiun "
            "menandatangani perjanjian kerja sama, Selasa (24/2/2026).\n\nPelatihan digelar dua "
            "kali sepekan.\n")
    article = extractor.extract(text)
    assert [r.reason for r in article.removed if "Foto" in r.text] == ["caption"]
    assert "penandatanganan" in [e.type for e in article.engagements]


def test_a_sites_notice_about_cookies_is_no_lead() -> None:
    text = ("Situs ini menggunakan cookie agar Anda mendapat pengalaman terbaik. Pelajari lebih "
            "lanjut [Mengerti]\n\nSAMPANG – Kepala Rutan Kelas IIB Sampang, Dedi Santoso, "
            "beraudiensi dengan Bupati Sampang, Rabu (14/1/2026).\n\nDedi memaparkan kondisi "
            "hunian rutan.\n\nBerlangganan newsletter kami: [ Email Anda ] [ Daftar ]\n")
    article = extractor.extract(text)
    assert [r.reason for r in article.removed if "cookie" in r.text or "newsletter" in r.text] \
        == ["footer", "footer"]
    assert [e.type for e in article.engagements] == ["audiensi"]


def test_a_sentence_about_copyright_registration_stays(patterns) -> None:  # type: ignore[no-untyped-def]
    sentence = "Lapas mendaftarkan hak cipta motif batik karya warga binaan ke DJKI."
    cleaned = clean(f"Lapas Kelas IIA Pekalongan menggelar pameran.\n\n{sentence}\n", patterns)
    assert sentence in cleaned.text


def test_a_sign_off_in_brackets_is_a_credit_and_tells_who_wrote_it() -> None:
    text = ("Banjarmasin – Kepala Kejaksaan Negeri (Kajari) Banjarmasin, Rahmat Siregar, "
            "melakukan kunjungan kerja ke Lapas Kelas IIA Banjarmasin, Selasa (2/12/2025).\n\n"
            "(Humas Lapas Banjarmasin/Ed: RN)\n")
    article = extractor.extract(text)
    assert [(r.reason, r.text.strip()) for r in article.removed if r.reason == "credit"] == [
        ("credit", "(Humas Lapas Banjarmasin/Ed: RN)")]
    assert [f.kind for f in article.facilities] == ["lapas"]


def test_a_press_office_alone_on_the_last_line_is_a_credit_and_tells_who_wrote_it() -> None:
    text = ("SLEMAN – Badan Narkotika Nasional Provinsi (BNNP) DIY menggelar tes urine bagi "
            "warga binaan Lapas Narkotika Kelas IIA Yogyakarta, Jumat (22/5/2026).\n\n"
            "Kalapas Narkotika Yogyakarta, Arif Budiman, menyambut baik kegiatan itu.\n\n"
            "Humas Lapas Narkotika Yogyakarta\n")
    article = extractor.extract(text)
    assert [r.text.strip() for r in article.removed if r.reason == "credit"] == [
        "Humas Lapas Narkotika Yogyakarta"]
    assert [f.kind for f in article.facilities] == ["lapas"]


def test_a_sentence_opened_by_a_press_office_stays(patterns) -> None:  # type: ignore[no-untyped-def]
    line = "Humas Lapas Sleman Mengunggah Video Kegiatan di Instagram."
    cleaned = clean("Lapas Kelas IIB Sleman menggelar pelatihan jurnalistik, Senin "
                    f"(4/5/2026).\n\n{line}\n", patterns)
    assert line in cleaned.text


@pytest.mark.parametrize("details", [
    "Rabu, 04 Mar 2026 14:32",
    "Oleh Admin | 22 Mei 2026 | 187 views",
    "Jumat, 12/06/2026  -  10:03",
    "Posted on 26 September 2025 by redaksi",
    "Diterbitkan: 28 Januari 2026",
    "Diposting pada 4 Maret 2026 oleh humas_lpka — Kategori: Berita, Kerja Sama",
], ids=["date-and-clock", "posted-by-and-views", "date-in-numbers", "posted-on", "published",
        "posted-on-by-in-indonesian"])
def test_post_details_below_the_head_of_a_scraped_page_go(details: str) -> None:
    text = ("RIAUKINI\n≡  Pekanbaru  Riau  Nasional  Gaya Hidup\nPekanbaru › Hukum\n\n"
            "LPKA Pekanbaru Latih 20 Anak Binaan Jadi Barista\n\n"
            f"{details}\n\n"
            "PEKANBARU – Sebanyak 20 anak binaan Lembaga Pembinaan Khusus Anak (LPKA) Kelas II "
            "Pekanbaru mengikuti pelatihan barista yang digelar bersama Balai Latihan Kerja "
            "Provinsi Riau, Selasa (3/3/2026).\n")
    cleaned = clean(text, load_patterns())
    assert details not in cleaned.text
    assert any(r.reason == "post-meta" and details in r.text for r in cleaned.removed)
    assert [d.value for d in extractor.extract(text).dates if d.role != "publication"] == [
        "2026-03-03"]


def test_the_stories_under_a_related_stories_heading_go_with_their_dates() -> None:
    text = ("LHOKSEUMAWE – Lapas Kelas IIA Lhokseumawe menandatangani nota kesepahaman dengan "
            "Universitas Malikussaleh, Kamis (21/8/2025).\n\n"
            "BERITA TERKAIT\n"
            "Rutan Lhoksukon Gelar Khitanan Massal Anak Warga Binaan\n"
            "20 Agustus 2025\n"
            "- Polres Lhokseumawe Amankan 3 Kg Sabu di Muara Batu (19 Agustus 2025)\n\n"
            "Tulis Komentar\n")
    cleaned = clean(text, load_patterns())
    assert "Agustus 2025" not in cleaned.text and "Sabu" not in cleaned.text
    assert [d.value for d in extractor.extract(text).dates] == ["2025-08-21"]


def test_a_long_story_set_apart_under_read_also_goes_with_its_bracketed_date() -> None:
    text = ("Lapas Kelas IIB Pati menggelar skrining TBC bersama Dinkes Pati, Selasa "
            "(22/7/2025).\n\nKepala Lapas mengatakan skrining digelar setiap tahun.\n\n"
            "Baca Juga\n\n"
            "Pemkab Pati Salurkan Bansos Beras kepada 42 Ribu KPM (21 Juli 2025)\n\n"
            "Ketua DPRD Pati Ahmad Faizin Hakim Sambangi Korban Angin Puting Beliung di Tayu "
            "(20 Juli 2025)\n")
    cleaned = clean(text, load_patterns())
    assert "Faizin" not in cleaned.text and "setiap tahun." in cleaned.text
    assert extractor.extract(text).officials == []


def test_a_related_story_s_caption_leaves_its_headline_and_date_in_the_box() -> None:
    text = ("Lapas Kelas IIA Sumbawa Besar menggelar pelatihan tenun bersama Disperindag, "
            "Senin (9/3/2026).\n\nBERITA TERKAIT\n\nRutan Dompu Gelar Bakti Sosial Jelang "
            "Ramadan\n14 Februari 2026\n\nWakil Bupati Sumbawa, Ahmad Fauzan Hamid, saat "
            "meninjau pasar murah di Alun-alun Kota Sumbawa Besar. (Foto: Dok. Prokopim)\n"
            "Pemkab Sumbawa Gelar "
            "Pasar Murah di Lima Kecamatan\n2 Maret 2026\n")
    assert "Maret 2026" not in clean(text, load_patterns()).text
    assert [d.value for d in extractor.extract(text).dates] == ["2026-03-09"]


def test_a_commenter_s_name_and_stamp_with_no_separator_are_no_article() -> None:
    text = ("Lapas Kelas IIB Merauke memanen padi bersama Dinas Pertanian, Rabu, 27 Agustus "
            "2025.\n\n2 Tanggapan\nYakobus K.   28 Agustus 2025 pukul 14:22\nMantap, semoga "
            "hasilnya bisa bantu kampung sekitar.\n")
    assert "28 Agustus" not in clean(text, load_patterns()).text
    assert [d.value for d in extractor.extract(text).dates] == ["2025-08-27"]


def test_a_listed_story_s_lead_under_its_headline_and_stamp_goes_with_them() -> None:
    text = ("Rutan Kelas IIA Palangka Raya menggelar tes urine bersama BNNP Kalteng, Rabu "
            "(22/7/2026).\n\nBERITA LAINNYA\n\nPemprov Kalteng Salurkan Bantuan Sembako\n"
            "Jumat, 24 Juli 2026 | 06:45 WIB\nKASONGAN – Pemerintah Provinsi Kalimantan Tengah "
            "menyalurkan 2.000 paket sembako kepada warga terdampak banjir di Kabupaten "
            "Katingan, Kamis (23/7/2026). Bantuan diserahkan Sekretaris Daerah Provinsi "
            "Kalteng, Ir. Darius Tinggang, di posko kecamatan bersama para camat dan relawan.\n")
    assert "Darius" not in clean(text, load_patterns()).text
    assert extractor.extract(text).officials == []


def test_a_read_also_heading_with_its_story_on_the_same_line_takes_no_more() -> None:
    text = ("Lapas Kelas IIA Pontianak menandatangani MoU dengan Polnep, Selasa (9/12/2025).\n"
            "Baca Juga: Kadis PUPR Kalbar Tinjau Jalan Rusak di Sanggau\n"
            "Kepala Lapas mengatakan bengkel kerja lapas selama ini kekurangan instruktur.\n")
    cleaned = clean(text, load_patterns())
    assert "kekurangan instruktur" in cleaned.text


@pytest.mark.parametrize("heading", ["TERPOPULER", "POPULER MINGGU INI", "Jangan lewatkan:"])
def test_lists_of_popular_stories_go_with_their_dates(heading: str) -> None:
    text = ("Lapas Kelas IIA Ambon menyerahkan sertifikat pelatihan listrik kepada 20 warga "
            "binaan bersama PLN UP3 Ambon, Jumat (1/8/2025).\n\n"
            f"{heading}\n"
            "1. Harga Cengkih di Saparua Tembus Rp140 Ribu per Kilogram\n"
            "2. Rutan Masohi Gelar Lomba Kebersihan Kamar Hunian, Rabu (30/7/2025)\n")
    assert [d.value for d in extractor.extract(text).dates] == ["2025-08-01"]


def test_a_long_line_of_headlines_does_not_open_the_body_before_the_pages_date() -> None:
    text = ("CIREBON TERKINI\n"
            "BREAKING: Arus Balik Lebaran di Tol Palimanan Mulai Padat · Wali Kota Cirebon "
            "Tinjau Pasar Kanoman · Hujan Deras, Sungai Sukalila Meluap di Kawasan Kota Lama\n\n"
            "Rabu, 25 Maret 2026\n\n"
            "Beranda > Ekonomi > Kota Cirebon\n\n"
            "CIREBON – Lapas Kelas I Cirebon meluncurkan program budidaya lele bersama Dinas "
            "Ketahanan Pangan, Pertanian dan Perikanan Kota Cirebon, Selasa (24/3/2026).\n")
    cleaned = clean(text, load_patterns())
    assert "Rabu, 25 Maret 2026" not in cleaned.text
    assert [d.value for d in extractor.extract(text).dates if d.role == "event"] == [
        "2026-03-24"]


@pytest.mark.parametrize("stamp", [
    "Dicetak pada: 13/11/2026 10:41",
    "Dicetak dari Wonosobo Today pada 21/05/2026 07:41",
])
def test_a_print_views_stamp_goes_wherever_it_stands(stamp: str) -> None:
    text = (f"{stamp}\n\nWONOSOBO – Rutan Kelas IIB Wonosobo menggelar pelatihan membaca Al-Qur'an "
            "bersama Kantor Kementerian Agama Kabupaten Wonosobo, Selasa (19/5/2026).\n\n"
            f"Kegiatan diikuti 40 warga binaan.\n\n{stamp}\n")
    cleaned = clean(text, load_patterns())
    assert stamp not in cleaned.text
    assert [d.value for d in extractor.extract(text).dates if d.role != "publication"] == [
        "2026-05-19"]


def test_the_stories_under_a_read_also_heading_naming_the_site_go() -> None:
    text = ("BITUNG – Lapas Kelas IIB Bitung menutup pelatihan olahan ikan bersama DKP Kota "
            "Bitung, Kamis (12/11/2026).\n\n"
            "Baca juga di Nyiur News:\n"
            "- Wali Kota Bitung Lepas Ekspor Perdana Tuna Beku ke Jepang (11/11/2026)\n"
            "- KSOP Bitung Perketat Pengawasan Kapal Penumpang Jelang Natal (09/11/2026)\n")
    cleaned = clean(text, load_patterns())
    assert "Tuna Beku" not in cleaned.text and "KSOP" not in cleaned.text


def test_a_blogger_pages_english_boxes_go_with_their_lines() -> None:
    text = ("PEMATANGSIANTAR – Lapas Kelas IIA Pematangsiantar menutup pelatihan barista bersama "
            "Dinas Tenaga Kerja Kota Pematangsiantar, Jumat (13/2/2026).\n\n"
            "2 comments:\n\nAnonymous said...\nMantap, kopinya nanti dijual ya?\n"
            "February 14, 2026 at 7:12 PM\n\nPost a Comment\n\nPOPULAR POSTS\n"
            "- Kapolres Siantar AKBP Doni Manurung Musnahkan Barang Bukti Sabu (10 Februari 2026)\n"
            "- Wali Kota Pematangsiantar Resmikan Jembatan Sipispis (11 Februari 2026)\n")
    article = extractor.extract(text)
    assert [d.value for d in article.dates if d.role != "publication"] == ["2026-02-13"]
    assert article.officials == []
