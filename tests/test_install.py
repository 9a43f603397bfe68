"""Installing: the environment is the lock, every import is a declared dependency, the
wheel (with its fonts) makes a tool that starts a project of its own and builds it, and the
sdist holds the tests."""

from __future__ import annotations

import ast
import email.parser
import fcntl
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path

import pytest
from conftest import HANDOUT, REPO
from packaging.markers import Marker

LOCK = REPO / "requirements.lock.txt"
BENCH_LOCK = REPO / "bench" / "requirements.lock.txt"
RUNTIME_LOCK = REPO / "requirements.runtime.lock.txt"


def _locked(lock: Path = LOCK) -> dict[str, str]:
    """name -> version for every requirement of a lock whose markers hold here."""
    pins = {}
    pattern = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\\n]+)(?: ; ([^\\\n]+))?", re.M)
    for match in pattern.finditer(lock.read_text()):
        name, pinned, marker = match.groups()
        if marker is None or Marker(marker.strip()).evaluate():
            pins[name.lower().replace("_", "-")] = pinned
    return pins


def test_the_environment_is_the_lock():
    pins = _locked()
    assert len(pins) > 40
    for name, pinned in pins.items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            pytest.fail(f"{name} is locked at {pinned} but not installed")
        assert installed == pinned, name


def test_the_bench_runs_with_what_the_tests_ran_with():
    """`make bench` adds its own packages from its lock; every package both locks hold is
    pinned at the same version (one resolution makes both, `make lock`)."""
    pins, bench = _locked(), _locked(BENCH_LOCK)
    assert pins.items() <= bench.items()
    assert {"typst", "weasyprint"} <= bench.keys() - pins.keys()


def test_a_clinic_can_install_what_the_tests_ran_with():
    """pip resolves a wheel's dependencies from their ranges, so a clinic got whatever
    was newest. The runtime lock pins, with hashes, the packages the tool runs on at the
    versions the tests ran with (the same resolution as the other locks), and none of
    the test tools."""
    from packaging.requirements import Requirement

    pins, runtime = _locked(), _locked(RUNTIME_LOCK)
    assert runtime.items() <= pins.items()
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    for text in declared:
        assert Requirement(text).name.lower().replace("_", "-") in runtime, text
    assert not {"pytest", "mypy", "ruff", "hypothesis"} & runtime.keys()
    text = RUNTIME_LOCK.read_text()
    assert all("--hash=sha256:" in block for block in re.split(r"\n(?=\S)", text) if "==" in block)


def test_no_runtime_dependency_admits_a_version_older_than_the_lock():
    """pip installing the wheel keeps an older version a machine has, if the range
    admits it: pypdf 5.0 (admitted by ">=5.0") failed a PDF's text check, and Babel
    2.14 did not know Haitian Creole. Each range's floor is the version the tests ran
    with."""
    for text in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]:
        _assert_the_floor_is_the_lock(text)


def test_the_build_system_admits_no_setuptools_older_than_the_lock():
    """pyproject.toml's [build-system] admitted setuptools 68, which cannot read its PEP 639
    `license` ("`project.license` must be valid exactly by one definition"): a wheel built
    without build isolation (`pip wheel --no-build-isolation`, as the release workflow
    installs) by a machine's older setuptools failed. Its floor is the version the wheel
    is built with in the tests."""
    for text in tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]:
        _assert_the_floor_is_the_lock(text)


def _assert_the_floor_is_the_lock(text: str) -> None:
    """A requirement admits the version requirements.lock.txt pins, and none older."""
    from packaging.requirements import Requirement
    from packaging.version import Version

    requirement = Requirement(text)
    locked = Version(_locked()[requirement.name.lower().replace("_", "-")])
    assert requirement.specifier.contains(locked), text
    floors = [
        Version(clause.version)
        for clause in requirement.specifier
        if clause.operator in (">=", "==")
    ]
    assert floors and max(floors) == locked, (text, str(locked))


def test_every_import_of_the_package_is_a_runtime_dependency():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    declared = {
        re.split(r"[<>=!~ \[;]", requirement)[0].lower().replace("_", "-")
        for requirement in project["dependencies"]
    }
    distributions = packages_distributions()
    standard = set(sys.stdlib_module_names)
    for path in (REPO / "src" / "handout").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                else []
            )
            for name in names:
                top = name.split(".")[0]
                if top in standard or top == "handout":
                    continue
                owners = {owner.lower().replace("_", "-") for owner in distributions.get(top, [])}
                assert owners & declared, f"{path.name} imports {top}, not a dependency"


def _tracked_files() -> list[str]:
    """The files git holds in the repository, as a clean clone has them. The tests run from
    an unpacked sdist too, which has no git: a test that needs them is skipped there (it
    failed, git ls-files exiting 128)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True)
    if listed.returncode != 0 or not listed.stdout:
        pytest.skip("not a git checkout (an unpacked sdist): no files git holds to build from")
    return list(filter(None, listed.stdout.decode().split("\0")))


@contextmanager
def _building_in_the_repository() -> Iterator[None]:
    """One build in the repository at a time: the wheel's and the sdist's are both built in
    it (as pip and `python -m build` build them), and each writes src/handout.egg-info,
    which the other reads."""
    with (REPO / "pyproject.toml").open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield


def _assert_the_sdist_holds_the_whole_tests_folder(members: list[tarfile.TarInfo]) -> None:
    """The sdist (its `members`) holds every file of tests/ (setuptools takes only
    tests/test*.py by default): the helpers the tests import (conftest.py, readings.py,
    ...), the unit tests, the corpus of bad inputs and the data, none of which it held;
    and the project the tests build and the locks they read, without which conftest
    stopped. The wheel holds none of them
    (`test_the_wheel_installs_a_tool_that_starts_and_builds_a_project`)."""
    held = {
        member.name.split("/", 1)[1]
        for member in members
        if member.name.split("/")[1:2] == ["tests"] and member.isfile()
    }
    tests = {
        path.relative_to(REPO).as_posix()
        for path in (REPO / "tests").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert {"tests/conftest.py", "tests/readings.py", "tests/unit/test_text.py"} <= tests
    assert held == tests, (sorted(tests - held)[:5], sorted(held - tests)[:5])
    files = {member.name.split("/", 1)[1] for member in members if "/" in member.name}
    read = {  # what the tests read besides tests/: the project they build, the locks
        "handout.toml",
        f"handouts/{HANDOUT}.md",
        f"locales/es/LC_MESSAGES/{HANDOUT}.po",
        "requirements.lock.txt",
        "bench/requirements.lock.txt",
    }
    assert read <= files, sorted(read - files)


@pytest.mark.slow
def test_make_wheel_and_sdist_give_the_same_bytes_from_two_checkouts_of_one_commit(
    tmp_path: Path,
):
    """`make wheel` in two checkouts of one commit whose files were written a day apart (two
    clean clones) gave two different wheels: each file's time in the zip was the time the
    checkout wrote it, so a clinic could not match the wheel it was given with one it built.
    Dated by the commit (SOURCE_DATE_EPOCH), they are the same bytes. The second checkout is
    also made and built under umask 077 (its files 0600): each file's mode in the zip was the
    one the checkout gave it, so a release engineer with a private umask built another wheel;
    the wheel's modes are 0644 whatever the umask. `make sdist` likewise (setuptools' sdist
    held each file's time, mode and owner as the checkout gave them, and its gzip was dated
    when it was made): its files are dated by the commit, 0644, owned by no one. Each
    sdist holds the whole tests folder (`_assert_the_sdist_holds_the_whole_tests_folder`:
    made from the files git holds, as a clean clone has them)."""
    tracked = _tracked_files()
    committed = {  # one commit, the same in both checkouts
        "GIT_AUTHOR_NAME": "clinic",
        "GIT_AUTHOR_EMAIL": "clinic@example.org",
        "GIT_AUTHOR_DATE": "2026-12-01T12:00:00Z",
        "GIT_COMMITTER_NAME": "clinic",
        "GIT_COMMITTER_EMAIL": "clinic@example.org",
        "GIT_COMMITTER_DATE": "2026-12-01T12:00:00Z",
    }
    environment = {
        **{name: value for name, value in os.environ.items() if name != "SOURCE_DATE_EPOCH"},
        **committed,
    }
    wheels, sdists = [], []
    for days_ago, (name, umask) in enumerate((("today", 0o022), ("yesterday", 0o077))):
        tree = tmp_path / name
        written = time.time() - days_ago * 86400
        # Not the faces themselves: 44 MB that took 6 s a wheel to compress. Their folders'
        # licences and fonts.toml are packed as any file.
        for path in tracked:
            if path.startswith("fonts/") and path.endswith((".ttf", ".otf", ".ttc")):
                continue
            (tree / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(REPO / path, tree / path)
            os.chmod(tree / path, 0o666 & ~umask)  # as git writes a file under that umask
            os.utime(tree / path, (written, written))
        for git in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release"]):
            subprocess.run(["git", *git], cwd=tree, check=True, env=environment)
        make = ["make", "-s", "-o", ".venv/.installed", f"BIN={Path(sys.executable).parent}"]
        subprocess.run(  # the environment of these tests for the Makefile's .venv
            [*make, "wheel", "sdist"],
            cwd=tree,
            check=True,
            capture_output=True,
            env=environment,
            umask=umask,
        )
        (wheel,) = (tree / "dist").glob("handout-*.whl")
        with zipfile.ZipFile(wheel) as archive:
            modes = {oct(info.external_attr >> 16) for info in archive.infolist()}
        assert modes == {oct(stat.S_IFREG | 0o644)}, (name, modes)
        wheels.append(wheel.read_bytes())
        (sdist,) = (tree / "dist").glob("handout-*.tar.gz")
        with tarfile.open(sdist) as archive:
            members = archive.getmembers()
        assert {
            (member.mode, member.uname, member.mtime) for member in members if member.isfile()
        } == {
            (0o644, "", 1796126400)  # 2026-12-01T12:00:00Z, the commit's
        }, name
        top = sdist.name.removesuffix(".tar.gz")
        assert f"{top}/tests/conftest.py" in {member.name for member in members}
        _assert_the_sdist_holds_the_whole_tests_folder(members)
        sdists.append(sdist.read_bytes())
    assert wheels[0] == wheels[1]
    assert sdists[0] == sdists[1]


# The licences of the tool and of its default faces, by a phrase of their text (whitespace
# folded), and their SPDX identifiers (PEP 639's License-Expression).
_LICENCES = {
    "MIT License": "MIT",
    "SIL Open Font License, Version 1.1": "OFL-1.1",
    "Apache License, Version 2.0": "Apache-2.0",
    "ARPHIC PUBLIC LICENSE": "Arphic-1999",
    "IPA Font License Agreement v1.0": "IPA",
}


def _assert_the_metadata_names_every_licence_the_wheel_is_under(wheel: zipfile.ZipFile) -> None:
    """The wheel's METADATA (PEP 639) lists as a License-File the tool's licence and the
    licence file of each default face (fonts/fonts.toml's `license`), each held in its
    .dist-info/licenses/, and its License-Expression names every licence they are: it said
    "MIT" alone, and a clinic redistributing the wheel (44 MB of fonts under OFL-1.1,
    Apache-2.0, Arphic and IPA) was told the fonts were MIT."""
    (metadata_name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    metadata = email.parser.Parser().parsestr(wheel.read(metadata_name).decode())
    listed = metadata.get_all("License-File") or []
    faces = tomllib.loads((REPO / "fonts" / "fonts.toml").read_text(encoding="utf-8"))["faces"]
    wanted = ["LICENSE", *(f"fonts/{face['license']}" for face in faces.values())]
    assert set(wanted) <= set(listed), sorted(set(wanted) - set(listed))
    licences = metadata_name.removesuffix("METADATA") + "licenses/"
    named: set[str] = set()
    for name in listed:
        text = " ".join(wheel.read(licences + name).decode().split())
        found = {spdx for phrase, spdx in _LICENCES.items() if phrase in text}
        assert found, f"{name} names no licence this test knows"
        named |= found
    expression = metadata["License-Expression"]
    assert set(re.split(r"\s+AND\s+", expression)) == named, expression


@pytest.mark.slow
def test_the_wheel_installs_a_tool_that_starts_and_builds_a_project(tmp_path: Path):
    """Build the wheel, install it into a new environment outside the repository (its
    dependencies from this environment, as the lock has them), and there: handout
    --version, handout new, handout build and handout check, with the wheel's fonts only."""
    dist = tmp_path / "dist"
    with _building_in_the_repository():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--no-deps",
                "--no-build-isolation",
                # Its files stored, not compressed: the same files, names and metadata,
                # which pip installs as it does a compressed wheel's; deflating 44 MB of
                # fonts took 2 s of the test's 6 (`make wheel` still compresses them).
                "--config-settings",
                "--build-option=--compression=stored",
                "--wheel-dir",
                str(dist),
                str(REPO),
            ],
            check=True,
        )
    (wheel,) = dist.glob("handout-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert not [name for name in names if name.startswith("tests/")]  # the sdist's alone
    assert "handout/default_fonts/fonts.toml" in names
    assert "handout/templates/new/example.md" in names
    assert "handout/py.typed" in names
    # The tool's licence, and the full text of the Apache licence one font is under.
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert "handout/default_fonts/droid-sans-fallback/LICENSE-2.0.txt" in names
    _assert_the_metadata_names_every_licence_the_wheel_is_under(zipfile.ZipFile(wheel))
    for module in (REPO / "src" / "handout").rglob("*.py"):
        assert module.relative_to(REPO / "src").as_posix() in names, module
    environment = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(environment)], check=True)
    site = next(environment.glob("lib/python*/site-packages"))
    # The dependencies: this environment's, which are the lock's (see above).
    here = next(Path(sys.prefix).glob("lib/python*/site-packages"))
    (site / "dependencies.pth").write_text(str(here) + "\n")
    python = environment / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
    )
    clinic = tmp_path / "elsewhere" / "clinic"
    run = lambda *args, cwd=tmp_path: subprocess.run(  # noqa: E731
        [str(python), "-m", "handout", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=300,
    )
    started = run("--version")
    assert started.returncode == 0 and started.stdout.startswith("handout "), started.stderr
    made = run("new", str(clinic))
    assert made.returncode == 0, made.stderr
    assert not (clinic / "fonts").exists()
    built = run("build", cwd=clinic)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "2 PDFs built" in built.stdout
    checked = run("check", "output", cwd=clinic)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "2 passed, 0 failed" in checked.stdout
    refused = run("new", str(clinic))
    assert refused.returncode == 1 and "is not an empty folder" in refused.stderr
