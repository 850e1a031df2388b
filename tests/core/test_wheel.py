"""The wheel carries the bundled question sets and the resources inside the package.

The wheel is built from this checkout and installed into a fresh virtual
environment; its dependencies come from the current environment through a
``.pth`` file placed *after* the new environment's own site-packages (so the
installed quizapp wins, and no network is needed). Everything then runs from a
temporary folder, so the repository checkout cannot be imported by accident.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLED = "caucasus-peace-talks.yaml"
STYLE = "styles/app.qss"

PROBE = """
import json, sys
from importlib.resources import files
import quizapp
from quizapp import resources
from quizapp.formats import quizset

found = resources.bundled_sets()
style = resources.resource(sys.argv[1])
print(json.dumps({
    "package": str(files("quizapp")),
    "sets": [str(item) for item in found],
    "questions": [len(quizset.loads(item.read_bytes(), item.name).questions) for item in found],
    "style": str(style),
    "style_is_file": style.is_file(),
}))
"""


def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, cwd=cwd, env=env,
        timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"{argv} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
        "--quiet", "-w", out, REPO, cwd=out)  # fmt: skip
    [built] = out.glob("quizapp-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; returns its python."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
        "--no-index", "--quiet", wheel, cwd=venv.parent)  # fmt: skip
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                       cwd=venv.parent).strip())  # fmt: skip
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), *site.getsitepackages()}
    (purelib / "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return python


def clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QUIZAPP_HOME"] = str(home)
    return env


def test_the_wheel_contains_the_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert f"quizapp/_data/questions/{BUNDLED}" in names
    assert f"quizapp/_data/resources/{STYLE}" in names
    assert not any(n.startswith(("questions/", "resources/", "tests/")) for n in names)


def test_the_installed_package_finds_its_sets_and_resources(
    installed: Path, tmp_path: Path
) -> None:
    # Given the wheel installed into a fresh venv, run from a folder outside the checkout
    out = run(installed, "-c", PROBE, STYLE, cwd=tmp_path, env=clean_env(tmp_path / "home"))
    found = json.loads(out)
    package = Path(found["package"])
    # Then quizapp, its bundled set and its stylesheet all come from the installed package
    assert installed.parent.parent in package.parents
    assert REPO not in package.parents
    assert [Path(s).name for s in found["sets"]] == [BUNDLED]
    assert all(package in Path(s).parents for s in found["sets"])
    assert found["questions"][0] >= 40
    assert found["style_is_file"] and package in Path(found["style"]).parents


def test_the_installed_command_lists_the_bundled_set(installed: Path, tmp_path: Path) -> None:
    # Given the console script of the installed wheel
    command = installed.parent / "quizapp"
    env = clean_env(tmp_path / "home")
    # When it lists the sets of a new bank
    version = run(command, "--version", cwd=tmp_path, env=env)
    listed = json.loads(run(command, "sets", "--json", "--db", "new.db", cwd=tmp_path, env=env))
    # Then it runs, and the new bank holds the bundled set
    assert version.startswith("quizapp ")
    assert [row["name"] for row in listed] == ["Caucasus peace talks (2024)"]
    assert listed[0]["questions"] >= 40
