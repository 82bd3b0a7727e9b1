"""Metamorphic tests: swap places, names and dates in the seeds; the records must follow."""

from __future__ import annotations

import pytest

from .conftest import CORPUS, run

SEED_000 = (CORPUS / "seeds" / "000_a8fa3e6ec7d6f82c.txt").read_text(encoding="utf-8")
SEED_003 = (CORPUS / "seeds" / "003_ea9713ddadc955d7.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("place, regency, name, day", [
    ("Sengkang", "Wajo", "Burhanuddin", "11"),
    ("Pinrang", "Pinrang", "Yusuf Kalla", "18"),
    ("Bulukumba", "Bulukumba", "Sitti Aminah", "25"),
])
def test_seed_003_follows_substitutions(place: str, regency: str, name: str, day: str) -> None:
    text = (SEED_003.replace("Watampone", place).replace("Bone", regency)
            .replace("Ashari", name).replace("(04/12)", f"({day}/12)"))
    article = run(text)
    assert [f.name for f in article.facilities] == [f"Lapas Kelas IIA {place}"]
    assert [(o.name, o.position) for o in article.officials] == [
        (name, f"Plt. Kepala Lapas Kelas IIA {place}")]
    assert [p.name for p in article.partners] == [f"Balai Latihan Kerja Kabupaten {regency}"]
    # every Thursday of December 2025 is found with its year inferred
    assert [(d.value, d.year_inferred) for d in article.dates] == [(f"2025-12-{day}", True)]


@pytest.mark.parametrize("place, person, short, date", [
    ("Takalar", "H.M. Firdaus Daeng Manye", "Firdaus", ("Selasa (5/8/2025)", "2025-08-05")),
    ("Gowa", "Hj. Andi Nurhayati", "Nurhayati", ("Kamis (14/8/2025)", "2025-08-14")),
])
def test_seed_000_follows_substitutions(place: str, person: str, short: str,
                                        date: tuple[str, str]) -> None:
    text = (SEED_000.replace("Maros", place).replace("H.A.S. Chaidir Syam", person)
            .replace("Chaidir", short).replace("Senin (4/8/2025)", date[0]))
    article = run(text)
    assert [f.name for f in article.facilities] == [f"Lapas Kelas IIB {place}"]
    officials = {o.position: o.name for o in article.officials}
    assert officials[f"Bupati {place}"] in person
    assert len(officials[f"Bupati {place}"].split()) >= 2
    assert [p.name for p in article.partners] == [f"Pemerintah Kabupaten {place}"]
    assert date[1] in [d.value for d in article.dates]
