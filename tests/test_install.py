"""The wheel: built, installed in a fresh venv, run from another directory."""

from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

from .conftest import CORPUS, ROOT


def test_wheel_installs_and_finds_its_patterns(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(ROOT)], check=True)
    [wheel] = list(wheels.glob("rilis-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # dependencies come from this interpreter's site-packages (no network in tests);
    # rilis itself only from the wheel: the editable install's finder is not on that path
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copy(CORPUS / "seeds" / "003_ea9713ddadc955d7.txt", work / "a.txt")
    result = subprocess.run([str(env_dir / "bin" / "rilis"), "extract", "a.txt",
                             "--reference-date", "2026-11-22"],
                            cwd=work, capture_output=True, text=True, check=True)
    record = json.loads(result.stdout)
    assert record["facilities"][0]["name"] == "Lapas Kelas IIA Watampone"
    where = subprocess.run([str(python), "-c",
                            "from extractor.vocabulary import default_directory as d; print(d())"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in where and "site-packages" in where
