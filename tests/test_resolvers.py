"""Resolver table tests on the real pipeline: facilities, officials, partners, activities."""

from __future__ import annotations

import pytest

from .conftest import run


@pytest.mark.parametrize("text, name, cls", [
    ("Lembaga Pemasyarakatan (Lapas) Kelas IIB Maros menggelar rapat.", "Lapas Kelas IIB Maros", "IIB"),
    ("Rutan Kelas 2B Sinjai menggelar rapat.", "Rutan Kelas IIB Sinjai", "IIB"),
    ("Lapas kelas 2a Watampone menggelar rapat.", "Lapas Kelas IIA Watampone", "IIA"),
    ("Lapas Kelas II A Ambon menggelar rapat.", "Lapas Kelas IIA Ambon", "IIA"),
    ("Bapas Klas I Makassar menggelar rapat.", "Bapas Kelas I Makassar", "I"),
    ("LPKA Kelas 1 Tangerang menggelar rapat.", "LPKA Kelas I Tangerang", "I"),
    ("Lapas Narkotika Kelas IIA Sungguminasa menggelar rapat.",
     "Lapas Narkotika Kelas IIA Sungguminasa", "IIA"),
    ("Lembaga Pemasyarakatan Perempuan Kelas III Palu menggelar rapat.", "LPP Kelas III Palu", "III"),
    ("Cabang Rutan Sinabang menggelar rapat.", "Cabang Rutan Sinabang", None),
    ("Rutan Kelas I Jakarta Pusat menggelar rapat.", "Rutan Kelas I Jakarta Pusat", "I"),
], ids=["full-paren", "arabic-2b", "lower-2a", "spaced-ii-a", "klas-i", "kelas-1", "narkotika",
        "perempuan", "cabang", "two-word-place"])
def test_facility_names(text: str, name: str, cls: str | None) -> None:
    [facility] = run(text).facilities
    assert (facility.name, facility.class_) == (name, cls)


@pytest.mark.parametrize("text", [
    "Rombongan berkunjung ke Lembaga Pemasyarakatan (Lapas) Kelas IIA Yogyakarta atau yang lebih "
    "dikenal sebagai Lapas Wirogunan, Kamis (19/9). Kepala Lapas Wirogunan, Agung Santoso, "
    "menyambut.",
    "Rombongan berkunjung ke Lapas Kelas IIA Yogyakarta (Lapas Wirogunan), Kamis (19/9). Kepala "
    "Lapas Wirogunan, Agung Santoso, menyambut.",
    "Rombongan berkunjung ke Lapas Kelas IIA Yogyakarta atau yang akrab disebut Lapas "
    "Wirogunan, Kamis (19/9). Kepala Lapas Wirogunan, Agung Santoso, menyambut.",
    "Rombongan berkunjung ke Lapas Kelas IIA Yogyakarta atau yang lebih populer dengan sebutan "
    "Lapas Wirogunan, Kamis (19/9). Kepala Lapas Wirogunan, Agung Santoso, menyambut.",
    "Rombongan berkunjung ke Lapas Kelas IIA Yogyakarta, Kamis (19/9). Lapas yang berdiri sejak "
    "masa kolonial itu hingga kini lebih dikenal warga Yogyakarta dengan nama Lapas Wirogunan. "
    "Kepala Lapas Wirogunan, Agung Santoso, menyambut.",
], ids=["dikenal-sebagai", "bracketed", "akrab-disebut", "populer-dengan-sebutan",
        "naming-words-far-from-the-kind-word"])
def test_another_name_the_article_gives_a_facility_is_the_same_facility(text: str) -> None:
    article = run(text)
    assert [f.name for f in article.facilities] == ["Lapas Kelas IIA Yogyakarta"]
    assert [o.position for o in article.officials] == ["Kepala Lapas Kelas IIA Yogyakarta"]


def test_a_bracket_naming_another_prison_is_no_other_name() -> None:
    article = run("Kunjungan ke Lapas Kelas IIA Ambon (Lapas Saparua turut hadir) berlangsung.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas IIA Ambon", "Lapas Saparua"]


def test_short_forms_collapse_into_one_facility() -> None:
    article = run("Lembaga Pemasyarakatan (Lapas) Kelas IIB Maros menggelar rapat. "
                  "Kalapas Maros, Ali Imran, hadir. Pihak Lapas Maros senang.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas IIB Maros"]
    assert len(article.facilities[0].spans) >= 2


@pytest.mark.parametrize("text, name, position, titles, acting", [
    ("Plt. Kalapas Watampone, Ashari, menegaskan hal itu.", "Ashari",
     "Plt. Kepala Lapas Watampone", [], "Plt."),
    ("Bupati Maros, H.A.S. Chaidir Syam, menerima rombongan.", "A.S. Chaidir Syam",
     "Bupati Maros", ["H."], None),
    ("Kepala Rutan Kelas IIB Sinjai, Drs. Andi Baso, S.Sos., M.H., membuka acara.",
     "Andi Baso", "Kepala Rutan Kelas IIB Sinjai", ["Drs.", "S.Sos.", "M.H."], None),
    ("Kapolres Gowa AKBP Budi Santoso mengatakan hal itu.", "Budi Santoso",
     "Kepala Kepolisian Resor Gowa", ["AKBP"], None),
    ("Hal itu disampaikan Hj. Nurhayati selaku Kepala Dinas Sosial Kota Palu.", "Nurhayati",
     "Kepala Dinas Sosial Kota Palu", ["Hj."], None),
    ("Hadir Wakapolresta Surakarta AKBP Rudy Setiawan, S.I.K., yang mewakili Kapolresta.",
     "Rudy Setiawan", "Wakil Kepala Kepolisian Resor Kota Surakarta", ["AKBP", "S.I.K."], None),
    ("Sementara Wakasat Reskrim Polrestabes Surabaya, AKP Dimas Prasetyo, menyebut hal itu.",
     "Dimas Prasetyo", "Wakil Kepala Satuan Reserse Kriminal Kepolisian Resor Kota Besar "
     "Surabaya", ["AKP"], None),
    ("BNNP DIY hadir bersama Kepala Bidang Rehabilitasi dr. Anindita Sekar Arum, M.Kes. Tim "
     "diterima di lapas.", "Anindita Sekar Arum", "Kepala Bidang Rehabilitasi Badan Narkotika "
     "Nasional Provinsi Daerah Istimewa Yogyakarta", ["dr.", "M.Kes."], None),
], ids=["acting-apposition", "combined-honorific", "degrees", "rank-no-comma", "selaku",
        "deputy-head-of-a-city-police", "deputy-head-of-a-police-unit",
        "section-head-then-a-title-in-lower-case"])
def test_officials(text: str, name: str, position: str, titles: list[str], acting: str | None
                   ) -> None:
    [official] = run(text).officials
    assert (official.name, official.position, official.titles, official.acting) == \
        (name, position, titles, acting)


def test_unnamed_positions_and_units_are_not_officials() -> None:
    article = run("Kepala BLK Kabupaten Bone menyambut rombongan. “Kami siap,” kata Humas Lapas "
                  "Maros. Kasi Kegiatan Kerja (Giatja) turut hadir.")
    assert article.officials == []
    assert all("Giatja" not in p.name for p in article.partners)


def test_short_reference_links_to_full_name() -> None:
    article = run("Bupati Maros, H.A.S. Chaidir Syam, menerima rombongan. “Kami siap,” ungkap "
                  "Chaidir.")
    [official] = article.officials
    assert len(official.spans) == 2


@pytest.mark.parametrize("text, name, position", [
    ("LPP Kelas IIA Tangerang menggelar pelatihan. Ketua IKWI Kota Tangerang, Hj. Siti Maryam "
     "Nasution, S.E., mengatakan anggotanya siap.", "Siti Maryam Nasution",
     "Ketua IKWI Kota Tangerang"),
    ("LPP Kelas IIA Denpasar menggelar pelatihan. Ketua FKPM Kota Denpasar, I Gusti Ngurah Oka "
     "Sudarsana, mengapresiasi peserta.", "I Gusti Ngurah Oka Sudarsana",
     "Ketua FKPM Kota Denpasar"),
    ("Lapas Kelas IIA Pamekasan menggelar wisuda. Kepala Seksi Bimbingan Narapidana/Anak Didik "
     "(Kasi Binadik), Slamet Riyadi, menjelaskan seleksi.", "Slamet Riyadi",
     "Kepala Seksi Bimbingan Narapidana/Anak Didik Lapas Kelas IIA Pamekasan"),
    ("Rutan Kelas IIB Painan menggelar rapat. Dandim 0311/Pesisir Selatan, Letkol Inf Hendra "
     "Saputra, menyatakan siap.", "Hendra Saputra", "Komandan Kodim 0311/Pesisir Selatan"),
    ("Rutan Kelas IIB Balige beraudiensi. Hotman didampingi Kepala Kesatuan Pengamanan Rutan "
     "(KPR) Balige, Jhon Fredy Manurung.", "Jhon Fredy Manurung",
     "Kepala Kesatuan Pengamanan Rutan Kelas IIB Balige"),
], ids=["short-form-and-region", "short-form", "section-with-its-short-form",
        "prison-unit-with-its-short-form-and-place",
        "numbered-unit-of-a-two-word-regency"])
def test_a_position_of_an_organisation_no_pattern_knows(text: str, name: str, position: str
                                                        ) -> None:
    assert [(o.name, o.position) for o in run(text).officials] == [(name, position)]


def test_a_unit_the_facility_names_as_its_own_is_no_partner() -> None:
    article = run("Sebanyak 35 warga binaan yang menuntaskan tahfiz di Pesantren At-Taubah Lapas "
                  "Bengkalis diwisuda, Ahad (24/5/2026). Kemenag Bengkalis menyerahkan mushaf. "
                  "Pesantren At-Taubah kini memiliki 140 santri.")
    assert [p.name for p in article.partners] == ["Kantor Kementerian Agama Kabupaten Bengkalis"]


def test_the_prisons_own_technical_units_are_no_partner() -> None:
    article = run("Lapas Kelas IIA Bandung menggelar apel. Kakanwil meminta seluruh UPT "
                  "Pemasyarakatan di Jawa Barat siaga.")
    assert article.partners == []


def test_a_section_without_organisation_names_no_official() -> None:
    article = run("Acara dibuka pukul 09.00. Ketua Panitia Pelaksana, Budi Santoso, melapor.")
    assert article.officials == []


@pytest.mark.parametrize("text, name, position", [
    ("Komisi I DPRD Kabupaten Kolaka berkunjung ke Rutan Kelas IIB Kolaka. Rombongan diterima "
     "Karutan. Anggota Komisi I, Hasmawati Tamburaka, S.E., menilai persoalan kapasitas.",
     "Hasmawati Tamburaka",
     "Anggota Komisi I Dewan Perwakilan Rakyat Daerah Kabupaten Kolaka"),
    ("Lapas Kelas IIA Palopo menandatangani MoU dengan Universitas Andi Djemma. Dokumen diteken "
     "Kalapas bersama Rektor, Prof. Dr. Hj. Nurhaedah Makkasau, M.Si.", "Nurhaedah Makkasau",
     "Rektor Universitas Andi Djemma"),
    ("Universitas Jambi menggelar pengabdian di Lapas Kelas IIA Jambi. Ketua tim pengabdian, "
     "Dr. Rosmaini Harahap, M.Pd., memaparkan materi literasi keuangan.", "Rosmaini Harahap",
     "Ketua Tim Pengabdian Universitas Jambi"),
], ids=["commission-member-of-the-articles-council", "rector-of-the-articles-university",
        "community-service-team-of-the-articles-university"])
def test_a_position_without_organisation_belongs_to_the_one_of_its_kind(
        text: str, name: str, position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


@pytest.mark.parametrize("text, name, position", [
    ("Cabang Rutan Sinabang menggelar pesantren kilat bersama Dayah Darul Ihsan Simeulue. "
     "Pimpinan Dayah Darul Ihsan, Tgk. Muhammad Nasir, mengerahkan lima santri.",
     "Muhammad Nasir", "Pimpinan Dayah Darul Ihsan Simeulue"),
    ("Lapas Kelas IIA Medan menerima bantuan dari Bank Syariah Indonesia. Fadli Harahap, Branch "
     "Manager BSI Medan, menyerahkan bantuan.", "Fadli Harahap",
     "Branch Manager Bank Syariah Indonesia Medan"),
    ("Lapas Kelas IIB Karangasem menjalin kemitraan dengan CV Tenun Sari Amlapura. Pemilik CV "
     "Tenun Sari Amlapura, Ni Komang Sriani, melatih sepuluh warga binaan.", "Ni Komang Sriani",
     "Pemilik CV Tenun Sari Amlapura"),
    ("Rutan Kelas IIB Bangli menggelar bakti sosial. Perbekel Desa Kintamani, I Nyoman Suarta, "
     "hadir bersama warga.", "I Nyoman Suarta", "Perbekel Desa Kintamani"),
    ("Cabang Rutan Sigli menerima kunjungan aparatur gampong. Keuchik Gampong Blang, Teuku "
     "Mahdi, menyerahkan bantuan sembako.", "Teuku Mahdi", "Keuchik Gampong Blang"),
], ids=["head-of-an-acehnese-pesantren", "english-title-of-a-bank-branch",
        "owner-of-a-company", "balinese-village-head", "acehnese-village-head"])
def test_regional_and_english_positions(text: str, name: str, position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


def test_a_name_without_its_middle_names_is_the_same_official() -> None:
    article = run("Rapat dihadiri Kepala Kejaksaan Negeri Palangka Raya, Hendrik Parsaoran Sirait. "
                  "Kajari Palangka Raya, Hendrik Sirait, menyampaikan dukungan.")
    assert [o.name for o in article.officials] == ["Hendrik Parsaoran Sirait"]


@pytest.mark.parametrize("text, name, titles", [
    ("Dokumen diteken pimpinan pondok pesantren, TGH. Syamsuddin Ahmad, di aula.",
     "Syamsuddin Ahmad", ["TGH."]),
    ("Bupati Halmahera Selatan, Hi. Ridwan Saleh, menerima kalapas.", "Ridwan Saleh", ["Hi."]),
    ("Kepala RSUD Bondowoso, dr. Wahyu Santoso, Sp.PK., MARS, memimpin skrining.",
     "Wahyu Santoso", ["dr.", "Sp.PK.", "MARS"]),
    ("Materi dibawakan Ketua PHDI Jembrana, I Made Sudarsana, S.Ag., M.Fil.H.",
     "I Made Sudarsana", ["S.Ag.", "M.Fil.H."]),
], ids=["tuan-guru-haji", "haji-north-maluku", "medical-specialist", "hindu-degree"])
def test_regional_honorifics_are_titles(text: str, name: str, titles: list[str]) -> None:
    [official] = run(text).officials
    assert (official.name, official.titles) == (name, titles)


@pytest.mark.parametrize("text, name, titles", [
    ("Kepala Dinas Sosial Kabupaten Lampung Utara, Drs Ahmad Yani M Si, menerima kalapas.",
     "Ahmad Yani", ["Drs", "M Si"]),
    ("Rektor Universitas Bengkulu Prof Dr Ir Hasan Basri M Sc menerima kalapas.",
     "Hasan Basri", ["Prof", "Dr", "Ir", "M Sc"]),
    ("Kepala Biro Kerja Sama Universitas Bengkulu, Andi M Syarif, menerima kalapas.",
     "Andi M Syarif", []),
    ("Kepala LPKA Kelas II Bandung Dadang Suherman Bc IP SH MH menerima rombongan.",
     "Dadang Suherman", ["Bc IP", "SH", "MH"]),
    ("Bupati Bolmut Dr Hi Ariyanto Paputungan SE MSi menerima kalapas.",
     "Ariyanto Paputungan", ["Dr", "Hi", "SE", "MSi"]),
    ("Direktur Politeknik Negeri Sambas Dr Ir Muhammad Syarif MT membuka pelatihan.",
     "Muhammad Syarif", ["Dr", "Ir", "MT"]),
    ("Kalapas Lahat H Abdul Hafiz AMd IP menerima rombongan.", "Abdul Hafiz", ["H", "AMd IP"]),
    ("Wakil Rektor IIB Darmajaya, Dr. Rudi Hartono, S.Kom., M.T.I., hadir.", "Rudi Hartono",
     ["Dr.", "S.Kom.", "M.T.I."]),
], ids=["spaced-degree", "honorifics-without-full-stops", "initial-before-a-name-is-kept",
        "spaced-two-letter-degree", "haji-and-joined-degree", "closing-stop-left-out",
        "haji-and-diploma", "information-technology-master"])
def test_titles_written_without_full_stops(text: str, name: str, titles: list[str]) -> None:
    [official] = run(text).officials
    assert (official.name, official.titles) == (name, titles)


def test_one_title_written_with_and_without_full_stops_is_kept_once() -> None:
    article = run("Bupati Sumbawa, Drs. H. Abdul Hafiz Rahman, M.Si., menerima kalapas. Menurut "
                  "Bupati Sumbawa Drs H Abdul Hafiz, kerja sama akan diperluas.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Abdul Hafiz Rahman", ["Drs.", "H.", "M.Si."])]


def test_a_title_from_a_lead_in_capitals_is_kept_as_the_text_writes_it() -> None:
    article = run("SANGGAU – KOMANDAN KODIM 1204/SANGGAU LETKOL INF MARKUS RIYADI BERSAMA "
                  "JAJARAN "
                  "BERKUNJUNG KE LAPAS KELAS IIB SANGGAU, RABU (16/9/2026). Dandim Letkol Inf "
                  "Markus Riyadi mengajak warga binaan memperbaiki diri.")
    assert [o.titles for o in article.officials] == [["Letkol Inf"]]


def test_a_rank_after_a_head_of_police_is_no_region() -> None:
    article = run("Rutan Surakarta menggelar rapat bersama Polresta Surakarta, Kamis (4/9/2025). "
                  "Hadir Wakapolresta Surakarta AKBP Rudy Setiawan yang mewakili Kapolresta "
                  "Kombes Pol. Dwi Hartono Saputro.")
    assert [p.name for p in article.partners] == ["Kepolisian Resor Kota Surakarta"]


def test_a_university_named_after_its_founding_body_is_a_university() -> None:
    article = run("LPKA Kelas II Kendari dan Universitas Muhammadiyah Kendari (UMK) menandatangani "
                  "MoU. Rektor UMK, Asrul Lapaola, menegaskan komitmen.")
    assert [(p.name, p.acronym, p.kind) for p in article.partners] == [
        ("Universitas Muhammadiyah Kendari", "UMK", "universitas")]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Asrul Lapaola", "Rektor Universitas Muhammadiyah Kendari")]


@pytest.mark.parametrize("text, name, acronym, kind", [
    ("Lapas Maros berkunjung ke Balai Latihan Kerja (BLK) Kabupaten Bone.",
     "Balai Latihan Kerja Kabupaten Bone", "BLK Kabupaten Bone", "blk"),
    ("Lapas Maros berkunjung ke Pemkab Maros.", "Pemerintah Kabupaten Maros", "Pemkab Maros",
     "pemda"),
    ("Lapas Maros berkunjung ke Dinas Tenaga Kerja Kota Cilegon.",
     "Dinas Tenaga Kerja Kota Cilegon", None, "dinas"),
    ("Lapas Maros berkunjung ke Universitas Hasanuddin.", "Universitas Hasanuddin", None,
     "universitas"),
    ("Lapas Sleman berkunjung ke Universitas Islam Indonesia (UII).",
     "Universitas Islam Indonesia", "UII", "universitas"),
    ("Lapas Kelas IIA Palu menandatangani MoU dengan BPJS Kesehatan.", "BPJS Kesehatan", None,
     "bumn"),
    ("Lapas Kelas IIA Palu menandatangani MoU dengan Bank Mandiri.", "Bank Mandiri", None, "bank"),
], ids=["paren-acronym", "short-form", "region-prefix", "named", "name-ending-in-indonesia",
        "whole-name-with-nothing-after", "bank-named-by-itself"])
def test_partners(text: str, name: str, acronym: str | None, kind: str) -> None:
    partners = run(text).partners
    assert [(p.name, p.acronym, p.kind) for p in partners] == [(name, acronym, kind)]


@pytest.mark.parametrize("office, partners", [
    ("Dinas Tenaga Kerja", []),  # a kind of office, one per region, none named here
    ("Dinas Tenaga Kerja Kabupaten Morowali", ["Dinas Tenaga Kerja Kabupaten Morowali"]),
])
def test_a_regional_office_named_without_any_region_is_no_partner(
        office: str, partners: list[str]) -> None:
    article = run(f"Lapas Kelas III Bungku menggelar pelatihan las bersama {office}, Senin "
                  "(3/11/2025).")
    assert [p.name for p in article.partners] == partners


def test_a_foundation_named_after_mothers_keeps_its_last_word() -> None:
    article = run("Lapas Kelas IIA Abepura bersama Yayasan Harapan Ibu menggelar sosialisasi HIV, "
                  "Senin (1/12/2025).")
    assert [p.name for p in article.partners] == ["Yayasan Harapan Ibu"]


def test_a_regional_search_and_rescue_office_is_a_partner() -> None:
    article = run("LPKA Kelas II Tanjung Pati menggelar pelatihan SAR, Jumat (25/7/2025). Materi "
                  "diberikan Kantor Pencarian dan Pertolongan (Kansar) Padang.")
    assert [(p.name, p.acronym, p.kind) for p in article.partners] == [
        ("Kantor Pencarian dan Pertolongan Padang", "Kansar Padang", "lembaga")]


def test_parents_are_not_partners() -> None:
    article = run("Lapas Maros berkoordinasi dengan Kantor Wilayah Kementerian Imigrasi dan "
                  "Pemasyarakatan Sulawesi Selatan dan Ditjenpas.")
    assert article.partners == []


@pytest.mark.parametrize("text, expected", [
    ("Kedua pihak menandatangani nota kesepahaman (MoU).", [("mou", "signed")]),
    ("Kedua pihak akan menandatangani MoU pekan depan.", [("mou", "planned")]),
    ("Kedua pihak menjajaki kerja sama pelatihan.", [("kerja_sama", "proposed")]),
    ("Kerja sama yang telah terjalin selama ini akan diperluas.", [("kerja_sama", "ongoing")]),
    ("Hingga kini belum ada MoU antara kedua pihak.", []),
    ("Jika kerja sama disepakati, pelatihan dimulai.", []),
    ("Sinergi dan kolaborasi terus diperkuat.", []),
    ("Kedua pihak menandatangani PKS. PKS itu merupakan tindak lanjut dari nota kesepahaman "
     "antara kedua pihak.",
     [("pks", "signed"), ("mou", "ongoing")]),
    ("Ke depan, lapas juga akan menjajaki kerja sama dengan politeknik.",
     [("kerja_sama", "proposed")]),
    ("Kita jajaki nota kesepahaman supaya pelatihan ini punya payung.", [("mou", "proposed")]),
    ("Lapas menjajagi kerja sama pelatihan dengan dinas.", [("kerja_sama", "proposed")]),
    ("Kedua pihak sepakat membentuk tim kecil untuk membahas materi MoU.", [("mou", "proposed")]),
    ("Penandatanganan MoU antara Lapas Atambua dan Pemkab Belu ditunda.", [("mou", "planned")]),
    ("Penandatanganan nota kesepahaman (MoU) antara Lapas Kelas IIB Atambua dan Pemerintah "
     "Kabupaten Belu yang sedianya digelar Kamis, 12 Juni 2025, ditunda.", [("mou", "planned")]),
    ("Saya minta PKS-nya selesai dan ditandatangani paling lambat Desember.", [("pks", "planned")]),
    ("Kami targetkan PKS itu ditandatangani kedua pimpinan.", [("pks", "planned")]),
    ("Penandatanganan MoU antara Pemkot Bitung dan Lapas Bitung direncanakan berlangsung Kamis "
     "di Kantor Wali Kota.", [("mou", "planned")]),
    ("Penandatanganan MoU antara Pemkot Bitung dan Lapas Bitung berlangsung di aula, disaksikan "
     "Sekda yang dijadwalkan hadir.", [("mou", "signed")]),
    ("Dinas mengusulkan agar ke depan pelatihan dituangkan dalam perjanjian kerja sama.",
     [("pks", "proposed")]),
    ("MoU payung kedua lembaga dijadwalkan ditandatangani sebelum akhir tahun.",
     [("mou", "planned")]),
    ("Kunjungan ini tidak dalam rangka penandatanganan kerja sama.", []),
    ("Karena itu, Bapas mengajukan kerja sama dalam dua hal.", [("kerja_sama", "proposed")]),
    ("Rapat menyepakati bahwa nota kesepahaman antara kedua pihak direncanakan ditandatangani "
     "pada Desember.", [("mou", "planned")]),
    ("Jika pemerintah daerah bersedia menghibahkan lahan, kerja sama pembinaan bisa segera "
     "dijalankan.", []),
    ("Dalam waktu dekat, bapas akan menggandeng Dinas Tenaga Kerja Kota Metro.",
     [("kerja_sama", "planned")]),
    ("Pihaknya akan terus menggandeng instansi terkait.", []),
    ("Lapas menandatangani PKS dengan fakultas. Menurut dekan, nota kesepahaman yang baru diteken "
     "ini menjadi wadah mahasiswa.", [("pks", "signed")]),
    ("Kampus dan lapas sebenarnya sudah lama bermitra melalui program magang.",
     [("kerja_sama", "ongoing")]),
    ("Kedua pihak sepakat menindaklanjuti pertemuan ini dengan penandatanganan MoU.",
     [("mou", "planned")]),
    ("Kalapas menyampaikan keinginan untuk menjalin kerja sama dengan Dinsos.",
     [("kerja_sama", "proposed")]),
    ("Dinsos siap menindaklanjuti dengan perjanjian kerja sama yang akan ditandatangani pada "
     "pertengahan Desember.", [("pks", "planned")]),
    ("Penandatanganan MoU akan dilakukan bulan depan.", [("mou", "planned")]),
    ("Lapas menandatangani MoU yang akan berlaku lima tahun.", [("mou", "signed")]),
    ("Kunjungan ini merupakan implementasi dari MoU yang telah disepakati kedua belah pihak.",
     [("mou", "signed")]),
    ("Kalapas berharap kunjungan ini berlanjut dengan penandatanganan PKS.", [("pks", "planned")]),
    ("Kegiatan itu merupakan pelaksanaan nota kesepahaman antara universitas dan Kanwil.",
     [("mou", "ongoing")]),
    ("Lapas menandatangani PKS dengan RSUD. PKS itu merupakan tindak lanjut dari nota "
     "kesepahaman antara Lapas Kelas I Makassar dan Pemerintah Kota (Pemkot) Makassar yang "
     "ditandatangani pada 2022.", [("pks", "signed"), ("mou", "signed")]),
    ("Lapas menandatangani PKS dengan UGJ. Sejak 2023 mahasiswa rutin praktik di lapas, dan "
     "kemitraan itu terus berjalan hingga kini.", [("pks", "signed"), ("kerja_sama", "ongoing")]),
    ("Pemkab Sanggau awal tahun ini telah menandatangani nota kesepahaman dengan Kejaksaan "
     "Negeri Sanggau.", []),
    ("Lapas dan universitas resmi mengikat kerja sama di bidang pendidikan. Acara digelar di "
     "aula lapas. Dokumen pertama berupa nota kesepahaman yang diteken rektor. Dokumen kedua "
     "adalah perjanjian kerja sama antara lapas dan fakultas pertanian.",
     [("mou", "signed"), ("pks", "signed")]),
    ("Pemkab membuka peluang nota kesepahaman dengan lapas. Kami akan bahas dulu apakah "
     "bentuknya MoU atau cukup surat keputusan bupati.", [("mou", "proposed")]),
    ("Lapas menandatangani MoU dengan Pemkot. Kanwil berharap kerja sama serupa menjadi contoh "
     "bagi UPT lain.", [("mou", "signed")]),
    ("Lapas menandatangani PKS dengan dinas. PKS itu merupakan turunan dari nota kesepahaman "
     "dengan pemerintah kota.", [("pks", "signed"), ("mou", "ongoing")]),
    ("Kerja sama penitipan barang rampasan antara Rupbasan dan Kejari Gorontalo, menurutnya, "
     "sudah berjalan rutin sejak 2021.", [("kerja_sama", "ongoing")]),
    ("Selama ini belum ada payung hukum berupa MoU antara kedua lembaga.", []),
    ("Belum ada kendala, kerja sama sudah berjalan baik.", [("kerja_sama", "ongoing")]),
    ("Pesantren kilat sudah menjadi agenda tahunan yang selama ini terjalin bersama Kemenag "
     "Simeulue.", [("kerja_sama", "ongoing")]),
    ("Selama ini perekaman KTP elektronik bagi warga binaan sudah rutin dibantu Disdukcapil Kota "
     "Depok.", [("kerja_sama", "ongoing")]),
    ("Selama ini Kanwil bersama Kantor Wilayah Ditjenpas Aceh memantau lapas.", []),
    ("\"Kami ingin ada nota kesepahaman antara Rutan Serui dan Pemerintah Kabupaten Kepulauan "
     "Yapen,\" ujar Karutan.", [("mou", "proposed")]),
    ("Pelatihan tersebut merupakan pelaksanaan Perjanjian Kerja Sama (PKS) antara Rutan Buntok dan "
     "Dinas Perindustrian dan Perdagangan (Disperindag) Kabupaten Barito Selatan yang telah "
     "ditandatangani pada 12 Maret 2025.", [("pks", "signed")]),
    ("Perjanjian kerja sama kami dengan Lapas masih berjalan sampai sekarang.",
     [("pks", "ongoing")]),
    ("Ia menambahkan, \"PKS-nya sedang kami siapkan, mudah-mudahan bisa ditandatangani bulan "
     "depan,\" katanya.", [("pks", "planned")]),
    ("Kesepakatan Bersama tentang pengelolaan basan dan baran antara instansi penegak hukum di "
     "Tangerang masih berlaku.", [("mou", "ongoing")]),
    ("Kalapas mengusulkan agar Rutan Pati dan Pemerintah Kabupaten Pati (Pemkab Pati) menyusun "
     "nota kesepahaman terkait pelatihan kerja.", [("mou", "proposed")]),
    ("Ia mengungkapkan, nota kesepahaman antara Bapas dan Pemkot mengenai pelaksanaan pidana "
     "kerja sosial direncanakan ditandatangani pada 10 Desember.", [("mou", "planned")]),
    ("Lapas menandatangani MoU dengan kampus. Prosesi penandatanganan disaksikan Kepala Bidang "
     "Pembinaan, Teknologi Informasi dan Kerja Sama Kanwil.", [("mou", "signed")]),
    ("Kepala Biro Kerja Sama Pemprov Sulsel juga akan hadir.", []),
    ("Lapas menandatangani PKS dengan SMK. Ke depan, LPKA berencana menjalin kerja sama serupa "
     "dengan sejumlah perguruan tinggi.", [("pks", "signed"), ("kerja_sama", "planned")]),
    ("Pemkot juga merencanakan kemitraan dengan Lapas Bitung untuk memasarkan produk.",
     [("kerja_sama", "planned")]),
    ("Kadis menawarkan kemitraan berupa uji kompetensi gratis.", [("kerja_sama", "proposed")]),
    ("Ia menekankan pentingnya kemitraan yang akan membawa manfaat.", []),
    ("Dinas Perikanan berencana mengajak lapas bekerja sama dalam budi daya lele tahun depan.",
     [("kerja_sama", "planned")]),
    ("Kepala Dinas mengajak lapas bekerja sama dalam budi daya lele.",
     [("kerja_sama", "proposed")]),
    ("Warga binaan Lapas Sidrap belajar menjahit lewat kerja sama pelatihan dengan Dinas "
     "Perindustrian, Perdagangan dan Tenaga Kerja Kabupaten Sidenreng Rappang yang terjalin sejak "
     "2022.", [("kerja_sama", "ongoing")]),
    ("Dinas Perikanan menyodorkan draf perjanjian kerja sama kepada lapas.", [("pks", "proposed")]),
    ("Draf naskah kerja sama dengan BLK sudah dibahas kedua pihak.",
     [("kerja_sama", "proposed")]),
    ("Draf PKS sudah disetujui dan tinggal menunggu jadwal penandatanganan.",
     [("pks", "planned")]),
    ("Bupati menyatakan siap menandatangani nota kesepahaman dengan Rutan Dobo.",
     [("mou", "planned")]),
    ("Lapas Kelas IIB Ende resmi bekerja sama dengan Universitas Flores. Kerja sama itu ditandai "
     "penandatanganan nota kesepahaman oleh kedua pimpinan.", [("mou", "signed")]),
    ("Lapas Kelas IIB Ende resmi bekerja sama dengan Koperasi Kredit Sinar Harapan dalam "
     "pengelolaan tabungan warga binaan.", [("kerja_sama", "signed")]),
    ("Universitas Kaltara dan LPKA Tanjung Selor sepakat menandatangani nota kesepahaman (MoU) "
     "yang dijadwalkan pada 17 Juni 2026.", [("mou", "planned")]),
    ("Rapat menyepakati penyusunan kesepakatan bersama antara Rupbasan dan Polres.",
     [("mou", "planned")]),
    ("Kepala Kemenag membubuhkan tanda tangan pada naskah Kesepakatan Bersama.",
     [("mou", "signed")]),
    ("Bupati meminta PKS itu dapat ditandatangani akhir bulan.", [("pks", "planned")]),
    ("LPKA dan UIN Datokarama sepakat menyusun perjanjian kerja sama (PKS) tentang pendampingan "
     "pendidikan.", [("pks", "planned")]),
    ("Kedua pihak sepakat menuangkan pendampingan tersebut dalam nota kesepahaman (MoU).",
     [("mou", "planned")]),
    ("Lapas Kelas IIB Teluk Kuantan menggelar sosialisasi bersama BNNP Riau. Ia menargetkan "
     "program rehabilitasi sosial di Lapas Teluk Kuantan mulai berjalan pada semester kedua "
     "tahun ini setelah MoU ditandatangani, dengan sasaran awal 30 warga binaan.",
     [("mou", "planned")]),
    ("Puskesmas Rejosari siap kembali mengirim dokter ke Lapas Pekanbaru begitu MoU baru "
     "diteken.", [("mou", "planned")]),
    ("BNNK Pekanbaru rutin menggelar tes urine di Lapas Pekanbaru setelah MoU ditandatangani "
     "pada 2023.", [("mou", "signed")]),
    ("Kedua pihak sepakat membahas lebih lanjut bentuk kerja sama setelah tim Dekranasda "
     "meninjau bengkel kerja LPP Tangerang bulan depan.", [("kerja_sama", "proposed")]),
    ("Di akhir rapat, Bapas Kediri dan Baznas sepakat PKS tersebut diperpanjang untuk satu "
     "tahun berikutnya.", [("pks", "ongoing")]),
    ("Pelaksanaan teknis di kelurahan cukup dituangkan dalam perjanjian kerja sama (PKS) "
     "antara Bapas Bogor dan Pemkot Bogor.", [("pks", "planned")]),
    ("Kerja sama BPJS Kesehatan dengan Rutan Kupang telah dituangkan dalam nota kesepahaman "
     "yang ditandatangani pada Oktober 2025.", [("mou", "signed")]),
    ("Program ini lahir dari kerja sama LPKA dengan UMPWR, yang nota kesepahamannya telah "
     "diteken pada 12 Agustus 2025 lalu.", [("mou", "signed")]),
    ("Layanan jemput bola di LPP Palembang ini sudah yang ketiga kalinya digelar bersama "
     "Disdukcapil Kota Palembang sejak 2024.", [("kerja_sama", "ongoing")]),
    ("Rupbasan Palembang menerima kunjungan Kejari Palembang, Senin (3/11/2025). Kerja sama "
     "dengan Kejari dan Polrestabes selama ini berjalan baik.", [("kerja_sama", "ongoing")]),
    ("Rutan Bantaeng menggelar skrining TBC, Rabu (11/3/2026). \"Kami berterima kasih atas "
     "kerja sama yang selama ini terjalin dengan puskesmas dan dinas kesehatan,\" ujarnya.",
     [("kerja_sama", "ongoing")]),
    ("Lapas Kendal menerima Bupati. Bupati juga menyinggung perjanjian kerja sama Pemkab Kendal "
     "dengan Universitas Diponegoro dan Dinas Perikanan tentang mangrove.", []),
    ("Lapas Ketapang meneken MoU dengan Pemkab Ketapang, Kamis (11/6/2026). Dinas Tenaga Kerja "
     "dan Transmigrasi (Disnakertrans) Kabupaten Ketapang akan menindaklanjuti MoU itu dengan "
     "perjanjian kerja sama pelatihan kerja.", [("mou", "signed"), ("pks", "planned")]),
    ("Rutan Majene membahas naskah kerja sama dengan Kemenag, Senin (5/1/2026). \"Targetnya "
     "Februari PKS sudah ditandatangani,\" ujarnya.", [("pks", "planned")]),
    ("Rutan Pekanbaru dan Disnaker Kota Pekanbaru resmi menjalin kerja sama pelatihan kerja "
     "bagi warga binaan. Perjanjian kerja sama (PKS) kedua instansi ditandatangani di aula "
     "Rutan Pekanbaru, Kamis (12/6/2026).", [("pks", "signed")]),
    ("Nota kesepahaman antara Lapas Ternate dan Unkhair ditandatangani pada Kamis (5/3/2026). "
     "\"PKS teknisnya kami rencanakan ditandatangani awal April,\" ujarnya.",
     [("mou", "signed"), ("pks", "planned")]),
    ("Kepala LPKA Kutoarjo mengatakan pemeriksaan ini merupakan agenda rutin yang selama ini "
     "berjalan setiap tiga bulan berkat kerja sama dengan Puskesmas Kutoarjo.",
     [("kerja_sama", "ongoing")]),
    ("Lapas Lubuklinggau dan BLK meneken PKS pelatihan barbershop, Senin (2/3/2026). Kerja sama "
     "tersebut berlaku selama dua tahun dan dapat diperpanjang.", [("pks", "signed")]),
    ("Bapas Palu menggelar rakor diversi, Selasa (3/3/2026). Kerja sama penanganan ABH antara "
     "Bapas Palu dan Kejari Palu sudah berjalan sejak 2023 melalui nota kesepakatan bersama yang "
     "masih berlaku hingga kini.", [("mou", "ongoing")]),
    ("Rutan Gianyar menggelar pelatihan barista, Senin (2/3/2026). Kerja sama pelatihan dengan "
     "Disnaker sudah berjalan sejak 2024 dan akan diformalkan lewat perjanjian kerja sama.",
     [("kerja_sama", "ongoing"), ("pks", "planned")]),
    ("Bapas Pekalongan membahas draf PKS pidana kerja sosial, Senin (2/3/2026). \"Isinya sudah "
     "final. Begitu persetujuan Kanwil turun, PKS langsung kita teken,\" ujar Slamet.",
     [("pks", "planned")]),
    ("Setelah nota kesepahaman periode 2022-2025 berakhir, Lapas Kendari dan Pemkot Kendari resmi "
     "memperpanjang kerja sama pembinaan warga binaan. Nota kesepahaman baru ditandatangani Senin "
     "(6/10/2025).", [("mou", "signed")]),
    ("Perumdam dan Lapas Cianjur meneken PKS penempatan kerja, Senin (2/3/2026), dan sepakat "
     "menjajaki bentuk kerja sama lain.", [("pks", "signed"), ("kerja_sama", "proposed")]),
    ("Perumdam Tirta Mukti Kabupaten Cianjur menyatakan tidak dapat menandatangani perjanjian "
     "kerja sama (PKS) penempatan kerja eks warga binaan yang diajukan Lapas Cianjur.", []),
    ("Kalapas Tanjungpinang berkunjung ke UMRAH, Jumat (10/4/2026). Dekan FIKP UMRAH "
     "menyampaikan bahwa jika MoU disepakati, fakultasnya siap menyusun perjanjian kerja sama "
     "teknis.", []),
    ("Tim Puskesmas Salakan memeriksa kesehatan tahanan Cabrutan Salakan, Senin (2/3/2026). "
     "Sejak 2019, tim puskesmas datang setiap bulan tanpa pernah absen.",
     [("kerja_sama", "ongoing")]),
    ("Tim Puskesmas Salakan memeriksa kesehatan tahanan Cabrutan Salakan, Senin (2/3/2026). "
     "Karena itu, nama petugas di setiap blok harus tersedia sejak awal.", []),
    ("PT Pupuk Kaltim meneken PKS dengan Lapas Bontang, Selasa (27/10/2026). Sejak beberapa tahun "
     "terakhir, perusahaan itu membina kelompok pengelola sampah organik di sejumlah kelurahan "
     "di Bontang, antara lain di Kelurahan Guntung, yang kini memproduksi maggot segar setiap "
     "pekan.", [("pks", "signed")]),
    ("Kasat Binmas Polres Blitar Kota mengisi penyuluhan di LPKA Blitar, Rabu (14/10/2026). "
     "Kalapas dan Kapolres juga sepakat menjalin kerja sama penyuluhan rutin setiap tiga bulan.",
     [("kerja_sama", "planned")]),
    ("BNNP Kaltim beraudiensi ke Lapas Narkotika Samarinda, Senin (6/7/2026). Selama ini BNNP "
     "Kaltim telah rutin mengirimkan konselor adiksi ke lapas setiap bulan.",
     [("kerja_sama", "ongoing")]),
    ("Nota kesepahaman antara Lapas Ternate dan Unkhair ditandatangani pada Kamis (5/3/2026). "
     "Nota kesepahaman itu masih perlu diturunkan menjadi perjanjian kerja sama teknis dengan "
     "fakultas.", [("mou", "signed"), ("pks", "planned")]),
    ("Kerja sama tersebut dituangkan dalam perjanjian kerja sama (PKS) yang ditandatangani "
     "Kepala Rupbasan Kendari dan Kajari Kendari.", [("pks", "signed")]),
], ids=["signed", "planned-signing", "proposed", "ongoing", "negated", "hypothetical",
        "rhetoric", "followed-up-document-exists", "will-explore", "explore-bare-form",
        "explore-spelled-with-g", "matter-of-a-document-discussed", "signing-postponed",
        "signing-postponed-at-the-end-of-a-long-sentence", "deadline-after-the-signing-word",
        "target-before-the-signing-word", "named-signing-planned-after-its-parties",
        "someone-elses-plan-after-a-signing", "proposal-governs-future",
        "scheduled", "negated-signing", "submitted", "consent-then-planned-signing",
        "condition-opening-the-sentence", "teaming-up-planned", "teaming-up-with-no-one-named",
        "relative-clause-anaphor", "long-running-partnership", "mou-at-sentence-end",
        "wish-to-cooperate", "ready-then-scheduled", "signing-noun-then-future",
        "signed-document-that-will-last", "implementing-an-agreed-mou", "hoped-for-signing",
        "document-in-force-followed-up", "status-after-the-parties", "running-partnership-anaphor",
        "agreement-of-two-others", "second-document-of-a-signing", "open-question-is-no-document",
        "similar-cooperation-elsewhere", "derived-from-a-document-in-force",
        "status-after-subject-and-parties", "negated-noun-in-the-form-of-a-document",
        "negation-stops-at-a-comma",
        "running-joint-work-without-a-cooperation-word", "running-help-from-an-office",
        "running-work-with-the-own-hierarchy-is-none",
        "a-wish-is-a-proposal", "short-form-in-brackets-before-the-parties",
        "still-running-to-this-day",
        "hoped-for-signing-next-month", "status-after-a-long-subject-and-the-parties",
        "proposal-governs-its-purpose-clause", "follow-up-word-after-the-document-is-its-content",
        "office-named-for-cooperation", "bureau-of-cooperation",
        "similar-cooperation-with-new-parties",
        "planned-partnership", "offered-partnership", "partnership-rhetoric-before-a-future-word",
        "planned-invitation-to-cooperate", "invitation-to-cooperate",
        "status-after-the-partner-named-with-dengan", "draft-offered", "draft-of-a-form",
        "draft-awaiting-its-signing", "ready-to-sign", "cooperating-by-signing-a-document",
        "cooperating-with-no-document", "signing-scheduled-in-the-documents-clause",
        "drafting-agreed", "putting-a-signature-on", "signing-that-can-happen",
        "short-form-in-brackets-shares-the-status", "agreeing-to-put-it-into-a-document",
        "work-to-start-once-the-document-is-signed", "ready-once-the-document-is-signed",
        "a-habit-since-a-past-signing", "the-form-of-a-cooperation-still-to-be-talked-over",
        "agreeing-to-extend", "to-be-set-down-in-a-document", "set-down-already",
        "document-with-a-possessive-ending", "held-with-them-for-the-third-time",
        "the-speakers-cooperation-with-two-others",
        "the-speakers-cooperation-with-two-after-its-clause",
        "a-document-of-two-others-named-after-it", "a-short-form-in-brackets-is-no-other",
        "a-target-before-the-signing-word", "a-cooperation-entered-is-the-signed-document",
        "planned-by-us-before-the-signing-word", "a-habit-is-no-plan", "the-term-of-the-document",
        "a-signing-once-something-has-happened", "a-cooperation-renewed-is-the-document",
        "another-cooperation-beside-a-document", "a-negated-document-and-its-short-form",
        "a-condition-opening-a-reported-clause",
        "a-cooperation-done-through-a-document-in-force",
        "a-running-cooperation-to-be-set-down-in-a-document",
        "a-practice-kept-up-since-a-year", "from-the-start-is-no-time",
        "a-habit-far-off-in-a-clause-of-its-own",
        "a-cooperation-agreed-on-is-to-come", "an-office-that-has-regularly-done-the-work",
        "to-be-turned-into-a-technical-agreement", "set-down-in-a-document-signed-there"])
def test_agreements(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.type, a.status) for a in run(text).agreements] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rutan Kelas IIB Batang menolak tawaran nota kesepahaman dari sebuah perusahaan, Senin "
     "(3/11). Perusahaan itu mengajukan MoU pengemasan sejak Agustus.", []),
    ("Lapas Kelas IIA Kebumen mengajukan MoU kepada CV Anyaman Pandan Sari, Senin (3/11). Namun "
     "direkturnya belum bersedia menandatangani MoU.", []),
    ("Lapas membawa rancangan PKS rehabilitasi, Senin (3/11). Namun Dinsos menyatakan tidak "
     "dapat menandatangani PKS tersebut tahun ini.", []),
    # a document signed stays, whatever was refused before it
    ("Lapas Kelas IIA Kebumen sempat menolak draf MoU pertama. Namun MoU kedua ditandatangani "
     "kedua pihak, Senin (3/11).", [("mou", "signed")]),
    ("Rutan Kelas I Makassar sempat menawarkan nota kesepahaman kepada PT Sinar Bahari, Senin "
     "(3/11). \"Kebijakan kantor pusat kami, bantuan CSR tidak memakai MoU,\" katanya.", []),
    ("Lapas Kelas IIB Cilacap dan Pondok Pesantren Al-Ihya menggelar khataman, Senin (3/11). "
     "Kalapas mengaku belum merasa perlu membuat MoU.", []),
], ids=["offer-refused", "not-yet-willing", "cannot-sign", "signed-later-stays",
        "not-used", "not-felt-needed"])
def test_a_refused_document_is_no_agreement(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.type, a.status) for a in run(text).agreements] == expected


def test_the_lead_begins_at_the_first_line_of_prose() -> None:
    text = ("☰ MENU        MALUKU HARI INI\n\nPendidikan\n\nAMBON, MHI — Lapas Kelas IIA Ambon "
            "dan Universitas Pattimura memperpanjang nota kesepahaman kerja sama di bidang "
            "pendidikan.\n\nPenandatanganan berlangsung di Gedung Rektorat Unpatti, Jumat "
            "(22/5/2026). Nota kesepahaman ditandatangani Rektor Unpatti dan Kalapas Ambon.")
    assert "penandatanganan" in [e.type for e in run(text).engagements]


@pytest.mark.parametrize("text", [
    "Baznas Kota Tangerang menyerahkan tiga mesin jahit kepada LPP Tangerang, Senin (2/3/2026), "
    "untuk mendukung pelatihan menjahit bagi warga binaan.",
    "Bupati menyerahkan dua kursi pangkas kepada Rutan Pangkalan Balai, Senin (2/3/2026), untuk "
    "kegiatan pelatihan pangkas rambut warga binaan.",
], ids=["to-support-a-training", "for-a-training"])
def test_what_a_handover_is_for_is_no_engagement(text: str) -> None:
    assert [e.type for e in run(text).engagements] == ["penyerahan"]


@pytest.mark.parametrize("written", [
    "meluncurkan Pondok Pesantren At-Taubah, pesantren pertama yang berdiri di dalam lapas",
    "meluncurkan program Pesantren Darul Taubah bagi warga binaan",
], ids=["at-taubah", "darul-taubah"])
def test_a_prisons_own_pesantren_is_no_partner(written: str) -> None:
    article = run(f"Lapas Kelas IIA Pamekasan {written}, Senin (2/3/2026). Kantor Kementerian "
                  "Agama Kabupaten Pamekasan menugaskan empat penyuluh agama untuk mengajar.")
    assert [p.name for p in article.partners] == ["Kantor Kementerian Agama Kabupaten Pamekasan"]


@pytest.mark.parametrize("written, name, acronym", [
    ("Lembaga Adat Melayu (LAM) Kota Tanjungpinang", "Lembaga Adat Melayu Kota Tanjungpinang",
     "LAM Kota Tanjungpinang"),
    ("Lembaga Kerapatan Adat Alam Minangkabau (LKAAM) Kabupaten Tanah Datar",
     "Lembaga Kerapatan Adat Alam Minangkabau Kabupaten Tanah Datar",
     "LKAAM Kabupaten Tanah Datar"),
    ("Majelis Adat Aceh (MAA) Kota Banda Aceh", "Majelis Adat Aceh Kota Banda Aceh",
     "MAA Kota Banda Aceh"),
], ids=["lam", "lkaam", "maa"])
def test_a_regional_customary_council_is_a_partner(written: str, name: str,
                                                  acronym: str) -> None:
    article = run(f"Lapas Kelas IIA Tanjungpinang dan {written} menandatangani nota kesepahaman "
                  "pembinaan budaya bagi warga binaan, Kamis (16/4/2026).")
    assert [(p.name, p.acronym, p.kind) for p in article.partners] == [(name, acronym, "ormas")]


@pytest.mark.parametrize("written, name", [
    ("PT Kilang Pertamina Internasional (KPI) Unit Balikpapan",
     "PT Kilang Pertamina Internasional Unit Balikpapan"),
    ("PT Kilang Pertamina Internasional (KPI) Refinery Unit II Dumai",
     "PT Kilang Pertamina Internasional Refinery Unit II Dumai"),
], ids=["unit-by-its-town", "refinery-unit-by-its-number"])
def test_a_short_form_after_a_legal_name_and_the_unit_after_it(written: str, name: str) -> None:
    article = run(f"BALIKPAPAN – {written} menyerahkan sepuluh mesin jahit kepada Rutan Kelas IIB "
                  "Balikpapan, Senin (2/3/2026).")
    assert [(p.name, p.acronym, p.kind) for p in article.partners] == [(name, "KPI", "bumn")]


def test_an_applied_bachelors_degree_of_any_field_is_a_title() -> None:
    article = run("LPP Kelas IIA Sungguminasa membuka pelatihan tata boga bersama Politeknik "
                  "Pariwisata Makassar, Senin (5/10/2026). Ketua Program Studi Seni Kuliner "
                  "Poltekpar Makassar, Nurul Fajriani, S.Tr.Par., M.Par., menjadi pemateri.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Nurul Fajriani", ["S.Tr.Par.", "M.Par."])]


def test_a_legal_form_before_a_companys_short_form_is_written_once() -> None:
    article = run("Lapas Kelas IIA Labuhan Ruku berkunjung ke PT Indonesia Asahan Aluminium "
                  "(Inalum) di Kuala Tanjung, Kamis (5/11/2026). Rombongan diterima Department "
                  "Head Corporate Social Responsibility PT Inalum, Faan Subu, di gedung serbaguna.")
    assert [o.position for o in article.officials] == [
        "Department Head Corporate Social Responsibility PT Indonesia Asahan Aluminium"]


def test_fewer_words_after_atau_are_the_organisations_other_name() -> None:
    article = run("KUPANG – PT Bank Pembangunan Daerah Nusa Tenggara Timur atau Bank NTT "
                  "menyerahkan 15 mesin jahit kepada Lapas Kelas IIA Kupang, Kamis (23/4/2026). "
                  "Bantuan diserahkan Direktur Pemasaran Bank NTT, Maria Angelina Tefa.")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("PT Bank Pembangunan Daerah Nusa Tenggara Timur", "Bank NTT")]
    assert [o.position for o in article.officials] == [
        "Direktur Pemasaran PT Bank Pembangunan Daerah Nusa Tenggara Timur"]
    known = run("Lapas Kelas IIA Bukittinggi meneken PKS dengan PT Bank Pembangunan Daerah "
                "Sumatera Barat Cabang Bukittinggi, atau yang lebih dikenal masyarakat sebagai "
                "Bank Nagari, Kamis (18/9/2025). PKS diteken bersama Pemimpin Bank Nagari Cabang "
                "Bukittinggi, Yulia Rahmadani, S.E.")
    assert [(p.name, p.acronym) for p in known.partners] == [
        ("PT Bank Pembangunan Daerah Sumatera Barat Cabang Bukittinggi", "Bank Nagari")]
    bracketed = run("Lapas Kelas IIA Bangkalan menggelar skrining TBC bersama Rumah Sakit Umum "
                    "Daerah (RSUD) Syarifah Ambami Rato Ebu atau RSUD Syamrabu Bangkalan, Selasa "
                    "(16/9/2025). Dokter radiologi rumah sakit itu membaca hasil rontgen.")
    assert [(p.name, p.acronym) for p in bracketed.partners] == [
        ("Rumah Sakit Umum Daerah Syarifah Ambami Rato Ebu", "RSUD Syamrabu Bangkalan")]
    # a branch named after `atau` is named more closely: not a short form of the name
    branch = run("Lapas Kelas IIB Prabumulih menutup pelatihan menjahit, Selasa (18/11/2025). "
                 "PT Bank Rakyat Indonesia (Persero) Tbk atau BRI Kantor Cabang Prabumulih "
                 "menyerahkan lima mesin jahit.")
    assert [p.name for p in branch.partners] == [
        "Bank Rakyat Indonesia Kantor Cabang Prabumulih"]


def test_an_officials_leadership_course_elsewhere_is_no_training() -> None:
    article = run("Lapas Kelas IIA Pekanbaru menandatangani PKS dengan Fakultas Pertanian "
                  "Universitas Riau, Senin (2/3/2026). PKS diteken Plh. Kalapas, Hendra, selama "
                  "Kalapas mengikuti pendidikan dan pelatihan kepemimpinan di Jakarta.")
    assert [e.type for e in article.engagements] == ["penandatanganan"]


@pytest.mark.parametrize("sentence", [
    "Kepala sekolah menjelaskan, bengkel sekolahnya telah dilengkapi peralatan berkat nota "
    "kesepahaman dengan PT Astra Honda Motor yang diteken sejak 2018.",
    "Ia menjelaskan, pelatihan yang dijalankan dinasnya selama ini didukung PT Pupuk Sriwidjaja "
    "melalui nota kesepahaman yang diteken kedua pihak awal tahun ini.",
    "Kepala sekolah menyebut sekolah sudah memiliki nota kesepahaman dengan Pemerintah "
    "Kabupaten Purworejo sejak 2024.",
], ids=["school", "office", "generic-head-as-subject"])
def test_a_partners_own_document_with_a_third_party_is_no_agreement(sentence: str) -> None:
    article = run("LPKA Kelas I Kutoarjo dan SMK Negeri 2 Purworejo menandatangani perjanjian "
                  "kerja sama (PKS) pelatihan otomotif, Senin (2/3/2026). Sebanyak 20 anak "
                  f"binaan akan belajar di bengkel sekolah.\n\n{sentence}")
    assert [(a.type, a.status) for a in article.agreements] == [("pks", "signed")]
    assert [p.name for p in article.partners] == ["SMK Negeri 2 Purworejo"]


def test_a_merged_office_whose_affairs_hold_their_own_dan_is_one_office() -> None:
    office = "Dinas Koperasi, Usaha Kecil dan Mikro, Perindustrian dan Perdagangan Kabupaten Tuban"
    article = run(f"Lapas Kelas IIB Tuban menggelar pelatihan batik bersama {office}, Senin "
                  f"(2/3/2026).\n\nKepala {office}, Gunadi Setyo Raharjo, S.T., M.M., mengatakan "
                  "batik gedog adalah warisan.")
    assert [p.name for p in article.partners] == [office]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Gunadi Setyo Raharjo", f"Kepala {office}")]


@pytest.mark.parametrize("sentence", [
    "Penyuluh Distan siap mendampingi warga binaan hingga panen pertama.",
    "Materi pelatihan mulai dari penyemaian, peracikan nutrisi hingga panen dan pengemasan.",
], ids=["until-the-harvest", "the-last-step-of-a-list"])
def test_a_harvest_as_a_time_or_a_topic_is_no_activity(sentence: str) -> None:
    article = run("Lapas Kelas I Bandar Lampung membuka pelatihan hidroponik bersama Politeknik "
                  f"Negeri Lampung, Selasa (24/3/2026). {sentence}")
    assert [e.type for e in article.engagements] == ["pelatihan"]


def test_a_service_named_in_quotes_after_its_kind_is_no_visit() -> None:
    article = run("Rutan Kelas IIB Sampit resmi meluncurkan layanan \"Kunjungan Online Sahabat "
                  "Keluarga\", Kamis (12/11/2026). Peluncuran ditandai penyerahan enam tablet dari "
                  "PT Telkom Indonesia.")
    assert "kunjungan" not in [e.type for e in article.engagements]


@pytest.mark.parametrize("check", [
    "Usai rapat, rombongan meninjau ruang layanan dan pos pemeriksaan barang titipan.",
    "Seluruh tamu menjalani pemeriksaan badan oleh petugas jaga, tak terkecuali Kapolresta.",
    "Layanan kunjungan tetap dibuka, dengan pemeriksaan barang titipan di pos penggeledahan.",
], ids=["checkpoint", "body-search", "goods-check"])
def test_a_security_check_is_no_health_check(check: str) -> None:
    article = run("Kapolresta Manado mengunjungi Rutan Kelas IIA Manado, Senin (15/12/2025). "
                  f"{check}")
    assert "pemeriksaan" not in [e.type for e in article.engagements]


@pytest.mark.parametrize("handover, expected", [
    ("Ia meminta agar hasil litmas diserahkan tepat waktu sebelum sidang.", ["koordinasi"]),
    ("Alurnya jelas sejak putusan dibacakan sampai terpidana diserahkan ke lokasi kerja sosial.",
     ["koordinasi"]),
    ("Kejaksaan menyerahkan terpidana kepada Bapas untuk dibimbing.", ["koordinasi"]),
    # what a handover gave, told after it, is aid handed over
    ("Dokumen yang diserahkan meliputi KTP-el dan Kartu Keluarga.", ["koordinasi", "penyerahan"]),
], ids=["a-report", "people-passive", "people-active", "what-was-given"])
def test_a_procedural_handover_is_no_penyerahan(handover: str, expected: list[str]) -> None:
    article = run("Bapas Kelas I Manado menggelar rapat koordinasi bersama Kejaksaan Negeri "
                  f"Manado, Selasa (3/2/2026). {handover}")
    assert [e.type for e in article.engagements] == expected


def test_those_eligible_to_take_part_report_no_training() -> None:
    text = ("Lima UPT di Palu meneken PKS dengan Disnakertrans Sulteng, Kamis (12/3/2026). Kalapas "
            "Palu mengatakan sudah memetakan 60 warga binaan yang memenuhi syarat mengikuti "
            "pelatihan tahap pertama.")
    assert [e.type for e in run(text).engagements] == ["penandatanganan"]


def test_negated_visit_is_no_engagement() -> None:
    article = run("Lapas Maros melakukan audiensi dengan Bupati Maros. Pertemuan itu bukan sekadar "
                  "kunjungan silaturahmi.")
    assert [e.type for e in article.engagements] == ["audiensi"]


# -- section words, chained heads, branches, variants, passing mentions ---------------------

@pytest.mark.parametrize("text, name, position", [
    ("Kepala Bidang Rehabilitasi BNNK Gowa, Suhardi, memberi materi.", "Suhardi",
     "Kepala Bidang Rehabilitasi Badan Narkotika Nasional Kabupaten Gowa"),
    ("Direktur Pemasaran PT Maju Karya, Hendro Wijaya, hadir.", "Hendro Wijaya",
     "Direktur Pemasaran PT Maju Karya"),
    ("Acara disaksikan Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jambi, "
     "Umar Said, dan jajaran.", "Umar Said",
     "Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jambi"),
    ("Kasat Reskrim Polres Pinrang, AKP Ridwan Tahir, memaparkan data.", "Ridwan Tahir",
     "Kepala Satuan Reserse Kriminal Kepolisian Resor Pinrang"),
    ("Sekretaris Daerah Provinsi Jambi, Sudirman, membuka acara.", "Sudirman",
     "Sekretaris Daerah Provinsi Jambi"),
    ("Penyuluh Agama Islam dari Kantor Kementerian Agama Kabupaten Poso, Nurhayati Lapodi, "
     "memberi kultum.", "Nurhayati Lapodi",
     "Penyuluh Agama Islam Kantor Kementerian Agama Kabupaten Poso"),
    ("Materi dibawakan Ketua Tim dari Universitas Tadulako, Rahmat Said.", "Rahmat Said",
     "Ketua Tim Universitas Tadulako"),
], ids=["section-then-org", "qualifier-then-firm", "parent-chain", "police-unit", "region-prefix",
        "section-dari-org", "position-dari-org"])
def test_positions_with_section_words(text: str, name: str, position: str) -> None:
    [official] = run(text).officials
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text, name, position", [
    ("Rutan Kelas IIB Sragen menggandeng Dinas Tenaga Kerja dan Perindustrian (Disnakerin) "
     "Kabupaten Sragen.\nKepala Bidang Pelatihan Kerja Disnakerin Kabupaten Sragen, Tri "
     "Handayani, memberi materi.", "Tri Handayani",
     "Kepala Bidang Pelatihan Kerja Dinas Tenaga Kerja dan Perindustrian Kabupaten Sragen"),
    ("Lapas Kelas IIA Bengkalis dan Dinas Perikanan Kabupaten Rokan Hilir (Diskan Rohil) "
     "meneken PKS. Naskah diteken Kalapas Bengkalis dan Kadis Perikanan Rohil Ir. Ahmad "
     "Yani, M.Si.", "Ahmad Yani", "Kepala Dinas Perikanan Kabupaten Rokan Hilir"),
], ids=["short-form-among-section-words", "office-words-then-short-forms-place"])
def test_section_words_naming_a_partner_by_its_short_form(text: str, name: str,
                                                          position: str) -> None:
    officials = {o.name: o.position for o in run(text).officials}
    assert officials[name] == position


def test_a_section_named_by_an_enumeration_keeps_its_organisation() -> None:
    listed = run("Kegiatan dihadiri Kepala Bidang Pembinaan, Bimbingan dan Teknologi Informasi "
                 "Kanwil Ditjenpas Sulawesi Tengah, Yusuf Lamba, di Lapas Kelas IIA Palu.")
    assert [o.position for o in listed.officials] == [
        "Kepala Bidang Pembinaan, Bimbingan dan Teknologi Informasi Kantor Wilayah Direktorat "
        "Jenderal Pemasyarakatan Sulawesi Tengah"]
    people = run("Kegiatan di Lapas Kelas IIA Palu dihadiri Kepala Bidang Pembinaan, Rudi "
                 "Hartono dan Kasi Giatja Lapas Palu, Andi Baso.")
    assert [(o.name, o.position) for o in people.officials] == [
        ("Rudi Hartono", "Kepala Bidang Pembinaan Lapas Kelas IIA Palu"),
        ("Andi Baso", "Kepala Seksi Kegiatan Kerja Lapas Kelas IIA Palu")]


def test_an_enumerated_section_before_a_name_takes_the_short_form_before_it() -> None:
    article = run("Lapas Kelas IIB Polewali menerima Universitas Sulawesi Barat (Unsulbar).\n"
                  "Dari Unsulbar hadir Wakil Rektor Bidang Perencanaan, Kerja Sama dan Sistem "
                  "Informasi, Prof. Dr. Hasbi Mandani, M.Pd.")
    assert [(o.name, o.position) for o in article.officials] == [(
        "Hasbi Mandani", "Wakil Rektor Bidang Perencanaan, Kerja Sama dan Sistem Informasi "
        "Universitas Sulawesi Barat")]


def test_bare_section_head_names_nobody_without_a_comma() -> None:
    article = run("Kepala Dinas berhalangan dan diwakili Kepala Bidang Pencegahan dan "
                  "Pengendalian Penyakit. Lapas Kelas IIA Bone menggelar rapat.")
    assert article.officials == []


def test_name_before_position_does_not_reach_into_the_previous_sentence() -> None:
    article = run("Lapas Kelas IIA Jambi menggelar rapat, kata Heri.\n\n"
                  "Ahmad Fauzan selaku Kepala Seksi Kegiatan Kerja Lapas Kelas IIA Jambi menambahkan.")
    assert [o.name for o in article.officials] == ["Ahmad Fauzan"]


@pytest.mark.parametrize("text, name, acronym", [
    ("Lapas Kelas IIA Batam bersama PT Bank Pembangunan Daerah Riau Kepri (Bank Riau Kepri) "
     "Cabang Batam menggelar pelatihan.",
     "PT Bank Pembangunan Daerah Riau Kepri Cabang Batam", "Bank Riau Kepri"),
    ("Lapas Kelas IIA Bone bersama UPTD BLK Provinsi Sulawesi Selatan menggelar pelatihan.",
     "UPTD Balai Latihan Kerja Provinsi Sulawesi Selatan", "UPTD BLK Provinsi Sulawesi Selatan"),
    ("Lapas Kelas IIA Pontianak bersama UPT Balai Latihan Kerja (BLK) Provinsi Kalimantan Barat "
     "menggelar pelatihan.", "UPT Balai Latihan Kerja Provinsi Kalimantan Barat",
     "UPT BLK Provinsi Kalimantan Barat"),
    ("Lapas Kelas IIB Maros menerima PLN ULP Maros untuk pemeriksaan instalasi.",
     "PT PLN Unit Layanan Pelanggan Maros", "PLN ULP Maros"),
    ("Lapas Kelas IIB Kualanamu menerima bantuan dari PT Telkom Indonesia (Persero) Tbk Witel "
     "Medan berupa jaringan internet.", "PT Telkom Indonesia (Persero) Tbk Witel Medan", None),
    ("Lapas Kelas IIB Balige bersama HKBP Ressort Balige menggelar ibadah bersama.",
     "Huria Kristen Batak Protestan Ressort Balige", "HKBP Ressort Balige"),
    ("LPP Kelas III Palembang menerima bantuan PT Pertamina Patra Niaga Integrated Terminal "
     "Palembang berupa mesin jahit.", "PT Pertamina Patra Niaga Integrated Terminal Palembang",
     None),
], ids=["legal-form-and-branch", "uptd-chain", "upt-chain", "branch-abbreviation",
        "telecom-regional-unit", "church-district", "fuel-terminal"])
def test_partner_names_with_branches(text: str, name: str, acronym: str | None) -> None:
    [partner] = run(text).partners
    assert (partner.name, partner.acronym) == (name, acronym)


def test_one_organisation_written_two_ways_is_one_partner() -> None:
    article = run("Lapas Kelas IIA Medan bersama Badan Narkotika Nasional Provinsi Sumatera Utara "
                  "menggelar tes urine. Tim BNNP Sumut memeriksa 200 warga binaan.")
    assert [p.name for p in article.partners] == [
        "Badan Narkotika Nasional Provinsi Sumatera Utara"]


@pytest.mark.parametrize("text, name", [
    ("Rutan Kelas IIB Bima dan Pondok Pesantren Al-Furqan Rabadompu menandatangani kesepakatan. "
     "Pimpinan Pondok Pesantren Al-Furqan menyambut baik kerja sama itu.",
     "Pondok Pesantren Al-Furqan Rabadompu"),
    ("Rutan Kelas IIB Bangko menggelar skrining bersama UPTD Puskesmas Pematang Kandis. "
     "Tim Puskesmas Pematang Kandis memeriksa 210 tahanan.", "UPTD Puskesmas Pematang Kandis"),
], ids=["place-word-after-the-name", "unit-word-before-the-name"])
def test_a_name_with_one_word_more_is_the_same_partner(text: str, name: str) -> None:
    assert [p.name for p in run(text).partners] == [name]


def test_a_village_head_brings_the_village_government_as_a_partner() -> None:
    article = run("Bapas Kelas II Klaten menandatangani kesepakatan bersama dengan Kejari Klaten. "
                  "Kepala Desa Ponggok, Suparno Hadi Wibowo, mengatakan pemerintah desanya siap.")
    assert [p.name for p in article.partners] == ["Kejaksaan Negeri Klaten",
                                                  "Pemerintah Desa Ponggok"]


def test_the_prisons_town_after_a_banks_name_is_its_branch() -> None:
    article = run("Lapas Kelas III Rantau menerima bantuan CSR dari Bank Kalsel Rantau. Pemimpin "
                  "Cabang Bank Kalsel Rantau, Norhayati, menyerahkan bantuan itu.")
    assert [p.name for p in article.partners] == ["Bank Kalsel"]
    assert [o.name for o in article.officials] == ["Norhayati"]


def test_legal_form_and_branch_words_do_not_make_another_partner() -> None:
    article = run("Lapas Kelas IIA Sleman bekerja sama dengan PT Bank Rakyat Indonesia (Persero) "
                  "Tbk Kantor Cabang Sleman. Pemimpin Cabang BRI Sleman, Dewi Lestari, hadir.")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Sleman", "BRI Sleman")]


def test_a_headlines_verb_ends_an_organisations_name() -> None:
    article = run("Lapas Narkotika Pamekasan dan RSUD SMART Teken MoU Rehabilitasi Medis Warga "
                  "Binaan\n\n"
                  "Direktur RSUD SMART, Fitriyah Nur Laili, menyatakan rumah sakit siap.")
    assert [p.name for p in article.partners] == ["Rumah Sakit Umum Daerah SMART"]


def test_a_headlines_verb_begins_no_name() -> None:
    article = run("Lapas Tual menggelar pelatihan abon ikan bersama Polikant, Senin (20/7/2026)."
                  "\n\nWali Kota Tual Tinjau Pelabuhan Perikanan Nusantara Dumar, Senin (20/7/2026)"
                  "\n\nPelatihan diikuti 20 warga binaan.\n\n"
                  "Kakanwil Ditjenpas Kalbar Sidak Blok Hunian Lapas Ketapang, Kamis (27/8/2026)"
                  "\n\nKegiatan berlangsung tertib.")
    assert article.officials == []


def test_a_school_level_named_alone_is_no_partner() -> None:
    article = run("LPKA Kelas I Palembang meluncurkan kelas jauh Sekolah Menengah Kejuruan (SMK) "
                  "bagi "
                  "anak binaan bersama SMK Negeri 2 Palembang, Selasa (10/2/2026).")
    assert [p.name for p in article.partners] == ["SMK Negeri 2 Palembang"]


def test_faculty_joins_its_university() -> None:
    article = run("Lapas Kelas I Makassar menandatangani MoU dengan Universitas Hasanuddin (Unhas). "
                  "Fakultas Hukum Unhas akan membuka klinik hukum.")
    assert [p.name for p in article.partners] == ["Universitas Hasanuddin"]


def test_a_faculty_named_first_is_the_party() -> None:
    article = run("Lapas Kelas IIB Kutacane menandatangani PKS dengan Fakultas Pertanian "
                  "Universitas Gunung Leuser (UGL). PKS itu menjabarkan MoU antara Universitas "
                  "Gunung Leuser dan Lapas Kutacane yang masih berlaku.")
    assert [p.name for p in article.partners] == [
        "Fakultas Pertanian Universitas Gunung Leuser"]


def test_an_organisation_said_to_take_part_is_a_partner_unless_it_did_before() -> None:
    lead = ("LPKA Kelas II Sungai Raya meluncurkan bengkel otomotif bersama Politeknik Negeri "
            "Pontianak, Selasa (4/11). Bengkel itu berada di blok pembinaan.\n\n")
    now = run(lead + "SMK Negeri 1 Sungai Raya juga ambil bagian dengan meminjamkan dua mesin.")
    assert "SMK Negeri 1 Sungai Raya" in [p.name for p in now.partners]
    before = run(lead + "SMK Negeri 1 Sungai Raya sebelumnya juga telah dilibatkan dalam "
                 "sosialisasi.")
    assert "SMK Negeri 1 Sungai Raya" not in [p.name for p in before.partners]


def test_organisation_named_in_passing_is_not_a_partner() -> None:
    article = run("Lapas Kelas IIA Batam menandatangani PKS dengan PT Samudra Jaya. "
                  "Kerja sama itu membuka peluang magang.\n\n"
                  "Data yang dihimpun dari Dinas Tenaga Kerja Kota Batam menunjukkan kebutuhan "
                  "tukang las masih tinggi.")
    assert [p.name for p in article.partners] == ["PT Samudra Jaya"]


@pytest.mark.parametrize("text, names", [
    ("Rutan Kelas IIB Pinrang beraudiensi dengan Bupati Pinrang. Audiensi berlangsung di ruang "
     "kerja bupati. Narapidana dengan pidana panjang secara berkala dipindahkan ke Lapas "
     "Parepare untuk mengurangi kepadatan.", ["Rutan Kelas IIB Pinrang"]),
    ("Rutan Kelas IIB Tahuna menerima benih ikan. Penyerahan dirangkaikan dengan peluncuran "
     "program \"Rutan Mina Mandiri\".", ["Rutan Kelas IIB Tahuna"]),
    ("Lapas Kelas IIA Ambon bersama Rutan Kelas IIA Ambon menggelar pelatihan las.",
     ["Lapas Kelas IIA Ambon", "Rutan Kelas IIA Ambon"]),
    # a list of units acts together, a list named in passing does not
    ("Kanwil Ditjenpas Banten dan BPJS Ketenagakerjaan meneken PKS di Lapas Kelas I Tangerang. "
     "Lapas itu menyiapkan aula sejak pagi. Penandatanganan itu disaksikan kepala Lapas Kelas I "
     "Tangerang, Lapas Perempuan Kelas IIA Tangerang dan LPKA Kelas I Tangerang.",
     ["Lapas Kelas I Tangerang", "LPP Kelas IIA Tangerang", "LPKA Kelas I Tangerang"]),
    ("Lapas Kelas I Bandar Lampung menggelar panen nanas bersama PT Great Giant Pineapple. "
     "Sebanyak dua ton nanas dipanen warga binaan. Hasilnya dijual ke pasar. \"Setelah ini, "
     "kami akan memetakan lahan di Lapas Kalianda dan Lapas Kotaagung,\" tuturnya.",
     ["Lapas Kelas I Bandar Lampung"]),
], ids=["prison-mentioned-in-passing", "quoted-programme-name", "sibling-prison-taking-part",
        "units-listed-with-one-taking-part", "units-listed-in-passing"])
def test_only_facilities_acting_in_the_article(text: str, names: list[str]) -> None:
    assert [f.name for f in run(text).facilities] == names


def test_a_ramadan_short_course_is_a_training_not_a_pesantren() -> None:
    article = run("Lapas Kelas IIB Tual menyelenggarakan Pesantren Kilat Ramadan 1447 H bagi warga "
                  "binaan bersama Kemenag Maluku Tenggara.")
    assert [p.name for p in article.partners] == \
        ["Kantor Kementerian Agama Kabupaten Maluku Tenggara"]
    assert [e.type for e in article.engagements] == ["pelatihan"]


def test_an_activity_named_as_a_programme_is_not_reported() -> None:
    article = run("Kalapas Tual beraudiensi dengan Bupati. Kunjungan ini berkaitan dengan program "
                  "pesantren kilat Ramadan yang digelar di lapas.")
    assert "pelatihan" not in [e.type for e in article.engagements]


def test_a_company_opening_the_lead_is_not_an_issuing_unit() -> None:
    article = run("PT Semen Tonasa menyerahkan bantuan kepada Lapas Kelas IIA Pangkajene.")
    assert [f.kind for f in article.facilities] == ["lapas"]
    assert [p.name for p in article.partners] == ["PT Semen Tonasa"]


@pytest.mark.parametrize("lead, issuer", [
    ("Palu – Universitas Tadulako menggelar skrining kesehatan bagi warga binaan Lapas Kelas IIA "
     "Palu.", "Universitas Tadulako"),
    ("Palu – Tim Pengabdian kepada Masyarakat Fakultas Kedokteran Universitas Tadulako menggelar "
     "skrining kesehatan bagi warga binaan Lapas Kelas IIA Palu.", "Universitas Tadulako"),
    ("Palu – Warga binaan Lapas Kelas IIA Palu mengikuti skrining kesehatan dari Universitas "
     "Tadulako.", None),
], ids=["dateline", "group-of-its-people", "after-the-prison"])
def test_an_organisation_opening_the_lead_is_the_issuing_unit(lead: str, issuer: str | None
                                                              ) -> None:
    article = run(lead)
    others = [f.name for f in article.facilities if f.kind == "other"]
    assert others == ([issuer] if issuer else [])
    assert issuer not in [p.name for p in article.partners]


def test_a_release_written_by_a_prisons_press_office_is_the_prisons() -> None:
    lead = ("Badan Amil Zakat Nasional (Baznas) Kabupaten Poso menyerahkan 50 mushaf kepada "
            "warga binaan Lapas Kelas IIB Poso, Jumat (6/3).\n\n")
    written = run(lead + "Penulis: Humas Lapas Poso\n")
    assert [f.kind for f in written.facilities] == ["lapas"]
    assert [p.name for p in written.partners] == ["Badan Amil Zakat Nasional Kabupaten Poso"]
    pictured = run(lead + "Foto: Humas Lapas Poso\n")
    assert [f.name for f in pictured.facilities if f.kind == "other"] == [
        "Badan Amil Zakat Nasional Kabupaten Poso"]


@pytest.mark.parametrize("dateline, credit", [
    ("Denpasar (Humas Kanwil Ditjenpas Bali) – ", ""),
    ("Denpasar – ", "\n\nKontributor: Humas Kanwil Ditjenpas Bali\n"),
], ids=["dateline-source", "writer-credit"])
def test_a_release_of_the_kanwils_press_office_is_the_prison_sides(dateline: str,
                                                                    credit: str) -> None:
    article = run(dateline + "Wakil Gubernur Bali, I Nyoman Wiratma, menerima audiensi Kepala "
                  "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Bali dan Kepala Lapas "
                  "Kelas IIA Kerobokan, Selasa (18/8/2026)." + credit)
    assert [f.name for f in article.facilities if f.kind == "other"] == []
    assert "Pemerintah Provinsi Bali" in [p.name for p in article.partners]


def test_a_governments_press_office_in_the_byline_or_outlet_issues_the_release() -> None:
    lead = ("LIWA – Bupati Lampung Barat, Ahmad Zulkifli, menerima audiensi Kepala Lapas Kelas "
            "III Liwa, Riduan Putra, Senin (2/3/2026). Pemerintah Kabupaten Lampung Barat "
            "siap mendukung pembinaan.\n\n")
    by_line = run(lead + "(Prokopim Lambar)\n")
    assert [f.name for f in by_line.facilities if f.kind == "other"] == [
        "Pemerintah Kabupaten Lampung Barat"]
    site = "Diskominfo Kabupaten Lampung Barat"
    republished = run(lead + "Sumber: Humas Lapas Liwa\n", outlet=site)
    assert [f.kind for f in republished.facilities] == ["lapas"]
    assert [f.name for f in run(lead, outlet=site).facilities if f.kind == "other"] == [
        "Pemerintah Kabupaten Lampung Barat"]


@pytest.mark.parametrize("lead, place", [
    ("Kudus – Tim Pengabdian kepada Masyarakat Universitas Muria Kudus menggelar pelatihan bagi "
     "warga binaan Lapas Kelas IIB Kudus.", "Kudus"),
    ("Palu – Universitas Tadulako menggelar skrining kesehatan bagi warga binaan Lapas Kelas IIA "
     "Palu.", "Palu"),
], ids=["regency-ending-the-name", "the-prisons-town"])
def test_the_place_of_an_issuing_unit_without_region(lead: str, place: str) -> None:
    [issuer] = [f for f in run(lead).facilities if f.kind == "other"]
    assert issuer.place == place


@pytest.mark.parametrize("lead, issuer", [
    ("Jeneponto – Rumah Sakit Umum Daerah (RSUD) Lanto Daeng Pasewang Jeneponto menggelar "
     "skrining kesehatan jiwa bagi tahanan Rutan Kelas IIB Jeneponto, Selasa (19/5/2026).",
     "Rumah Sakit Umum Daerah Lanto Daeng Pasewang Jeneponto"),
    ("Ngawi – Pondok Pesantren Nurul Huda Ngawi mengirimkan para asatiz untuk membina warga "
     "binaan Lapas Kelas IIB Ngawi melalui pesantren kilat, Senin (23/2/2026).",
     "Pondok Pesantren Nurul Huda Ngawi"),
], ids=["hospital", "pesantren"])
def test_hospitals_and_pesantren_opening_the_lead_issue_it(lead: str, issuer: str) -> None:
    article = run(lead)
    assert [f.name for f in article.facilities if f.kind == "other"] == [issuer]
    assert issuer not in [p.name for p in article.partners]


@pytest.mark.parametrize("town", ["Sumbawa Besar", "Pangkalan Bun", "Muara Teweh", "Labuan Bajo"])
def test_a_town_whose_first_word_is_a_region_is_one_place(town: str) -> None:
    article = run(f"Lapas Kelas IIB {town} menggelar pelatihan bersama Dinas Sosial.")
    assert [f.name for f in article.facilities] == [f"Lapas Kelas IIB {town}"]


def test_a_heads_title_with_the_first_word_of_the_towns_name_names_the_facility() -> None:
    article = run("Bupati Siak mengunjungi Rutan Kelas IIB Siak Sri Indrapura, Senin (3/11/2025). "
                  "Karutan Siak Eko Wahyudi menyambut rombongan.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Eko Wahyudi", "Kepala Rutan Kelas IIB Siak Sri Indrapura")]


def test_the_issuing_companys_other_offices_are_not_partners() -> None:
    article = run("Dumai, 5 November 2025 – PT Pertamina Patra Niaga Integrated Terminal Dumai "
                  "menyerahkan bantuan "
                  "mesin jahit kepada Lapas Kelas IIB Dumai, Selasa (4/11). Area Manager "
                  "Communication PT Pertamina Patra Niaga Regional Sumbagut, Rudi Hartono, "
                  "hadir bersama Bank Mandiri Cabang Dumai.")
    assert [f.name for f in article.facilities if f.kind == "other"] == [
        "PT Pertamina Patra Niaga Integrated Terminal Dumai"]
    assert [p.name for p in article.partners] == ["Bank Mandiri Cabang Dumai"]


@pytest.mark.parametrize("text, engagements, agreements", [
    ("Rutan Kelas IIB Poso dan Kejari Poso teken MoU, Rabu (5/11/2025).",
     ["penandatanganan"], [("mou", "signed")]),
    ("Lapas Palu dan Dinsos Kota Palu menanda tangani PKS, Senin (3/11/2025).",
     ["penandatanganan"], [("pks", "signed")]),
    ("Rutan Sambas beraudiensi dengan Bupati Sambas. \"MoU-nya kita siapkan, nanti kita meneken "
     "bersama,\" ujar Uray.", ["audiensi"], [("mou", "planned")]),
    ("Rupbasan Cilacap beraudiensi dengan Kejari Cilacap. \"Silakan siapkan draf PKS-nya, nanti "
     "tim kami pelajari,\" ucap Kajari.", ["audiensi"], [("pks", "proposed")]),
], ids=["headline-verb", "split-verb", "signing-later", "drafted-then-studied"])
def test_signing_verbs_as_portals_write_them(text: str, engagements: list[str],
                                             agreements: list[tuple[str, str]]) -> None:
    article = run(text)
    assert [e.type for e in article.engagements] == engagements
    assert [(a.type, a.status) for a in article.agreements] == agreements


def test_a_conjunction_in_capitals_ends_a_place_and_a_name() -> None:
    article = run("LHOKNGA - Cabang Rutan Lhoknga bersama Puskesmas Lhoknga menggelar skrining "
                  "TBC. SKRINING DIIKUTI 60 WARGA BINAAN CABANG RUTAN LHOKNGA DAN DIPANTAU PETUGAS "
                  "PUSKESMAS LHOKNGA DAN DINAS KESEHATAN ACEH BESAR.")
    assert [f.name for f in article.facilities] == ["Cabang Rutan Lhoknga"]
    assert "Puskesmas LHOKNGA DAN" not in [p.name for p in article.partners]


def test_an_organisation_sending_its_people_takes_part() -> None:
    article = run("Politeknik Negeri Sambas menggelar pelatihan listrik bagi warga binaan Rutan "
                  "Kelas IIB Sambas, Senin (3/11/2025). Materi meliputi keselamatan kerja. PT PLN "
                  "(Persero) ULP Sambas turut mengirim dua teknisi untuk memberi materi.")
    assert [p.name for p in article.partners] == [
        "PT PLN (Persero) Unit Layanan Pelanggan Sambas"]


@pytest.mark.parametrize("second, engagements", [
    ("MoU diteken Kalapas dan Rektor, lalu mahasiswa memberikan penyuluhan hukum kepada warga "
     "binaan.", ["penandatanganan", "sosialisasi"]),
    ("Dalam MoU tersebut, kampus juga berkewajiban memberikan pelatihan bagi warga binaan.",
     ["penandatanganan"]),
    ("MoU itu mencakup pelatihan dan penyuluhan hukum bagi warga binaan.", ["penandatanganan"]),
], ids=["another-clause-reports", "framing-document-covers", "covered-by-the-document"])
def test_an_activity_after_a_document_in_its_sentence(second: str, engagements: list[str]) -> None:
    article = run("Lapas Kelas IIB Kota Agung dan UM Pringsewu menandatangani MoU, Senin "
                  f"(27/10/2025). {second}")
    assert [e.type for e in article.engagements] == engagements


@pytest.mark.parametrize("text, engagements, agreements", [
    ("Rutan Bangkinang bekerja sama dengan PMI Kabupaten Kampar menggelar pemeriksaan kesehatan "
     "gratis bagi warga binaan, Selasa (25/11/2025).", ["pemeriksaan"], []),
    ("Rutan Kendari meluncurkan usaha roti, Jumat (6/11/2025). Bank Sultra menyerahkan oven. "
     "Penyerahan bantuan di lanjutkan dengan penandatanganan PKS antara Rutan Kendari dan Bank "
     "Sultra.", ["peluncuran", "penyerahan", "penandatanganan"], [("pks", "signed")]),
    ("Lapas Pangkalan Bun menggelar pelatihan bengkel bersama PT SAL, Kamis (20/11/2025). PKS "
     "tersebut di targetkan di tandatangani pada Desember mendatang.", ["pelatihan"],
     [("pks", "planned")]),
    ("Lapas Padangsidimpuan menggelar rapat koordinasi pengamanan, Senin (15/12/2025). Layanan "
     "kunjungan tatap muka tetap dibuka pada 25 Desember.", ["koordinasi"], []),
    ("Lapas Timika menggelar karya bakti bersama Kodim, Senin (3/11/2025). PMI Kabupaten Mimika "
     "membuka layanan donor darah di aula lapas.", ["other"], []),
], ids=["teaming-up-is-no-document", "split-prefix-and-continued-with", "split-planned-cue",
        "visiting-service-is-no-visit", "a-service-opened-is-an-event"])
def test_careless_and_service_wordings(text: str, engagements: list[str],
                                       agreements: list[tuple[str, str]]) -> None:
    article = run(text)
    assert sorted(e.type for e in article.engagements) == sorted(engagements)
    assert [(a.type, a.status) for a in article.agreements] == agreements


def test_a_cooperation_beside_a_document_set_apart_is_another_one() -> None:
    article = run("Lapas Kota Agung dan Universitas Muhammadiyah Pringsewu meneken MoU, Senin "
                  "(27/10/2025). Selain MoU tersebut, kedua pihak juga berencana bekerja sama "
                  "membuka kelompok belajar Paket C bagi warga binaan.")
    assert [(a.type, a.status) for a in article.agreements] == [
        ("mou", "signed"), ("kerja_sama", "planned")]


def test_an_earlier_event_recalled_makes_no_partner_and_no_engagement() -> None:
    article = run("Rutan Kelas IIB Solok menggelar penyuluhan hukum bersama Peradi Solok, Senin "
                  "(3/11). Materi diberikan oleh advokat Peradi. Sebelumnya, Rutan Solok juga "
                  "pernah menerima kunjungan Kejaksaan "
                  "Negeri Solok dalam rangka program Jaksa Menyapa.")
    assert [e.type for e in article.engagements] == ["sosialisasi"]
    assert "Kejaksaan Negeri Solok" not in [p.name for p in article.partners]


# -- agreements and engagements ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Rutan Kelas IIB Sinjai menandatangani perjanjian kerja sama dengan Pemkab Sinjai. "
     "Nota kesepahaman ini berlaku dua tahun.", [("pks", "signed")]),
    ("Lapas Kelas IIA Bone beraudiensi dengan Bupati Bone. Kedua pihak sepakat menindaklanjuti "
     "audiensi dengan nota kesepahaman yang direncanakan ditandatangani bulan depan.",
     [("mou", "planned")]),
    ("Lapas Kelas IIA Bone beraudiensi dengan BPJS Kesehatan. Kedua pihak juga sepakat bahwa "
     "pendampingan akan ditindaklanjuti dengan perjanjian kerja sama.", [("pks", "planned")]),
    ("Lapas Kelas IIA Bone beraudiensi dengan Pemkab Bone. Kedua pihak berencana menuangkan kerja "
     "sama itu dalam sebuah nota kesepahaman yang akan ditandatangani tahun depan.",
     [("mou", "planned")]),
], ids=["two-names-one-document", "agreed-to-plan", "modal-between", "cooperation-is-the-document"])
def test_agreement_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.type, a.status) for a in run(text).agreements] == expected


@pytest.mark.parametrize("text", [
    "Rutan Kelas IIB Pati beraudiensi dengan Bupati Pati. Bupati meminta Disnaker yang turut hadir "
    "mempelajari kebutuhan pelatihan di rutan.",
    "Rutan Kelas IIB Pati beraudiensi dengan Bupati Pati. Program pembinaan tetap berjalan, "
    "termasuk pelatihan tenun yang digelar bersama Pemkab.",
    "Rutan Kelas IIB Pati beraudiensi dengan Bupati Pati. Kegiatan ditutup usai upacara penutupan.",
], ids=["a-need-for-training", "a-programme-including-training", "after-a-ceremony"])
def test_activities_named_as_needs_contents_or_times_are_not_reported(text: str) -> None:
    assert [e.type for e in run(text).engagements] == ["audiensi"]


@pytest.mark.parametrize("text, expected", [
    ("Lapas Kelas IIB Tobelo meneken PKS. Acara di aula. Usai itu, tim BPJS Ketenagakerjaan "
     "memberikan sosialisasi manfaat program kepada warga binaan, termasuk cara pengajuan klaim.",
     ["penandatanganan", "sosialisasi"]),
    ("Lapas Kelas IIB Tobelo meneken PKS. Acara di aula. Tahap awal, pelatihan menjahit dan las "
     "listrik direncanakan dimulai November mendatang.", ["penandatanganan"]),
    ("LPKA Kelas II Muara Bulian meluncurkan sekolah filial. Acara di aula. Peluncuran ditandai "
     "dengan penandatanganan perjanjian kerja sama antara LPKA dan SMA Negeri 1 Batanghari.",
     ["peluncuran", "penandatanganan"]),
], ids=["modal-word-after-a-comma-governs-something-else", "modal-predicate-of-the-activity",
        "part-of-a-ceremony"])
def test_a_modal_word_governs_the_activity_it_belongs_to(text: str, expected: list[str]) -> None:
    assert [e.type for e in run(text).engagements] == expected


def test_engagement_words_naming_things_are_no_activity() -> None:
    article = run("Pemprov Jambi menyerahkan bantuan peralatan pelatihan kepada Lapas Kelas IIA "
                  "Jambi. Melalui PKS tersebut, kedua pihak akan menyusun kurikulum pelatihan.")
    assert [e.type for e in article.engagements] == ["penyerahan"]


@pytest.mark.parametrize("people", [
    "kepada 60 warga binaan peserta pelatihan kerja",
    "kepada lulusan pelatihan las tahun lalu",
], ids=["participants", "graduates"])
def test_people_named_by_their_training_report_no_training(people: str) -> None:
    article = run("Usai penandatanganan PKS, Kepala BPJS Ketenagakerjaan Cabang Karawang "
                  f"memberikan sosialisasi jaminan sosial {people}, Senin (3/11/2025), di Lapas "
                  "Kelas IIA Karawang.")
    assert "pelatihan" not in [e.type for e in article.engagements]


def test_a_talks_question_time_is_no_meeting() -> None:
    article = run("Bapas Palembang menggelar sosialisasi pidana kerja sosial bagi Kejari "
                  "Palembang, Selasa (3/3/2026). Dalam sesi diskusi, peserta dari Kejari "
                  "menanyakan mekanisme apabila klien tidak hadir.")
    assert [e.type for e in article.engagements] == ["sosialisasi"]


def test_a_position_names_its_organisation_by_the_short_form_the_article_introduced() -> None:
    article = run("Lapas Kelas IIA Serang menandatangani MoU dengan Universitas Sultan Ageng "
                  "Tirtayasa (Untirta). Rektor Untirta, Yayat Ruhiyat Sukmana, menyambut baik.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Yayat Ruhiyat Sukmana", "Rektor Universitas Sultan Ageng Tirtayasa")]


@pytest.mark.parametrize("text, name, acronym", [
    ("Bapas Bogor bersama Dinas Lingkungan Hidup (DLH) Kota Bogor menggelar kerja bakti.",
     "Dinas Lingkungan Hidup Kota Bogor", "DLH Kota Bogor"),
    ("Lapas Abepura menandatangani PKS dengan Yayasan Pendidikan Cahaya Timur.",
     "Yayasan Pendidikan Cahaya Timur", None),
    ("Lapas Porong menerima tim Ombudsman RI Perwakilan Jawa Timur.",
     "Ombudsman Republik Indonesia Perwakilan Jawa Timur", "Ombudsman RI Perwakilan Jawa Timur"),
    ("Lapas Ambarawa bersama Dinas Pertanian, Perikanan dan Pangan Kabupaten Semarang menanam "
     "jagung.", "Dinas Pertanian, Perikanan dan Pangan Kabupaten Semarang", None),
    ("LPP Malang bersama Dinas Koperasi, Perindustrian dan Perdagangan (Diskopindag) Kota Malang "
     "menggelar pelatihan.", "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang",
     "Diskopindag Kota Malang"),
    ("Lapas Muara Beliti bekerja sama dengan RSUD dr. Sobirin untuk layanan rehabilitasi.",
     "Rumah Sakit Umum Daerah dr. Sobirin", "RSUD dr. Sobirin"),
    ("Rutan Kupang menerima tim RSUD Prof. Dr. W. Z. Johannes Kupang untuk skrining.",
     "Rumah Sakit Umum Daerah Prof. Dr. W. Z. Johannes Kupang",
     "RSUD Prof. Dr. W. Z. Johannes Kupang"),
    ("Rupbasan Banda Aceh menggelar rapat bersama Balai Besar Pengawas Obat dan Makanan (BBPOM) "
     "di Banda Aceh.", "Balai Besar Pengawas Obat dan Makanan di Banda Aceh", "BBPOM di Banda Aceh"),
    ("LPP Mataram menggelar pelatihan tenun bersama Dinas Perindustrian Provinsi NTB.",
     "Dinas Perindustrian Provinsi Nusa Tenggara Barat", None),
    ("Lapas Medan bersama BNNP Sumut menggelar tes urine.",
     "Badan Narkotika Nasional Provinsi Sumatera Utara", "BNNP Sumut"),
    ("Lapas Sleman menggelar pelatihan bersama Universitas Pembangunan Nasional \"Veteran\" "
     "Yogyakarta (UPN Veteran Yogyakarta).",
     "Universitas Pembangunan Nasional \"Veteran\" Yogyakarta", "UPN Veteran Yogyakarta"),
    ("Lapas Sengkang bekerja sama dengan Dinas Koperasi, UKM dan Perindustrian Kabupaten Wajo.",
     "Dinas Koperasi, UKM dan Perindustrian Kabupaten Wajo", None),
    ("Lapas Sengkang bekerja sama dengan Dinas Koperasi, UKM dan Perindustrian Wajo.",
     "Dinas Koperasi, UKM dan Perindustrian Wajo", None),
    ("LPKA Kupang menandatangani PKS dengan Sekolah Menengah Kejuruan (SMK) Negeri 4 Kupang "
     "tentang pendidikan vokasi.", "Sekolah Menengah Kejuruan Negeri 4 Kupang",
     "SMK Negeri 4 Kupang"),
    ("Rutan Solok menandatangani PKS dengan Universitas Mahaputra Muhammad Yamin (UMMY) Solok "
     "tentang penyuluhan hukum.", "Universitas Mahaputra Muhammad Yamin Solok", "UMMY Solok"),
    ("Lapas Manado menandatangani PKS dengan Universitas Sam Ratulangi (Unsrat) tentang "
     "penelitian.", "Universitas Sam Ratulangi", "Unsrat"),
    ("Lapas Fakfak bersama Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Fakfak "
     "menggelar pelatihan.", "Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Fakfak",
     None),
    ("Bapas Kediri bersama Dinas Koperasi dan Usaha Mikro (Dinkop UM) Kota Kediri menggelar "
     "pelatihan.", "Dinas Koperasi dan Usaha Mikro Kota Kediri", "Dinkop UM Kota Kediri"),
    ("Lapas Pekalongan bersama Dinas Perdagangan, Koperasi dan UKM (Dindagkop-UKM) Kota "
     "Pekalongan menggelar pelatihan.", "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan",
     "Dindagkop-UKM Kota Pekalongan"),
    ("Lapas Kelas IIB Kabanjahe merayakan Natal bersama Gereja Batak Karo Protestan (GBKP) "
     "Resort Kabanjahe.", "Gereja Batak Karo Protestan Resort Kabanjahe", "GBKP"),
    ("Rutan Kelas IIB Tanjung Pinang meresmikan cetiya bersama Vihara Dharma Sasana.",
     "Vihara Dharma Sasana", None),
    ("LPKA Kelas II Tomohon bersama SMP Negeri 2 Tomohon membuka kelas filial.",
     "SMP Negeri 2 Tomohon", None),
    ("LPKA Kelas II Ambon menerima ijazah kesetaraan dari SKB Kota Ambon.",
     "Sanggar Kegiatan Belajar Kota Ambon", "SKB Kota Ambon"),
    ("Bapas Kelas II Ternate menandatangani MoU dengan Lembaga Perlindungan Anak (LPA) Provinsi "
     "Maluku Utara.", "Lembaga Perlindungan Anak Provinsi Maluku Utara",
     "LPA Provinsi Maluku Utara"),
    ("Lapas Kelas IIA Tanjungpinang bekerja sama dengan Universitas Maritim Raja Ali Haji "
     "(Umrah).", "Universitas Maritim Raja Ali Haji", "Umrah"),
    ("Rutan Kelas IIB Barru menyerahkan meja kepada SLB Negeri 1 Barru.",
     "Sekolah Luar Biasa Negeri 1 Barru", "SLB Negeri 1 Barru"),
    ("Rutan Painan menggelar rapat bersama Pemerintah Nagari Painan, Ahad (1/3).",
     "Pemerintah Nagari Painan", None),
    ("LPP Denpasar bersama Parisada Hindu Dharma Indonesia (PHDI) Kota Denpasar menggelar "
     "pelatihan.", "Parisada Hindu Dharma Indonesia Kota Denpasar", "PHDI Kota Denpasar"),
    ("Lapas Singaraja dan Sekolah Tinggi Agama Hindu Negeri (STAHN) Mpu Kuturan Singaraja "
     "menandatangani PKS.", "Sekolah Tinggi Agama Hindu Negeri Mpu Kuturan Singaraja",
     "STAHN Mpu Kuturan Singaraja"),
    ("Lapas Kotamobagu bersama pelayan jemaat GMIBM (Gereja Masehi Injili di Bolaang Mongondow) "
     "menggelar ibadah.", "Gereja Masehi Injili di Bolaang Mongondow", "GMIBM"),
], ids=["region-after-short-form", "activity-word-inside-a-name", "representative-office",
        "multi-affair-office", "multi-affair-office-with-short-form", "hospital-named-after-a-doctor",
        "hospital-named-after-a-professor", "office-in-a-city", "province-short-form-in-capitals",
        "province-short-form", "quoted-word-in-a-name", "multi-affair-office-with-an-acronym",
        "multi-affair-office-before-a-bare-region", "name-continues-after-short-form-to-a-place",
        "place-after-short-form", "nothing-after-short-form", "office-whose-affairs-name-a-head",
        "office-whose-affairs-end-before-a-word-that-is-no-place",
        "multi-affair-office-with-a-hyphenated-short-form", "batak-synod-congregation",
        "buddhist-temple", "junior-high-school", "learning-centre", "child-protection-body",
        "title-word-ending-a-name",
        "special-school", "village-government",
        "hindu-council", "name-word-spelled-like-a-short-form",
        "church-synod-short-form-first"])
def test_partner_name_forms(text: str, name: str, acronym: str | None) -> None:
    assert [(p.name, p.acronym) for p in run(text).partners] == [(name, acronym)]


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("Lapas Kelas IIA Ternate menggelar sosialisasi bersama Universitas Khairun (Unkhair) "
     "Ternate.", "Universitas Khairun", "Unkhair"),
    ("Lapas Kelas IIB Manokwari menerima kunjungan Universitas Papua Manokwari, Senin (2/3).",
     "Universitas Papua", None),
    ("Rutan Kelas IIB Jayapura bekerja sama dengan Fakultas Hukum Universitas Cenderawasih "
     "(Uncen) Jayapura.", "Fakultas Hukum Universitas Cenderawasih", "Uncen"),
    # the short form after the town abbreviates the name with it, as the article writes it
    ("Lapas Kelas IIB Merauke bersama Universitas Musamus Merauke (Unmus) menggelar "
     "pelatihan.", "Universitas Musamus Merauke", "Unmus"),
    # a university whose name ends in its town keeps it
    ("Lapas Kelas IIA Gorontalo bekerja sama dengan Universitas Negeri Gorontalo (UNG).",
     "Universitas Negeri Gorontalo", "UNG"),
], ids=["town-after-short-form", "town-after-name", "faculty-of-it", "town-before-short-form",
        "town-in-the-name"])
def test_the_town_after_a_whole_name_is_no_part_of_it(text: str, name: str,
                                                      acronym: str | None) -> None:
    assert [(p.name, p.acronym) for p in run(text).partners] == [(name, acronym)]


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Tim Bapas Kelas I Malang terdiri atas Pembimbing Kemasyarakatan Ahli Madya Eko Susanto, "
     "S.Sos., dan dua staf.", "Eko Susanto", "Pembimbing Kemasyarakatan Ahli Madya Bapas Kelas I "
     "Malang"),
    ("Bapas Kelas II Bogor mengutus Pembimbing Kemasyarakatan Ahli Pertama Nadia Safitri, S.Psi., "
     "ke Dinas Sosial Kota Bogor.", "Nadia Safitri",
     "Pembimbing Kemasyarakatan Ahli Pertama Bapas Kelas II Bogor"),
], ids=["madya", "pertama"])
def test_a_name_right_after_a_functional_grade_is_the_holders(text: str, name: str,
                                                              position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


@pytest.mark.parametrize(("written", "name", "position", "facility"), [
    ("Kalapas Narkotika Kelas IIA Bandung Hendrik Manurung", "Hendrik Manurung",
     "Kepala Lapas Narkotika Kelas IIA Bandung", "Lapas Narkotika Kelas IIA Bandung"),
    ("Kalapas Narkotika Kelas IIA Bandung, Hendrik Manurung,", "Hendrik Manurung",
     "Kepala Lapas Narkotika Kelas IIA Bandung", "Lapas Narkotika Kelas IIA Bandung"),
    ("Kalapas Perempuan Kelas IIA Bandung Wiwik Sulistyowati", "Wiwik Sulistyowati",
     "Kepala LPP Kelas IIA Bandung", "LPP Kelas IIA Bandung"),
    ("Kalapas Perempuan Bandung Wiwik Sulistyowati", "Wiwik Sulistyowati",
     "Kepala LPP Bandung", "LPP Bandung"),
], ids=["narkotika-no-comma", "narkotika-comma", "perempuan-is-an-lpp", "no-class"])
def test_a_heads_short_title_with_a_specialisation_and_a_class(
        written: str, name: str, position: str, facility: str) -> None:
    article = run("Kanwil Ditjenpas Jawa Barat menggelar rapat di Bandung, Senin (2/3/2026). "
                  f"PKS diteken {written} di aula kanwil.")
    assert [(o.name, o.position) for o in article.officials] == [(name, position)]
    assert [f.name for f in article.facilities] == [facility]


def test_the_director_general_of_corrections_and_the_directorates_secretary() -> None:
    article = run("Lapas Kelas I Cipinang menjadi tuan rumah, Senin (2/3/2026). PKS ditandatangani "
                  "oleh Direktur Jenderal Pemasyarakatan, Drs. Hermawan Adji Santoso, Bc.IP., "
                  "M.Si. Sesditjenpas, Dr. Asep Kurnia, turut mendampingi.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Hermawan Adji Santoso", "Direktur Jenderal Pemasyarakatan"),
        ("Asep Kurnia", "Sekretaris Direktorat Jenderal Pemasyarakatan")]


@pytest.mark.parametrize(("sentence", "name", "position"), [
    ("Kepala Dinas Sosial Kota Bogor didampingi Kepala Bidang Rehabilitasi Sosial Yanti "
     "Rosdiana, S.Sos.", "Yanti Rosdiana",
     "Kepala Bidang Rehabilitasi Sosial Dinas Sosial Kota Bogor"),
    ("Teknisnya dikawal Kepala Subseksi Bantuan Hukum dan Penyuluhan Hesti Wulandari, S.H.",
     "Hesti Wulandari", "Kepala Subseksi Bantuan Hukum dan Penyuluhan Rutan Kelas I Surakarta"),
    # a section's last word, then the office's own words before the comma and the holder
    ("Hadir Kepala Bidang Tanaman Pangan dan Hortikultura Distanak Kukar, Rusdiansyah Noor, "
     "S.P.", "Rusdiansyah Noor", None),
    ("Hadir Kepala Seksi Pengelolaan Barang Bukti dan Barang Rampasan Kejari Surabaya, Yusuf "
     "Effendi.", "Yusuf Effendi", None),
    ("Materi disampaikan Penyuluh Pertanian Ahli Muda Rina Marlina, S.P.", "Rina Marlina",
     "Penyuluh Pertanian Ahli Muda Dinas Sosial Kota Bogor"),
], ids=["division", "prison-sub-section", "office-short-form-then-comma",
        "section-words-past-the-vocabulary", "functional-grade"])
def test_a_name_right_after_a_sections_affairs_is_the_holders(
        sentence: str, name: str, position: str | None) -> None:
    article = run("Rutan Kelas I Surakarta bersama Dinas Sosial Kota Bogor menggelar rapat, Senin "
                  f"(2/3/2026). {sentence}")
    found = {o.name: o.position for o in article.officials}
    assert name in found
    if position is not None:
        assert found[name] == position
    assert not any(w in n for n in found for w in ("Barang", "Distanak", "Ahli"))


@pytest.mark.parametrize("letter", [
    "Surat Edaran Direktur Jenderal Pemasyarakatan Nomor PAS-12.PK.01.04.01 Tahun 2026",
    "Peraturan Bupati Grobogan Nomor 12 Tahun 2025"])
def test_the_number_of_a_heads_letter_is_no_holder(letter: str) -> None:
    article = run(f"Lapas Kelas IIA Ambon menggelar rapat, Senin (2/3/2026). Rapat menindaklanjuti "
                  f"{letter}.")
    assert article.officials == []


@pytest.mark.parametrize("sentence", [
    "Tes urine digelar di Lapas Kelas IIA Bandung, Lapas Narkotika Bandung, Kalapas Yusuf "
    "Maulana Harahap memimpin pengecekan.",
    "Di Payakumbuh, Kakanwil diterima pejabat struktural lapas.",
    "Hadir mewakili Wali Kota Enggal, Kepala Dinas Sosial Kota Enggal, Dr. Mari Deta, M.Si.",
], ids=["facility-name-tail", "place-after-a-preposition", "town-after-a-region-word"])
def test_the_tail_of_a_name_before_a_position_is_no_holder(sentence: str) -> None:
    article = run(f"Kanwil Ditjenpas menggelar kegiatan, Senin (2/3/2026). {sentence}")
    assert not any(o.name in ("Narkotika Bandung", "Payakumbuh", "Enggal")
                   for o in article.officials)


@pytest.mark.parametrize(("sentence", "name"), [
    ("disaksikan Kadiv Pemasyarakatan Kanwil Ditjenpas Banten, Joko Purwanto Hadi, Bc.IP.",
     "Joko Purwanto Hadi"),
    ("Kadiv Pemasyarakatan Ni Luh Gede Ariasih menutup pertemuan.", "Ni Luh Gede Ariasih"),
], ids=["written-out-short-title", "balinese-name-no-comma"])
def test_the_head_of_the_corrections_division(sentence: str, name: str) -> None:
    article = run("Lapas Kelas IIA Cilegon menandatangani PKS, Senin (2/3/2026). PKS itu "
                  f"{sentence}")
    assert [o.position.split(" Kantor")[0] for o in article.officials if o.name == name] == [
        "Kepala Divisi Pemasyarakatan"]


def test_no_holder_is_cut_from_a_name_whose_holder_follows_its_comma() -> None:
    article = run("LPKA Kelas II Bandung menerima ijazah, Senin (2/3/2026). Ijazah diserahkan oleh "
                  "Ketua Pusat Kegiatan Belajar Masyarakat (PKBM) Bina Insan Mandiri, Hj. Euis "
                  "Komalasari, S.Pd., didampingi Kepala LPKA Bandung.")
    assert [p.name for p in article.partners] == [
        "Pusat Kegiatan Belajar Masyarakat Bina Insan Mandiri"]
    assert [o.name for o in article.officials] == ["Euis Komalasari"]


def test_a_holder_right_after_a_sections_bracketed_short_form() -> None:
    article = run("Lapas Kelas IIB Sungailiat bersama Dinas Kesehatan Kabupaten Bangka menggelar "
                  "skrining, Senin (2/3/2026). Hadir Kasi Bimbingan Narapidana/Anak Didik "
                  "(Binadik) Arief Budiman, S.Sos., dan Kepala Bidang Pencegahan dan "
                  "Pengendalian Penyakit (P2P) dr. Sari Wulandari.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Arief Budiman",
         "Kepala Seksi Bimbingan Narapidana/Anak Didik Lapas Kelas IIB Sungailiat"),
        ("Sari Wulandari", "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan "
                           "Kabupaten Bangka")]


def test_a_time_zone_before_a_positions_comma_is_no_holder() -> None:
    article = run("Kakanwil Ditjenpas Kalimantan Tengah berkunjung ke Lapas Kelas IIB Pangkalan "
                  "Bun, Jumat (19/9/2025). Setibanya pukul 09.00 WIB, Kakanwil disambut pejabat "
                  "lapas.")
    assert [o.name for o in article.officials] == []


@pytest.mark.parametrize("written", ["Kasi Kegiatan Kerja", "Kasubsi Pelayanan Tahanan"])
def test_a_prison_sections_short_title_then_its_holder_then_another(written: str) -> None:
    article = run("Lapas Kelas IIB Polewali beraudiensi dengan Wakil Bupati, Senin (2/3/2026). "
                  f"Kalapas didampingi {written} I Nyoman Sudira dan Kaur Umum, Sitti Hajrah.")
    assert [o.name for o in article.officials] == ["I Nyoman Sudira", "Sitti Hajrah"]


def test_a_division_named_by_an_enumeration_then_a_titled_holder() -> None:
    article = run("Lapas Kelas IIA Ambon menandatangani MoU dengan Institut Agama Kristen Negeri "
                  "(IAKN) Ambon, Senin (2/3/2026). Dari pihak IAKN hadir Wakil Rektor Bidang "
                  "Kemahasiswaan, Alumni dan Kerja Sama Dr. Agustinus Rahangiar, M.Si. "
                  "Penandatanganan dilakukan Plt. Kepala Lapas, Agus Salim, yang sehari-hari "
                  "menjabat Kepala Subseksi Pengelolaan, dan H. Syamsul Bahri, S.Ag.")
    found = {o.name: o.position for o in article.officials}
    assert found["Agustinus Rahangiar"] == ("Wakil Rektor Bidang Kemahasiswaan, Alumni dan Kerja "
                                            "Sama Institut Agama Kristen Negeri Ambon")
    assert "Alumni" not in found


def test_the_head_of_a_detention_centres_guard_then_its_short_form_and_holder() -> None:
    article = run("Rutan Kelas IIB Ruteng menandatangani MoU, Senin (2/3/2026). Kepala Pengamanan "
                  "Rutan (KPR) Kanisius Dohi diajak meninjau laboratorium.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Kanisius Dohi", "Kepala Pengamanan Rutan Kelas IIB Ruteng")]


@pytest.mark.parametrize(("sentence", "name", "position"), [
    ("MoU ditandatangani Director Corporate Affairs PT Great Giant Pineapple, Welly Hartanto "
     "Gunawan.", "Welly Hartanto Gunawan", "Director Corporate Affairs PT Great Giant Pineapple"),
    ("Dari pihak perusahaan hadir Head of Corporate Social Responsibility PT Mahakam Bara "
     "Lestari, Yohanes Dwi Cahyono.", "Yohanes Dwi Cahyono",
     "Head of Corporate Social Responsibility PT Mahakam Bara Lestari"),
    ("PKS diteken President Director PT Wana Jati Nusantara, Michael Hartono Gunawan.",
     "Michael Hartono Gunawan", "President Director PT Wana Jati Nusantara"),
], ids=["director", "head-of", "president-director"])
def test_english_company_titles_director_and_head_of(sentence: str, name: str,
                                                     position: str) -> None:
    article = run(f"Lapas Kelas I Bandar Lampung menjalin kerja sama, Senin (2/3/2026). {sentence}")
    assert (name, position) in [(o.name, o.position) for o in article.officials]


def test_a_position_of_a_whole_named_university_leaves_its_town_out() -> None:
    article = run("Lapas Kelas IIA Pontianak menerima kunjungan Universitas Tanjungpura (Untan) "
                  "Pontianak, Selasa (3/3). Rektor Untan Pontianak, Prof. Dr. Garuda Wiko, S.H., "
                  "M.Si., hadir bersama Dekan Fakultas Hukum Universitas Tanjungpura Pontianak, "
                  "Dr. Sy. Hasyim Azizurrahman, S.H., M.Hum.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Garuda Wiko", "Rektor Universitas Tanjungpura"),
        ("Sy. Hasyim Azizurrahman", "Dekan Fakultas Hukum Universitas Tanjungpura")]


def test_a_bare_commanders_title_after_his_unit_is_named_is_that_units() -> None:
    article = run("Cabang Rutan Ratahan meluncurkan pojok baca, Senin (3/11). Dukungan juga "
                  "datang dari Koramil 1302-13/Ratahan. Danramil, Kapten Inf Jemmy Sumual, "
                  "menyerahkan buku.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Jemmy Sumual", "Komandan Komando Rayon Militer 1302-13/Ratahan")]
    assert [p.name for p in article.partners] == ["Komando Rayon Militer 1302-13/Ratahan"]


def test_a_hospital_written_without_its_namesakes_titles_is_the_same_hospital() -> None:
    article = run("Lapas Kelas IIA Kotabumi menggelar skrining bersama Rumah Sakit Umum Daerah "
                  "(RSUD) Mayjen H.M. Ryacudu Kotabumi.\nDirektur RSUD Ryacudu, dr. Hendri "
                  "Sinaga, Sp.P., menambahkan.")
    assert [p.name for p in article.partners] == [
        "Rumah Sakit Umum Daerah Mayjen H.M. Ryacudu Kotabumi"]
    assert [o.position for o in article.officials] == [
        "Direktur Rumah Sakit Umum Daerah Mayjen H.M. Ryacudu Kotabumi"]


def test_a_place_written_twice_before_a_title_does_not_take_the_title() -> None:
    article = run("Lapas Kelas IIA Subulussalam menggelar wisuda bersama Kepala Dinas Syariat "
                  "Islam Kota Subulussalam Tgk. Muhammad Nasir, S.Ag., dan Ketua Majelis "
                  "Permusyawaratan Ulama Kota Subulussalam Tgk. H. Abdussamad Cibro.")
    assert [o.position for o in article.officials] == [
        "Kepala Dinas Syariat Islam Kota Subulussalam",
        "Ketua Majelis Permusyawaratan Ulama Kota Subulussalam"]


@pytest.mark.parametrize("text, name, position", [
    ("Hadir di Cabang Rutan Telukdalam Penyelenggara Kristen Kemenag Nias Selatan, Hilarius "
     "Ndruru, S.Th., serta majelis.", "Hilarius Ndruru",
     "Penyelenggara Kristen Kantor Kementerian Agama Kabupaten Nias Selatan"),
    ("Mereka diterima Department Head Corporate Social Responsibility PT Inalum, Dameria "
     "Simatupang, di Lapas Kelas IIA Labuhan Ruku.", "Dameria Simatupang",
     "Department Head Corporate Social Responsibility PT Inalum"),
    ("LPKA Kelas II Banda Aceh bersama Dinas Pendidikan Dayah Kota Banda Aceh meneken "
     "kesepakatan. Hadir Kepala Dinas Pendidikan Dayah Kota Banda Aceh, Tgk. H. Munawir "
     "Ismail, S.Ag.", "Munawir Ismail", "Kepala Dinas Pendidikan Dayah Kota Banda Aceh"),
    ("KUPANG – Politeknik Pertanian Negeri Kupang (Politani Kupang) menggelar pelatihan di "
     "Rutan Kelas IIA Kupang. Ketua Pusat Penelitian dan Pengabdian kepada Masyarakat (P3M) "
     "Politani Kupang, Maria Bria, M.Sc., menjelaskan.", "Maria Bria",
     "Ketua Pusat Penelitian dan Pengabdian kepada Masyarakat Politeknik Pertanian Negeri "
     "Kupang"),
    ("Lapas Kelas IIA Bandung menerima CEO PT Sinar Jaya Abadi, Rudi Hartono, Selasa (4/11).",
     "Rudi Hartono", "CEO PT Sinar Jaya Abadi"),
    ("Kebaktian di Lapas Kelas IIA Bekasi dipimpin Pendeta GPIB Jemaat Sion Bekasi, Pdt. Maria "
     "Tanamal.", "Maria Tanamal",
     "Pendeta Gereja Protestan di Indonesia bagian Barat Jemaat Sion Bekasi"),
    ("Pada 2019, Kepala LPP Palembang saat itu, Dra. Rusmini Hartati, mendatangkan penenun ke "
     "LPP Kelas IIA Palembang.", "Rusmini Hartati", "Kepala LPP Kelas IIA Palembang"),
    ("Itulah yang dibawa Kepala Cabang Rumah Tahanan Negara (Cabang Rutan) Tuapejat, Roni "
     "Sikumbang, S.H., saat beraudiensi.", "Roni Sikumbang", "Kepala Cabang Rutan Tuapejat"),
    ("Panen di Lapas Kelas IIB Muara Teweh dihadiri Komandan Kodim 1013/Muara Teweh, Letkol "
     "Inf Arief Budiman Nasution.", "Arief Budiman Nasution",
     "Komandan Kodim 1013/Muara Teweh"),
    ("Panen di Lapas Kelas IIB Muara Teweh didampingi Penyuluh Pertanian Lapangan Kecamatan "
     "Teweh Tengah, Nursiah, yang mendampingi sejak awal.", "Nursiah",
     "Penyuluh Pertanian Lapangan Kecamatan Teweh Tengah"),
    ("Pasuruan – Universitas Yudharta Pasuruan menggelar pelatihan di Lapas Kelas IIB "
     "Pasuruan. Kepala Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas "
     "Yudharta, Nur Laili, menjelaskan.", "Nur Laili",
     "Kepala Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Yudharta"),
    ("Rapat di Rupbasan Kelas II Pangkalpinang dihadiri Kepala Subdirektorat Tindak Pidana "
     "Tertentu Direktorat Reserse Kriminal Khusus Kepolisian Daerah (Polda) Kepulauan Bangka "
     "Belitung, AKBP Ronald Sihombing.", "Ronald Sihombing",
     "Kepala Subdirektorat Tindak Pidana Tertentu Direktorat Reserse Kriminal Khusus "
     "Kepolisian Daerah Kepulauan Bangka Belitung"),
], ids=["religions-officer-of-kemenag", "english-department-head", "aceh-dayah-office",
        "research-centre-of-a-polytechnic", "company-ceo", "congregations-minister",
        "head-at-the-time",
        "head-of-a-branch-prison-written-out",
        "numbered-unit-of-the-articles-own-town", "extension-worker-of-a-district",
        "unit-of-a-university-named-without-its-town", "police-subdirectorate-of-eight-words"])
def test_religious_officers_department_heads_and_aceh_offices(text: str, name: str,
                                                             position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


def test_a_state_company_is_of_kind_bumn() -> None:
    article = run("Rutan Kelas IIB Toboali menerima alat las dari PT Timah Tbk. Bantuan itu "
                  "diserahkan di aula rutan.")
    assert [(p.name, p.kind) for p in article.partners] == [("PT Timah Tbk", "bumn")]


def test_a_regional_secretariat_takes_part_as_its_government() -> None:
    article = run("Rapat di Bapas Kelas II Kotabumi dihadiri Asisten Pemerintahan dan Kesra "
                  "Setdakab Lampung Utara, M. Fahrurrozi, S.STP., dan Kepala Dinas Sosial "
                  "Kabupaten Lampung Utara, Rina Marlina.")
    assert [(o.name, o.position) for o in article.officials][0] == ("M. Fahrurrozi", (
        "Asisten Pemerintahan dan Kesra Sekretariat Daerah Kabupaten Lampung Utara"))
    assert sorted(p.name for p in article.partners) == [
        "Dinas Sosial Kabupaten Lampung Utara", "Pemerintah Kabupaten Lampung Utara"]


def test_a_government_taking_part_through_its_head_is_a_partner() -> None:
    article = run("Kepala Bapas Kelas II Sorong, Yance Rumbewas, melakukan audiensi dengan "
                  "Pj. Wali Kota Sorong, Septinus Lobat, di ruang kerja wali kota.")
    assert [(p.name, p.kind) for p in article.partners] == [("Pemerintah Kota Sorong", "pemda")]
    [partner] = article.partners
    assert "Wali Kota Sorong" in partner.spans[0].text


def test_two_offices_joined_by_dan_stay_two_partners_of_the_region_named_last() -> None:
    article = run("Lapas Maros bersama Dinas Sosial dan Dinas Kesehatan Kabupaten Maros menggelar "
                  "rapat koordinasi.")
    assert [p.name for p in article.partners] == ["Dinas Sosial Kabupaten Maros",
                                                  "Dinas Kesehatan Kabupaten Maros"]


@pytest.mark.parametrize("text, name, position", [
    ("Hadir Kepala Divisi Pemasyarakatan Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau, "
     "Edi Saputra Harahap, di lapas.", "Edi Saputra Harahap",
     "Kepala Divisi Pemasyarakatan Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau"),
    ("Dandim 0714/Salatiga, Letkol Inf Yudha Prasetya Nugraha, menyatakan dukungan.",
     "Yudha Prasetya Nugraha", "Komandan Kodim 0714/Salatiga"),
    ("Hadir Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas) Banten, "
     "Rudi Hartono.", "Rudi Hartono",
     "Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten"),
    ("Lapas Rumbai bekerja sama dengan Koperasi Tani Maju Bersama. Ketua Koperasi Tani Maju "
     "Bersama, Jasman, hadir.", "Jasman", "Ketua Koperasi Tani Maju Bersama"),
    ("Tes urine digelar bersama Polresta Sleman. Dari Polresta Sleman, Kasat Resnarkoba Kompol "
     "Bagus Hendro Prakoso, S.H., memaparkan modus.", "Bagus Hendro Prakoso",
     "Kepala Satuan Reserse Narkoba Kepolisian Resor Kota Sleman"),
    ("Rapat digelar bersama Polres Metro Jakarta Timur. Polres Metro Jakarta Timur mengutus Kabag "
     "Ops AKBP Dimas Pradipta Wicaksono.", "Dimas Pradipta Wicaksono",
     "Kepala Bagian Operasional Kepolisian Resor Metro Jakarta Timur"),
    ("Ketua PN Buntok bersama Hakim Pengawas dan Pengamat (Wasmat) PN Buntok, Reza Mahendra, "
     "S.H., berkunjung ke rutan.", "Reza Mahendra",
     "Hakim Pengawas dan Pengamat Pengadilan Negeri Buntok"),
    ("Hakim Wasmat PN Singkawang, Fransiska Lim, S.H., memeriksa blok hunian.", "Fransiska Lim",
     "Hakim Pengawas dan Pengamat Pengadilan Negeri Singkawang"),
], ids=["regional-position-before-an-office", "numbered-unit", "short-form-inside-position",
        "name-ending-in-bersama", "rank-after-a-unit-position", "rank-after-section-words",
        "supervising-judge-with-short-form", "supervising-judge-short"])
def test_positions_of_offices(text: str, name: str, position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


def test_a_short_reference_joins_the_specialised_facility_of_its_place() -> None:
    article = run("Lapas Narkotika Kelas IIA Muara Beliti meluncurkan layanan rehabilitasi. "
                  "Ditjenpas mengapresiasi Lapas Muara Beliti yang dinilai konsisten.")
    assert [f.name for f in article.facilities] == ["Lapas Narkotika Kelas IIA Muara Beliti"]


def test_a_programme_named_after_a_prison_is_no_facility() -> None:
    article = run("Lapas Kelas IIA Ambarawa meluncurkan program Lapas Tangguh Pangan hari ini.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas IIA Ambarawa"]


@pytest.mark.parametrize("text, expected", [
    ("Lapas Muara Beliti meluncurkan layanan rehabilitasi di lapangan upacara lapas.",
     ["peluncuran"]),
    ("Lapas Rumbai menerima kunjungan Unri. Koperasi berminat membeli hasil panen cabai.",
     ["kunjungan"]),
    ("Cabang Rutan Bajawa menerima bantuan perbaikan instalasi listrik dari PLN ULP Bajawa.",
     ["penyerahan"]),
    ("LPP Ambon menggelar pelatihan. Pada hari yang sama, BPOM di Ambon memberikan sosialisasi "
     "keamanan pangan.", ["pelatihan", "sosialisasi"]),
    ("Kapolres Pamekasan mengunjungi Lapas Kelas IIA Pamekasan. Kedua pimpinan berdiskusi "
     "mengenai antisipasi gangguan keamanan.", ["kunjungan", "koordinasi"]),
    ("Dandim 1501/Ternate datang ke Lapas Kelas IIA Ternate dalam rangka kunjungan kerja.",
     ["kunjungan"]),
    ("Lapas Kelas IIA Malang menggelar tes urine dalam rangka peringatan HANI.", ["pemeriksaan"]),
    ("Pengurus Dharma Wanita LPP Martapura melakukan anjangsana ke UPTD Panti Sosial Tresna "
     "Werdha Budi Sejahtera.", ["kunjungan"]),
    ("Universitas Muhammadiyah Sumatera Barat menggelar coaching clinic kewirausahaan bagi "
     "warga binaan Lapas Bukittinggi.", ["pelatihan"]),
    ("KPP Pratama Bukittinggi menggelar webinar perpajakan bagi pegawai Lapas Bukittinggi.",
     ["sosialisasi"]),
], ids=["place-named-after-an-activity", "a-harvest-as-a-thing", "receiving-aid",
        "giving-a-briefing", "discussing-is-a-meeting", "on-a-working-visit",
        "the-occasion-is-no-activity", "a-courtesy-call-on-a-home", "a-coaching-clinic",
        "a-webinar"])
def test_engagement_words_in_context(text: str, expected: list[str]) -> None:
    assert [e.type for e in run(text).engagements] == expected


def test_a_programmes_owner_is_no_partner() -> None:
    article = run("Lapas Kelas I Makassar menggelar pelatihan barista bersama BBPVP Makassar. "
                  "Pelatihan ini merupakan bagian dari program Kementerian Ketenagakerjaan.")
    assert [p.acronym for p in article.partners] == ["BBPVP Makassar"]


def test_the_facility_named_without_its_place_in_a_position() -> None:
    article = run("Lapas Kelas I Makassar menggelar pelatihan barista. Kepala Lapas, Andi Rahmat, "
                  "mengatakan lulusan akan mendapat sertifikat.")
    assert [o.position for o in article.officials] == ["Kepala Lapas Kelas I Makassar"]


def test_a_two_word_place_written_twice_is_one_place() -> None:
    article = run("Warga binaan Lapas Kelas III Kuala Tungkal mengikuti sosialisasi hukum. "
                  "Kalapas Kuala Tungkal, Abd. Rahman Syarif, membuka acara.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas III Kuala Tungkal"]
    assert [o.name for o in article.officials] == ["Abd. Rahman Syarif"]


def test_an_abbreviated_given_name_keeps_its_full_stop() -> None:
    article = run("Lapas Bukittinggi menandatangani PKS. Dokumen ditandatangani Kepala Lapas Kelas IIA "
                  "Bukittinggi, Moch. Rizal Effendi, A.Md.IP., S.H., M.H., dan dekan.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Moch. Rizal Effendi", ["A.Md.IP.", "S.H.", "M.H."])]


@pytest.mark.parametrize("text, name, position", [
    ("Rutan Manna menerima Komisi I DPRD Bengkulu Selatan. Anggota Komisi I DPRD Bengkulu Selatan, "
     "Yusnita Marlina, S.Pd., menyoroti layanan kesehatan.", "Yusnita Marlina",
     "Anggota Komisi I Dewan Perwakilan Rakyat Daerah Kabupaten Bengkulu Selatan"),
    ("Rupbasan Pekanbaru menggelar rapat. Panitera Pengadilan Negeri Pekanbaru, Hasudungan "
     "Simanjuntak, S.H., menambahkan.", "Hasudungan Simanjuntak",
     "Panitera Pengadilan Negeri Pekanbaru"),
    ("Rutan Ruteng menggelar rapat. Pasi Intel Kodim 1612/Manggarai, Kapten Inf Stefanus Jemarut, "
     "menyampaikan dukungan.", "Stefanus Jemarut",
     "Perwira Seksi Intelijen Komando Distrik Militer 1612/Manggarai"),
    ("Bapas Praya menandatangani PKS dengan SLB Negeri 1 Lombok Tengah. Kepala SLB Negeri 1 Lombok "
     "Tengah, I Nyoman Sudarsa, S.Pd., menilai baik.", "I Nyoman Sudarsa",
     "Kepala Sekolah Luar Biasa Negeri 1 Lombok Tengah"),
    ("LPP Medan menggelar pelatihan. Pelatihan dipandu Herlina Tarigan, yang juga menjabat sebagai "
     "Ketua Himpunan Penyelenggara Pelatihan dan Kursus Indonesia (HIPKI) Kota Medan.",
     "Herlina Tarigan",
     "Ketua Himpunan Penyelenggara Pelatihan dan Kursus Indonesia Kota Medan"),
    ("Lapas Narkotika Kelas IIA Samarinda menerima kunjungan BNNP Kalimantan Timur, Senin "
     "(2/3/2026).\n\nIa menyebut lapas kini memiliki empat konselor, salah satunya Nursyamsiah, "
     "S.Psi., yang sekaligus menjabat Kepala Subseksi Bimbingan Kemasyarakatan dan Perawatan.",
     "Nursyamsiah",
     "Kepala Subseksi Bimbingan Kemasyarakatan dan Perawatan Lapas Narkotika Kelas IIA Samarinda"),
    ("Bapas Metro menandatangani PKS. Ketua Yayasan Rumah Harapan Bumi Sai Wawai, Endang "
     "Sulistyowati, menyebut yayasannya siap.", "Endang Sulistyowati",
     "Ketua Yayasan Rumah Harapan Bumi Sai Wawai"),
    ("Rapat digelar di Lapas Kelas IIA Tanjungpinang. Hadir Kalapas Kelas IIA Tanjungpinang, "
     "Hendrik Wowor, Bc.IP., S.H., dan lainnya.", "Hendrik Wowor",
     "Kepala Lapas Kelas IIA Tanjungpinang"),
    ("Lapas Samarinda meluncurkan layanan rehabilitasi. Dari pihak RSJD Atma Husada Mahakam, "
     "Kepala Instalasi Rehabilitasi Napza, dr. Anastasia Lusia Wenas, Sp.KJ., menjelaskan.",
     "Anastasia Lusia Wenas",
     "Kepala Instalasi Rehabilitasi Napza Rumah Sakit Jiwa Daerah Atma Husada Mahakam"),
    ("Pemkab Minahasa diwakili Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten "
     "Minahasa, Ir. Denny Tumbelaka, M.Si.", "Denny Tumbelaka",
     "Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Minahasa"),
    ("Rutan Solok menandatangani PKS dengan Universitas Mahaputra Muhammad Yamin (UMMY) Solok. "
     "Dokumen diteken Rektor UMMY Solok, Prof. Dr. Hendri Yusman, M.Pd., di aula rutan.",
     "Hendri Yusman", "Rektor Universitas Mahaputra Muhammad Yamin Solok"),
    ("Bapas Kediri bersama Dinas Koperasi dan Usaha Mikro (Dinkop UM) Kota Kediri menggelar "
     "pelatihan. Kepala Dinkop UM Kota Kediri, Dra. Sri Wahyuningsih, menutup pelatihan.",
     "Sri Wahyuningsih", "Kepala Dinas Koperasi dan Usaha Mikro Kota Kediri"),
    ("Rombongan diterima Kepala Lapas Curup, Robby Firmansyah, serta Kepala Seksi Bimbingan "
     "Narapidana/Anak Didik, Nurul Aini.", "Nurul Aini",
     "Kepala Seksi Bimbingan Narapidana/Anak Didik Lapas Curup"),
    ("Lapas Barabai memanen cabai bersama Kodim 1002/HST. Dandim 1002/HST yang diwakili Pasi "
     "Teritorial Kapten Inf Syahrani Ahmad mengatakan TNI mendukung.", "Syahrani Ahmad",
     "Perwira Seksi Teritorial Komando Distrik Militer 1002/Hulu Sungai Tengah"),
    ("Lapas Lubuk Pakam meneken PKS dengan PT Perkebunan Nusantara IV Regional II. PKS diteken "
     "Region Head PT Perkebunan Nusantara IV Regional II, Ir. Budi Santoso Hasibuan, di aula.",
     "Budi Santoso Hasibuan", "Region Head PT Perkebunan Nusantara IV Regional II"),
    ("Lapas Kelas IIB Sragen menggelar simulasi kebakaran bersama Satpol PP Kabupaten Sragen. "
     "Kegiatan dihadiri Kasatpol PP Sragen, Drs. Slamet Riyadi, beserta personel.",
     "Slamet Riyadi", "Kepala Satuan Polisi Pamong Praja Kabupaten Sragen"),
], ids=["council-member", "court-clerk", "military-staff-officer", "special-school",
        "name-then-also-serving-as", "name-then-at-once-serving-as", "head-word-inside-a-name",
        "class-after-the-short-position", "section-of-the-organisation-named-before",
        "assistant-of-a-regional-secretariat", "short-form-then-its-city",
        "office-whose-affair-heads-other-names", "section-with-a-slash",
        "staff-officer-then-rank", "region-head-of-a-plantation-company",
        "head-of-the-civil-service-police"])
def test_more_positions_of_the_genre(text: str, name: str, position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


def test_a_numbered_unit_then_a_name_without_comma() -> None:
    article = run("Lapas Nunukan memanen rumput laut. Dandim 0911/Nunukan Arief Prasetyo menyebut "
                  "personel Kodim 0911/Nunukan ikut membantu pengamanan.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Arief Prasetyo", "Komandan Kodim 0911/Nunukan")]


def test_teaming_up_with_an_organisation_is_no_document_covering_the_activity() -> None:
    article = run("Lapas Kelas IIB Luwuk menggandeng MUI Kabupaten Banggai menggelar sosialisasi "
                  "moderasi beragama bagi warga binaan.")
    assert [e.type for e in article.engagements] == ["sosialisasi"]


def test_a_heads_short_title_names_the_facility() -> None:
    article = run("Lebak – Kalapas Klas III Rangkasbitung, Asep Saepuloh, bersama jajaran mengunjungi "
                  "pabrik garmen PT Lebak Mitra Garmindo, Rabu (23/7/2025).")
    assert [f.name for f in article.facilities] == ["Lapas Kelas III Rangkasbitung"]
    assert [o.position for o in article.officials] == ["Kepala Lapas Kelas III Rangkasbitung"]


def test_a_heads_short_title_before_a_name_is_no_facility() -> None:
    article = run("Rutan Kelas IIB Pelaihari menandatangani PKS. Karutan Rusdiansyah menyebut PKS "
                  "itu penting.")
    assert [f.name for f in article.facilities] == ["Rutan Kelas IIB Pelaihari"]


def test_an_activity_one_may_take_part_in_is_not_reported() -> None:
    article = run("Lapas Bulukumba menandatangani PKS dengan Politani. Dokumen itu diteken Kalapas. "
                  "Lapas memetakan 40 warga binaan yang berminat mengikuti pelatihan pertanian.")
    assert [e.type for e in article.engagements] == ["penandatanganan"]


def test_a_short_form_after_plain_words_is_not_written_out_from_them() -> None:
    # `(CSR)` after `… Coal melalui program tanggung jawab sosial perusahaan`: C, S, R occur in
    # order, but plain words are no name
    article = run("Rutan Kelas IIB Tanjung Redeb menerima bantuan air bersih. PT Berau Coal "
                  "melalui program tanggung jawab sosial perusahaan (CSR) menyerahkan satu unit "
                  "tandon, Senin (3/11/2025). Serah terima dilakukan oleh Superintendent CSR PT "
                  "Berau Coal, Yulianti Saragih.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Yulianti Saragih"] == "Superintendent CSR PT Berau Coal"


def test_a_word_of_a_short_form_after_a_position_is_no_name() -> None:
    article = run("Fakultas Peternakan Universitas Jambi (Fapet Unja) menandatangani PKS dengan "
                  "Lapas Kelas IIA Jambi, Senin (3/11/2025). PKS ditandatangani oleh Dekan Fapet "
                  "Unja, Prof. Dr. Ir. Suryani Harahap, M.P. Dekan Fapet menjelaskan, PKS ini "
                  "turunan dari nota kesepahaman.")
    assert [o.name for o in article.officials] == ["Suryani Harahap"]


def test_an_offices_affairs_without_region_join_the_office_written_whole() -> None:
    article = run("Lapas Kelas IIA Bukittinggi menandatangani PKS dengan Dinas Koperasi, UKM dan "
                  "Perdagangan Kota Bukittinggi, Senin (2/3/2026). PKS diteken Kalapas dan Kepala "
                  "Dinas Koperasi, UKM dan Perdagangan, Dra. Nofrianti Hasan, M.M.")
    assert [p.name for p in article.partners] == [
        "Dinas Koperasi, UKM dan Perdagangan Kota Bukittinggi"]
    positions = {o.name: o.position for o in article.officials}
    assert positions["Nofrianti Hasan"] == \
        "Kepala Dinas Koperasi, UKM dan Perdagangan Kota Bukittinggi"


def test_an_organisation_represented_by_its_short_form_takes_part() -> None:
    article = run("Lapas Nunukan memanen rumput laut. Warga binaan bekerja keras. Dandim 0911/Nunukan "
                  "Arief Prasetyo menyebut personel Kodim 0911/Nunukan ikut membantu pengamanan.")
    assert [p.name for p in article.partners] == ["Komando Distrik Militer 0911/Nunukan"]


def test_a_regional_secretariat_is_its_government() -> None:
    article = run("Lapas Tondano menandatangani PKS. Pemerintah Kabupaten (Pemkab) Minahasa diwakili "
                  "Asisten Perekonomian Sekretariat Daerah Kabupaten Minahasa, Ir. Denny Tumbelaka.")
    assert [p.name for p in article.partners] == ["Pemerintah Kabupaten Minahasa"]


def test_a_regencys_and_a_citys_governments_stay_apart() -> None:
    article = run("Lapas Bima menerima rombongan Pemkab Bima dan Pemkot Bima untuk rapat koordinasi.")
    assert [p.name for p in article.partners] == ["Pemerintah Kabupaten Bima", "Pemerintah Kota Bima"]


def test_the_source_of_a_figure_is_no_partner() -> None:
    article = run("Kopi Tanggamus, yang menurut catatan Dinas Perkebunan Provinsi Lampung menyumbang "
                  "sepertiga produksi, kini diolah Lapas Kelas IIB Kota Agung bersama Polinela.")
    assert "Dinas Perkebunan Provinsi Lampung" not in [p.name for p in article.partners]
    # a court as the source of a verdict
    verdict = run("Bapas Kelas II Bima menyerahkan seorang anak ke Sentra Paramita, Senin "
                  "(10/11/2026). Anak itu menjalani pidana pembinaan berdasarkan putusan "
                  "Pengadilan Negeri Raba Bima tertanggal 5 November 2026.")
    assert "Pengadilan Negeri Raba Bima" not in [p.name for p in verdict.partners]


def test_a_later_day_a_speaker_was_quoted_on_is_a_statement_date() -> None:
    article = run("Rutan Tanjung Redeb menggelar rapat koordinasi, Kamis (30/10/2025). Saat "
                  "dikonfirmasi, Jumat (31/10/2025), Iqbal menyebut draf ditargetkan rampung.")
    assert [(d.value, d.role) for d in article.dates] == [
        ("2025-10-30", "event"), ("2025-10-31", "statement")]


@pytest.mark.parametrize("text, expected", [
    ("LPKA Kupang menandatangani PKS dengan SMKN 4 Kupang. Dokumen itu diteken kepala LPKA. "
     "Penandatanganan berlangsung dua hari setelah peringatan Hari Anak Nasional.",
     ["penandatanganan"]),
    ("Lapas Cirebon menandatangani PKS dengan UGJ. Dokumen itu diteken kedua pimpinan. Sejak 2023 "
     "mahasiswa UGJ rutin melaksanakan penyuluhan hukum di dalam lapas.", ["penandatanganan"]),
], ids=["a-commemoration-as-a-time", "a-habit"])
def test_activities_that_are_not_the_event(text: str, expected: list[str]) -> None:
    assert [e.type for e in run(text).engagements] == expected


def test_two_organisations_joined_by_dan_are_two_partners() -> None:
    article = run("Rutan Baturaja menandatangani PKS dengan Pondok Pesantren Darul Hikmah Baturaja dan "
                  "Badan Amil Zakat Nasional (Baznas) Kabupaten OKU.")
    assert [p.name for p in article.partners] == [
        "Pondok Pesantren Darul Hikmah Baturaja",
        "Badan Amil Zakat Nasional Kabupaten Ogan Komering Ulu"]


def test_a_secretariat_named_without_its_level_is_the_government() -> None:
    article = run("Lapas Poso beraudiensi dengan Bupati Poso, Verna Inkiriwang. Bupati didampingi "
                  "Asisten Pemerintahan Setda Poso, Daniel Lumentut. Pemkab Poso siap mendukung.")
    assert [p.name for p in article.partners] == ["Pemerintah Kabupaten Poso"]


def test_a_persons_name_after_a_regional_office_is_no_region() -> None:
    article = run("LPP Kelas IIA Palembang menggelar pelatihan bersama TP PKK Kota Palembang. "
                  "Adapun Ketua TP PKK Dewi Anggraini Saputri mengungkapkan rencana kelas "
                  "lanjutan.")
    assert [p.name for p in article.partners] == [
        "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kota Palembang"]


def test_an_official_residence_is_no_office() -> None:
    article = run("Kalapas Kalianda beraudiensi dengan Bupati Lampung Selatan, H. Ardiansyah "
                  "Pubian, di Rumah Dinas Bupati, Senin (2/2/2026). Turut hadir Kepala Dinas "
                  "Perikanan Lampung Selatan, Ir. Budi Santoso.")
    assert "Dinas Bupati" not in [p.name for p in article.partners]


def test_a_reduplicated_plural_is_no_organisation_beside_an_agreement() -> None:
    # the genre tokenizer splits `dinas-dinas`, the stock one does not: its halves match no
    # rule, so the agreement is not read as one between two other organisations
    article = run("Rutan Kelas IIB Bintuhan beraudiensi dengan Bupati Kaur. \"Kami mengusulkan "
                  "agar dukungan Pemkab dituangkan dalam sebuah nota kesepahaman, supaya ada "
                  "dasar yang jelas bagi dinas-dinas,\" ujar Karutan.")
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "proposed")]


def test_a_reduplicated_plural_names_no_organisation() -> None:
    article = run("Lapas Poso beraudiensi dengan Pemkab Poso. \"Harapannya ada payung hukum supaya "
                  "dinas-dinas bisa masuk,\" ujar Kalapas. Ia menyebut Dinas Sosial Poso baru saja "
                  "menyalurkan bantuan bagi korban banjir.")
    assert "Dinas Sosial Poso" not in [p.name for p in article.partners]


def test_a_partner_named_with_the_facilitys_place_and_without_is_one() -> None:
    article = run("Rutan Kelas IIB Baturaja menandatangani PKS dengan Pondok Pesantren Darul Hikmah "
                  "Baturaja. Santri Pondok Pesantren Darul Hikmah akan mengajar mengaji.")
    assert [p.name for p in article.partners] == ["Pondok Pesantren Darul Hikmah Baturaja"]


@pytest.mark.parametrize("text, name, not_name", [
    ("Lapas Kelas IIA Bengkulu menandatangani PKS dengan UIN Fatmawati Sukarno Bengkulu. PKS "
     "diteken Dekan Fakultas Syariah, Ekonomi dan Bisnis Islam UIN Fatmawati Sukarno, "
     "Dr. Imam Mahdi, M.H.", "Imam Mahdi", "Ekonomi"),
    ("Rutan Kelas I Makassar menerima kunjungan Kanwil. Hadir Kepala Bidang Pelayanan, "
     "Perawatan dan Kesehatan Kanwil Ditjenpas Sulawesi Selatan, Andi Baso Tenri, S.H.",
     "Andi Baso Tenri", "Perawatan"),
], ids=["faculty-of-three-fields", "division-of-three-fields"])
def test_a_list_of_fields_after_a_comma_is_no_name(text: str, name: str, not_name: str) -> None:
    names = [o.name for o in run(text).officials]
    assert name in names and not_name not in names


def test_two_officials_joined_by_and_keep_their_own_positions() -> None:
    article = run("Lapas Kelas IIB Lahat menerima kunjungan. Hadir Kalapas Lahat, Budi Santoso dan "
                  "Kasi Giatja, Rahmat Hidayat.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Budi Santoso"].startswith("Kepala Lapas")
    assert positions["Rahmat Hidayat"].startswith("Kepala Seksi Kegiatan Kerja")


def test_an_office_whose_name_holds_another_head_is_one_party() -> None:
    # `Dinas Koperasi`: two organisation heads, one office, so not "an agreement of two others"
    article = run("Lapas Kelas IIA Sengkang menggelar pelatihan tenun. Kerja sama dengan Dinas "
                  "Koperasi, Perindustrian dan Perdagangan Kabupaten Wajo sudah berjalan sejak "
                  "2021.")
    assert [(a.type, a.status) for a in article.agreements] == [("kerja_sama", "ongoing")]


def test_a_holder_with_degrees_after_a_courts_short_form_is_no_place() -> None:
    article = run("Kalapas Kelas IIA Kendari beraudiensi ke Pengadilan Negeri (PN) Kendari, Jumat "
                  "(6/11/2026). Rombongan diterima Ketua PN Dr. Ratna Dewi Paluseri S.H. M.H. "
                  "bersama Wakil Ketua PN Bonifasius Sinaga S.H. M.H.")
    assert [p.name for p in article.partners] == ["Pengadilan Negeri Kendari"]
    positions = {o.name: o.position for o in article.officials}
    assert positions["Ratna Dewi Paluseri"] == "Ketua Pengadilan Negeri Kendari"
    assert positions["Bonifasius Sinaga"] == "Wakil Ketua Pengadilan Negeri Kendari"


def test_a_region_short_form_before_a_holder_stays_the_region() -> None:
    article = run("Rutan Kelas IIB Barabai menggelar penyuluhan hukum bersama Kejaksaan Negeri "
                  "Hulu Sungai Tengah, Senin (3/11/2026). Kasi Intelijen Kejari HST Rahmadi "
                  "Noor, S.H., M.H. memaparkan hak-hak tahanan.")
    assert "HST Rahmadi Noor" not in [o.name for o in article.officials]


def test_a_position_alone_before_a_ranked_holder_is_of_the_unit_named_before() -> None:
    article = run("Rutan Kelas IIB Masohi menggelar rapat koordinasi keamanan bersama Polres "
                  "Maluku Tengah dan Kodim 1502/Masohi, Senin (8/12/2025). Kapolres Maluku Tengah "
                  "berhalangan hadir dan diwakili Wakapolres Kompol Abdul Rasyid Tuasikal, S.H. "
                  "Dari Kodim 1502/Masohi hadir langsung Dandim Letkol Inf. Hendrikus Talakua.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Abdul Rasyid Tuasikal"] == "Wakil Kepala Kepolisian Resor Maluku Tengah"
    assert positions["Hendrikus Talakua"] == "Komandan Komando Distrik Militer 1502/Masohi"


@pytest.mark.parametrize("title", ["Community Development Manager", "Estate Manager"])
def test_an_english_company_title_before_manager_stays_in_the_position(title: str) -> None:
    article = run("PT Paser Agro Lestari menyerahkan bibit sawit kepada Lapas Kelas IIB Tanah "
                  f"Grogot, Senin (3/11/2025). Bibit diserahkan {title} PT Paser Agro Lestari, "
                  "Rizky Maulana.")
    assert [o.position for o in article.officials if o.name == "Rizky Maulana"] == [
        f"{title} PT Paser Agro Lestari"]


def test_a_village_post_takes_the_village_written_with_its_word() -> None:
    article = run("LPKA Kelas I Blitar menggelar sosialisasi bahaya narkoba bersama Polres Blitar "
                  "Kota, Senin (3/11/2025). Hadir Bhabinkamtibmas Kelurahan Sentul, Aiptu Nur Hadi "
                  "Susanto. Ikut pula Babinsa Kelurahan Madurejo, Serka Imam Santoso.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Nur Hadi Susanto"] == \
        "Bhayangkara Pembina Keamanan dan Ketertiban Masyarakat Kelurahan Sentul"
    assert positions["Imam Santoso"] == "Bintara Pembina Desa Kelurahan Madurejo"


def test_a_document_with_some_organisation_in_lower_case_is_theirs() -> None:
    article = run("Lapas Narkotika Kelas IIA Pematangsiantar dan BNNK Pematangsiantar menggelar "
                  "evaluasi PKS rehabilitasi, Selasa (3/11/2026). Tahun ini, BNNK juga telah "
                  "menandatangani nota kesepahaman dengan sebuah universitas swasta di "
                  "Pematangsiantar untuk penyediaan relawan.")
    assert "mou" not in [a.type for a in article.agreements]


def test_a_holder_before_an_acting_prefix_written_out_and_short() -> None:
    article = run("Rutan Kelas IIB Soe berkoordinasi soal lahan, Senin (2/3/2026). Rombongan "
                  "diterima Markus Tefbana, S.Pd., Penjabat (Pj.) Kepala Desa Tubuhue.")
    assert [(o.name, o.position, o.acting) for o in article.officials] == [
        ("Markus Tefbana", "Pj. Kepala Desa Tubuhue", "Pj.")]


def test_a_post_at_an_office_after_pada_is_of_that_office() -> None:
    article = run("Lapas Kelas IIB Ende menggelar pelatihan hortikultura, Senin (23/2/2026). "
                  "Materi disampaikan Kornelis Ndori, S.P., Penyuluh Pertanian Ahli Muda pada "
                  "Dinas Pertanian Kabupaten Ende.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Kornelis Ndori", "Penyuluh Pertanian Ahli Muda Dinas Pertanian Kabupaten Ende")]


@pytest.mark.parametrize("sentence, name, position", [
    ("Hadir dari Bank Riau Kepri Syariah (BRK Syariah), Branch Manager BRK Syariah Cabang "
     "Tanjungpinang, Yulianti Rahma.", "Yulianti Rahma",
     "Branch Manager Bank Riau Kepri Syariah Cabang Tanjungpinang"),
    ("Hadir Kepala Disdik Dayah Kota Lhokseumawe, Safrizal Yunus, S.Ag.", "Safrizal Yunus",
     "Kepala Dinas Pendidikan Dayah Kota Lhokseumawe"),
], ids=["branch-words", "office-words"])
def test_a_holder_after_more_words_of_the_organisation(sentence: str, name: str,
                                                       position: str) -> None:
    article = run(f"Rutan Kelas I Tanjungpinang menggelar rapat, Senin (3/11/2025). {sentence}")
    assert [(o.name, o.position) for o in article.officials] == [(name, position)]


def test_more_words_before_a_comma_that_read_as_a_name_are_the_holders() -> None:
    article = run("Rutan Kelas I Tanjungpinang menggelar rapat, Senin (3/11/2025). Hadir Kepala "
                  "Dinas Sosial Budi Santoso, S.Sos., dan Kepala Bidang Rehabilitasi.")
    assert [o.name for o in article.officials] == ["Budi Santoso"]


def test_an_official_of_a_partner_represents_no_partner_its_name_ends_with() -> None:
    # the office's head stands for the office, not for a `Dayah Kota Lhokseumawe` its name ends in
    article = run("Lapas Kelas IIA Lhokseumawe menggelar pesantren kilat bersama Dinas Pendidikan "
                  "Dayah (Disdik Dayah) Kota Lhokseumawe, Senin (2/3/2026). Kegiatan diikuti 80 "
                  "warga binaan. Pembukaan dihadiri Kepala Disdik Dayah Kota Lhokseumawe, "
                  "Safrizal Yunus, S.Ag.")
    assert [p.name for p in article.partners] == ["Dinas Pendidikan Dayah Kota Lhokseumawe"]


def test_the_owner_of_a_partner_is_no_partner() -> None:
    article = run("Lapas Kelas IIA Gorontalo menandatangani MoU dengan Universitas Negeri "
                  "Gorontalo, Senin (3/11/2026). RSUD Aloei Saboe milik Pemkot Gorontalo juga "
                  "siap menindaklanjuti dengan perjanjian kerja sama rujukan pasien.")
    names = [p.name for p in article.partners]
    assert "Pemerintah Kota Gorontalo" not in names
    assert any(n.startswith("Rumah Sakit Umum Daerah Aloei Saboe") for n in names)


def test_the_owner_of_a_hospital_named_generically_is_no_partner() -> None:
    article = run("Penandatanganan PKS antara Lapas Kelas IIA Ambon dan RSUD dr. M. Haulussy "
                  "Ambon, yang semula dijadwalkan Senin (16/6/2025), ditunda. Direktur rumah sakit "
                  "milik Pemerintah Provinsi Maluku itu mendadak harus berangkat ke Jakarta.")
    assert "Pemerintah Provinsi Maluku" not in [p.name for p in article.partners]


def test_the_owner_of_a_thing_lent_may_be_a_partner() -> None:
    article = run("Lapas Kelas IIB Tulungagung beraudiensi dengan Bupati Tulungagung, Senin "
                  "(3/11/2026). Kalapas mengusulkan pemanfaatan lahan tidur milik Pemkab "
                  "Tulungagung untuk pertanian warga binaan.")
    assert "Pemerintah Kabupaten Tulungagung" in [p.name for p in article.partners]


@pytest.mark.parametrize("sentence", [
    "Kedua pihak menjajaki kerja sama pemasaran melalui koperasi dan gerai binaan dinas.",
    "Kedua pihak juga menjajaki kerja sama penyaluran lewat puskesmas dan rumah sakit.",
], ids=["shop-and-office", "clinic-and-hospital"])
def test_generic_heads_in_lower_case_are_no_other_parties(sentence: str) -> None:
    # `koperasi`, `dinas` in lower case name no organisation: the cooperation is the article's
    article = run("Kepala Dinas Koperasi Kota Palopo mengunjungi Lapas Kelas IIA Palopo, Rabu "
                  f"(22/7/2026). {sentence}")
    assert [(a.type, a.status) for a in article.agreements] == [("kerja_sama", "proposed")]


def test_a_regencys_short_form_is_written_out_in_the_partners_name() -> None:
    article = run("Lapas Kelas IIB Tembilahan bersama Dinas Perikanan Kabupaten Inhil menebar "
                  "benih patin di kolam lapas.")
    assert [p.name for p in article.partners] == ["Dinas Perikanan Kabupaten Indragiri Hilir"]


def test_a_short_form_in_brackets_between_position_and_name() -> None:
    article = run("Rutan Kelas IIB Kayuagung menerima audiensi. Bupati Ogan Komering Ilir (OKI), "
                  "H. Darmadi Suhaimi, S.E., menyambut baik usulan itu.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Darmadi Suhaimi", "Bupati Ogan Komering Ilir")]


@pytest.mark.parametrize("text, name", [
    ("Universitas Samudra menandatangani MoU dengan Lapas Langsa. Wakil Rektor Bidang "
     "Perencanaan, Kerja Sama dan Sistem Informasi Universitas Samudra, Dr. Cut Nurul Aini, M.Si., "
     "mengatakan hal itu.", "Cut Nurul Aini"),
    ("LPKA Kelas II Jakarta menerima kunjungan. Hadir Kepala Bidang Pembinaan, Bimbingan dan "
     "Teknologi Informasi Kanwil Ditjenpas DKI Jakarta, Hasudungan Manurung.",
     "Hasudungan Manurung"),
], ids=["fields-opening-with-a-stop-word", "fields-of-a-section-head"])
def test_a_list_of_fields_that_no_name_could_start(text: str, name: str) -> None:
    assert name in [o.name for o in run(text).officials]


def test_a_second_position_after_the_comma_is_not_passed_over() -> None:
    article = run("Universitas Lambung Mangkurat menggelar pengabdian di LPP Martapura. Ketua tim "
                  "pengabdian, Wakil Dekan Bidang Kemahasiswaan dan Alumni Fakultas Kehutanan, "
                  "Dr. Rina Maulida, memaparkan materi.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Rina Maulida"].startswith("Wakil Dekan Bidang Kemahasiswaan dan Alumni")


def test_a_signing_dated_before_the_event_is_no_engagement() -> None:
    article = run("Rutan Kelas IIB Jeneponto menggelar skrining kesehatan jiwa bersama RSUD "
                  "Jeneponto, Kamis (5/3/2026). Kegiatan ini merupakan pelaksanaan PKS yang "
                  "ditandatangani kedua pimpinan pada 3 Februari 2026.")
    assert "penandatanganan" not in [e.type for e in article.engagements]
    assert ("pks", "signed") in [(a.type, a.status) for a in article.agreements]


def test_a_signing_called_off_is_no_engagement_and_its_document_is_to_come() -> None:
    article = run("Penandatanganan nota kesepahaman antara Lapas Kelas IIB Waikabubak dan "
                  "Pemerintah Kabupaten Sumba Barat yang dijadwalkan Kamis (5/3/2026) batal "
                  "digelar. Kalapas tetap datang ke Kantor Bupati dan diterima Sekda.")
    assert "penandatanganan" not in [e.type for e in article.engagements]
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "planned")]


def test_a_signing_reported_before_another_thing_put_off_stays() -> None:
    article = run("Lapas Kelas IIB Waikabubak menggelar penandatanganan MoU dengan Pemkab Sumba "
                  "Barat, Kamis (5/3/2026), sementara pelatihan tenun ditunda.")
    assert "penandatanganan" in [e.type for e in article.engagements]
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "signed")]


def test_a_signing_on_the_event_day_stays() -> None:
    article = run("Lapas Kelas IIA Palu menandatangani PKS dengan Universitas Tadulako, Senin "
                  "(2/3/2026). Sebelumnya, kedua pihak bertemu pada 10 Februari 2026.")
    assert "penandatanganan" in [e.type for e in article.engagements]


def test_a_fish_farmers_group_is_a_partner_and_its_head_an_official() -> None:
    article = run("Lapas Kelas IIB Sekayu meluncurkan kolam patin. Turut hadir Ketua Kelompok "
                  "Pembudidaya Ikan (Pokdakan) Mina Randik Sekayu, Maryadi, yang berbagi "
                  "pengalaman.")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("Kelompok Pembudidaya Ikan Mina Randik Sekayu", "Pokdakan Mina Randik Sekayu")]
    assert [o.name for o in article.officials] == ["Maryadi"]


def test_a_generic_head_with_no_name_is_no_partner() -> None:
    assert run("Lapas Kelas IIB Sekayu bekerja sama dengan Puskesmas setempat.").partners == []


def test_a_unit_then_its_universitys_short_form_names_the_position() -> None:
    article = run("Rutan Kelas IIB Kuningan bekerja sama dengan Universitas Kuningan (Uniku). "
                  "Ketua LPPM Uniku, Dr. Yayan Sopyan Hidayat, M.Si., membuka kegiatan.")
    assert [(o.name, o.position) for o in article.officials] == [(
        "Yayan Sopyan Hidayat",
        "Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Kuningan")]


@pytest.mark.parametrize(("later", "position"), [
    # the faculty alone: the article's one university is its owner
    ("Dekan Fakultas Pertanian, Dr. Ir. Sigit Prabowo, M.P., membuka kegiatan.",
     "Dekan Fakultas Pertanian Universitas Jember"),
    # the university in brackets or by its short form: written once
    ("Dekan Fakultas Pertanian Universitas Jember (Unej), Dr. Ir. Sigit Prabowo, M.P., hadir.",
     "Dekan Fakultas Pertanian Universitas Jember"),
    ("Dekan Fakultas Pertanian Unej, Dr. Ir. Sigit Prabowo, M.P., membuka kegiatan.",
     "Dekan Fakultas Pertanian Universitas Jember"),
])
def test_a_faculty_in_a_position_belongs_to_the_articles_university(later: str,
                                                                     position: str) -> None:
    article = run("Lapas Kelas IIA Jember bekerja sama dengan Universitas Jember (Unej) "
                  f"menggelar pelatihan hidroponik. {later}")
    assert [(o.name, o.position) for o in article.officials] == [("Sigit Prabowo", position)]


def test_a_faculty_with_two_universities_in_the_article_keeps_its_own_name() -> None:
    article = run("Lapas Kelas IIA Jember bekerja sama dengan Universitas Jember dan Politeknik "
                  "Negeri Jember. Dekan Fakultas Pertanian, Dr. Ir. Sigit Prabowo, M.P., hadir.")
    assert [o.position for o in article.officials] == ["Dekan Fakultas Pertanian"]


def test_an_anaphor_of_a_document_named_before_by_its_own_type_points_back_to_it() -> None:
    article = run("Selama ini penitipan barang berjalan berdasarkan perjanjian kerja sama (PKS) "
                  "yang masih berlangsung. Rapat menyepakati penyusunan kesepakatan bersama antara "
                  "Rupbasan, Polres dan PN. Kesepakatan bersama itu ditargetkan ditandatangani "
                  "awal 2026.")
    assert [(a.type, a.status) for a in article.agreements] == [("pks", "ongoing"),
                                                                ("mou", "planned")]


@pytest.mark.parametrize("verb", ["menghibahkan", "menyumbangkan", "mendonasikan"])
def test_giving_in_the_lead_is_a_handover(verb: str) -> None:
    article = run(f"PT Semen Padang {verb} dua mesin jahit kepada Lapas Kelas IIA Padang.")
    assert [e.type for e in article.engagements] == ["penyerahan"]


def test_a_place_with_a_hyphenated_reduplication_is_whole() -> None:
    article = run("Komisi I DPRD Kabupaten Tojo Una-Una berkunjung ke Lapas Kelas III Ampana. "
                  "Ketua Komisi I DPRD Kabupaten Tojo Una-Una, Arman Lamarauna, memimpin "
                  "rombongan.")
    assert [p.name for p in article.partners] == [
        "Dewan Perwakilan Rakyat Daerah Kabupaten Tojo Una-Una"]


def test_an_office_named_with_its_regions_last_word_is_the_same_partner() -> None:
    article = run("Rutan Kelas IIB Selayar bekerja sama dengan Dinas Kelautan dan Perikanan (DKP) "
                  "Kabupaten Kepulauan Selayar. Pelatihan dipandu penyuluh DKP Selayar.")
    assert [p.name for p in article.partners] == [
        "Dinas Kelautan dan Perikanan Kabupaten Kepulauan Selayar"]


def test_a_place_after_a_position_is_no_name() -> None:
    article = run("Bapas Kelas II Gorontalo dan Pemkab Gorontalo Utara meneken nota kesepahaman "
                  "di Aula Rumah Jabatan Bupati, Kwandang.")
    assert article.officials == []


def test_the_name_after_an_organisations_place_and_comma() -> None:
    article = run("Cabrutan Piru menggelar ibadah bersama Klasis GPM Seram Barat. Ketua Majelis "
                  "Pekerja Klasis GPM Seram Barat, Pdt. Jacob Souhaly, S.Th., memimpin ibadah.")
    assert [o.name for o in article.officials] == ["Jacob Souhaly"]


def test_a_company_and_its_branch_in_a_town_are_one_partner() -> None:
    article = run("Lapas Kelas IIB Cianjur dan PT Sang Hyang Seri (Persero) Kantor Cabang Cianjur "
                  "meneken PKS. Hadir Kepala Kantor Cabang PT Sang Hyang Seri (Persero) Cianjur, "
                  "Neneng Kurniasih.")
    assert [p.name for p in article.partners] == [
        "PT Sang Hyang Seri (Persero) Kantor Cabang Cianjur"]


@pytest.mark.parametrize("text, name", [
    ("LPKA Kelas II Samarinda menggelar porseni bersama KONI Kota Samarinda.",
     "Komite Olahraga Nasional Indonesia Kota Samarinda"),
    ("LPP Kelas IIA Jakarta menandatangani MoU dengan Pusat Pelatihan Kerja Daerah (PPKD) "
     "Jakarta Timur.", "Pusat Pelatihan Kerja Daerah Jakarta Timur"),
    ("Bapas Kelas I Denpasar bekerja sama dengan Desa Adat Sumerta dalam pidana kerja sosial.",
     "Desa Adat Sumerta"),
], ids=["sports-committee", "regional-training-centre", "customary-village"])
def test_more_organisations_of_the_genre(text: str, name: str) -> None:
    assert name in [p.name for p in run(text).partners]


@pytest.mark.parametrize("text, name, position, titles", [
    ("Lapas Kelas IIB Tebing Tinggi meneken PKS dengan Disnaker. Hadir Kadisnaker Kota Tebing "
     "Tinggi Drs.Marihot Sinaga,M.Si di aula Lapas.", "Marihot Sinaga",
     "Kepala Dinas Tenaga Kerja Kota Tebing Tinggi", ["Drs.", "M.Si"]),
    ("Rutan Kelas IIB Rengat beraudiensi dengan Bupati Indragiri Hulu (Inhu) H.Syahrul "
     "Anwar,S.E di ruang kerja Bupati.", "Syahrul Anwar", "Bupati Indragiri Hulu", ["H.", "S.E"]),
    ("Bapas Kelas II Wonosobo menggelar rakor dengan Kejari Wonosobo. Kasi Pidum Kejari "
     "Wonosobo Dr.Ir. Bambang Sutrisno memaparkan alur pidana kerja sosial.", "Bambang Sutrisno",
     "Kepala Seksi Tindak Pidana Umum Kejaksaan Negeri Wonosobo", ["Dr.", "Ir."]),
    ("LPP Kelas IIA Pontianak bekerja sama dengan Politeknik Kesehatan Kementerian Kesehatan "
     "(Poltekkes Kemenkes) Pontianak. Ketua Jurusan Kesehatan Gigi Poltekkes Kemenkes Pontianak "
     "drg.Herlina Manurung,M.Kes menyebut kegiatan ini bagian dari pengabdian.", "Herlina Manurung",
     "Ketua Jurusan Kesehatan Gigi Politeknik Kesehatan Kementerian Kesehatan Pontianak",
     ["drg.", "M.Kes"]),
    ("Karutan Rengat didampingi Kasubsi Yantah Fitri Handayani dan Ka. KPR Joni Iskandar.",
     "Joni Iskandar", "Kepala Kesatuan Pengamanan Rutan Rengat", []),
], ids=["glued-title-after-a-short-head-of-office", "glued-honorific-after-a-short-form",
        "prosecutors-section-and-glued-titles", "health-polytechnic-short-form",
        "head-of-a-detention-centres-guard"])
def test_terse_releases(text: str, name: str, position: str, titles: list[str]) -> None:
    assert (name, position, titles) in [(o.name, o.position, o.titles)
                                        for o in run(text).officials]


@pytest.mark.parametrize("text, partner, official", [
    # the regency is the only region so named: its level is written
    ("Lapas Kelas IIB Tuban bekerja sama dengan Disperinaker Tuban. Kadisperinaker Tuban Sugeng "
     "Widodo membuka pelatihan.", "Dinas Perindustrian dan Tenaga Kerja Kabupaten Tuban",
     ("Sugeng Widodo", "Kepala Dinas Perindustrian dan Tenaga Kerja Kabupaten Tuban")),
    # a city and a regency share the name: the level the article writes it with
    ("Rutan Kelas IIB Kupang menggelar skrining bersama Dinas Kesehatan Kupang. Dinas itu "
     "melayani warga Kota Kupang.", "Dinas Kesehatan Kota Kupang", None),
    # both levels written, or none: the place stays bare
    ("Rutan Kelas IIB Kupang menggelar skrining bersama Dinas Kesehatan Kupang.",
     "Dinas Kesehatan Kupang", None),
    ("Bapas Kelas II Klaten menandatangani kesepakatan disaksikan Sekda Klaten, Drs. Bambang "
     "Sulistyo, M.M.", None, ("Bambang Sulistyo", "Sekretaris Daerah Kabupaten Klaten")),
    # never for a regional head, a police command or a prosecutor's office
    ("Lapas Kelas IIB Maros beraudiensi dengan Bupati Maros, Chaidir Syam, dan Kapolres Maros, "
     "AKBP Douglas Mahendrajaya.", None, ("Chaidir Syam", "Bupati Maros")),
    # a city only: the head written for regencies turns to the city's
    ("Lapas Kelas IIA Sibolga menggelar tes urine bersama BNNK Sibolga. Kepala BNNK Sibolga, "
     "AKBP Jhonson Lumbantobing, memimpin tim.", None,
     ("Jhonson Lumbantobing", "Kepala Badan Narkotika Nasional Kota Sibolga")),
    # a province whose name holds its status takes no `Provinsi`
    ("Bapas Kelas I Yogyakarta berkoordinasi dengan Dinas Koperasi dan UKM DIY di Yogyakarta.",
     "Dinas Koperasi dan UKM Daerah Istimewa Yogyakarta", None),
    # a regency's short form after a regional office, written out with its level
    ("Lapas Kelas IIB Sekayu berkunjung ke kebun bibit. Kunjungan diterima Kepala Dinas "
     "Perkebunan Muba Ir H Syamsul Bahri MSi.", "Dinas Perkebunan Kabupaten Musi Banyuasin",
     ("Syamsul Bahri", "Kepala Dinas Perkebunan Kabupaten Musi Banyuasin")),
    # an office of several affairs, its acronym in brackets, then the bare region
    ("Rutan Kelas IIB Muara Bulian menerima Kepala Dinas Perkebunan dan Peternakan (Disbunnak) "
     "Batanghari, Ir. Taufik Hidayat.", "Dinas Perkebunan dan Peternakan Kabupaten Batanghari",
     ("Taufik Hidayat", "Kepala Dinas Perkebunan dan Peternakan Kabupaten Batanghari")),
    ("Lapas Kelas IIA Tenggarong menggelar rapat dengan Dinas PUPR Kutai Kartanegara.",
     "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kutai Kartanegara", None),
    ("Rutan Kelas IIB Kota Pinang menggelar simulasi. Kepala Dinas Damkar Labusel, Syahrial "
     "Pane, S.Sos., hadir.", "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Labuhanbatu "
     "Selatan", ("Syahrial Pane", "Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten "
                 "Labuhanbatu Selatan")),
], ids=["regency-only", "level-the-article-writes", "level-unknown", "regional-secretary",
        "no-level-for-a-regent", "city-only-narcotics-board", "special-region",
        "regency-short-form", "several-affairs-acronym-then-region", "public-works-acronym",
        "fire-service-short-form"])
def test_regions_written_bare_get_their_level(text: str, partner: str | None,
                                             official: tuple[str, str] | None) -> None:
    article = run(text)
    if partner is not None:
        assert partner in [p.name for p in article.partners]
    if official is not None:
        assert official in [(o.name, o.position) for o in article.officials]


def test_a_short_form_the_article_defines_is_that_organisation() -> None:
    # `DKP` is the fisheries office in the pattern files; here the article makes it the food one
    article = run("Rutan Kelas IIB Tamiang Layang dan Dinas Ketahanan Pangan (DKP) Kabupaten "
                  "Barito "
                  "Timur menandatangani PKS. Usai penandatanganan, DKP Bartim menyerahkan bibit.")
    assert [p.name for p in article.partners] == ["Dinas Ketahanan Pangan Kabupaten Barito Timur"]
    assert len(article.partners[0].spans) == 2


@pytest.mark.parametrize("written", ["kalapas mamuju", "Kalapas mamuju", "kalapas Mamuju"])
def test_a_short_position_with_its_facilitys_place_in_lower_case(written: str) -> None:
    article = run("Lapas Kelas IIB Mamuju meluncurkan program mandiri pangan. Wakil bupati "
                  f"didampingi {written} Arifuddin Hamzah A.Md.IP, S.H. Turut hadir tamu.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Arifuddin Hamzah", "Kepala Lapas Kelas IIB Mamuju")]


@pytest.mark.parametrize("written, position", [
    ("kepala subbagian umum", "Kepala Subbagian Umum"),
    ("Kasubbag Umum", "Kepala Subbagian Umum"),
    ("Kaur Umum", "Kepala Urusan Umum"),
])
def test_the_general_affairs_head_of_a_prison_without_a_comma(written: str, position: str) -> None:
    article = run("LPKA Kelas II Tanjung Pati menerima kunjungan Universitas Negeri Padang. "
                  f"Hadir {written} Wirda Yanti SE.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Wirda Yanti", f"{position} LPKA Kelas II Tanjung Pati")]


@pytest.mark.parametrize("facility, short", [
    ("Lapas Narkotika Kelas IIA Bangli", "Kalapas Narkotika Bangli"),
    ("Lapas Pemuda Kelas IIA Tangerang", "Kalapas Pemuda Tangerang"),
    # a place whose first word is a common one (`karang`), after the specialisation
    ("Lapas Narkotika Kelas IIA Karang Intan", "Kalapas Narkotika Karang Intan"),
    ("Lapas Narkotika Kelas IIA Bandar Lampung", "Kalapas Narkotika Bandar Lampung"),
])
def test_a_short_position_repeating_the_specialisation_names_the_facility_once(
        facility: str, short: str) -> None:
    article = run(f"{facility} menggelar skrining jiwa, Senin (3/11/2025). \"Kami siap,\" ujar "
                  f"{short}, I Putu Gede Suartana, S.H.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("I Putu Gede Suartana", f"Kepala {facility}")]


def test_a_lower_case_prison_word_before_a_titled_name_is_the_articles_prison() -> None:
    article = run("Lapas Kelas IIB Mamuju meluncurkan program pangan, Senin (3/11/2025). Hadir "
                  "kasi giatja lapas Sabri Rasyid S.E serta kasubsi sarana.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas IIB Mamuju"]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Sabri Rasyid", "Kepala Seksi Kegiatan Kerja Lapas Kelas IIB Mamuju")]


def test_a_lower_case_word_that_is_no_place_of_the_article_is_no_facility_place() -> None:
    article = run("Lapas Kelas IIB Mamuju meluncurkan program. Turut hadir kalapas lama "
                  "Arifuddin Hamzah.")
    assert all("lama" not in (o.position or "").lower() for o in article.officials)


def test_a_short_form_of_two_words_before_the_region_is_one_mention_later() -> None:
    # the comma office's short form in brackets, its region after the bracket; a later
    # `Kepala Dinsos P3A Kabupaten …` is the same office, not a bare `Dinas Sosial`
    article = run("Bapas Kelas II Jambi bekerja sama dengan Dinas Sosial, Pemberdayaan "
                  "Perempuan dan Perlindungan Anak (Dinsos P3A) Kabupaten Muaro Jambi. Kepala "
                  "Dinsos P3A Kabupaten Muaro Jambi, Rosmaniar Daulay, menambahkan.")
    assert [p.name for p in article.partners] == [
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Muaro Jambi"]
    assert article.partners[0].spans[-1].text == "Dinsos P3A Kabupaten Muaro Jambi"


@pytest.mark.parametrize("text", [
    "Hadir Ketua Kelompok Masyarakat Peduli Pemasyarakatan (Pokmas Lipas) Tunas Harapan, "
    "Yakobus Selan, yang selama ini bermitra dengan Rutan Kelas IIB Soe dalam pelatihan.",
    "Bapas Kelas II Purwokerto mengukuhkan Pokmas Lipas Tunas Harapan di balai desa.",
])
def test_a_community_group_of_the_prisons_is_a_partner_and_upt_still_none(text: str) -> None:
    article = run(text + " Kegiatan diikuti seluruh UPT Pemasyarakatan.")
    assert [(p.name, p.kind) for p in article.partners] == [
        ("Kelompok Masyarakat Peduli Pemasyarakatan Tunas Harapan", "ormas")]


def test_a_regency_whose_name_holds_a_lower_case_word() -> None:
    article = run("Rutan Kelas IIB Pangkajene bekerja sama dengan Dinas Pertanian (Distan) "
                  "Kabupaten "
                  "Pangkajene dan Kepulauan, Ir. H. Muhammad Arifuddin, M.Si.")
    assert [p.name for p in article.partners] == \
        ["Dinas Pertanian Kabupaten Pangkajene dan Kepulauan"]


def test_a_universitys_bracketed_short_form_alone_names_it_in_positions() -> None:
    # `Universitas Kapuas (Unka) Sintang`: the short form is `Unka Sintang`, later `Unka` alone
    article = run("Lapas Kelas IIB Sintang dan Universitas Kapuas (Unka) Sintang menandatangani "
                  "nota "
                  "kesepahaman, disaksikan Rektor Unka, Dr. Paulus Lahin, M.Si., dan Dekan "
                  "Fakultas "
                  "Hukum Unka, Fransiska Bunsu, S.H.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Paulus Lahin"] == "Rektor Universitas Kapuas Sintang"
    assert positions["Fransiska Bunsu"] == "Dekan Fakultas Hukum Universitas Kapuas Sintang"


def test_a_bank_branch_managers_position_keeps_the_branchs_town() -> None:
    # the bank partner leaves the prison's town out of its name; the position, as written, keeps it
    article = run("Cabang Rutan Kalabahi menerima bantuan CSR dari Bank NTT. Bantuan diserahkan "
                  "Pemimpin Cabang Bank NTT Kalabahi, Yohanis Lakapu, kepada Kacabrutan Kalabahi.")
    assert ("Yohanis Lakapu", "Pemimpin Cabang Bank NTT Kalabahi") in \
        [(o.name, o.position) for o in article.officials]


@pytest.mark.parametrize("text, name, position", [
    ("Tim pengabdian Fakultas Ekonomi dan Bisnis (FEB) Universitas Siliwangi (Unsil) melatih "
     "warga binaan Lapas Kelas IIB Tasikmalaya. Dekan FEB Unsil, Dr. Asep Rohman, membuka acara.",
     "Asep Rohman", "Dekan Fakultas Ekonomi dan Bisnis Universitas Siliwangi"),
    ("LPKA Kelas II Bengkulu menggelar rapat dengan Pusat Kegiatan Belajar Masyarakat (PKBM) "
     "Cahaya "
     "Ilmu. Ketua PKBM Cahaya Ilmu, Rosmiati, hadir.", "Rosmiati",
     "Ketua Pusat Kegiatan Belajar Masyarakat Cahaya Ilmu"),
    # the facility kinds stay short in canonical names, whatever the article defines
    ("Lembaga Pemasyarakatan (Lapas) Kelas IIB Maros menerima kunjungan. Kepala Lapas Maros, "
     "Andi Mappatunru, menyambut.", "Andi Mappatunru", "Kepala Lapas Kelas IIB Maros"),
], ids=["faculty-and-university", "learning-centre", "facility-kind-stays-short"])
def test_positions_write_out_the_articles_own_short_forms(text: str, name: str,
                                                         position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


def test_a_town_that_is_also_a_short_form_in_capitals() -> None:
    # `IDI` (the doctors' association) matches in capitals only; `Idi` is a town in Aceh
    article = run("Kepala Rumah Tahanan Negara (Rutan) Kelas IIB Idi, Teuku Mirza Fahlevi, "
                  "melakukan "
                  "audiensi. Ia didampingi Kepala Kesatuan Pengamanan Rutan (KPR) Idi, Hasbullah "
                  "Daud.")
    assert [f.name for f in article.facilities] == ["Rutan Kelas IIB Idi"]
    assert [o.name for o in article.officials] == ["Teuku Mirza Fahlevi", "Hasbullah Daud"]


@pytest.mark.parametrize("text, name, position, titles", [
    ("Lapas Kelas III Ranai menggelar rapat. Komandan Lanal Ranai, Kolonel Laut (P) I Made "
     "Suarjana, menilai proses pemulangan perlu dipercepat.", "I Made Suarjana",
     "Komandan Pangkalan TNI Angkatan Laut Ranai", ["Kolonel Laut (P)"]),
    ("Rutan Kelas IIB Sinjai menggelar rapat. Dandim 1424/Sinjai, Letkol Czi Andi Wahyu, hadir.",
     "Andi Wahyu", "Komandan Kodim 1424/Sinjai", ["Letkol Czi"]),
    ("Lapas Kelas IIB Sinjai menerima Ketua TP PKK Kabupaten Sinjai, Ny. Hj. Andi Ratna.",
     "Andi Ratna", "Ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Sinjai",
     ["Ny.", "Hj."]),
    ("Cabang Rutan Pulau Punjung menggelar rakor. Bhayangkara Pembina Keamanan dan Ketertiban "
     "Masyarakat (Bhabinkamtibmas) Nagari Sungai Kambut, Bripka Andre Sikumbang, hadir.",
     "Andre Sikumbang",
     "Bhayangkara Pembina Keamanan dan Ketertiban Masyarakat Nagari Sungai Kambut", ["Bripka"]),
    ("Rutan Kelas IIB Blora menggelar sosialisasi bersama Juru Bicara PN Blora, Galih Prasetyo "
     "Nugroho, S.H.", "Galih Prasetyo Nugroho", "Juru Bicara Pengadilan Negeri Blora", ["S.H."]),
], ids=["navy-rank-and-corps", "army-rank-and-corps", "nyonya", "village-police-officer",
        "court-spokesperson"])
def test_ranks_with_their_corps_and_village_officers(text: str, name: str, position: str,
                                                    titles: list[str]) -> None:
    assert (name, position, titles) in [(o.name, o.position, o.titles)
                                        for o in run(text).officials]


def test_a_generals_name_inside_a_universitys_is_no_rank() -> None:
    article = run("Rutan Kelas IIB Purwokerto bekerja sama dengan Universitas Jenderal Soedirman.")
    assert [p.name for p in article.partners] == ["Universitas Jenderal Soedirman"]


def test_one_town_whichever_apostrophe_the_page_typed() -> None:
    article = run("Rutan Kelas IIB Ba'a menerima benih jagung. Kepala Rutan Ba’a, Yohanis Ndun, "
                  "menyampaikan terima kasih.")
    assert [f.name for f in article.facilities] == ["Rutan Kelas IIB Ba'a"]
    assert [o.position for o in article.officials] == ["Kepala Rutan Kelas IIB Ba'a"]


def test_a_city_police_command_issuing_is_placed_as_its_name_writes_it() -> None:
    # ANNOTATION.md: the place as written for the unit (`Probolinggo Kota`, the city's command)
    article = run("PROBOLINGGO – Kepolisian Resor Probolinggo Kota menggelar sambang ke Lapas "
                  "Kelas IIB Probolinggo. Kapolres Probolinggo Kota AKBP Hendra Wijaya memberi "
                  "materi.")
    issuer = next(f for f in article.facilities if f.kind == "other")
    assert (issuer.name, issuer.place) == ("Kepolisian Resor Probolinggo Kota", "Probolinggo Kota")


def test_the_town_after_an_office_building_is_no_holder() -> None:
    article = run("Bapas Kelas II Bukittinggi menggelar sosialisasi bersama Pemkab Limapuluh Kota "
                  "di "
                  "Aula Kantor Bupati, Sarilamak, Kamis.")
    assert article.officials == []
    # the holder, named with the region, still is one
    article = run("Lapas Kelas IIB Maros beraudiensi di Kantor Bupati Maros, Chaidir Syam, Senin.")
    assert [(o.name, o.position) for o in article.officials] == [("Chaidir Syam", "Bupati Maros")]


def test_a_district_of_two_words_after_a_military_units_number() -> None:
    article = run("Cabang Rutan Pulau Punjung menggelar rakor. Turut hadir Komandan Koramil "
                  "02/Pulau "
                  "Punjung, Kapten Inf Rusdi Koto, serta warga.")
    assert [(o.name, o.position) for o in article.officials] == \
        [("Rusdi Koto", "Komandan Koramil 02/Pulau Punjung")]


def test_a_bracket_after_a_kind_word_ending_a_longer_name_gives_no_town() -> None:
    article = run("Kalapas Probolinggo, Yudi Kurniawan, didampingi Kepala Kesatuan Pengamanan "
                  "Lapas "
                  "(KPLP) Heru Santoso.")
    assert [f.name for f in article.facilities] == ["Lapas Probolinggo"]
    assert ("Heru Santoso", "Kepala Kesatuan Pengamanan Lapas Probolinggo") in \
        [(o.name, o.position) for o in article.officials]


def test_acehs_zakat_body_and_a_youth_prison() -> None:
    article = run("Cabang Rutan Singkil menyalurkan zakat bersama Baitul Mal Aceh Singkil.")
    assert [p.name for p in article.partners] == ["Baitul Mal Kabupaten Aceh Singkil"]
    article = run("Lapas Kelas I Tangerang dan Lapas Pemuda Kelas IIA Tangerang meluncurkan gerai.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas I Tangerang",
                                                    "Lapas Pemuda Kelas IIA Tangerang"]


@pytest.mark.parametrize("text, issuer", [
    # a police unit before its command
    ("KETAPANG – Satuan Reserse Narkoba (Satresnarkoba) Polres Ketapang menggelar tes urine di "
     "Lapas Kelas IIB Ketapang, Rabu (4/2/2026).", ("Kepolisian Resor Ketapang", "Ketapang")),
    ("MIMIKA – Komando Distrik Militer (Kodim) 1710/Mimika melaksanakan karya bakti di Lapas Kelas "
     "IIB Timika, Kamis (13/11/2025).", ("Komando Distrik Militer 1710/Mimika", "Mimika")),
    ("SINJAI – Badan Amil Zakat Nasional (Baznas) Kabupaten Sinjai menyalurkan zakat produktif "
     "kepada warga binaan Rutan Sinjai, Senin (9/3/2026).",
     ("Badan Amil Zakat Nasional Kabupaten Sinjai", "Sinjai")),
    # the commander opening the lead: a visit the prison reports, the Kodim is its partner
    ("SOPPENG – Komandan Kodim 1423/Soppeng, Letkol Inf Andi Yusran, melakukan kunjungan ke "
     "Rutan Kelas IIB Watansoppeng, Kamis (16/10/2025).", None),
], ids=["police-unit-before-its-command", "military-unit-by-name", "zakat-board",
        "military-commander-visiting"])
def test_issuers_of_other_kinds(text: str, issuer: tuple[str, str] | None) -> None:
    others = [(f.name, f.place) for f in run(text).facilities if f.kind == "other"]
    assert others == ([issuer] if issuer else [])


@pytest.mark.parametrize("text, issuer", [
    ("SIAK – (Diskominfo Siak) Bupati Siak, Tengku Mahmud Hasyim, melakukan kunjungan kerja ke "
     "Rutan "
     "Kelas IIB Siak. Pemerintah Kabupaten Siak menyerahkan lima mesin jahit.",
     "Pemerintah Kabupaten Siak"),
    ("Semarapura (Humas Klungkung) - Bupati Klungkung, I Komang Wirasatya, meresmikan kebun gizi "
     "di "
     "Rutan Kelas IIB Klungkung. Pemerintah Kabupaten Klungkung menyerahkan bibit.",
     "Pemerintah Kabupaten Klungkung"),
    # a prison's own press office: the prison's release
    ("MEDAN (Humas LPKA Medan) – Bupati Deli Serdang berkunjung ke LPKA Kelas I Medan bersama "
     "Pemerintah Kabupaten Deli Serdang.", None),
], ids=["government-press-office", "government-public-relations", "prisons-public-relations"])
def test_a_governments_own_press_office_as_the_source_makes_it_the_issuer(
        text: str, issuer: str | None) -> None:
    others = [f.name for f in run(text).facilities if f.kind == "other"]
    assert others == ([issuer] if issuer else [])


def test_a_regional_bank_by_its_lower_case_brand_and_a_bare_unit_word() -> None:
    article = run("Lapas Kelas I Tangerang menandatangani PKS dengan bank bjb Cabang Tangerang. "
                  "PKS "
                  "ditandatangani Pemimpin Cabang bank bjb Tangerang, Nia Kurniasari. Ke depan, "
                  "ketiga UPT berencana membuka gerai serupa.")
    assert [p.name for p in article.partners] == \
        ["PT Bank Pembangunan Daerah Jawa Barat dan Banten Cabang Tangerang"]
    assert [o.name for o in article.officials] == ["Nia Kurniasari"]


@pytest.mark.parametrize("text, name, position, partner", [
    ("Rutan Kelas IIB Bangli menggelar pelatihan. Hadir Ketua Tim Penggerak Pemberdayaan dan "
     "Kesejahteraan Keluarga (TP PKK) Kabupaten Bangli, Ny. Ni Luh Putu Suartini.",
     "Ni Luh Putu Suartini",
     "Ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Bangli",
     "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Bangli"),
    ("LPP Kelas III Palu menggelar pemeriksaan mata bersama Lions Club Palu Tadulako. Presiden "
     "Lions Club Palu Tadulako, Ibu Fransiska Lamadjido, menjelaskan.", "Fransiska Lamadjido",
     "Presiden Lions Club Palu Tadulako", "Lions Club Palu Tadulako"),
], ids=["family-welfare-team", "service-club"])
def test_womens_and_service_organisations(text: str, name: str, position: str,
                                          partner: str) -> None:
    article = run(text)
    assert (name, position) in [(o.name, o.position) for o in article.officials]
    assert partner in [p.name for p in article.partners]


def test_the_prisons_called_by_their_unit_word_plan_a_cooperation() -> None:
    article = run("Lapas Kelas I Tangerang dan LPP Kelas IIA Tangerang meluncurkan gerai. Ke "
                  "depan, "
                  "kedua UPT berencana menjalin kerja sama dengan Pemkot Tangerang.")
    assert [(a.type, a.status) for a in article.agreements] == [("kerja_sama", "planned")]
    assert [p.name for p in article.partners] == ["Pemerintah Kota Tangerang"]


def test_a_state_company_named_by_its_short_form_alone_is_a_partner() -> None:
    article = run("Lapas Kelas IIB Rantau menerima bantuan panel surya dari PLN.")
    assert [p.name for p in article.partners] == ["PT PLN"]


def test_a_universitys_centre_opening_the_lead_makes_the_university_the_issuer() -> None:
    article = run("Sendawar – Pusat Penelitian dan Pengabdian kepada Masyarakat (P3M) Politeknik "
                  "Sendawar melatih 20 warga binaan Rutan Kelas IIB Sendawar, Sabtu (17/5/2025).")
    assert [(f.name, f.kind) for f in article.facilities] == \
        [("Politeknik Sendawar", "other"), ("Rutan Kelas IIB Sendawar", "rutan")]


@pytest.mark.parametrize("text, name, partner", [
    ("Hadir Kepala Bidang Pemadam Kebakaran Satpol PP dan Damkar Dharmasraya, Zulhendri, S.Sos. di "
     "Rutan Kelas IIB Pulau Punjung.", "Zulhendri",
     "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Dharmasraya"),
    ("Rupbasan Kelas II Ambon menerima Kasat Reskrim Polresta Pulau Ambon dan Pulau-Pulau Lease, "
     "Kompol Ahmad Ohorella, S.I.K.", "Ahmad Ohorella",
     "Kepolisian Resor Kota Pulau Ambon dan Pulau-Pulau Lease"),
], ids=["merged-civil-police-and-fire-office", "city-police-named-after-islands"])
def test_offices_whose_names_hold_dan(text: str, name: str, partner: str) -> None:
    article = run(text)
    assert name in [o.name for o in article.officials]
    assert [p.name for p in article.partners] == [partner]


@pytest.mark.parametrize("text, issuer", [
    # a company's own press release, dated where it was issued
    ("Tanjung Enim, 11 Desember 2025 – PT Bukit Asam Tbk menyerahkan greenhouse hidroponik kepada "
     "Lapas Kelas IIB Muara Enim, Rabu (10/12/2025).", ("PT Bukit Asam Tbk", "Tanjung Enim")),
    # the same lead on a news portal: the company is the prison's donor
    ("JAMBIWARTA.COM – PT Bukit Asam Tbk menyerahkan greenhouse hidroponik kepada Lapas Kelas IIB "
     "Muara Enim, Rabu (10/12/2025).", None),
], ids=["company-press-release", "company-on-a-news-portal"])
def test_a_company_issues_only_its_own_dated_release(text: str,
                                                     issuer: tuple[str, str] | None) -> None:
    others = [(f.name, f.place) for f in run(text).facilities if f.kind == "other"]
    assert others == ([issuer] if issuer else [])


@pytest.mark.parametrize(("outlet", "issuer"), [
    ("PT Pupuk Iskandar Muda", "PT Pupuk Iskandar Muda"),  # the company's own site
    ("Serambi Warta", None),  # a news portal: the company is the prison's donor
])
def test_an_organisation_publishing_on_its_own_site_issues_the_release(
        outlet: str, issuer: str | None) -> None:
    import extractor

    article = extractor.extract(
        "Krueng Geukueh – PT Pupuk Iskandar Muda menyerahkan mesin pakan kepada Lapas Kelas IIB "
        "Bireuen, Rabu (23/7/2025).", metadata={"outlet": outlet, "published": "2025-07-24"})
    others = [f.name for f in article.facilities if f.kind == "other"]
    assert others == ([issuer] if issuer else [])
    assert [p.name for p in article.partners] == ([] if issuer else ["PT Pupuk Iskandar Muda"])


def test_a_company_site_named_by_its_short_name_issues_through_its_first_named_office() -> None:
    import extractor

    article = extractor.extract(
        "Bangkinang – PT PLN (Persero) Unit Layanan Pelanggan (ULP) Bangkinang menyerahkan PLTS "
        "atap kepada Lapas Kelas IIA Bangkinang melalui program PLN Peduli, Rabu (20/5/2026). "
        "Manager PLN UP3 Pekanbaru, Teuku Rizky, hadir menyaksikan.",
        metadata={"outlet": "PLN", "published": "2026-05-21"})
    others = [f.name for f in article.facilities if f.kind == "other"]
    assert others == ["PT PLN (Persero) Unit Layanan Pelanggan Bangkinang"]
    assert [p.name for p in article.partners] == []  # the company's other offices are its own


def test_an_issuing_units_own_hierarchy_of_its_kind_is_no_partner() -> None:
    article = run("Kebumen – Komando Rayon Militer 0709-01/Kebumen menggelar tanam jagung di Rutan "
                  "Kelas IIB Kebumen, Senin (3/11/2025). Kegiatan didukung Kodim 0709/Kebumen dan "
                  "Dinas Pertanian Kabupaten Kebumen.")
    assert [f.name for f in article.facilities if f.kind == "other"] == [
        "Komando Rayon Militer 0709-01/Kebumen"]
    assert [p.name for p in article.partners] == ["Dinas Pertanian Kabupaten Kebumen"]


def test_a_puskesmas_opening_the_lead_issues_its_own_service() -> None:
    article = run("Jayapura – Puskesmas Abepura melaksanakan skrining TBC bagi warga binaan Lapas "
                  "Kelas IIA Abepura pada Rabu, 22 Oktober 2025.")
    assert [f.name for f in article.facilities if f.kind == "other"] == ["Puskesmas Abepura"]


@pytest.mark.parametrize(("url", "issuer"), [
    ("https://lapassampit.kemenimipas.go.id/berita/zakat", None),  # the prison's own site
    ("https://rutanwates.kemenimipas.go.id/2026/zakat", None),
    ("https://warta-kotim.example.id/2026/08/15/zakat", "Badan Amil Zakat Nasional Kabupaten "
     "Kotawaringin Timur"),  # a news portal: the lead's opener issues
])
def test_an_article_on_a_prisons_own_site_is_the_prisons_release(
        url: str, issuer: str | None) -> None:
    import extractor

    article = extractor.extract(
        "SAMPIT – Baznas Kabupaten Kotawaringin Timur menyalurkan bantuan zakat produktif kepada "
        "warga binaan Lapas Kelas IIB Sampit, Jumat (14/8/2026).",
        metadata={"url": url, "published": "2026-08-15"})
    others = [f.name for f in article.facilities if f.kind == "other"]
    assert others == ([issuer] if issuer else [])


@pytest.mark.parametrize("text, name, position, partner", [
    ("Rutan Kelas IIB Salatiga menggelar pelatihan bersama Hotel Laras Merbabu Salatiga. Materi "
     "dibawakan Executive Chef Hotel Laras Merbabu, Yohanes Tri Wibowo, di dapur rutan.",
     "Yohanes Tri Wibowo", "Executive Chef Hotel Laras Merbabu Salatiga",
     "Hotel Laras Merbabu Salatiga"),
    ("LPKA Kelas II Bandung meluncurkan kelas digital bersama PT Kode Anak Bangsa. CEO PT Kode "
     "Anak "
     "Bangsa, Reza Mahendra Putra, menjelaskan kurikulumnya.", "Reza Mahendra Putra",
     "CEO PT Kode Anak Bangsa", "PT Kode Anak Bangsa"),
], ids=["hotel-chef", "startup-ceo"])
def test_company_titles_in_english_and_hotels(text: str, name: str, position: str,
                                              partner: str) -> None:
    article = run(text)
    assert (name, position) in [(o.name, o.position) for o in article.officials]
    assert partner in [p.name for p in article.partners]


def test_hotels_and_restaurants_in_lower_case_are_no_parties() -> None:
    # `magang di hotel dan restoran anggotanya`: the members' businesses, no third parties
    article = run("Lapas Kelas IIB Labuan Bajo menerima PHRI Manggarai Barat. PHRI menyodorkan "
                  "draf "
                  "perjanjian kerja sama (PKS) program magang di hotel dan restoran anggotanya.")
    assert ("pks", "proposed") in [(a.type, a.status) for a in article.agreements]


@pytest.mark.parametrize("text, name, partner", [
    ("Lapas Kelas IIB Tulungagung menandatangani PKS dengan PT Bank Rakyat Indonesia (Persero) Tbk "
     "Kantor Cabang Tulungagung. PKS ditandatangani bersama Branch Manager BRI Tulungagung Galih "
     "Permadi Santoso. Turut hadir warga.", "Galih Permadi Santoso",
     "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Tulungagung"),
    ("Rutan Kelas IIB Salatiga menggelar pelatihan bersama Hotel Laras Merbabu Salatiga. Materi "
     "dibawakan Executive Chef Hotel Laras Merbabu Yohanes Tri Wibowo, yang memperkenalkan "
     "kebersihan dapur.", "Yohanes Tri Wibowo", "Hotel Laras Merbabu Salatiga"),
    # named once, after a position: an office's name ends in its place
    ("Lapas Kelas IIB Nunukan menggelar rapat. Kepala Kantor Imigrasi Kelas II TPI Nunukan Ferry "
     "Wicaksono Adi menjelaskan pendataan WNA.", "Ferry Wicaksono Adi",
     "Kantor Imigrasi Kelas II TPI Nunukan"),
    ("Lapas Kelas IIB Boalemo menerima Pemimpin Cabang Bank SulutGo Tilamuta Sri Yanti Lamusu "
     "untuk sosialisasi tabungan.", "Sri Yanti Lamusu", "Bank SulutGo Tilamuta"),
], ids=["bank-branch", "hotel", "office-after-position", "branch-after-position"])
def test_a_name_glued_to_its_organisation_without_a_comma(text: str, name: str,
                                                          partner: str) -> None:
    article = run(text)
    assert name in [o.name for o in article.officials]
    assert [p.name for p in article.partners] == [partner]


def test_a_regency_whose_name_holds_a_shorter_one_is_not_cut_as_a_name() -> None:
    # `Musi` and `Musi Rawas` are regions too: `Rawas Utara` is no person glued on
    article = run("Lapas Narkotika Muara Beliti bekerja sama dengan Baznas Kabupaten Musi Rawas "
                  "Utara. Ketua Baznas Kabupaten Musi Rawas Utara, Syamsul Bahri, hadir.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Syamsul Bahri", "Ketua Badan Amil Zakat Nasional Kabupaten Musi Rawas Utara")]


def test_a_firm_named_after_a_place_keeps_the_words_after_it() -> None:
    # `CV Kampar …`: a firm's own name may hold a place; no cut there after a position
    article = run("Lapas Kelas IIA Bangkinang menerima bibit dari Direktur CV Kampar Agro Lestari "
                  "Hendri Saputra.")
    assert all(p.name != "CV Kampar" for p in article.partners)
    assert "Agro Lestari" not in [o.name for o in article.officials]


@pytest.mark.parametrize("text, partner", [
    # the same name twice is one company, not a shorter one and a person
    ("Lapas Kelas IIA Cikarang bekerja sama dengan PT Sinar Presisi Teknik. Direktur PT Sinar "
     "Presisi "
     "Teknik menyambut baik.", "PT Sinar Presisi Teknik"),
    # a place ends the name: no person
    ("Rutan Kelas IIB Baturaja bekerja sama dengan Pondok Pesantren Darul Hikmah. Santri Pondok "
     "Pesantren Darul Hikmah Baturaja hadir.", "Pondok Pesantren Darul Hikmah Baturaja"),
], ids=["company-named-twice", "place-after-the-name"])
def test_no_person_is_cut_from_a_name_written_whole(text: str, partner: str) -> None:
    assert partner in [p.name for p in run(text).partners]


@pytest.mark.parametrize("text, partner", [
    ("Lapas Kelas IIB Tulungagung menggelar pesantren kilat bersama Pengurus Cabang Nahdlatul "
     "Ulama "
     "(PCNU) Kabupaten Tulungagung.", "Pengurus Cabang Nahdlatul Ulama Kabupaten Tulungagung"),
    ("LPKA Kelas II Ternate menerima beasiswa dari LAZISNU Kota Ternate.",
     "Lembaga Amil Zakat, Infak dan Sedekah Nahdlatul Ulama Kota Ternate"),
    ("Bapas Kelas I Jakarta Selatan menandatangani PKS dengan Laznas Bina Ummat.",
     "Lembaga Amil Zakat Nasional Bina Ummat"),
    ("Rutan Kelas IIB Marabahan menerima bantuan Baznas Batola.",
     "Badan Amil Zakat Nasional Kabupaten Barito Kuala"),
], ids=["nu-branch-board", "nu-zakat-body", "national-zakat-body", "regency-short-form"])
def test_islamic_organisations_and_their_zakat_bodies(text: str, partner: str) -> None:
    assert [p.name for p in run(text).partners] == [partner]


@pytest.mark.parametrize("text, kinds", [
    ("Rutan Kelas IIB Dobo beraudiensi dengan Bupati Kepulauan Aru. Di akhir pertemuan, Karutan "
     "menyerahkan cendera mata berupa miniatur perahu.", ["audiensi"]),
    ("Rupbasan Kelas I Jakarta Timur menggelar rapat koordinasi dengan Kejari. Ia meminta Rupbasan "
     "menyerahkan daftar basan paling lambat akhir bulan.", ["koordinasi"]),
    # awards to participants are handed over
    ("LPKA Kelas II Sungai Raya menggelar porseni. Penutupan diisi penyerahan trofi dan piagam "
     "kepada "
     "para juara.", ["other", "penyerahan"]),
], ids=["courtesy-gift", "request", "awards"])
def test_handovers_that_are_courtesies_or_requests_are_no_engagements(text: str,
                                                                     kinds: list[str]) -> None:
    assert sorted(e.type for e in run(text).engagements) == kinds


def test_a_training_taken_before_is_no_engagement_outside_the_lead() -> None:
    article = run("Bapas Kelas II Balikpapan mengunjungi Hotel Bukit Pasir. Rombongan diterima "
                  "manajer "
                  "hotel. Sebagian klien pernah mengikuti pelatihan kerja semasa di Lapas.")
    assert [e.type for e in article.engagements] == ["kunjungan"]


@pytest.mark.parametrize("text, kinds", [
    # in the lead too, when it describes the people ("… yang telah mengikuti pelatihan")
    ("Kepala Lapas Kelas I Malang beraudiensi dengan Wali Kota Batu, Rabu (14/5/2025). Pertemuan "
     "tersebut membahas penyaluran eks warga binaan yang telah mengikuti pelatihan perhotelan.",
     ["audiensi"]),
    # what a meeting talked about did not take place
    ("Kepala Rutan Kelas IIB Sampang beraudiensi dengan Bupati Sampang, Kamis (6/11). Audiensi "
     "itu membahas dukungan pemda, mulai dari pelatihan kerja hingga layanan kependudukan.",
     ["audiensi"]),
    # the meeting a matter was talked over in did take place
    ("Peluang itu dibahas dalam audiensi Kepala Lapas Sleman dengan Bupati Sleman, Selasa "
     "(2/9/2025).", ["audiensi"]),
    # an event verb after the talk reports an activity again
    ("Lapas Kelas IIA Palu menggelar rapat yang membahas persiapan, lalu membuka pelatihan las "
     "bagi warga binaan.", ["koordinasi", "pelatihan"]),
], ids=["described-people", "discussed", "discussed-in-a-meeting", "verb-after-the-talk"])
def test_activities_talked_about_or_taken_before(text: str, kinds: list[str]) -> None:
    assert sorted(e.type for e in run(text).engagements) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("LEMBATA – Cabang Rutan Lewoleba bersama Disdukcapil Kabupaten Lembata melaksanakan perekaman "
     "KTP elektronik bagi 23 tahanan, Jumat (27/2).", ["other"]),
    ("Lapas Kelas IIB Tapaktuan mewisuda 19 warga binaan peserta program tahfiz, Kamis (7/5).",
     ["other"]),
    # a prayer opening another event, and a season before it, are no activities of their own
    ("Lapas Kelas IIB Tondano menandatangani PKS dengan BLK. Acara diawali ibadah singkat.",
     ["penandatanganan"]),
    ("Jelang perayaan Natal, Cabang Rutan Pancur Batu menggelar rapat koordinasi keamanan.",
     ["koordinasi"]),
    # an inauguration and the handing over of the office: no aid handed over
    ("Kakanwil Ditjenpas Sulawesi Tenggara melantik dua kepala UPT, Selasa (20/1/2026). "
     "Pelantikan dilanjutkan dengan serah terima jabatan.", ["other"]),
    # the badge of an inauguration is a thing
    ("Lapas Kelas IIB Ciamis mengukuhkan gugus depan Pramuka. Pengukuhan ditandai dengan "
     "penyematan tanda pelantikan kepada pembina.", ["peluncuran"]),
    # the verb as the dictionary spells it
    ("Tim BPS menyosialisasikan Sensus Ekonomi 2026 kepada warga binaan Rutan Kelas IIB "
     "Muaradua, Selasa (9/6/2026).", ["sosialisasi"]),
], ids=["civil-registration", "graduation", "opening-prayer", "season-before", "inauguration",
        "badge", "informing-verb"])
def test_activities_of_type_other(text: str, kinds: list[str]) -> None:
    assert sorted(e.type for e in run(text).engagements) == kinds


def test_a_short_form_then_its_regions_short_form_before_the_name() -> None:
    article = run("Lapas Kelas IIB Wates menggelar skrining bersama Himpunan Psikologi Indonesia "
                  "(HIMPSI) "
                  "Wilayah Daerah Istimewa Yogyakarta. Ketua HIMPSI Wilayah DIY, Dr. Bagus "
                  "Wicaksono, "
                  "M.Psi., Psikolog, mengatakan para psikolog relawan hadir.")
    assert [(o.name, o.titles) for o in article.officials] == \
        [("Bagus Wicaksono", ["Dr.", "M.Psi.", "Psikolog"])]


def test_a_facility_word_before_an_officials_name_is_no_facility() -> None:
    article = run("LPKA Kelas II Pekanbaru menggelar penyuluhan hukum. Kepala LPKA Kelas II "
                  "Pekanbaru, Masrul, membuka kegiatan. \"Kami berterima kasih,\" kata Kepala "
                  "LPKA Masrul.")
    assert [f.name for f in article.facilities] == ["LPKA Kelas II Pekanbaru"]


@pytest.mark.parametrize(("written", "position"), [
    ("Kabag Ops Polres Nias Selatan", "Kepala Bagian Operasional Kepolisian Resor Nias Selatan"),
    ("Kasat Polairud Polres Bengkalis",
     "Kepala Satuan Polisi Perairan dan Udara Kepolisian Resor Bengkalis"),
])
def test_police_staff_positions_written_out(written: str, position: str) -> None:
    article = run(f"Lapas Kelas IIB Teluk Dalam menggelar apel bersama. {written}, Kompol "
                  "Edward Manao, memimpin apel.")
    assert [(o.name, o.position) for o in article.officials] == [("Edward Manao", position)]


@pytest.mark.parametrize("office", ["Dinas Koperasi dan Usaha Kecil Menengah",
                                    "Dinas Koperasi dan UKM"])
def test_an_office_is_named_in_full_as_the_article_writes_it(office: str) -> None:
    article = run(f"Rutan Kelas IIB Pangkalan Balai bekerja sama dengan {office} Kabupaten "
                  "Banyuasin menggelar pelatihan.")
    assert [p.name for p in article.partners] == [f"{office} Kabupaten Banyuasin"]


def test_a_units_number_names_one_unit_and_its_place_is_written_out() -> None:
    article = run("Lapas Kelas IIB Siborongborong bekerja sama dengan Kodim 0210/Tapanuli Utara. "
                  "Dandim 0210/TU, Letkol Inf Benny Hutagalung, memimpin kegiatan.")
    assert [p.name for p in article.partners] == ["Komando Distrik Militer 0210/Tapanuli Utara"]
    assert [o.position for o in article.officials] == ["Komandan Kodim 0210/Tapanuli Utara"]
    short = run("Lapas Kelas IIB Blangpidie bekerja sama dengan Kodim 0110/Abdya.")
    assert [p.name for p in short.partners] == ["Komando Distrik Militer 0110/Aceh Barat Daya"]


def test_two_spellings_of_one_office_of_one_region_are_one_partner() -> None:
    article = run("Rutan Kelas IIB Sinjai bekerja sama dengan Dinas Koperasi, Usaha Kecil dan "
                  "Menengah (Diskop UKM) Kabupaten Sinjai. Kepala Bidang Usaha Mikro Diskop UKM "
                  "Sinjai, Irwan Patawari, memberikan pembekalan.")
    assert [p.name for p in article.partners] == [
        "Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sinjai"]


def test_a_position_names_a_unit_office_as_the_article_writes_it() -> None:
    article = run("Rutan Kelas IIB Pacitan bekerja sama dengan UPT Puskesmas Pacitan. Kepala "
                  "Puskesmas Pacitan, drg. Heru Purnomo, memimpin pemeriksaan.")
    assert [p.name for p in article.partners] == ["UPT Puskesmas Pacitan"]
    assert [o.position for o in article.officials] == ["Kepala Puskesmas Pacitan"]


@pytest.mark.parametrize(("written", "position"), [
    ("Field Manager PT Pertamina EP", "Field Manager PT Pertamina EP"),
    ("Vice President CSR PT Pupuk Iskandar Muda", "Vice President CSR PT Pupuk Iskandar Muda"),
    ("Superintendent Community Development PT Adaro Indonesia",
     "Superintendent Community Development PT Adaro Indonesia"),
])
def test_english_company_titles(written: str, position: str) -> None:
    article = run(f"Lapas Kelas IIB Bireuen menerima bantuan. Bantuan diserahkan oleh {written}, "
                  "Cut Nurul Hidayati, S.T., M.M., kepada Kepala Lapas.")
    assert [(o.name, o.position) for o in article.officials][:1] == [
        ("Cut Nurul Hidayati", position)]


def test_a_short_form_of_an_office_in_a_position_is_the_name_the_article_wrote() -> None:
    article = run("Lapas Kelas III Manado bekerja sama dengan Dinas Koperasi dan Usaha Kecil "
                  "Menengah (Diskop UKM) Kota Manado. Kepala Diskop UKM Manado, Jeffry Rumengan, "
                  "membuka pameran.")
    assert [o.position for o in article.officials] == [
        "Kepala Dinas Koperasi dan Usaha Kecil Menengah Kota Manado"]


def test_a_branch_town_with_a_word_that_ends_no_name_is_whole() -> None:
    article = run("Rutan Kelas IIB Pangkalan Balai menggelar sosialisasi KUR bersama BRI. Pemimpin "
                  "Cabang BRI Pangkalan Balai, Dedy Irawan, menjelaskan syarat pengajuan.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Dedy Irawan", "Pemimpin Cabang Bank Rakyat Indonesia Pangkalan Balai")]


@pytest.mark.parametrize(("written", "name"), [
    ("Lembaga Pelatihan Kerja (LPK) Citra Mandiri", "Lembaga Pelatihan Kerja Citra Mandiri"),
    ("PHRI Nusa Tenggara Barat", "Perhimpunan Hotel dan Restoran Indonesia Nusa Tenggara Barat"),
    ("Kantor Perwakilan Bank Indonesia Provinsi Kalimantan Tengah",
     "Kantor Perwakilan Bank Indonesia Provinsi Kalimantan Tengah"),
])
def test_training_institutes_hotel_association_and_the_central_banks_offices(written: str,
                                                                            name: str) -> None:
    article = run(f"Bapas Kelas I Mataram bekerja sama dengan {written} menggelar pelatihan.")
    assert [p.name for p in article.partners] == [name]


def test_a_branch_written_with_the_short_form_is_the_same_bank() -> None:
    article = run("Rutan Kelas IIA Palangka Raya bekerja sama dengan PT Bank Pembangunan Daerah "
                  "Kalimantan Tengah (Bank Kalteng). Bantuan diserahkan Bank Kalteng Cabang Utama "
                  "Palangka Raya kepada rutan.")
    assert [p.name for p in article.partners] == ["PT Bank Pembangunan Daerah Kalimantan Tengah"]


def test_an_offices_class_does_not_make_a_second_partner() -> None:
    article = run("Rutan Kelas IIB Tanjung Uban dan Kantor Imigrasi (Kanim) Kelas II TPI Tanjung "
                  "Uban menggelar rapat koordinasi. Kepala Kanim Tanjung Uban, I Gusti Ngurah "
                  "Wiradana, memimpin rapat.")
    assert [p.name for p in article.partners] == ["Kantor Imigrasi Kelas II TPI Tanjung Uban"]
    assert [o.position for o in article.officials] == [
        "Kepala Kantor Imigrasi Kelas II TPI Tanjung Uban"]


def test_the_civil_and_sharia_police_of_aceh_are_one_office() -> None:
    article = run("Rutan Kelas IIB Blangpidie menggelar rapat bersama Satpol PP dan WH Abdya.")
    assert [p.name for p in article.partners] == [
        "Satuan Polisi Pamong Praja dan Wilayatul Hisbah Kabupaten Aceh Barat Daya"]


@pytest.mark.parametrize("published", [None, "2025-12-03"])
def test_a_date_in_a_quote_after_the_article_is_a_plan_not_a_statement(
        published: str | None) -> None:
    import extractor

    article = extractor.extract(
        "Bapas Kelas II Palangka Raya dan Pemkot Palangka Raya menggelar rapat koordinasi, Selasa "
        "(2/12/2025). \"Drafnya kami targetkan rampung pada 10 Desember 2025 di Balai Kota,\" "
        "ujar Kepala Bapas. Keterangan itu disampaikan Rabu (3/12/2025), kata dia.",
        metadata={"published": published} if published else None)
    roles = {d.value: d.role for d in article.dates if d.role != "publication"}
    assert roles == {"2025-12-02": "event", "2025-12-10": "other", "2025-12-03": "statement"}


@pytest.mark.parametrize(("later", "value"), [
    ("Siklus tanam berikutnya dijadwalkan pada 20-22 November 2025.", "2025-11-20"),
    ("Sebelumnya, pada 10–14 Oktober 2025, Bapas menggelar pelatihan sablon.", "2025-10-10"),
    ("Rapat membahas pidana kerja sosial dalam KUHP baru yang mulai berlaku 2 Januari 2026.",
     "2026-01-02"),
])
def test_a_planned_or_recalled_period_and_a_law_taking_effect_are_no_event(later: str,
                                                                           value: str) -> None:
    article = run(f"Bapas Kelas II Wonosobo menggelar rapat koordinasi, Senin (3/11/2025). {later}")
    roles = {d.value: d.role for d in article.dates}
    assert roles["2025-11-03"] == "event"
    assert roles[value] == "other"


def test_the_day_a_law_takes_effect_is_never_the_event_and_a_weekday_date_beside_it_is() -> None:
    law_first = run("Bapas Kelas II Jayapura membahas pidana kerja sosial dalam KUHP baru yang "
                    "mulai berlaku 2 Januari 2026. Rapat berlangsung di Kantor Wali Kota, Kamis, "
                    "30 Oktober 2025.")
    assert {d.value: d.role for d in law_first.dates} == {"2026-01-02": "other",
                                                          "2025-10-30": "event"}
    signing = run("Menjelang berlakunya KUHP baru, Bapas Kelas II Klaten menandatangani "
                  "Kesepakatan Bersama dengan Kejaksaan Negeri Klaten, Senin (24/11/2025).")
    assert {d.value: d.role for d in signing.dates} == {"2025-11-24": "event"}


@pytest.mark.parametrize("opening", [
    "Menyambut Hari Anti Narkotika Internasional (HANI) 26 Juni 2025,",
    "Dalam rangka memperingati Hari Anti Narkotika Internasional 26 Juni 2025,",
    "Jelang peringatan HANI 26 Juni 2025,",
], ids=["welcoming", "commemorating", "ahead-of"])
def test_the_day_a_commemoration_marks_is_not_the_event_dated_by_weekday(opening: str) -> None:
    article = run(f"{opening} Lapas Narkotika Kelas IIA Muara Beliti menggelar tes urine "
                  "bersama BNNP Sumatera Selatan, Selasa (24/6/2025).")
    assert {d.value: d.role for d in article.dates} == {"2025-06-24": "event",
                                                        "2025-06-26": "other"}


def test_a_commemoration_dated_alone_is_the_event() -> None:
    article = run("Memperingati Hari Bhayangkara pada 1 Juli 2025, Polres Maros menggelar bakti "
                  "sosial di Rutan Kelas IIB Maros.")
    assert {d.value: d.role for d in article.dates} == {"2025-07-01": "event"}


@pytest.mark.parametrize("closing, status", [
    ("Rapat ditutup dengan kesepakatan membentuk tim kecil yang bertemu setiap pekan hingga PKS "
     "ditandatangani.", "planned"),
    ("Kedua pihak terus berkoordinasi sampai PKS benar-benar diteken.", "planned"),
], ids=["until-signed", "until-really-signed"])
def test_work_that_goes_on_until_a_signing_puts_the_signing_later(closing: str,
                                                                   status: str) -> None:
    article = run("Bapas Kelas I Semarang menggelar rapat koordinasi dengan Kejaksaan Negeri Kota "
                  f"Semarang, Selasa (13/1/2026), membahas draf perjanjian kerja sama. {closing}")
    assert [(a.type, a.status) for a in article.agreements] == [("pks", status)]
    assert "penandatanganan" not in [e.type for e in article.engagements]


@pytest.mark.parametrize("sentence, expected", [
    ("Wali Kota menyatakan Pemerintah Kota Kupang akan melibatkan warga binaan dalam program "
     "penghijauan kota mulai 2026.", [("kerja_sama", "planned")]),
    ("Bupati menyampaikan Pemkab Kupang akan memesan meja belajar produksi bengkel Lapas.",
     [("kerja_sama", "planned")]),
    ("Menurutnya, jika nanti ada kesepakatan tertulis, Pemkot Kupang siap melibatkan warga "
     "binaan dalam penghijauan.", []),
    ("Kalapas menyebut warga binaan akan dilibatkan dalam penghijauan kota.", []),
], ids=["involve", "order", "only-if-agreed", "no-organisation-as-subject"])
def test_an_organisation_that_will_involve_the_prison_plans_a_cooperation(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    article = run("Kepala Lapas Kelas IIA Kupang beraudiensi dengan Wali Kota Kupang di Balai "
                  f"Kota, Senin (3/11/2025). {sentence}")
    assert [(a.type, a.status) for a in article.agreements] == expected


@pytest.mark.parametrize("sentence", [
    "Naskah PKS yang sedianya diteken hari itu masih menunggu persetujuan kantor pusat.",
    "Penandatanganan PKS urung dilaksanakan karena naskah masih menunggu persetujuan.",
    "Meski PKS belum diteken, rekening warga binaan tetap dibuka.",
], ids=["meant-to-be-signed", "not-carried-out", "not-yet-signed"])
def test_a_signing_that_did_not_happen_is_no_signing(sentence: str) -> None:
    article = run("Lapas Kelas IIB Manokwari dan Bank Papua Cabang Manokwari bertemu membahas "
                  f"layanan perbankan bagi warga binaan, Selasa (10/2/2026). {sentence}")
    assert ("pks", "signed") not in [(a.type, a.status) for a in article.agreements]
    assert "penandatanganan" not in [e.type for e in article.engagements]


def test_a_doctors_title_in_lower_case_ends_no_sentence() -> None:
    # `RSUD dr. Soedono yang selama ini sudah berjalan`: one sentence, whose running cue is the
    # document's; `di kebun. Hasilnya` still ends one
    article = run("RSUD dr. Soedono menggelar skrining TBC di Lapas Kelas I Madiun, Selasa "
                  "(10/2/2026). Skrining ini bagian dari perjanjian kerja sama layanan rujukan "
                  "antara lapas dan RSUD dr. Soedono yang selama ini sudah berjalan.")
    assert [(a.type, a.status) for a in article.agreements] == [("pks", "ongoing")]
    from extractor.mentions import sentences
    text = "Warga binaan menanam cabai di kebun. Hasilnya dijual ke pasar."
    assert len(sentences(text)) == 2


def test_a_period_around_the_event_day_is_not_the_event() -> None:
    article = run("Kemenag Sinjai menyerahkan 100 mushaf ke Rutan Kelas IIB Sinjai, Jumat, 7 Maret "
                  "2025. Penyerahan bertepatan dengan pesantren kilat yang digelar dari 3 hingga "
                  "28 Maret 2025 bagi warga binaan.")
    assert {d.value: d.role for d in article.dates} == {
        "2025-03-07": "event", "2025-03-03": "other", "2025-03-28": "other"}


def test_a_lecture_on_national_insight_or_financial_literacy_is_sosialisasi() -> None:
    article = run("Kodim 1710/Mimika menggelar karya bakti di Lapas Kelas IIB Timika, Selasa "
                  "(4/11). Personel Kodim juga memberikan wawasan kebangsaan bagi warga binaan.")
    assert "sosialisasi" in [e.type for e in article.engagements]


def test_a_training_taken_before_is_no_engagement() -> None:
    article = run("Lapas Kelas IIA Tanjungpinang meluncurkan Dapur Otak-Otak, Rabu (5/11). Produk "
                  "dipasarkan ke kantin pegawai.\n\nDapur itu melibatkan 15 warga binaan yang "
                  "sebelumnya mengikuti pelatihan pengolahan ikan.")
    assert [e.type for e in article.engagements] == ["peluncuran"]


def test_a_deadline_is_a_later_day_than_the_event() -> None:
    article = run("Bapas Kelas II Palopo menggelar rapat koordinasi dengan Kejaksaan Negeri "
                  "Palopo, Rabu (4/2). Kajari meminta data klien diserahkan paling lambat 20 "
                  "Februari.", published="2026-02-12")
    assert {d.value: d.role for d in article.dates if d.role != "publication"} == {
        "2026-02-04": "event", "2026-02-20": "other"}


def test_a_churchs_congregation_and_its_town_belong_to_the_church() -> None:
    article = run("Rutan Kelas IIB Salatiga menggelar kebaktian bersama Gereja Protestan di "
                  "Indonesia bagian Barat (GPIB) Jemaat Sion Salatiga. Kebaktian dipimpin Ketua "
                  "Majelis Jemaat GPIB Sion Salatiga, Pdt. Maria Lusiana Tanamal, M.Th.")
    assert [p.name for p in article.partners] == [
        "Gereja Protestan di Indonesia bagian Barat Jemaat Sion Salatiga"]
    assert [o.name for o in article.officials] == ["Maria Lusiana Tanamal"]
    hkbp = run("Lapas Kelas IIA Bekasi menggelar Natal bersama HKBP Resort Margahayu.")
    assert [p.name for p in hkbp.partners] == ["Huria Kristen Batak Protestan Resort Margahayu"]


def test_a_prison_unit_named_after_the_prison_is_the_prisons_not_the_partners() -> None:
    article = run("Ketua Pengadilan Negeri Banjarnegara, Dr. Hendra Wijaya, S.H., berkunjung ke "
                  "Rutan Kelas IIB Banjarnegara. Rombongan diterima Kepala Rutan Kelas IIB "
                  "Banjarnegara, Slamet Riyadi, beserta Kepala Subseksi Pelayanan Tahanan, Eko "
                  "Budi Santoso.")
    assert ("Eko Budi Santoso", "Kepala Subseksi Pelayanan Tahanan Rutan Kelas IIB Banjarnegara") \
        in [(o.name, o.position) for o in article.officials]


@pytest.mark.parametrize(("name", "titles"), [
    ("Zulfikri Ramadhan", ["A.Md.IP.", "S.H."]),  # a month
    ("Muhammad Ridwan Hakim", ["S.H.", "M.H."]),  # a position
])
def test_a_word_that_is_no_name_elsewhere_ends_a_name_when_degrees_follow(
        name: str, titles: list[str]) -> None:
    article = run(f"Kepala Lapas Kelas IIB Muaro Sijunjung, {name}, {', '.join(titles)}, membuka "
                  "kegiatan. Bulan Ramadhan lalu kegiatan serupa digelar.")
    assert [(o.name, o.titles) for o in article.officials] == [(name, titles)]


@pytest.mark.parametrize("text", [
    "Ketua PHRI Kabupaten Gianyar, Anak Agung Gede Mayun Putra, menyebut industri siap.",
    "Anak Agung Gede Mayun Putra selaku Ketua PHRI Kabupaten Gianyar menyebut industri siap.",
])
def test_a_balinese_noble_title_opens_a_name(text: str) -> None:
    article = run(f"Rutan Kelas IIB Gianyar bekerja sama dengan PHRI. {text}")
    assert [o.name for o in article.officials] == ["Anak Agung Gede Mayun Putra"]


def test_a_veterinarians_title_before_a_name() -> None:
    article = run("Rutan Kelas IIB Boyolali menggelar pelatihan. Kegiatan dibuka Kepala Dinas "
                  "Peternakan Kabupaten Boyolali, drh. Endang Sulistyowati, M.Si.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Endang Sulistyowati", ["drh.", "M.Si."])]


@pytest.mark.parametrize(("written", "position"), [
    ("dan Panitera, Sri Handayani, S.H.", "Panitera Pengadilan Negeri Banjarnegara"),
    ("serta Jaksa Fungsional, Putri Ayu Lestari, S.H.", "Jaksa Fungsional Kejaksaan Negeri "
                                                       "Banjarnegara"),
])
def test_a_bare_position_before_its_holder_belongs_to_the_organisation_just_named(
        written: str, position: str) -> None:
    article = run("Rutan Kelas IIB Banjarnegara menerima Pengadilan Negeri Banjarnegara dan "
                  "Kejaksaan Negeri Banjarnegara. Hadir Wakil Ketua PN Banjarnegara, Ni Made "
                  f"Sukerti, S.H., {written} Rombongan diterima Kepala Rutan.")
    assert position in [o.position for o in article.officials]


def test_a_programme_named_after_prosecutors_names_no_one() -> None:
    article = run("Lapas Kelas IIB Solok menerima kunjungan Kejaksaan Negeri Solok dalam rangka "
                  "program Jaksa Menyapa pada awal tahun.")
    assert article.officials == []


def test_an_official_of_an_organisations_unit_makes_it_a_party() -> None:
    article = run("Lapas Kelas IIB Blitar menggelar pelatihan budidaya koi bersama Dinas "
                  "Peternakan dan Perikanan Kabupaten Blitar. Pelatihan berlangsung tiga hari. "
                  "Peserta berasal dari blok hunian.\n\nPembukaan dihadiri Kepala Lapas, Agung, "
                  "serta Dekan Fakultas Pertanian Universitas Islam Balitar (Unisba), Dr. Lilik "
                  "Indrawati, S.Pi., M.P.\n\nPeserta berlatih mengukur kualitas air.")
    # named by its unit, which the article names first (`_unit_party`)
    assert [p.name for p in article.partners][1:] == [
        "Fakultas Pertanian Universitas Islam Balitar"]


@pytest.mark.parametrize(("text", "official"), [
    ("Raja Negeri Passo, Frans Tuhumury, menyatakan negerinya siap.",
     ("Frans Tuhumury", "Raja Negeri Passo")),
    ("Kepala Kantor Imigrasi Tanjung Uban, Raja Azmi Syahputra, menyatakan siap.",
     ("Raja Azmi Syahputra", "Kepala Kantor Imigrasi Tanjung Uban")),
    ("Pastor Paroki Santo Yosef Mbay, RD. Kristoforus Wea, memberkati lahan.",
     ("Kristoforus Wea", "Pastor Paroki Santo Yosef Mbay")),
    ("Vikaris Jenderal Keuskupan Agats, Vinsensius Jiwipits, hadir mewakili uskup.",
     ("Vinsensius Jiwipits", "Vikaris Jenderal Keuskupan Agats")),
    ("Hadir Kepala Seksi Pendidikan Diniyah dan Pondok Pesantren Kantor Kementerian Agama "
     "(Kemenag) Kabupaten Sumbawa Barat, Baiq Nurul Aini, S.Ag.",
     ("Baiq Nurul Aini", "Kepala Seksi Pendidikan Diniyah dan Pondok Pesantren Kantor "
                         "Kementerian Agama Kabupaten Sumbawa Barat")),
])
def test_village_church_and_religious_office_positions_of_the_east(
        text: str, official: tuple[str, str]) -> None:
    article = run(f"Lapas Kelas III Taliwang menggelar pembinaan bersama mitra. {text}")
    assert [(o.name, o.position) for o in article.officials] == [official]
    assert all(not p.name.startswith("Pondok Pesantren Kantor") for p in article.partners)


def test_a_month_inside_a_name_is_a_word_of_the_name() -> None:
    article = run("Lapas Kelas IIB Kolaka bekerja sama dengan Universitas Sembilanbelas November "
                  "Kolaka menggelar pelatihan pada 12 November 2025.")
    assert [p.name for p in article.partners] == ["Universitas Sembilanbelas November Kolaka"]
    assert [d.value for d in article.dates] == ["2025-11-12"]


def test_a_month_after_a_number_word_ends_a_name_as_its_word() -> None:
    article = run("Rutan Kelas I Surakarta menggelar penyuluhan bersama Fakultas Hukum Universitas "
                  "Sebelas Maret (FH UNS), Kamis (5/3/2026). Wakil Dekan FH UNS, Sri Wahyuni, "
                  "S.H., membuka kegiatan.")
    assert [p.name for p in article.partners] == ["Fakultas Hukum Universitas Sebelas Maret"]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Sri Wahyuni", "Wakil Dekan Fakultas Hukum Universitas Sebelas Maret")]
    assert [d.value for d in article.dates] == ["2026-03-05"]


@pytest.mark.parametrize(("written", "name"), [
    ("Lembaga Masyarakat Adat (LMA) Kabupaten Asmat", "Lembaga Masyarakat Adat Kabupaten Asmat"),
    ("Dewan Adat Dayak Kabupaten Lamandau", "Dewan Adat Dayak Kabupaten Lamandau"),
    ("Majelis Rakyat Papua Barat (MRPB)", "Majelis Rakyat Papua Barat"),
])
def test_customary_councils_and_the_papuan_peoples_assemblies(written: str, name: str) -> None:
    article = run(f"Lapas Kelas III Agats menjalin kerja sama dengan {written} melatih warga "
                  "binaan.")
    assert [p.name for p in article.partners] == [name]


@pytest.mark.parametrize(("text", "official"), [
    ("Kapolres Seluma memimpin kegiatan di Rutan Kelas IIB Tais bersama Polres Seluma, "
     "didampingi Kasat Resnarkoba, Iptu Rismanto, S.H.",
     ("Rismanto", "Kepala Satuan Reserse Narkoba Kepolisian Resor Seluma")),
    ("Kemenag Kabupaten Sekadau menyerahkan kitab suci ke Rutan Kelas IIB Sekadau. Hadir "
     "Pembimbing Masyarakat Kristen, Yohanes Ngadi, S.Th.",
     ("Yohanes Ngadi", "Pembimbing Masyarakat Kristen Kantor Kementerian Agama Kabupaten "
                       "Sekadau")),
    ("Lapas Kelas III Paringin menggelar pelatihan jagung. Koordinator Balai Penyuluhan "
     "Pertanian (BPP) Kecamatan Paringin, Noorhayati, S.P., menjadi instruktur.",
     ("Noorhayati", "Koordinator Balai Penyuluhan Pertanian Kecamatan Paringin")),
    ("Rutan Kelas IIB Karanganyar bekerja sama dengan Paguyuban Perajin Batik Tulis Girilayu. "
     "Ketua Paguyuban Perajin Batik Tulis Girilayu, Suparmi, hadir.",
     ("Suparmi", "Ketua Paguyuban Perajin Batik Tulis Girilayu")),
])
def test_police_staff_religious_counsellors_extension_offices_and_associations(
        text: str, official: tuple[str, str]) -> None:
    assert official in [(o.name, o.position) for o in run(text).officials]


def test_a_prison_units_full_title_then_a_name_with_no_comma() -> None:
    article = run("Rutan Kelas IIB Majenang menggelar pelatihan. Turut mendampingi Karutan, Kepala "
                  "Subseksi Pelayanan Tahanan Dwi Hartono,S.H. dan petugas.")
    assert ("Dwi Hartono", "Kepala Subseksi Pelayanan Tahanan Rutan Kelas IIB Majenang") in [
        (o.name, o.position) for o in article.officials]


@pytest.mark.parametrize(("written", "name"), [
    ("Dinas Pertanian Lambar", "Dinas Pertanian Kabupaten Lampung Barat"),
    ("Dinas Perikanan Paluta", "Dinas Perikanan Kabupaten Padang Lawas Utara"),
    ("Baznas Beltim", "Badan Amil Zakat Nasional Kabupaten Belitung Timur"),
])
def test_regencies_written_by_their_common_short_forms(written: str, name: str) -> None:
    article = run(f"Lapas Kelas III Liwa bekerja sama dengan {written} menggelar pelatihan.")
    assert [p.name for p in article.partners] == [name]


@pytest.mark.parametrize(("head", "partner"), [
    ("Kapolres Kepahiang, AKBP Eko Budiman,", "Kepolisian Resor Kepahiang"),
    ("Kajari Kepahiang, Hendra Saputra,", "Kejaksaan Negeri Kepahiang"),
    ("Dandim 0409/Rejang Lebong, Letkol Inf Budi Santoso,",
     "Komando Distrik Militer 0409/Rejang Lebong"),
])
def test_a_command_taking_part_through_its_head_is_a_partner(head: str, partner: str) -> None:
    article = run(f"Lapas Kelas IIA Curup menggelar apel peringatan HANI. {head} turut hadir dan "
                  "memberikan sambutan.")
    assert partner in [p.name for p in article.partners]


def test_a_secretariat_with_no_region_is_a_room_or_a_unit_not_a_partner() -> None:
    article = run("Bapas Kelas II Pangkalpinang menggelar rapat koordinasi dengan Pemerintah "
                  "Kabupaten Bangka Tengah di Ruang Rapat Sekretariat Daerah, Koba.")
    assert [p.name for p in article.partners] == ["Pemerintah Kabupaten Bangka Tengah"]
    named = run("Bapas Kelas II Pangkalpinang menggelar rapat dengan Sekretariat Daerah Kabupaten "
                "Bangka Tengah.")
    # named with its region, it takes part as its government (no dev gold lists a secretariat)
    assert [p.name for p in named.partners] == ["Pemerintah Kabupaten Bangka Tengah"]


def test_a_multi_affair_office_with_a_two_word_short_form_in_brackets() -> None:
    article = run("Lapas Kelas IIB Brebes bersama Dinas Perdagangan, Koperasi dan UKM (Dindagkop "
                  "UKM) Kabupaten Brebes membuka pelatihan olahan bawang.")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("Dinas Perdagangan, Koperasi dan UKM Kabupaten Brebes", "Dindagkop UKM Kabupaten Brebes")]


@pytest.mark.parametrize(("text", "official"), [
    ("Penyuluh Agama Buddha Kankemenag Temanggung, Tri Wahyuni, memberikan materi.",
     ("Tri Wahyuni", "Penyuluh Agama Buddha Kantor Kementerian Agama Kabupaten Temanggung")),
    ("Materi disampaikan Dosen Fakultas Hukum Universitas Cenderawasih, Agustina Wenda, S.H.",
     ("Agustina Wenda", "Dosen Fakultas Hukum Universitas Cenderawasih")),
    ("Kepala BPJS Kesehatan Kantor Kabupaten Pacitan, Nurul Fitriani, mencatat 43 peserta.",
     ("Nurul Fitriani", "Kepala BPJS Kesehatan Kantor Kabupaten Pacitan")),
])
def test_extension_workers_lecturers_and_district_offices_of_national_bodies(
        text: str, official: tuple[str, str]) -> None:
    assert official in [(o.name, o.position) for o in run(
        f"Lapas Kelas IIB Temanggung menggelar penyuluhan. {text}").officials]


def test_a_lecturer_in_lower_case_is_no_title() -> None:
    article = run("Pelatihan diberikan oleh penyuluh Dinas Peternakan Kabupaten Timor Tengah "
                  "Selatan dan dosen Fakultas Peternakan, Kelautan dan Perikanan Universitas Nusa "
                  "Cendana.")
    assert article.officials == []


def test_a_community_learning_centre_is_named_in_full() -> None:
    article = run("LPKA Kelas II Tenggarong menyerahkan ijazah. Hadir Ketua Pusat Kegiatan Belajar "
                  "Masyarakat (PKBM) Tunas Mahakam, Siti Noorhayati, S.Pd.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Siti Noorhayati", "Ketua Pusat Kegiatan Belajar Masyarakat Tunas Mahakam")]
    assert [p.name for p in article.partners] == [
        "Pusat Kegiatan Belajar Masyarakat Tunas Mahakam"]


def test_a_short_form_in_capitals_stands_for_the_initials_of_the_words_before_it() -> None:
    from extractor.resolve.partners import defined_short_forms
    found = defined_short_forms("bersama UPTD Perlindungan Perempuan dan Anak (PPA) Provinsi "
                                "Bangka Belitung dan Fakultas Ekonomi dan Bisnis (FEB) Unib")
    assert found == {"PPA": "Perlindungan Perempuan dan Anak",
                     "FEB": "Fakultas Ekonomi dan Bisnis"}


def test_a_units_initials_and_its_owners_short_form_stand_for_both_written_out() -> None:
    from extractor.resolve.partners import defined_short_forms
    found = defined_short_forms(
        "dengan Fakultas Keguruan dan Ilmu Pendidikan Universitas Tadulako (FKIP Untad) dan "
        "Badan Narkotika Nasional Provinsi Sumatera Utara (BNNP Sumut) serta Lapas (LP Sumut), "
        "Fakultas Pertanian Universitas Andalas (Faperta Unand) dan PT Bank Pembangunan Daerah "
        "Jawa Timur Tbk (Bank Jatim), Fakultas Kedokteran Gigi Universitas Lambung Mangkurat "
        "(FKG ULM)")
    assert found == {"FKIP Untad": "Fakultas Keguruan dan Ilmu Pendidikan Universitas Tadulako",
                     "BNNP Sumut": "Badan Narkotika Nasional Provinsi Sumatera Utara",
                     "Faperta Unand": "Fakultas Pertanian Universitas Andalas",
                     "FKG ULM": "Fakultas Kedokteran Gigi Universitas Lambung Mangkurat"}


def test_a_deans_position_writes_the_faculty_short_form_out_and_it_names_no_one() -> None:
    article = run("Bapas Kelas I Mataram menandatangani PKS dengan Fakultas Hukum Universitas "
                  "Mataram (FH Unram), Rabu (11/3/2026). PKS diteken Dekan FH Unram, Prof. Dr. "
                  "Baiq Rina Maharani, S.H. Dekan FH Unram menyambut baik kerja sama itu.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Baiq Rina Maharani", "Dekan Fakultas Hukum Universitas Mataram")]


@pytest.mark.parametrize("short, full", [
    ("Kepala Unit PPA Satreskrim Polres Dompu",
     "Kepala Unit PPA Satuan Reserse Kriminal Polres Dompu"),
    ("Dekan FKIP Universitas Tanjungpura", "Dekan Fakultas Keguruan dan Ilmu Pendidikan "
                                           "Universitas Tanjungpura"),
    ("Manager PT PLN (Persero) ULP Sambas",
     "Manager PT PLN (Persero) Unit Layanan Pelanggan Sambas"),
    ("Kepala SMK Negeri 4 Semarang", "Kepala Sekolah Menengah Kejuruan Negeri 4 Semarang"),
    ("Kepala Kepolisian Resort Kota Besar Semarang", "Kepala Kepolisian Resor Kota Besar Semarang"),
])
def test_positions_written_short_compare_as_written_out(  # type: ignore[no-untyped-def]
        patterns, short: str, full: str) -> None:
    from extractor.evaluate import normalizer
    normal = normalizer(patterns)
    assert normal(short) == normal(full)


@pytest.mark.parametrize("text, official", [
    ("Rutan Dompu menggelar tes urine. Kepala Puskesmas Dompu Kota, Nurhayati, S.Kep., Ns., "
     "menyebutkan timnya siap.", ("Nurhayati", "Kepala Puskesmas Dompu Kota", ["S.Kep.", "Ns."])),
    ("Rutan Sukamara menggelar koordinasi. Pabung Kodim 1014/Pangkalan Bun Mayor Inf Suwandi "
     "menambahkan bahwa Koramil siap.",
     ("Suwandi", "Perwira Penghubung Komando Distrik Militer 1014/Pangkalan Bun", ["Mayor Inf"])),
    ("Cabang Rutan Kalabahi menggelar skrining TBC. Kepala Puskesmas Kalabahi Kota, dr. Margaretha "
     "Lakamau, menjelaskan hasilnya.",
     ("Margaretha Lakamau", "Kepala Puskesmas Kalabahi Kota", ["dr."])),
], ids=["town-centre-and-nurse-title", "liaison-officer", "centre-of-the-articles-own-town"])
def test_a_towns_centre_a_nurses_title_and_a_liaison_officer(
        text: str, official: tuple[str, str, list[str]]) -> None:
    assert official in [(o.name, o.position, o.titles) for o in run(text).officials]


def test_a_headline_opened_by_a_prison_makes_the_prison_the_issuer() -> None:
    lead = ("ROTE NDAO - Dinas Pertanian Kabupaten Rote Ndao menyerahkan benih jagung kepada "
            "Rutan Kelas IIB Ba'a, Selasa (14/10/2025).")
    assert [f.kind for f in run(lead).facilities] == ["other", "rutan"]
    article = run(lead, title="Rutan Ba'a Terima Benih Jagung dari Distan Rote Ndao")
    assert [f.kind for f in article.facilities] == ["rutan"]
    assert [p.name for p in article.partners] == ["Dinas Pertanian Kabupaten Rote Ndao"]


@pytest.mark.parametrize("text, engagements", [
    ("PANGKALAN SUSU – CABANG RUTAN PANGKALAN SUSU BERSAMA PUSKESMAS PANGKALAN SUSU MENGGELAR "
     "SKRINING TUBERKULOSIS BAGI SELURUH TAHANAN, SELASA (24/3/2026).", ["pemeriksaan"]),
    ("Cabang Rutan Pangkalan Susu menggelar skrining TBC bersama Puskesmas, Selasa (24/3/2026). "
     "Kegiatan yang digelar di aula kunjungan itu dibuka Kepala Cabang Rutan.", ["pemeriksaan"]),
], ids=["lead-in-capitals", "visiting-hall-is-no-visit"])
def test_a_lead_in_capitals_and_a_visiting_hall(text: str, engagements: list[str]) -> None:
    assert [e.type for e in run(text).engagements] == engagements


def test_names_and_ranks_in_a_lead_written_in_capitals() -> None:
    article = run("SANGGAU – KOMANDAN KODIM 1204/SANGGAU LETKOL INF MARKUS AMBROSIUS RIYADI "
                  "BERSAMA JAJARAN MELAKUKAN KUNJUNGAN KE LEMBAGA PEMASYARAKATAN KELAS IIB "
                  "SANGGAU, RABU (16/9/2025). CABANG RUTAN SANGGAU BERSAMA PUSKESMAS SANGGAU "
                  "MENGGELAR SKRINING.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("MARKUS AMBROSIUS RIYADI", ["LETKOL INF"])]
    assert sorted(p.name for p in article.partners) == [
        "Komando Distrik Militer 1204/SANGGAU", "Puskesmas SANGGAU"]


@pytest.mark.parametrize("text, official", [
    ("Bapas Maumere menggelar rapat. Rapat dihadiri Manajer Kopdit Bina Usaha Sikka, Yosef Moa.",
     ("Yosef Moa", "Manajer Koperasi Kredit Bina Usaha Sikka")),
    ("Lapas Bitung menggelar sosialisasi. Asesmen dilakukan oleh Konselor Adiksi BNN Kota Bitung, "
     "Meiske Pangemanan, S.Psi., bersama dua konselor lainnya.",
     ("Meiske Pangemanan", "Konselor Adiksi Badan Narkotika Nasional Kota Bitung")),
    ("Cabang Rutan Kalabahi menggelar skrining TBC. Pengelola Program TBC Dinkes Kabupaten Alor, "
     "Yulita Maure, menyebut kegiatan serupa.",
     ("Yulita Maure", "Pengelola Program TBC Dinas Kesehatan Kabupaten Alor")),
], ids=["short-last-name-ending-a-sentence", "counsellor", "programme-officer"])
def test_short_last_names_counsellors_and_programme_officers(
        text: str, official: tuple[str, str]) -> None:
    assert official in [(o.name, o.position) for o in run(text).officials]


def test_a_bare_office_word_after_a_position_is_the_articles_office_of_that_kind() -> None:
    article = run("Bapas Jayapura berkoordinasi dengan Dinas Sosial Kabupaten Keerom. Mereka "
                  "diterima Sekretaris Dinas, Fransina Yoku.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Fransina Yoku", "Sekretaris Dinas Sosial Kabupaten Keerom")]


def test_an_unknown_short_form_with_the_offices_place_is_that_office() -> None:
    article = run("Dinas Kearsipan dan Perpustakaan Kabupaten Purworejo menyerahkan 250 buku untuk "
                  "LPKA Kutoarjo. Buku diserahkan langsung oleh Kepala Dinarpus Purworejo, Drs. "
                  "Agus Wicaksono Hadi.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Agus Wicaksono Hadi", "Kepala Dinas Kearsipan dan Perpustakaan Kabupaten Purworejo")]


def test_a_company_written_by_its_initials_is_the_same_company() -> None:
    article = run("Lapas Pangkalan Bun bersama PT Sukamara Agro Lestari (SAL) menggelar pelatihan "
                  "bengkel, Kamis (20/11/2025). Nota kesepahaman antara Lapas Pangkalan Bun dan "
                  "PT SAL masih berlaku.")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("PT Sukamara Agro Lestari", "PT SAL")]


def test_a_city_of_two_words_written_as_one_keeps_its_level() -> None:
    article = run("Lapas Muara Beliti bersama BNNK Lubuklinggau meluncurkan program rehabilitasi. "
                  "Kepala BNNK Lubuklinggau, Andi Saputra, hadir.")
    assert [p.name for p in article.partners] == ["Badan Narkotika Nasional Kota Lubuklinggau"]


def test_a_province_before_a_position_is_no_persons_name() -> None:
    article = run("Lapas Madiun meluncurkan kebun pangan, Senin (3/11/2025). Peluncuran turut "
                  "dihadiri perwakilan Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa "
                  "Timur, camat setempat, serta sejumlah kelompok tani.")
    assert article.officials == []


@pytest.mark.parametrize("text, partner", [
    ("LPKA Pangkalpinang bersama Institut Sains dan Bisnis (ISB) Atma Luhur meluncurkan kelas "
     "digital, Senin (3/11/2025). Rektor ISB Atma Luhur, Fransiskus Tjhin, hadir.",
     ("Institut Sains dan Bisnis Atma Luhur", "ISB Atma Luhur")),
    ("Lanal Tarakan bersama Kelompok Tani Hutan (KTH) Mangrove Juata Laut menanam bakau, Senin "
     "(3/11/2025). Ketua KTH Mangrove Juata Laut, Sahabuddin, hadir.",
     ("Kelompok Tani Hutan Mangrove Juata Laut", "KTH Mangrove Juata Laut")),
], ids=["institute", "farmers-group"])
def test_a_name_going_on_after_its_short_form_is_one_name(text: str,
                                                          partner: tuple[str, str]) -> None:
    assert partner in [(p.name, p.acronym) for p in run(text).partners]


def test_a_regency_of_four_words_is_one_place() -> None:
    article = run("Rutan Muaradua beraudiensi dengan Bupati Ogan Komering Ulu Selatan, Popo Ali, "
                  "Senin (3/11/2025). Dinas Kesehatan Kabupaten Ogan Komering Ulu Timur hadir.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Popo Ali", "Bupati Ogan Komering Ulu Selatan")]
    assert "Pemerintah Kabupaten Ogan Komering Ulu Selatan" in [p.name for p in article.partners]


@pytest.mark.parametrize("opener", ["Sebelumnya", "Sedangkan", "Nantinya", "Akhirnya", "Meski"])
def test_a_linking_word_before_a_position_is_no_name(opener: str) -> None:
    # `Sebelumnya, Bupati telah …` reads like `Andi Rahman, Bupati …`: a name before its position
    article = run("Bupati Kutai Barat Frederick Ellia Gunawan mengunjungi Rutan Kelas IIB "
                  f"Sendawar. {opener}, Bupati telah mengunjungi kantor kejaksaan negeri.")
    assert [o.name for o in article.officials] == ["Frederick Ellia Gunawan"]


@pytest.mark.parametrize("text, partner, acronym", [
    # a customs office's type stands between its name and its place
    ("Rupbasan Kelas II Tanjung Balai Karimun menggelar rapat bersama Kantor Pengawasan dan "
     "Pelayanan Bea dan Cukai Tipe Madya Pabean B Tanjung Balai Karimun (Bea Cukai Karimun). "
     "Bea Cukai Karimun menyambut baik.",
     "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Tanjung Balai Karimun",
     "Bea Cukai Karimun"),
    ("Rupbasan Kelas II Batam menggelar rapat bersama Kantor Pelayanan Utama Bea dan Cukai Tipe "
     "B Batam.", "Kantor Pelayanan Utama Bea dan Cukai Tipe B Batam", None),
], ids=["type-then-place-then-own-short-form", "main-service-office"])
def test_an_office_type_before_its_place(text: str, partner: str, acronym: str | None) -> None:
    assert [(p.name, p.acronym) for p in run(text).partners] == [(partner, acronym)]


def test_a_regional_office_of_the_hierarchy_is_written_out_in_positions() -> None:
    # `Kantor Wilayah Ditjenpas Sulsel`: the chain of heads written out, its region too
    article = run("Tes urine di Lapas Kelas I Makassar dipimpin Kepala Kantor Wilayah Ditjenpas "
                  "Sulsel, Andi Rahman, didampingi Kepala Divisi Pemasyarakatan Kanwil Ditjenpas "
                  "Sulsel, Budi Hartono.")
    office = "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sulawesi Selatan"
    assert [(o.name, o.position) for o in article.officials] == [
        ("Andi Rahman", f"Kepala {office}"),
        ("Budi Hartono", f"Kepala Divisi Pemasyarakatan {office}")]
    assert article.partners == []


def test_a_section_only_prisons_have_is_the_facilitys_whatever_partner_came_before() -> None:
    article = run("Peluncuran dihadiri Kepala Lapas Narkotika Kelas IIA Bandung, Yudi Suherman, "
                  "Direktur RSUD Majalaya, dr. Rina Marlina, serta Kasubsi Perawatan, dr. Irfan "
                  "Maulana.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Irfan Maulana"] == \
        "Kepala Subseksi Perawatan Lapas Narkotika Kelas IIA Bandung"


def test_prison_seats_whose_first_word_opens_no_name_or_is_a_region() -> None:
    article = run("Skrining menyasar Rutan Salemba, Rutan Pondok Bambu, Lapas Tanjung Gusta dan "
                  "Lapas Kedung Pane.")
    assert [f.place for f in article.facilities] == [
        "Salemba", "Pondok Bambu", "Tanjung Gusta", "Kedung Pane"]


def test_a_name_after_a_facility_heads_short_form_is_no_place() -> None:
    # `Karutan Ratna Kumalasari`: the article's only rutan, its head named right after
    article = run("Skrining digelar di Rutan Pondok Bambu. Karutan Ratna Kumalasari mengatakan "
                  "pemeriksaan juga menyasar tahanan lansia.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Ratna Kumalasari", "Kepala Rutan Pondok Bambu")]


def test_a_short_reference_keeps_the_first_name_and_some_others() -> None:
    article = run("Kepala Rutan Kelas IIB Barru, Andi Muhammad Fadli Rahman, membuka pelatihan. "
                  "Kepala Rutan Barru Andi Fadli menyebut pelatihan akan berlanjut.")
    assert [o.name for o in article.officials] == ["Andi Muhammad Fadli Rahman"]


@pytest.mark.parametrize("text, name", [
    ("Bandar Lampung – lapas narkotika klas IIA bandar lampung menggelar rapat koordinasi.",
     "Lapas Narkotika Kelas IIA Bandar Lampung"),
    ("Kegiatan di rutan kelas IIB sinjai berjalan lancar.", "Rutan Kelas IIB Sinjai"),
], ids=["two-words", "one-word"])
def test_a_place_written_in_lower_case_after_a_facility(text: str, name: str) -> None:
    assert [f.name for f in run(text).facilities] == [name]


def test_lower_case_words_after_a_facility_are_no_place_unless_the_gazetteer_knows_them() -> None:
    article = run("Petugas lapas menggelar razia di blok hunian lapas bersama polisi.")
    assert article.facilities == []


@pytest.mark.parametrize("text, partners, official", [
    # a hospital named after a doctor, the title written without its stop, with its place
    ("Rutan Kelas IIB Tanjung Redeb menandatangani PKS dengan RSUD dr Abdul Rivai Berau. Direktur "
     "RSUD dr Abdul Rivai dr Yuni Astuti Palinggi SpPD menyambut baik.",
     ["Rumah Sakit Umum Daerah dr Abdul Rivai Berau"], "Yuni Astuti Palinggi"),
    # the director, the title careless of its stop: no hospital of that name
    ("Lapas Kelas IIA Kendari bekerja sama dengan RSUD Kota Kendari. Direktur RSUD dr Hasmida "
     "Karim menyambut baik.", ["Rumah Sakit Umum Daerah Kota Kendari"], "Hasmida Karim"),
], ids=["hospital-named-after-a-doctor", "director-after-a-bare-head"])
def test_a_doctors_title_without_its_stop_after_a_hospital(text: str, partners: list[str],
                                                           official: str) -> None:
    article = run(text)
    assert [p.name for p in article.partners] == partners
    assert [o.name for o in article.officials] == [official]


def test_a_venue_after_a_position_in_lower_case_is_no_person() -> None:
    article = run("Kepala Lapas Kelas III Tobadak, Andi Yusran, beraudiensi dengan Bupati Mamuju "
                  "Tengah, H. Mahyuddin Tamalate, di ruang kerja bupati, Kompleks Perkantoran "
                  "Pemkab Mamuju Tengah.")
    assert [o.name for o in article.officials] == ["Andi Yusran", "Mahyuddin Tamalate"]


@pytest.mark.parametrize("text, name, position", [
    ("Lapas Kelas IIB Cimahi menggelar rapat. Hadir Kepala Satuan Reserse Kriminal (Kasat "
     "Reskrim) Polres Cimahi, AKP Galih Prasetya Nugraha, S.I.K., memaparkan data.",
     "Galih Prasetya Nugraha", "Kepala Satuan Reserse Kriminal Kepolisian Resor Cimahi"),
    ("Materi disampaikan Kepala Satuan Reserse Narkoba (Kasat Resnarkoba) Polres Pidie, Iptu "
     "Muzakkir, S.H. di Rutan Sigli.", "Muzakkir",
     "Kepala Satuan Reserse Narkoba Kepolisian Resor Pidie"),
], ids=["criminal-unit", "narcotics-unit"])
def test_a_position_written_out_then_its_short_form_in_brackets_then_its_organisation(
        text: str, name: str, position: str) -> None:
    assert (name, position) in [(o.name, o.position) for o in run(text).officials]


@pytest.mark.parametrize("text, partner", [
    ("Rupbasan Jakarta Utara menggelar rapat bersama Kepolisian Resor Metropolitan Jakarta Utara "
     "(Polres Metro Jakarta Utara).", "Kepolisian Resor Metropolitan Jakarta Utara"),
    ("Lapas Kelas IIA Metro bekerja sama dengan Polres Metro dalam pengamanan.",
     "Kepolisian Resor Metro"),
], ids=["jakarta-metropolitan-command", "the-city-of-metro"])
def test_a_metropolitan_police_command_and_the_city_of_metro(text: str, partner: str) -> None:
    assert [p.name for p in run(text).partners] == [partner]


def test_an_island_regency_the_gazetteer_abbreviates_is_read_written_out() -> None:
    # Kemendagri writes `Kep. Siau Tagulandang Biaro`; articles write `Kepulauan …`
    article = run("Cabang Rutan Siau bekerja sama dengan Pemerintah Kabupaten Kepulauan Siau "
                  "Tagulandang Biaro. Bupati Kepulauan Siau Tagulandang Biaro, Ferdinand Tamaka, "
                  "hadir.")
    assert [p.name for p in article.partners] == [
        "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro"]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Ferdinand Tamaka", "Bupati Kepulauan Siau Tagulandang Biaro")]


@pytest.mark.parametrize("text, partners, position", [
    ("Cabang Rutan Piru menggelar sosialisasi bersama Puskesmas Piru dan Klasis Gereja Protestan "
     "Maluku Seram Barat. Ketua Majelis Pekerja Klasis GPM Seram Barat, Pdt. Yohanis Latuheru, "
     "memimpin doa.", ["Puskesmas Piru", "Klasis Gereja Protestan Maluku Seram Barat"],
     "Ketua Majelis Pekerja Klasis Gereja Protestan Maluku Seram Barat"),
    # a church the patterns do not know: `Klasis` is read as any word, as before
    ("Lapas Nabire menggelar ibadah. Firman disampaikan Ketua Klasis GKI Nabire, Pdt. Yulianus "
     "Mandowen, S.Th.", [], None),
], ids=["unit-of-a-known-church", "unknown-church"])
def test_a_church_unit_is_named_with_its_church_and_its_place(
        text: str, partners: list[str], position: str | None) -> None:
    article = run(text)
    assert [p.name for p in article.partners] == partners
    officials = [(o.name, o.position) for o in article.officials]
    assert len(officials) == 1
    if position is not None:
        assert officials[0][1] == position


@pytest.mark.parametrize("text, partner, official", [
    ("Rupbasan Tarakan menggelar rapat dengan Kepala Bidang Keselamatan Berlayar Kantor "
     "Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas II Tarakan, Capt. Ridwan Sulaiman.",
     "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tarakan",
     ("Ridwan Sulaiman", "Kepala Bidang Keselamatan Berlayar Kantor Kesyahbandaran dan Otoritas "
                         "Pelabuhan Kelas II Tarakan")),
    ("Lapas Kelas IIA Merauke menanam mangrove bersama Balai Taman Nasional Wasur.",
     "Balai Taman Nasional Wasur", None),
    # a regional company named with what it is and its city, then by its own name only
    ("Warga binaan Lapas Kelas IIA Balikpapan dilatih teknisi Perusahaan Umum Daerah (Perumda) "
     "Air Minum Tirta Manggar Kota Balikpapan. Pelatihan dibuka Direktur Utama Perumda Tirta "
     "Manggar, Andi Muhammad Fadli.",
     "Perusahaan Umum Daerah Air Minum Tirta Manggar Kota Balikpapan",
     ("Andi Muhammad Fadli",
      "Direktur Utama Perusahaan Umum Daerah Air Minum Tirta Manggar Kota Balikpapan")),
    ("LPKA Karangasem dan Majelis Desa Adat (MDA) Kabupaten Karangasem menandatangani "
     "kesepakatan, disaksikan Bendesa Madya MDA Kabupaten Karangasem, I Nyoman Gede Wirata.",
     "Majelis Desa Adat Kabupaten Karangasem",
     ("I Nyoman Gede Wirata", "Bendesa Madya Majelis Desa Adat Kabupaten Karangasem")),
], ids=["port-authority", "national-park", "regional-water-company", "customary-council"])
def test_field_offices_regional_companies_and_customary_councils(
        text: str, partner: str, official: tuple[str, str] | None) -> None:
    article = run(text)
    assert [p.name for p in article.partners] == [partner]
    if official is not None:
        assert [(o.name, o.position) for o in article.officials][-1] == official


@pytest.mark.parametrize("text, officials", [
    ("Materi disampaikan dosen Fakultas Pertanian Universitas Iqra Buru, Rahman Wael, S.Hut., "
     "di Rutan Namlea.", [("Rahman Wael", "Dosen Fakultas Pertanian Universitas Iqra Buru")]),
    # an enumeration of a faculty's affairs names nobody
    ("Pelatihan di Rutan Soe diberikan dosen Fakultas Peternakan, Kelautan dan Perikanan "
     "Universitas Nusa Cendana.", []),
], ids=["lecturer-in-lower-case", "faculty-affairs"])
def test_a_lecturer_named_after_the_position_in_lower_case(
        text: str, officials: list[tuple[str, str]]) -> None:
    assert [(o.name, o.position) for o in run(text).officials] == officials


def test_the_island_after_a_prisons_town_is_not_its_place() -> None:
    article = run("Lembaga Pemasyarakatan (Lapas) Kelas IIA Besi Nusakambangan menandatangani PKS. "
                  "Lapas Narkotika Kelas IIA Nusakambangan turut hadir.")
    assert [(f.name, f.place) for f in article.facilities] == [
        ("Lapas Kelas IIA Besi", "Besi"), ("Lapas Narkotika Kelas IIA Nusakambangan",
                                           "Nusakambangan")]


@pytest.mark.parametrize("text, position", [
    ("Tim Pengabdian kepada Masyarakat Fakultas Hukum Universitas Borneo Tarakan (UBT) "
     "melaksanakan penyuluhan hukum di Lapas Tarakan. Ketua tim pengabdian, Nur Aisyah Pasorong, "
     "S.H., menjelaskan materi.",
     "Ketua Tim Pengabdian kepada Masyarakat Fakultas Hukum Universitas Borneo Tarakan"),
    ("Tim Pengabdian kepada Masyarakat (PkM) Politeknik Negeri Banyuwangi menggelar pelatihan di "
     "Lapas Banyuwangi. Ketua tim pengabdian, Dian Ayu Permatasari, menjelaskan.",
     "Ketua Tim Pengabdian kepada Masyarakat Politeknik Negeri Banyuwangi"),
], ids=["faculty", "polytechnic-after-bracket"])
def test_a_teams_head_written_alone_heads_the_team_the_lead_named(text: str,
                                                                   position: str) -> None:
    assert [o.position for o in run(text).officials] == [position]


@pytest.mark.parametrize("text, facilities", [
    ("Rutan Kelas IIB Tanjung Redeb menandatangani PKS dengan RSUD dr. Abdul Rivai. Kepala Rutan "
     "Tanjungredeb, Budi Santoso, hadir.", ["Rutan Kelas IIB Tanjung Redeb"]),
    ("LPKA Kelas II Pangkalpinang menggelar sosialisasi. Anak binaan LPKA Pangkal Pinang "
     "mengikutinya.", ["LPKA Kelas II Pangkalpinang"]),
], ids=["joined-later", "spaced-later"])
def test_a_town_written_joined_or_spaced_is_one_facility(text: str,
                                                          facilities: list[str]) -> None:
    assert [f.name for f in run(text).facilities] == facilities


@pytest.mark.parametrize("text, agreements", [
    ("Rupbasan Kelas II Manokwari menggelar rapat koordinasi. Kemitraan rupbasan dan KPKNL dalam "
     "pelelangan barang rampasan sudah berjalan tiga tahun terakhir.",
     [("kerja_sama", "ongoing")]),
    ("Lapas Kelas IIB Kotabaru menerima bantuan. Kemitraan Fuel Terminal Kotabaru dengan Lapas "
     "Kotabaru sudah memasuki tahun kedua.", [("kerja_sama", "ongoing")]),
    # a clause between them: the cue tells of something else
    ("Lapas Kelas IIB Kotabaru membuka kemitraan baru, dan pelatihan yang sudah berjalan "
     "dilanjutkan.", []),
], ids=["parties-and-field-between", "year-of-the-partnership", "another-clause"])
def test_a_partnership_whose_clause_says_it_runs(text: str,
                                                 agreements: list[tuple[str, str]]) -> None:
    assert [(a.type, a.status) for a in run(text).agreements] == agreements


@pytest.mark.parametrize("text, agreements", [
    ("LPKA Kelas II Pekanbaru menggelar penyuluhan hukum. BNNK Pekanbaru selama ini rutin "
     "memberikan konseling adiksi bagi anak binaan.", [("kerja_sama", "ongoing")]),
    # a relative clause of thanks describes the organisation, not a cooperation
    ("Rutan Kelas IIB Ponorogo menggelar skrining. Karutan berterima kasih kepada Puskesmas "
     "yang selama ini sigap melayani warga binaan.", []),
], ids=["subject-before-the-cue", "relative-clause"])
def test_an_organisation_said_to_work_with_the_prison_all_along(
        text: str, agreements: list[tuple[str, str]]) -> None:
    assert [(a.type, a.status) for a in run(text).agreements] == agreements


@pytest.mark.parametrize("text, partner", [
    ("Lapas Kelas IIB Sei Rampah menandatangani MoU dengan Pimpinan Daerah Muhammadiyah (PDM) "
     "Kabupaten Serdang Bedagai.", "Pimpinan Daerah Muhammadiyah Kabupaten Serdang Bedagai"),
    ("LPP Kelas III Kendari menggelar pelatihan bersama PWA Sultra.",
     "Pimpinan Wilayah Aisyiyah Sulawesi Tenggara"),
    ("Rupbasan Palangka Raya menggelar rapat dengan BKSDA Kalteng.",
     "Balai Konservasi Sumber Daya Alam Kalimantan Tengah"),
    ("Cabang Rutan Banda Neira menggelar sosialisasi gempa bersama Stasiun Meteorologi Banda "
     "Neira.", "Stasiun Meteorologi Banda Neira"),
    ("Rutan Airmadidi menandatangani MoU dengan Badan Pekerja Majelis Sinode Gereja Masehi Injili "
     "di Minahasa (BPMS GMIM).", "Badan Pekerja Majelis Sinode Gereja Masehi Injili di Minahasa"),
    ("Bapas Kelas II Bima menandatangani kesepakatan dengan Badan Usaha Milik Desa (BUMDes) Ncuhi "
     "Mandiri.", "Badan Usaha Milik Desa Ncuhi Mandiri"),
], ids=["muhammadiyah-regency", "aisyiyah-province", "conservation-office", "weather-station",
        "synod-board", "village-company"])
def test_religious_leaderships_field_stations_and_village_companies(text: str,
                                                                     partner: str) -> None:
    assert partner in [p.name for p in run(text).partners]


def test_a_village_company_without_its_own_name_is_no_partner() -> None:
    article = run("Bapas Kelas II Mojokerto menyalurkan klien ke unit usaha Badan Usaha Milik Desa "
                  "(BUMDes), antara lain pengelolaan wisata alam.")
    assert [p.name for p in article.partners] == []


@pytest.mark.parametrize("text, issuer", [
    ("JENEPONTO, SULSELNEWS – Satuan Reserse Narkoba Kepolisian Resor (Polres) Jeneponto "
     "menggelar tes urine bagi tahanan Rutan Kelas IIB Jeneponto, Senin (13/7).\n\n"
     "(Humas Polres Jeneponto/Adb)",
     "Kepolisian Resor Jeneponto"),
    # the marks between a dateline's parts are no words of the lead
    ("TRENGGALEK | JATIMSATU – Pemerintah Kabupaten (Pemkab) Trenggalek menyalurkan mesin jahit "
     "untuk warga binaan Rutan Kelas IIB Trenggalek, Jumat, 12 Juni 2026.",
     "Pemerintah Kabupaten Trenggalek"),
], ids=["press-office-byline", "dateline-marks"])
def test_the_issuing_unit_named_by_its_press_office_or_opening_the_lead(text: str,
                                                                        issuer: str) -> None:
    assert [f.name for f in run(text).facilities if f.kind == "other"] == [issuer]


@pytest.mark.parametrize("text, facility", [
    ("Cabang Rutan Tg Batu menerima mushaf dari KUA Kecamatan Kundur.",
     "Cabang Rutan Tanjung Batu"),
    ("Lapas Kelas IIA Tg. Balai menerima bantuan bibit.", "Lapas Kelas IIA Tanjung Balai"),
], ids=["without-stop", "with-stop"])
def test_a_town_written_with_tg_is_written_out(text: str, facility: str) -> None:
    assert [f.name for f in run(text).facilities] == [facility]


def test_a_sentence_dating_what_it_tells_before_the_event_is_background() -> None:
    article = run("Rutan Kelas IIB Karanganyar beraudiensi dengan Bupati Karanganyar, Kamis "
                  "(16/10/2025). Audiensi membahas rencana nota kesepahaman.\n\nKarutan menyambut "
                  "baik. Pada 21 Oktober 2024, rutan menggelar pelatihan budidaya jamur tiram "
                  "bersama Fakultas Pertanian Universitas Sebelas Maret.")
    assert [e.type for e in article.engagements] == ["audiensi"]
    assert "Universitas Sebelas Maret" not in " ".join(p.name for p in article.partners)
    assert ("2024-10-21", "other") in [(d.value, d.role) for d in article.dates]


def test_an_associations_branch_is_named_in_full_and_the_association_alone_is_it() -> None:
    article = run("Rutan Kelas IIB Bantaeng resmi menjalin kerja sama dengan Dewan Pimpinan Cabang "
                  "Perhimpunan Advokat Indonesia (DPC Peradi) Bantaeng melalui penandatanganan "
                  "MoU, Senin (3/11/2025). MoU diteken Ketua DPC Peradi Bantaeng, Irwan Nur "
                  "Rasyid, S.H. Dalam nota kesepahaman itu, Peradi siap mendampingi tahanan.")
    assert [(p.name, p.acronym, p.region) for p in article.partners] == [
        ("Dewan Pimpinan Cabang Perhimpunan Advokat Indonesia Bantaeng", "DPC Peradi Bantaeng",
         "Bantaeng")]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Irwan Nur Rasyid", "Ketua Dewan Pimpinan Cabang Perhimpunan Advokat Indonesia Bantaeng")]


def test_an_association_named_first_keeps_its_name_when_its_branch_follows() -> None:
    article = run("Kejari Sumenep menggelar penerangan hukum di Rutan Kelas IIB Sumenep, Senin "
                  "(3/11/2025). Kejari menggandeng Perhimpunan Advokat Indonesia (Peradi) Sumenep. "
                  "Ketua DPC Peradi Sumenep, Moh. Rasyidi, S.H., menyebut 23 warga binaan "
                  "mendaftar konsultasi.")
    assert "Perhimpunan Advokat Indonesia Sumenep" in [p.name for p in article.partners]
    assert not any(p.name.startswith("Dewan Pimpinan") for p in article.partners)
    assert [o.position for o in article.officials if o.name == "Moh. Rasyidi"] == [
        "Ketua Dewan Pimpinan Cabang Perhimpunan Advokat Indonesia Sumenep"]


def test_a_city_spelt_as_a_town_takes_the_city_level() -> None:
    # `Palangka Raya` is a spelling of the city Palangkaraya (towns.jsonl, a city's code)
    article = run("Lapas Kelas IIA Palangka Raya meneken MoU dengan BNNK Palangka Raya, Kamis "
                  "(8/10/2026). Hadir Kepala BNNK Palangka Raya, AKBP Yulius Bungai, S.H.")
    assert [o.position for o in article.officials] == [
        "Kepala Badan Narkotika Nasional Kota Palangka Raya"]


def test_a_short_form_then_its_head_written_out_in_brackets_then_its_region() -> None:
    article = run("Rutan Kelas IIB Bireuen menggelar perekaman KTP-el, Selasa (10/2/2026). "
                  "Perekaman dilakukan petugas Disdukcapil (Dinas Kependudukan dan Pencatatan "
                  "Sipil) Kabupaten Bireuen di aula rutan. Terima kasih kepada Disdukcapil.")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bireuen",
         "Disdukcapil Kabupaten Bireuen")]
    written = article.partners[0].spans[0].text
    assert written == "Disdukcapil (Dinas Kependudukan dan Pencatatan Sipil) Kabupaten Bireuen"


def test_a_regional_library_office_named_with_daerah() -> None:
    article = run("LPKA Kelas II Bandung meluncurkan pojok baca bersama Dinas Perpustakaan dan "
                  "Kearsipan Daerah (Dispusipda) Provinsi Jawa Barat, Rabu (23/7/2025). Hadir "
                  "Sekretaris Dispusipda Jabar, Hendra Gunawan, S.Sos.")
    assert [p.name for p in article.partners] == [
        "Dinas Perpustakaan dan Kearsipan Daerah Provinsi Jawa Barat"]
    assert [o.position for o in article.officials] == [
        "Sekretaris Dinas Perpustakaan dan Kearsipan Daerah Provinsi Jawa Barat"]


def test_a_firms_name_may_hold_another_organisations_head() -> None:
    article = run("Rutan Kelas IIB Dumai menerima bantuan rumah kaca dari PT Kilang Pertamina "
                  "Internasional, Kamis (5/3/2026).")
    assert [p.name for p in article.partners] == ["PT Kilang Pertamina Internasional"]


def test_the_combined_guidance_and_work_section_is_written_out_whole() -> None:
    article = run("Lapas Kelas IIB Garut menggelar pelatihan hidroponik, Senin (16/6/2025). "
                  "Kalapas didampingi Kasi Binadik dan Giatja, Rina Marlina.")
    assert [o.position for o in article.officials] == [
        "Kepala Seksi Bimbingan Narapidana/Anak Didik dan Kegiatan Kerja Lapas Kelas IIB Garut"]


def test_a_synods_classis_named_after_the_synod_is_one_partner_apart_from_the_synod() -> None:
    article = run("Lapas Kelas IIA Ambon menandatangani perjanjian kerja sama (PKS) dengan Gereja "
                  "Protestan Maluku (GPM) Klasis Pulau Ambon, Selasa (3/2/2026). PKS diteken "
                  "Ketua Klasis GPM Pulau Ambon, Pdt. Ellen Pattiasina. Sinode Gereja Protestan "
                  "Maluku (Sinode GPM) turut menandatangani PKS itu.")
    names = [p.name for p in article.partners]
    assert "Gereja Protestan Maluku Klasis Pulau Ambon" in names
    assert "Klasis Gereja Protestan Maluku Pulau Ambon" not in names
    assert "Gereja Protestan Maluku" in names


def test_a_classis_of_the_papuan_church_written_with_its_short_form_inside() -> None:
    article = run("Lapas Kelas IIB Manokwari menggelar ibadah Natal bersama Gereja Kristen Injili "
                  "(GKI) di Tanah Papua Klasis Manokwari, Sabtu (20/12/2025).")
    assert [(p.name, p.acronym) for p in article.partners] == [
        ("Gereja Kristen Injili di Tanah Papua Klasis Manokwari", "GKI")]


@pytest.mark.parametrize("text", [
    "Dua puluh warga binaan LPP Mataram menerima sertifikat pelatihan tenun, Jumat (15/5/2026).",
    "LPP Mataram menutup pelatihan tenun, Jumat (15/5/2026). Sertifikat diserahkan langsung oleh "
    "Kepala Dinas Perindustrian Kota Mataram.",
], ids=["received", "handed-over"])
def test_certificates_handed_over_are_a_handover(text: str) -> None:
    assert "penyerahan" in [e.type for e in run(text).engagements]


def test_a_training_certificate_is_no_training_of_its_own() -> None:
    article = run("Kepala Lapas Sragen menyerahkan bantuan alat kepada Dinas Sosial, Senin "
                  "(3/11/2025). Alat itu untuk mencetak sertifikat pelatihan.")
    assert "pelatihan" not in [e.type for e in article.engagements]


def test_a_coordination_verb_reports_the_meeting_outside_the_lead() -> None:
    article = run("Kapolres Morowali Utara melakukan kunjungan ke Cabang Rutan Kolonodale, Sabtu "
                  "(7/2/2026). Kapolres didampingi Kasat Samapta. Ia meninjau blok hunian. "
                  "Selanjutnya kedua pihak berkoordinasi soal pengawalan tahanan.")
    assert "koordinasi" in [e.type for e in article.engagements]


def test_a_study_programme_position_names_the_faculty_the_article_gives() -> None:
    article = run("Rutan Kelas IIB Kuningan menerima kunjungan Fakultas Hukum Universitas Kuningan "
                  "(Uniku), Rabu (5/11/2025). Rombongan dipimpin Dekan Fakultas Hukum Uniku, "
                  "bersama Ketua Program Studi Ilmu Hukum, Dede Rusmana, S.H., M.H.")
    assert [o.position for o in article.officials if o.name == "Dede Rusmana"] == [
        "Ketua Program Studi Ilmu Hukum Fakultas Hukum Universitas Kuningan"]


def test_a_police_units_head_named_with_a_rank_is_of_the_police_office() -> None:
    article = run("Kepolisian Resor (Polres) Sikka menggelar tes urine terhadap warga binaan Lapas "
                  "Kelas IIB Maumere, Sabtu (8/11/2025). Kegiatan dipimpin langsung Kapolres "
                  "Sikka, AKBP Hendrikus Moa, didampingi Kasat Resnarkoba Iptu Yosef Da Costa.")
    assert [o.position for o in article.officials if o.name == "Yosef Da Costa"] == [
        "Kepala Satuan Reserse Narkoba Kepolisian Resor Sikka"]


def test_a_quarantine_office_by_its_short_name() -> None:
    article = run("Lapas Kelas IIA Balikpapan menggelar sosialisasi bersama Balai Karantina "
                  "Kaltim, Kamis (5/3/2026). Kepala Balai Karantina Kaltim drh. Nur Aisyah Hamid, "
                  "M.Si. hadir langsung.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Nur Aisyah Hamid",
         "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Timur")]


def test_a_weavers_group_is_a_partner_and_its_head_an_official() -> None:
    article = run("Lapas Kelas IIB Ende menggelar pelatihan tenun bersama Kelompok Tenun Ikat Sao "
                  "Ria, Senin (8/9/2026). Ketua Kelompok Tenun Ikat Sao Ria, Agustina Mbira, "
                  "mengaku senang.")
    assert [(p.name, p.kind) for p in article.partners] == [
        ("Kelompok Tenun Ikat Sao Ria", "lainnya")]
    assert [o.position for o in article.officials] == ["Ketua Kelompok Tenun Ikat Sao Ria"]


def test_a_branch_after_a_legal_forms_full_stop() -> None:
    article = run("SRAGEN – PT Bank Rakyat Indonesia (Persero) Tbk. Kantor Cabang Sragen "
                  "menyalurkan bantuan mesin jahit kepada Lapas Kelas IIA Sragen, Jumat "
                  "(7/11/2025).")
    assert [p.name for p in article.partners] == [
        "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Sragen"]


@pytest.mark.parametrize("outlet", ["Kabar BRI", "Tribratanews Polres Sumbawa"])
def test_a_site_named_for_an_organisation_is_its_own(outlet: str) -> None:
    text = ("SUMBAWA BESAR – Kapolres Sumbawa bersama pejabat utama Polres Sumbawa dan BRI "
            "Sumbawa melakukan kunjungan ke Lapas Kelas IIA Sumbawa Besar, Senin (15/12/2025).")
    article = run(text, outlet=outlet)
    named = "Kepolisian Resor" if "Polres" in outlet else "Bank Rakyat"
    assert [f.kind for f in article.facilities if named in f.name] == ["other"]


@pytest.mark.parametrize(("outlet", "issuer"), [
    ("MUI Kabupaten Kotawaringin Timur", "Majelis Ulama Indonesia Kabupaten Kotawaringin Timur"),
    ("Tribratanews Polres Pasaman", "Kepolisian Sektor Lubuk Sikaping"),
], ids=["short-head-then-region-of-an-ormas", "a-police-site-names-its-polsek"])
def test_a_site_named_for_an_organisation_of_any_kind_is_its_own(outlet: str,
                                                                 issuer: str) -> None:
    text = {"MUI": "Sampit – Majelis Ulama Indonesia (MUI) Kabupaten Kotawaringin Timur "
                   "menggelar pelatihan dai bagi 30 warga binaan Lapas Kelas IIB Sampit, Selasa "
                   "(9/12/2025).",
            "Tribratanews": "Kepolisian Sektor (Polsek) Lubuk Sikaping melaksanakan kunjungan ke "
                            "Rutan Kelas IIB Lubuk Sikaping, Minggu (21/12/2025). Kapolres "
                            "Pasaman, AKBP Muhammad Agus Hidayat, S.I.K., menitipkan pesan."}
    article = run(text[outlet.split()[0]], outlet=outlet)
    assert [f.name for f in article.facilities if f.kind == "other"] == [issuer]
    assert issuer not in [p.name for p in article.partners]


def test_a_dioceses_communications_office_as_the_source_issues_the_release() -> None:
    article = run("ENDE, KOMSOS KAE – Keuskupan Agung Ende (KAE) kembali mengunjungi warga binaan "
                  "Lembaga Pemasyarakatan Kelas IIB Ende pada hari raya Natal, Kamis (25/12/2025).")
    assert [f.name for f in article.facilities if f.kind == "other"] == ["Keuskupan Agung Ende"]


def test_a_companys_plant_in_a_town_is_its_branch() -> None:
    article = run("Lapas Terbuka Kelas IIB Nusakambangan menerima bibit, Senin (2/3/2026). Di hari "
                  "yang sama, PT Solusi Bangun Indonesia Tbk Pabrik Cilacap menyerahkan 2.000 "
                  "bibit kopi.")
    assert [p.name for p in article.partners] == ["PT Solusi Bangun Indonesia Tbk Pabrik Cilacap"]


@pytest.mark.parametrize("spelled", ["Infak dan Sedekah", "Infaq dan Shadaqah"])
def test_a_zakat_body_written_out_in_its_spellings(spelled: str) -> None:
    article = run("Lapas Kelas IIB Sleman menggelar buka puasa, Senin (2/3/2026). Lembaga Amil "
                  f"Zakat, {spelled} Muhammadiyah (Lazismu) Kabupaten Sleman menyerahkan 300 "
                  "paket takjil.")
    assert [p.name for p in article.partners] == [
        f"Lembaga Amil Zakat, {spelled} Muhammadiyah Kabupaten Sleman"]


def test_a_field_after_a_bodys_name_is_no_persons_name() -> None:
    article = run("Lapas Kelas IIB Selong menandatangani MoU dengan Baznas Lombok Timur, Senin "
                  "(3/11/2025). Wakil Ketua II Baznas Lombok Timur Bidang Pendistribusian dan "
                  "Pendayagunaan, Hj. Baiq Nurul Aini, S.E., menjelaskan penerima dipilih.")
    assert not any(o.name.startswith("Bidang") for o in article.officials)


def test_a_unit_and_owner_short_form_defined_by_the_article_ends_the_position() -> None:
    article = run("Pelatihan digelar Lembaga Penelitian dan Pengabdian kepada Masyarakat "
                  "Universitas Muhammadiyah Yogyakarta (LPPM UMY) di Lapas Narkotika Kelas IIA "
                  "Yogyakarta, Senin (3/11/2025).\n\nKepala LPPM UMY, Prof. Dr. Hj. Listyaningsih "
                  "Rahayu, M.Psi., menjelaskan materi pelatihan.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Listyaningsih Rahayu", "Kepala Lembaga Penelitian dan Pengabdian kepada Masyarakat "
                                 "Universitas Muhammadiyah Yogyakarta")]


def test_a_department_head_of_a_polytechnic_is_named_with_a_comma_before_the_holder() -> None:
    article = run("Politeknik Kesehatan Kementerian Kesehatan (Poltekkes Kemenkes) Kupang "
                  "menggelar "
                  "skrining di Rutan Kelas IIA Kupang, Senin (3/11/2025).\n\nKetua Jurusan "
                  "Keperawatan, Ns. Maria Goreti Lobo, "
                  "S.Kep., M.Kep., menambahkan, di sela pemeriksaan.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Maria Goreti Lobo",
         "Ketua Jurusan Keperawatan Politeknik Kesehatan Kementerian Kesehatan Kupang")]


def test_a_lower_case_department_of_a_school_is_no_organisation() -> None:
    article = run("SMK Negeri 2 Kendari membuka kelas jauh di LPKA Kelas II Kendari, Senin "
                  "(3/11/2025). Siswa jurusan teknik otomotif mengikuti ujian.")
    assert all("urusan" not in p.name for p in article.partners)


def test_a_headline_the_page_repeats_does_not_make_its_words_a_place() -> None:
    headline = 'Warga Binaan LPP Malang Luncurkan Merek "Sukun Berbatik"'
    article = run(f"{headline}\n\n{headline}\n\nMALANG – Lembaga Pemasyarakatan Perempuan (LPP) "
                  "Kelas IIA Malang menutup pelatihan membatik, Jumat (20/2/2026). Kepala LPP "
                  "Malang, Sri Wahyuni, meluncurkan merek batik warga binaan.")
    assert [f.name for f in article.facilities] == ["LPP Kelas IIA Malang"]
    assert [o.position for o in article.officials] == ["Kepala LPP Kelas IIA Malang"]


def test_a_signing_word_with_its_signers_after_it_reports_the_signing() -> None:
    article = run("Rupbasan Kelas I Medan memperpanjang perjanjian kerja sama dengan KPKNL Medan, "
                  "Kamis (12/11/2026). PKS sebelumnya yang diteken pada 2023 berakhir pada 9 "
                  "November 2026.\n\nPKS baru ditandatangani Kepala Rupbasan Medan, Sahat Tua, dan "
                  "Kepala KPKNL Medan, Ratih Puspitasari, di kantor KPKNL.")
    assert "penandatanganan" in {e.type for e in article.engagements}


def test_a_signing_recalled_with_its_year_and_signers_is_no_signing_of_the_event() -> None:
    article = run("Lapas Kelas IIA Ambon menggelar pelatihan menjahit bersama Dinas Perindustrian "
                  "Kota Ambon, Senin (3/11/2025). Pelatihan ini berjalan sejak tahun lalu.\n\n"
                  "Kerja sama itu berpijak pada MoU yang ditandatangani Kepala Lapas dan Wali Kota "
                  "Ambon pada 2023.")
    assert "penandatanganan" not in {e.type for e in article.engagements}


@pytest.mark.parametrize("sentence", [
    "Untuk itu, ketiga lembaga sepakat menyusun satu Perjanjian Kerja Sama (PKS) tiga pihak.",
    "Saat ini PKS tersebut sedang disusun tim gabungan ketiga lembaga.",
    "Rapat juga membahas penyusunan PKS tentang tempat pidana kerja sosial.",
])
def test_a_document_being_drafted_is_one_to_come(sentence: str) -> None:
    article = run("Bapas Kelas I Makassar menggelar rapat koordinasi dengan Kejaksaan Negeri "
                  f"Makassar, Senin (3/11/2025). {sentence}")
    assert [(a.type, a.status) for a in article.agreements] == [("pks", "planned")]


@pytest.mark.parametrize("written", [
    "PT PLN (Persero) Unit Induk Wilayah Bangka Belitung",
    "PT PLN (Persero) Unit Induk Distribusi Jawa Timur",
])
def test_a_regional_unit_of_the_state_electricity_company_is_named_whole(written: str) -> None:
    article = run(f"Lapas Kelas IIA Pangkalpinang meluncurkan bank sampah bersama {written}, "
                  "Selasa (15/9/2026).")
    assert [p.name for p in article.partners] == [written]


def test_initials_of_a_letter_and_a_small_one_stay_inside_a_hospitals_name() -> None:
    article = run("Rutan Kelas IIB Sanggau menerima tim Rumah Sakit Umum Daerah (RSUD) M.Th. "
                  "Djaman "
                  "Sanggau, Rabu (18/6/2025).")
    assert [p.name for p in article.partners] == ["Rumah Sakit Umum Daerah M.Th. Djaman Sanggau"]


@pytest.mark.parametrize("position", ["Wakil Pimpinan", "Wakil Pengasuh"])
def test_a_deputy_head_of_a_pesantren_keeps_the_deputy(position: str) -> None:
    article = run("LPKA Kelas I Martapura menggelar pesantren kilat, Senin (3/3/2025). Hadir "
                  f"{position} Pondok Pesantren Darussalam Martapura, H. Abdul Hadi Rahman.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Abdul Hadi Rahman", f"{position} Pondok Pesantren Darussalam Martapura")]


def test_a_unit_and_owner_short_form_written_before_its_words_in_brackets_is_written_out() -> None:
    article = run("MARTAPURA – FKIP ULM (Fakultas Keguruan dan Ilmu Pendidikan Universitas "
                  "Lambung "
                  "Mangkurat) dan LPKA Kelas II Martapura menandatangani PKS, Rabu (12/11/2025). "
                  "PKS ditandatangani Kepala LPKA Kelas II Martapura, Fitriansyah Noor, dan Dekan "
                  "FKIP ULM, Dr. Hj. Nur Aisyah Rahmi, M.Pd.")
    assert ("Nur Aisyah Rahmi", "Dekan Fakultas Keguruan dan Ilmu Pendidikan Universitas Lambung "
            "Mangkurat") in [(o.name, o.position) for o in article.officials]


def test_a_programme_in_a_faculty_with_a_syllable_short_form_names_the_faculty_once() -> None:
    article = run("Fakultas Ilmu Kesehatan Universitas Muhammadiyah Malang (FIKES UMM) menggelar "
                  "tes "
                  "IVA di LPP Kelas IIA Malang, Senin (3/11/2025). Hadir Dekan FIKES UMM, Dr. "
                  "Rahma "
                  "Kusuma, M.Kep., dan Ketua Program Studi Kebidanan FIKES UMM, Anisa Fitriyani, "
                  "S.ST.")
    assert [o.position for o in article.officials if o.name != "Rahma Kusuma"] == [
        "Ketua Program Studi Kebidanan Fakultas Ilmu Kesehatan Universitas Muhammadiyah Malang"]
    assert [o.position for o in article.officials if o.name == "Rahma Kusuma"] == [
        "Dekan Fakultas Ilmu Kesehatan Universitas Muhammadiyah Malang"]


def test_a_congregation_of_a_known_church_is_named_with_the_church_written_out() -> None:
    article = run("Lapas Kelas IIB Waingapu meluncurkan program pembinaan rohani, Senin "
                  "(3/11/2025). "
                  "Program ini juga melibatkan Gereja Kristen Sumba (GKS) Jemaat Payeti. Ketua "
                  "Majelis Jemaat GKS Payeti, Pdt. Ferdinand Hama Riwu, S.Th., menyatakan "
                  "jemaatnya "
                  "siap.")
    assert [p.name for p in article.partners] == ["Gereja Kristen Sumba Jemaat Payeti"]
    assert [o.name for o in article.officials] == ["Ferdinand Hama Riwu"]


def test_a_congregation_of_a_church_the_patterns_do_not_know_is_named_as_written() -> None:
    article = run("Lapas Kelas IIA Abepura menandatangani PKS dengan Jemaat GKI Pniel Kotaraja, "
                  "Senin (3/11/2025).")
    assert [p.name for p in article.partners] == ["Jemaat GKI Pniel Kotaraja"]


def test_training_told_by_its_verb_is_a_training() -> None:
    article = run("Lapas Kelas IIB Bireuen menerima dua mesin pakan dari PT Pupuk Iskandar Muda, "
                  "Senin "
                  "(3/11/2025). Usai penyerahan, teknisi PIM melatih enam warga binaan "
                  "mengoperasikan "
                  "dan merawat kedua mesin.")
    assert "pelatihan" in {e.type for e in article.engagements}


def test_a_commemoration_an_activity_marks_is_no_activity_of_its_own() -> None:
    article = run("Memperingati Hari Anti Narkotika Internasional (HANI) 2026, Rutan Kelas IIB "
                  "Balige "
                  "bersama BNNK Toba menggelar sosialisasi bahaya narkoba, Kamis (25/6/2026).")
    assert [e.type for e in article.engagements] == ["sosialisasi"]


def test_a_commemoration_alone_is_the_activity() -> None:
    article = run("LPKA Kelas II Tanjung Pati menggelar peringatan Hari Anak Nasional bersama "
                  "Pemkab "
                  "Lima Puluh Kota, Kamis (23/7/2026).")
    assert [e.type for e in article.engagements] == ["other"]


@pytest.mark.parametrize("sentence", [
    "Peluncuran ditandai dengan penanaman bibit cabai oleh Kalapas dan Kepala Distan.",
    "Kegiatan ditutup dengan penanaman bibit jagung secara simbolis.",
])
def test_a_planting_that_marks_a_ceremony_is_no_activity_of_its_own(sentence: str) -> None:
    article = run("Lapas Kelas IIB Madiun meluncurkan kebun pangan bersama Dinas Pertanian "
                  "Kabupaten "
                  f"Madiun, Senin (3/11/2025). {sentence}")
    assert "other" not in {e.type for e in article.engagements}


def test_a_planting_that_is_the_event_is_reported() -> None:
    article = run("Lapas Kelas IIB Merauke bersama Kodim 1707/Merauke menggelar penanaman 500 "
                  "bibit "
                  "mangrove di pesisir Pantai Lampu Satu, Senin (3/11/2025). Penanaman dipimpin "
                  "Kalapas Merauke.")
    assert "other" in {e.type for e in article.engagements}


@pytest.mark.parametrize("written", ["KPR, Irwan", "KPR Muh Ridwan"])
def test_the_head_of_a_detention_centres_guard_written_kpr(written: str) -> None:
    article = run("Rutan Kelas IIB Polewali beraudiensi dengan Bupati Polewali Mandar, Selasa "
                  "(17/3/2026). Kepala Rutan didampingi Kasubsi Pelayanan Tahanan, Nurjannah, dan "
                  f"{written}.")
    assert [o.position for o in article.officials][-1:] == [
        "Kepala Kesatuan Pengamanan Rutan Kelas IIB Polewali"]


def test_a_home_loan_written_kpr_is_no_position() -> None:
    article = run("Bank BTN Cabang Pinrang menyosialisasikan KPR subsidi kepada petugas Rutan "
                  "Kelas "
                  "IIB Pinrang, Selasa (17/3/2026).")
    assert article.officials == []


@pytest.mark.parametrize("written, name", [
    ("Kasubsi Kegiatan Kerja Heri Susanto menambahkan", "Heri Susanto"),
    ("Kasubsi Registrasi Dedi Kurniawan menambahkan", "Dedi Kurniawan"),
    # a titled holder after a section position of its own, a partner named before it
    ("Kasi Pelayanan Tahanan Hj. Nurlaela menambahkan", "Nurlaela"),
])
def test_a_prison_sections_head_named_with_no_comma(written: str, name: str) -> None:
    article = run("Lapas Kelas IIB Ketapang memanen lele bersama Dinas Perikanan Kabupaten "
                  "Ketapang, "
                  f"Senin (3/11/2025). {written}, lele hasil panen dijual ke pengepul.")
    assert [o.name for o in article.officials] == [name]
    assert article.officials[0].position.endswith("Lapas Kelas IIB Ketapang")


def test_a_merged_offices_hyphenated_short_form_names_its_head() -> None:
    article = run("Dinas Tenaga Kerja, Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
                  "(Disnaker-PMPTSP) Kota Malang menutup pelatihan tata rias di LPP Kelas IIA "
                  "Malang, Jumat (31/10/2025). Kepala Disnaker-PMPTSP Kota Malang, Bayu Setyo "
                  "Handoko, S.T., M.T., mengatakan pelatihan ini berbasis kompetensi.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Bayu Setyo Handoko", "Kepala Dinas Tenaga Kerja, Penanaman Modal dan Pelayanan "
                               "Terpadu Satu Pintu Kota Malang")]


def test_a_master_of_public_health_is_one_degree() -> None:
    article = run("Rutan Kelas IIB Bantul menggelar skrining TBC bersama Dinas Kesehatan Kabupaten "
                  "Bantul, Rabu (17/9/2025). Kepala Bidang Pencegahan dan Pengendalian Penyakit "
                  "Dinkes Bantul, dr. Rina Kusumawati, M.P.H., menyebut skrining penting.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Rina Kusumawati", ["dr.", "M.P.H."])]


def test_signers_after_the_signing_word_with_the_events_full_date_report_it() -> None:
    article = run("Lapas Kelas IIB Manokwari bekerja sama dengan LPPM Universitas Papua dalam "
                  "budidaya ikan. Program ini menyasar 40 warga binaan. Kolam disiapkan di "
                  "belakang "
                  "blok hunian.\n\nPerjanjian kerja sama diteken Kepala Lapas Manokwari, Hendrik "
                  "Rumbiak, S.H., dan Ketua LPPM Unipa di aula lapas, Senin, 9 November 2026.")
    assert "penandatanganan" in {e.type for e in article.engagements}


def test_a_division_head_named_without_the_office_is_the_only_offices() -> None:
    article = run("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jember merekam KTP elektronik "
                  "warga binaan Lapas Kelas IIA Jember, Senin (3/11/2025). Perekaman dipimpin "
                  "Kepala Bidang Pelayanan Pendaftaran Penduduk, Rina Kartika, S.Kom.")
    assert [o.position for o in article.officials] == [
        "Kepala Bidang Pelayanan Pendaftaran Penduduk Dinas Kependudukan dan Pencatatan Sipil "
        "Kabupaten Jember"]


def test_a_division_named_by_three_affairs_with_a_comma_before_dan() -> None:
    article = run("Universitas Tadulako (Untad) menandatangani PKS dengan Lapas Kelas IIA Palu, "
                  "Senin "
                  "(3/11/2025). Penandatanganan dilakukan Wakil Rektor Bidang Perencanaan, Kerja "
                  "Sama, dan Teknologi Informasi Untad, Prof. Dr. Irwan Lamasitudju, M.Si.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Irwan Lamasitudju", "Wakil Rektor Bidang Perencanaan, Kerja Sama, dan Teknologi "
                              "Informasi Universitas Tadulako")]


@pytest.mark.parametrize("text, expected", [
    ("Lapas Kelas IIA Kendari menggelar rapat koordinasi bersama BPJS Kesehatan Cabang Kendari, "
     "Rabu (5/11/2025). Dari BPJS Kesehatan hadir Kepala Cabang Kendari, Rina Wulandari, "
     "didampingi stafnya.", ("Rina Wulandari", "Kepala BPJS Kesehatan Cabang Kendari")),
    ("Kantor Pos Kendari menggelar pelatihan pemasaran di Lapas Kelas IIA Kendari, Rabu "
     "(5/11/2025), bersama PT Pos Indonesia KCU Kendari. Manajer Bisnis KCU Kendari, Dimas "
     "Saputra, menjelaskan tarif.",
     ("Dimas Saputra", "Manajer Bisnis PT Pos Indonesia KCU Kendari")),
    ("Universitas Muhammadiyah Kendari menandatangani nota kesepahaman dengan Lapas Kelas IIA "
     "Kendari, Rabu (5/11/2025). MoU ditandatangani Rektor UMK Dr. Ahmad Fauzan, M.Pd., dan "
     "Kalapas.", ("Ahmad Fauzan", "Rektor Universitas Muhammadiyah Kendari")),
])
def test_what_the_position_and_its_organisation_both_name_is_written_once(
        text: str, expected: tuple[str, str]) -> None:
    # the branch and its place stay in the organisation's name; its short form gives way to it
    assert [(o.name, o.position) for o in run(text).officials] == [expected]


def test_a_signing_put_off_is_to_come_and_its_days_are_not_the_event() -> None:
    # the training is what the document is about, not another activity put off after it
    article = run("Penandatanganan nota kesepahaman (MoU) pelatihan keterampilan antara Rutan "
                  "Kelas IIB Wamena dan Dinas Sosial Kabupaten Jayawijaya yang semula "
                  "dijadwalkan Senin (9/3/2026) ditunda menjadi Senin (16/3/2026). Hal itu "
                  "disepakati dalam rapat koordinasi, Selasa (3/3/2026).")
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "planned")]
    assert [e.type for e in article.engagements] == ["koordinasi"]
    assert [(d.value, d.role) for d in article.dates] == [
        ("2026-03-09", "other"), ("2026-03-16", "other"), ("2026-03-03", "event")]


def test_a_signing_moved_to_another_day_is_put_off() -> None:
    article = run("Lapas Kelas IIA Kupang dan Bank NTT menggelar rapat koordinasi, Selasa "
                  "(21/7/2026). Dalam rapat itu kedua pihak sepakat menggeser penandatanganan "
                  "MoU ke Kamis, 6 Agustus 2026.")
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "planned")]
    assert [e.type for e in article.engagements] == ["koordinasi"]
    assert [(d.value, d.role) for d in article.dates] == [
        ("2026-07-21", "event"), ("2026-08-06", "other")]


@pytest.mark.parametrize("written, name, short", [
    ("Dinas Kesehatan Kota (DKK) Surakarta", "Dinas Kesehatan Kota Surakarta", "DKK Surakarta"),
    ("Dinas Sosial Kabupaten (Dinsos) Sleman", "Dinas Sosial Kabupaten Sleman", "Dinsos Sleman"),
])
def test_a_short_form_between_the_level_and_the_place_is_read_past(
        written: str, name: str, short: str) -> None:
    article = run(f"Rutan Kelas I Surakarta menggelar skrining bersama {written}, Kamis "
                  "(5/2/2026). Kegiatan berjalan lancar.")
    assert [(p.name, p.acronym) for p in article.partners] == [(name, short)]


def test_main_naval_bases_and_military_areas_are_partners_with_their_commanders() -> None:
    article = run("Lapas Kelas IIA Tarakan menggelar rapat koordinasi bersama Pangkalan Utama TNI "
                  "Angkatan Laut (Lantamal) XIII Tarakan dan Kodam VI/Mulawarman, Selasa "
                  "(14/10/2025). Hadir Danlantamal XIII Tarakan, Laksamana Pertama TNI Johan "
                  "Setiadi Putra, S.E., dan Danrem 161/Wira Sakti, Brigjen TNI Andi "
                  "Pratama.")
    assert [(p.name, p.kind) for p in article.partners] == [
        ("Pangkalan Utama TNI Angkatan Laut XIII Tarakan", "tni"),
        ("Komando Daerah Militer VI/Mulawarman", "tni"),
        ("Komando Resor Militer 161/Wira Sakti", "tni")]
    assert [(o.name, o.position, o.titles) for o in article.officials] == [
        ("Johan Setiadi Putra", "Komandan Pangkalan Utama TNI Angkatan Laut XIII Tarakan",
         ["Laksamana Pertama TNI", "S.E."]),
        ("Andi Pratama", "Komandan Komando Resor Militer 161/Wira Sakti",
         ["Brigjen TNI"])]


def test_a_short_form_the_article_gave_names_its_partner_where_used_alone() -> None:
    text = ("Lapas Kelas IIB Luwuk meresmikan rumah kaca hidroponik, Jumat (11/7/2025). Turut "
            "hadir Kepala Lapas, Daniel Sumampow.\n\nTurut hadir pula dosen Universitas "
            "Tompotika Luwuk (Untika).\n\nKalapas menyebut Lapas Luwuk dan Untika akan "
            "menandatangani nota kesepahaman pada Agustus mendatang.")
    assert [(p.name, p.acronym) for p in run(text).partners] == [
        ("Universitas Tompotika Luwuk", "Untika")]
    # named in passing once, and never again, it takes no part
    alone = text.split("\n\nKalapas")[0]
    assert run(alone).partners == []


@pytest.mark.parametrize("field, written", [
    ("spesialis paru", "Spesialis Paru"),
    ("spesialis obstetri dan ginekologi", "Spesialis Obstetri dan Ginekologi"),
])
def test_a_specialist_s_field_in_lower_case_is_part_of_the_position(field: str,
                                                                    written: str) -> None:
    article = run("LPP Kelas III Kendari menggelar pemeriksaan kesehatan bersama RSUD Kota "
                  f"Kendari, Selasa (21/4/2026).\n\nDokter {field} RSUD Kota Kendari, dr. "
                  "Asrianti Lamadu, menyebut tiga warga binaan dirujuk.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Asrianti Lamadu", f"Dokter {written} Rumah Sakit Umum Daerah Kota Kendari")]


def test_lower_case_words_before_no_organisation_are_no_field() -> None:
    article = run("LPP Kelas III Kendari menggelar pemeriksaan kesehatan, Selasa (21/4/2026)."
                  "\n\nDokter spesialis yang hadir, dr. Asrianti Lamadu, menyebut tiga warga "
                  "binaan dirujuk.")
    assert article.officials == []


def test_a_position_after_its_organisation_and_a_comma_takes_the_name_after_it() -> None:
    text = ("Lapas Kelas IIB Garut menggelar penyuluhan hukum bersama LBH Cakra Garut, Senin "
            "(9/3/2026).\n\nDari LBH Cakra Garut, Direktur Cecep Supriatna, S.H., memaparkan "
            "layanan bantuan hukum gratis.")
    assert [(o.name, o.position) for o in run(text).officials] == [
        ("Cecep Supriatna", "Direktur Lembaga Bantuan Hukum Cakra Garut")]
    # with one name word, the words may be the organisation's own: no holder
    one = text.replace("Cecep Supriatna, S.H.,", "Wilayah")
    assert run(one).officials == []


@pytest.mark.parametrize("naming", [
    "Lapas yang dikenal sebagai", "Lapas yang dikenal warga sebagai",
    "Lapas yang oleh masyarakat lebih di kenal dengan nama"])
def test_a_prison_named_again_after_its_kind_word_is_the_same_prison(naming: str) -> None:
    article = run("Lapas Kelas I Malang meneken perjanjian kerja sama dengan CV Kopi Dampit, "
                  f"Kamis (9/4/2026). {naming} Lapas Lowokwaru itu membina 2.000 warga binaan."
                  "\n\nKepala Seksi Kegiatan Kerja Lapas Lowokwaru, Heri Kuswanto, menambahkan.")
    assert [f.name for f in article.facilities] == ["Lapas Kelas I Malang"]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Heri Kuswanto", "Kepala Seksi Kegiatan Kerja Lapas Kelas I Malang")]


@pytest.mark.parametrize("written", [
    "Pembimbing Kemasyarakatan (PK) Ahli Madya Bapas Palu, Nurmala Tombolotutu,",
    "Pembimbing Kemasyarakatan (PK) Ahli Madya, Nurmala Tombolotutu,",
    "PK Ahli Madya Bapas Palu, Nurmala Tombolotutu,",
    "PK Ahli Madya Nurmala Tombolotutu, S.Sos.,",
], ids=["short-form-then-grade", "no-organisation", "short-form-with-grade", "no-comma"])
def test_a_community_counsellors_grade_stays_in_the_position(written: str) -> None:
    article = run("Balai Pemasyarakatan (Bapas) Kelas II Palu menggelar rapat koordinasi diversi, "
                  f"Senin (5/1/2026).\n\n{written} menambahkan pendampingan kerap terkendala.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Nurmala Tombolotutu", "Pembimbing Kemasyarakatan Ahli Madya Bapas Kelas II Palu")]


def test_a_position_whose_words_name_another_organisation_of_the_place_is_not_the_sentences(
        ) -> None:
    text = ("Lapas Kelas IIB Tebing Tinggi menerima audiensi Dewan Perwakilan Rakyat Daerah "
            "(DPRD) Kota Tebing Tinggi, Senin (9/3/2026). Hadir pula {position}, Ir. Liaburi "
            "Budisan, yang menawarkan pelatihan.")
    other = run(text.format(position="Pemimpin Redaksi Radar Tebing Tinggi"))
    assert [o.position for o in other.officials] == ["Pemimpin Redaksi Radar Tebing Tinggi"]
    # the sentence's own office by a short form or a word of its name stays the sentence's
    own = run(text.replace("Dewan Perwakilan Rakyat Daerah (DPRD) Kota Tebing Tinggi",
                           "PT Pos Indonesia KCU Tebing Tinggi")
              .format(position="Manajer Bisnis KCU Tebing Tinggi"))
    assert [o.position for o in own.officials] == [
        "Manajer Bisnis PT Pos Indonesia KCU Tebing Tinggi"]


def test_a_partners_short_form_after_a_grade_is_its_organisation_not_a_holder() -> None:
    article = run("BELITUNG – Lapas Kelas IIB Tanjungpandan melatih 20 warga binaan budidaya lele "
                  "bersama Dinas Perikanan (Diskan) Kabupaten Belitung, Rabu (17/9/2025).\n\n"
                  "Materi teknis disampaikan Rudi Hartono Lim, Penyuluh Perikanan Ahli Muda "
                  "Diskan Belitung, mulai dari pembuatan kolam hingga takaran probiotik.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Rudi Hartono Lim",
         "Penyuluh Perikanan Ahli Muda Dinas Perikanan Kabupaten Belitung")]


def test_an_office_named_again_without_its_region_names_its_head() -> None:
    article = run("BANYUWANGI – Lapas Kelas IIA Banyuwangi meluncurkan kebun pangan bersama Dinas "
                  "Pertanian dan Pangan Kabupaten Banyuwangi, Sabtu (16/5/2026).\n\nPenanaman "
                  "dilakukan Kepala Lapas Kelas IIA Banyuwangi, Wahyu Trisnadi, dan Kepala Dinas "
                  "Pertanian dan Pangan, Ir. Sugeng Riyadi Santoso, M.P.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Wahyu Trisnadi", "Kepala Lapas Kelas IIA Banyuwangi"),
        ("Sugeng Riyadi Santoso", "Kepala Dinas Pertanian dan Pangan Kabupaten Banyuwangi")]


def test_a_unit_head_of_a_kind_belongs_to_the_organisation_a_head_named_before_it() -> None:
    # the police office is named only through its head: its Kasat is not the prison's
    article = run("KOLAKA – Kapolres Kolaka AKBP Bayu Pratama Nugroho mengunjungi Rumah Tahanan "
                  "Negara (Rutan) Kelas IIB Kolaka, Jumat (24/10/2025). Kapolres yang datang "
                  "bersama Kasat Samapta AKP Irwan Lapadjalangi disambut Kepala Rutan Kolaka, "
                  "Muh. Akbar Pasinringi.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Bayu Pratama Nugroho", "Kepala Kepolisian Resor Kolaka"),
        ("Irwan Lapadjalangi", "Kepala Satuan Samapta Kepolisian Resor Kolaka"),
        ("Muh. Akbar Pasinringi", "Kepala Rutan Kelas IIB Kolaka")]


def test_a_prosecutors_section_head_written_out_is_the_prosecutors() -> None:
    article = run("Balai Pemasyarakatan (Bapas) Kelas I Makassar menggelar kunjungan koordinasi ke "
                  "Kejaksaan Negeri (Kejari) Makassar, Selasa (20/1/2026).\n\nRombongan diterima "
                  "Kajari Makassar, Andi Irfan Palallo, S.H., M.H., dan Kepala Seksi Tindak Pidana "
                  "Umum (Kasi Pidum), Nurul Fajriani, S.H.")
    assert ("Nurul Fajriani", "Kepala Seksi Tindak Pidana Umum Kejaksaan Negeri Makassar") in [
        (o.name, o.position) for o in article.officials]


@pytest.mark.parametrize("name", ["I Ketut Dharma Wisesa", "I Made Dharma Putra",
                                  "Lukman Hakim Nasution", "Fauzan Hakim",
                                  "Rosmawati br. Ginting", "Rismauli br Siregar",
                                  "Syahrul Ramadhan", "Fajar Ramadhan Siregar"])
def test_a_name_word_that_opens_an_organisation_does_not_end_a_name(name: str) -> None:
    article = run("GIANYAR – Rutan Kelas IIB Gianyar menggelar skrining, Senin (2/3/2026).\n\n"
                  f"Kepala Rutan Kelas IIB Gianyar, {name}, S.H., mengatakan skrining rutin.")
    assert [(o.name, o.titles) for o in article.officials] == [(name, ["S.H."])]


def test_a_prison_named_by_its_citys_everyday_name_is_the_same_prison() -> None:
    text = ("Rumah Tahanan Negara (Rutan) Kelas I Surakarta meluncurkan galeri karya warga "
            "binaan, Rabu (18/11/2026).\n\nKepala Seksi Pelayanan Tahanan Rutan Solo, Hery "
            "Kuncoro, menambahkan galeri buka setiap hari kerja.")
    article = run(text)
    assert [f.name for f in article.facilities] == ["Rutan Kelas I Surakarta"]
    assert [(o.name, o.position) for o in article.officials] == [
        ("Hery Kuncoro", "Kepala Seksi Pelayanan Tahanan Rutan Kelas I Surakarta")]
    # named only by the everyday name, the prison keeps it, as written
    alone = run(text.replace("Rumah Tahanan Negara (Rutan) Kelas I Surakarta", "Rutan Solo"))
    assert [f.name for f in alone.facilities] == ["Rutan Solo"]


def test_a_name_with_a_degree_after_a_capitalised_kind_word_is_no_prison() -> None:
    article = run("Lapas Narkotika Kelas IIA Sungguminasa memulai program rehabilitasi bersama "
                  "BNNP Sulawesi Selatan, Kamis (26/6/2025). Peserta didampingi Konselor Adiksi "
                  "Lapas Taufik Hidayat, S.Psi., selama enam bulan.")
    assert [f.name for f in article.facilities] == ["Lapas Narkotika Kelas IIA Sungguminasa"]


@pytest.mark.parametrize("holder, after", [
    ("Yuliana Kartikasari", " dan Sekretaris Daerah Kota Semarang Budi Santosa Wirawan, "
                            "disaksikan Kakanwil."),
    ("Ida Bagus Ketut Mahendra", " dan Sekretaris Daerah Kota Semarang, disaksikan Kakanwil."),
])
def test_a_holder_glued_after_a_prison_s_town_is_no_part_of_its_place(holder: str,
                                                                        after: str) -> None:
    # (the photo's caption names the holder first, the signing sentence again)
    article = run(f"[Foto] Kepala Bapas Kelas I Semarang {holder} dan Sekda Kota Semarang "
                  "bertukar naskah nota kesepahaman. (Humas Bapas Semarang)\n\n"
                  "SEMARANG – Balai Pemasyarakatan (Bapas) Kelas I Semarang dan Pemerintah Kota "
                  "(Pemkot) Semarang menandatangani nota kesepahaman tentang pelaksanaan pidana "
                  "kerja sosial.\n\nPenandatanganan digelar di Balai Kota Semarang, Selasa "
                  "(16/12/2025). Nota kesepahaman diteken Kepala Bapas Kelas I Semarang "
                  f"{holder}{after}")
    assert [f.name for f in article.facilities] == ["Bapas Kelas I Semarang"]
    assert (holder, "Kepala Bapas Kelas I Semarang") in [
        (o.name, o.position) for o in article.officials]


def test_a_university_named_by_its_head_and_town_is_the_one_named_in_full() -> None:
    article = run("Lapas Kelas IIA Bukittinggi menggelar rapat koordinasi dengan Universitas Islam "
                  "Negeri (UIN) Sjech M. Djamil Djambek Bukittinggi, Jumat (4/9/2026).\n\nDari "
                  "pihak kampus hadir Wakil Rektor UIN Bukittinggi, Dr. Yulia Rahmi, M.Ag., dan "
                  "Dekan Fakultas Syariah, Dr. Afrizal Tanjung, M.H.I.")
    name = "Universitas Islam Negeri Sjech M. Djamil Djambek Bukittinggi"
    assert [p.name for p in article.partners] == [name]
    assert [o.position for o in article.officials] == [
        f"Wakil Rektor {name}", f"Dekan Fakultas Syariah {name}"]


@pytest.mark.parametrize("position", ["Anggota Komisi III", "Ketua Komisi II"])
def test_a_numbered_commission_belongs_to_the_article_s_one_council(position: str) -> None:
    article = run("KENDARI – Komisi III Dewan Perwakilan Rakyat Daerah (DPRD) Kota Kendari "
                  "melakukan kunjungan kerja ke Rutan Kelas IIA Kendari, Kamis (12/11/2026).\n\n"
                  f"Di sela kunjungan, para anggota dewan berdialog dengan petugas. {position}, "
                  "Andi Rahman Tope, menilai daerah tidak bisa lepas tangan.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Andi Rahman Tope", f"{position} Dewan Perwakilan Rakyat Daerah Kota Kendari")]


def test_a_holder_named_hari_is_a_person_and_batang_hari_a_place() -> None:
    article = run("Lapas Kelas I Semarang menandatangani MoU dengan Polines, Kamis (4/9/2025). "
                  "Hadir menyaksikan, Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan "
                  "Jawa Tengah, Dr. Hari Purnomo Adi, S.H., M.H.\n\nIjazah diserahkan Kepala SKB "
                  "Batang Hari, Siti Rohana, S.Pd.")
    assert [o.name for o in article.officials] == ["Hari Purnomo Adi", "Siti Rohana"]


def test_a_head_s_title_before_a_first_name_that_is_a_district_names_no_prison() -> None:
    article = run("Lapas Tulungagung menerima bantuan mesin jahit dari Baznas, Senin (2/3/2026). "
                  "Bantuan diterima Kalapas Tulungagung, Bambang Eko Hartono, A.Md.IP., S.H."
                  "\n\nKalapas Bambang menyebut kerja sama dengan Baznas sudah berjalan tiga "
                  "tahun.")
    assert [f.name for f in article.facilities] == ["Lapas Tulungagung"]


def test_midwifery_degrees_and_a_javanese_court_title_are_titles() -> None:
    article = run("LPP Kelas IIA Bandung menggelar skrining IVA, Senin (2/3/2026). Materi "
                  "disampaikan Kepala Dinas Kebudayaan DIY, Drs. KRT Bambang Widyatmoko, M.Si., "
                  "dan Ketua IBI Kota Bandung, Hj. Rina Marlina, S.ST., M.Keb.")
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Bambang Widyatmoko", ["Drs.", "KRT", "M.Si."]),
        ("Rina Marlina", ["Hj.", "S.ST.", "M.Keb."])]


def test_a_place_before_a_comma_and_a_position_is_no_holder() -> None:
    article = run("Lapas Kelas IIB Singaraja beraudiensi dengan Pemkab Buleleng, Senin (2/3/2026)."
                  "\n\nDari jajaran Pemerintah Kabupaten (Pemkab) Buleleng, Wabup didampingi "
                  "Kepala Dinas Pertanian Buleleng, Ir. Anak Agung Ngurah Mahendra, M.P.")
    assert [o.name for o in article.officials] == ["Anak Agung Ngurah Mahendra"]


def test_a_district_command_s_staff_are_its_own_wherever_they_are_named() -> None:
    article = run("Kodim 0728/Wonogiri dan Rutan Kelas IIB Wonogiri menanam jagung, Senin "
                  "(2/3/2026). Turut hadir Mayor Inf Sugeng Riyadi, Kasdim 0728/Wonogiri, dan "
                  "Pasiter Kapten Inf Tri Harsono.\n\nKegiatan dibuka Pasi Ter, Kapten Inf Agus "
                  "Salim.")
    positions = {o.name: o.position for o in article.officials}
    assert positions["Sugeng Riyadi"] == "Kepala Staf Kodim 0728/Wonogiri"
    assert positions["Tri Harsono"] == \
        "Perwira Seksi Teritorial Komando Distrik Militer 0728/Wonogiri"
    assert positions["Agus Salim"] == \
        "Perwira Seksi Teritorial Komando Distrik Militer 0728/Wonogiri"


@pytest.mark.parametrize("written", ["Kasi Bimas Islam Baiq Nurhidayati, S.Ag.",
                                     "Kepala Seksi Bimbingan Masyarakat Islam, Baiq Nurhidayati,"])
def test_a_religious_guidance_section_head_is_the_kemenag_office_s(written: str) -> None:
    article = run("Lapas Kelas IIB Selong dan Kantor Kementerian Agama Kabupaten Lombok Timur "
                  "menandatangani PKS disaksikan Kepala KUA Kecamatan Selong, Senin (2/3/2026)."
                  f"\n\nKakankemenag menyampaikan bahwa {written} akan menjadi koordinator.")
    assert ("Baiq Nurhidayati", "Kepala Seksi Bimbingan Masyarakat Islam Kantor Kementerian "
            "Agama Kabupaten Lombok Timur") in [(o.name, o.position) for o in article.officials]


def test_the_financial_services_authority_s_office_is_a_partner() -> None:
    article = run("Lapas Kelas IIA Banjarmasin menggelar edukasi literasi keuangan bersama "
                  "Otoritas Jasa Keuangan (OJK) Provinsi Kalimantan Selatan, Kamis (4/9/2025).\n\n"
                  "Kepala OJK Provinsi Kalimantan Selatan, Martinus Sirait, mengingatkan bahaya "
                  "pinjaman online ilegal.")
    assert [(p.name, p.kind) for p in article.partners] == [
        ("Otoritas Jasa Keuangan Provinsi Kalimantan Selatan", "lembaga")]


def test_a_prosecutor_s_legal_information_session_is_outreach() -> None:
    article = run("Kejaksaan Negeri Ambon menggelar Penerangan Hukum bagi warga binaan Lapas Kelas "
                  "IIA Ambon, Rabu (9/9/2026).")
    assert "sosialisasi" in [e.type for e in article.engagements]


def test_a_meeting_before_a_document_is_signed_leaves_the_signing_to_come() -> None:
    article = run("Lapas Kelas IIA Bukittinggi dan UM Sumatera Barat menggelar rapat pembahasan "
                  "draf nota kesepahaman, Rabu (17/9/2025). Rapat ini disebut sebagai tahap "
                  "terakhir sebelum MoU kedua lembaga ditandatangani.")
    assert [(a.type, a.status) for a in article.agreements] == [("mou", "planned")]
    assert "penandatanganan" not in [e.type for e in article.engagements]


def test_a_short_form_with_a_full_stop_ends_its_sentence_and_joins_its_partner() -> None:
    article = run("Lapas Kelas IIB Bitung dan Politeknik Kelautan dan Perikanan (Politeknik KP) "
                  "Bitung meneken perjanjian kerja sama, Senin (2/3/2026).\n\n\"Ilmunya dari "
                  "Politeknik KP. Tinggal warga binaannya yang tekun,\" ujar Kalapas.")
    assert [p.name for p in article.partners] == ["Politeknik Kelautan dan Perikanan Bitung"]


def test_the_confucian_council_and_its_clergy_title() -> None:
    article = run("Majelis Agama Khonghucu Indonesia (MAKIN) Kota Singkawang berkunjung ke Lapas "
                  "Kelas IIB Singkawang, Jumat (27/2/2026). Rombongan dipimpin Ketua MAKIN Kota "
                  "Singkawang, Js. Lie Kim Hok.")
    assert [(p.name, p.kind) for p in article.partners] == [
        ("Majelis Agama Khonghucu Indonesia Kota Singkawang", "ormas")]
    assert [(o.name, o.titles) for o in article.officials] == [("Lie Kim Hok", ["Js."])]


def test_a_service_team_head_written_short_heads_the_team_the_lead_named() -> None:
    article = run("Palu – Tim Pengabdian kepada Masyarakat (PkM) Fakultas Kedokteran Universitas "
                  "Tadulako menggelar skrining kesehatan jiwa bagi warga binaan Lapas Kelas IIA "
                  "Palu, Senin (2/3/2026).\n\nKetua Tim PkM, dr. Fikri Bachmid, Sp.PD, "
                  "menjelaskan penyuluhan dibagi dalam kelompok kecil.")
    assert [(o.name, o.position) for o in article.officials] == [
        ("Fikri Bachmid", "Ketua Tim Pengabdian kepada Masyarakat Fakultas Kedokteran "
                          "Universitas Tadulako")]


@pytest.mark.parametrize("written, position", [
    ("Corporate Secretary Bank Nagari, Yulia Marlinda Putri, S.E.",
     "Corporate Secretary Bank Nagari"),
    ("Kalaksa BPBD Lima Puluh Kota Joni Marlis, S.Sos",
     "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten Lima Puluh Kota"),
])
def test_a_company_secretary_and_a_disaster_agency_s_executive_head(written: str,
                                                                    position: str) -> None:
    article = run("LPKA Kelas II Tanjung Pati menggelar simulasi gempa, Senin (2/3/2026). "
                  f"Kegiatan dipimpin {written}.")
    assert [o.position for o in article.officials] == [position]


def test_a_souvenir_written_reduplicated_is_no_handover() -> None:
    article = run("Lapas Kelas IIB Singaraja beraudiensi dengan Wakil Bupati Buleleng, Senin "
                  "(2/3/2026). Usai audiensi, Plt. Kalapas menyerahkan kenang-kenangan berupa "
                  "kerajinan ukir kayu buatan warga binaan.")
    assert [e.type for e in article.engagements] == ["audiensi"]


def test_the_end_of_the_event_s_span_after_a_range_word_is_the_event() -> None:
    article = run("Rutan Kelas IIB Enrekang menggelar pesantren kilat bagi warga binaan. Kegiatan "
                  "dibuka Kamis (5/3/2026) dan berlangsung hingga Sabtu (14/3/2026) di masjid "
                  "rutan.")
    assert [(d.value, d.role) for d in article.dates] == [
        ("2026-03-05", "event"), ("2026-03-14", "event")]
    later = run("LPP Kelas IIA Martapura menandatangani PKS, Kamis, 16 Okt 2025. Pelatihan "
                "berlangsung hingga 30 Oktober 2025 mendatang.")
    assert [(d.value, d.role) for d in later.dates] == [
        ("2025-10-16", "event"), ("2025-10-30", "other")]


def test_the_day_a_commemoration_falls_on_is_not_the_event() -> None:
    article = run("Kegiatan ini menjadi rangkaian peringatan Hari Bakti Pemasyarakatan ke-62 yang "
                  "puncaknya jatuh pada 27 April 2026.\n\nLapas Kelas IIA Sragen menggelar donor "
                  "darah bersama PMI, Senin (20/4/2026).")
    assert [(d.value, d.role) for d in article.dates] == [
        ("2026-04-27", "other"), ("2026-04-20", "event")]


def test_a_document_s_signing_day_recalled_before_the_event_is_not_the_event() -> None:
    article = run("Nota kesepahaman antara Bapas Kelas I Medan dan Dinas Sosial Kota Medan yang "
                  "ditandatangani pada 5 Mei 2025 ternyata belum menghasilkan satu pun rujukan. "
                  "Hal itu terungkap dalam rapat evaluasi, Senin (3/11/2025).")
    assert [(d.value, d.role) for d in article.dates] == [
        ("2025-05-05", "other"), ("2025-11-03", "event")]


@pytest.mark.parametrize("said", ["Hal itu disampaikan Kepala Lapas kepada wartawan",
                                  "Kepala Lapas, saat dikonfirmasi"])
def test_a_day_something_was_said_in_the_passive_is_a_statement(said: str) -> None:
    article = run("Lapas Kelas IIB Ende menggelar skrining TBC bersama Dinas Kesehatan, Senin "
                  f"(15/6/2026).\n\n{said}, Rabu (17/6/2026), seluruh sampel sudah dikirim.",
                  published="2026-06-18")
    assert [(d.value, d.role) for d in article.dates if d.role != "publication"] == [
        ("2026-06-15", "event"), ("2026-06-17", "statement")]


def test_results_to_be_given_on_a_day_are_no_statement() -> None:
    article = run("Lapas Kelas IIB Solok menggelar skrining TBC, Senin (7/9/2026). Hasil "
                  "pemeriksaan akan disampaikan ke pihak lapas paling lambat Selasa (15/9/2026).",
                  published="2026-09-08")
    assert [(d.value, d.role) for d in article.dates if d.role != "publication"] == [
        ("2026-09-07", "event"), ("2026-09-15", "other")]
