"""Untrusted text and hard stops: any string a catalog can hold either comes out of the PDF
as a reader sees it or is printed in English with a line naming it, or is refused with one
clear line; a fault in one PDF's build leaves the others built; a stopped build leaves
whole files."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import (
    HANDOUT,
    copy_project,
    normalise,
    pdf_file,
    pdf_text,
    run_handout,
    run_handout_process,
    set_translation,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from handout.inline import plain_text

# Latin, Greek, Cyrillic, CJK, punctuation, symbols, spaces and control characters: all
# of them encode in UTF-8 (surrogates are category Cs, left out). Named as a codec too,
# they were the same characters, after Hypothesis had tried every code point in the codec
# for its table (1 s of a core on a fresh clone, where no .hypothesis folder keeps it).
TEXT = st.text(
    st.characters(
        categories=("L", "M", "N", "P", "S", "Z", "Cc"),
        max_codepoint=0xFFFF,
        exclude_characters="{}",
    ),
    min_size=1,
    max_size=30,
)


def _project(tmp_path_factory, locale: str) -> Path:
    return copy_project(tmp_path_factory.mktemp("property") / "project", [locale])


@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXT)
def test_any_translation_is_shown_as_text_or_refused(tmp_path_factory, text: str):
    project = _project(tmp_path_factory, "es")
    set_translation(project, "es", "Causes", "full text", text)
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    if result.code == 0:
        pdf = pdf_file(project, "es", "large-print")
        shown = normalise(plain_text(" ".join(text.split())))
        assert shown in pdf_text(pdf) or "printed in English" in result.out
    else:
        lines = result.err.strip().splitlines()
        assert lines and all(line.startswith("error: ") for line in lines), result.err
        assert "po:" in lines[0]  # the catalog and line are named


# Arabic as a translator may write it: letters with their marks (two on one letter
# too), Latin names, Western and Arabic-Indic digits, punctuation, brackets, quotes.
_ARABIC_WORD = st.lists(
    st.tuples(
        st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"),
        st.sampled_from(
            ["", "\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0651\u064b"]
        ),
    ),
    min_size=1,
    max_size=7,
).map(lambda pairs: "".join(a + b for a, b in pairs))
_ARABIC_INDIC_DIGITS = "".join(map(chr, range(0x660, 0x66A)))
_MIXED_WORD = st.one_of(
    _ARABIC_WORD,
    _ARABIC_WORD,
    st.text(st.sampled_from("JAMAwarfin"), min_size=1, max_size=8),
    st.text(st.sampled_from("0123456789"), min_size=1, max_size=4),
    st.text(st.sampled_from(_ARABIC_INDIC_DIGITS), min_size=1, max_size=4),
    st.sampled_from(list(".،:؛؟!()«»[]-/%٪…")),
)
ARABIC_TEXT = (
    st.lists(st.tuples(_MIXED_WORD, st.sampled_from(["", " ", " "])), min_size=1, max_size=12)
    .map(lambda parts: "".join(word + space for word, space in parts).strip())
    .filter(bool)
)


@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=ARABIC_TEXT)
def test_any_arabic_translation_passes_the_build_and_reads_back(tmp_path_factory, text: str):
    """Shaped right-to-left text of any mix passes the build's own read-back check, and
    pypdf gives it back in logical order."""
    project = _project(tmp_path_factory, "ar")
    set_translation(project, "ar", None, "full text", text)
    result = run_handout(project, "build", "--locale", "ar", "--variant", "large-print")
    assert result.code == 0, result.err
    assert normalise(text) in pdf_text(pdf_file(project, "ar", "large-print"))


def test_a_fault_in_one_pdf_leaves_the_others_built_and_the_manifest_written(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    """Any exception while building one PDF (a bug included) is one line naming it; the
    other PDFs are built and the manifest lists them."""
    import handout.pdf.render

    real = handout.pdf.render.render_pdf

    def faulty(document, chain):
        if document.locale == "hi" and document.variant.name == "large-print":
            raise IndexError("injected fault")
        return real(document, chain)

    monkeypatch.setattr(handout.pdf.render, "render_pdf", faulty)
    # Another variant of the faulty PDF's locale and another locale: what is built after
    # the fault and what is built apart from it (the project's 14 PDFs cost 2.5 s more).
    selection = ("--locale", "es", "--locale", "hi", "--variant", "large-print")
    result = run_handout(
        project, "build", *selection, "--variant", "plain-language", "--jobs", "1", "--no-check"
    )
    assert result.code == 1
    (line,) = [line for line in result.err.splitlines() if line.startswith("error:")]
    assert "calciphylaxis hi large-print: internal error: IndexError: injected fault" in line
    manifest = json.loads((project / "output" / "manifest.json").read_text())
    built = {(entry["locale"], entry["variant"]) for entry in manifest["pdfs"]}
    assert ("hi", "large-print") not in built
    assert ("hi", "plain-language") in built and ("es", "large-print") in built
    assert "1 failed" in result.out


def test_a_pdf_whose_rebuild_fails_is_taken_out_of_output_and_the_manifest(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    """A PDF built from earlier inputs (its catalog since changed) whose rebuild fails is
    removed, as a skipped one is: left in output/ and the manifest, it looked current and
    CI would publish it with the old text. One whose inputs did not change (rebuilt by
    --force) is current, and stays."""
    import handout.pdf.render

    # The variant that fails and one that does not (the third was built three times for
    # nothing).
    hindi = ("--locale", "hi", "--variant", "large-print", "--variant", "plain-language")
    assert run_handout(project, "build", *hindi, "--no-check").code == 0
    old = pdf_file(project, "hi", "large-print")
    assert old.is_file()
    real = handout.pdf.render.render_pdf

    def faulty(document, chain):
        if document.variant.name == "large-print":
            raise IndexError("injected fault")
        return real(document, chain)

    monkeypatch.setattr(handout.pdf.render, "render_pdf", faulty)
    # Its inputs unchanged (rebuilt by --force), a PDF whose rebuild fails is still
    # current: it stays.
    forced = run_handout(project, "build", *hindi, "--jobs", "1", "--no-check", "--force")
    assert forced.code == 1 and old.is_file() and "removed" not in forced.out
    set_translation(project, "hi", None, "full text", "नया अनुवाद")
    result = run_handout(project, "build", *hindi, "--jobs", "1", "--no-check")
    assert result.code == 1
    assert not old.exists()
    manifest = json.loads((project / "output" / "manifest.json").read_text())
    variants = {entry["variant"] for entry in manifest["pdfs"]}
    assert "large-print" not in variants and "plain-language" in variants
    assert f"removed {old.relative_to(project).as_posix()}" in result.out


@pytest.mark.parametrize(
    ("stop", "code", "line"),
    [
        (signal.SIGINT, 130, "error: interrupted; "),
        (signal.SIGTERM, 143, "error: stopped (SIGTERM); "),
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_a_stopped_build_ends_with_one_line_and_a_whole_manifest(
    tmp_path: Path, stop: signal.Signals, code: int, line: str
):
    """Ctrl-C, or SIGTERM (what a CI system sends a step it cancels or times out): one
    line, exit 128 + the signal, and every PDF the manifest lists is whole. SIGTERM ended
    the process where it stood: no manifest, and a warning of leaked semaphores. (Four
    PDFs, English's and Spanish's, two to a worker: the signal comes while the first
    reports are held; the bilingual PDF, the costliest to draw, is left out.)"""
    project = copy_project(tmp_path / "project", ["es"])
    variants = ("--variant", "large-print", "--variant", "plain-language")
    # Each PDF's report comes half a second after the PDF is written, so the build is
    # surely still running when the signal comes after the first PDF (polled every 0.05
    # s; each worker has a second PDF to draw and hold), and PDFs lie written whose
    # reports have not reached the build. A stopped build lets its workers end the PDFs
    # they hold: a second's hold cost each stop 2 s more, and a PDF drawn meanwhile.
    slowed = _hooked(tmp_path, "handout.build", "keep_pdf_digest", "path", "time.sleep(0.5)")
    # Built once, then a setting every PDF prints changed: the manifest names PDFs the
    # stopped build replaces with others.
    assert run_handout(project, "build", *variants, "--no-check").code == 0
    built_before = {path.relative_to(project).as_posix() for path in project.rglob("*.pdf")}
    settings = project / "handout.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("Ask us.", "Ask us today."), encoding="utf-8"
    )
    # Ctrl-C reaches the build as in a terminal, even where this test runs with SIGINT
    # ignored (a job started in the background by a script: POSIX shells then ignore
    # SIGINT for it, and Python keeps an ignored SIGINT ignored).
    interruptible = (
        "import runpy, signal\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "runpy.run_module('handout', run_name='__main__')\n"
    )
    started = time.time()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            interruptible,
            "--project",
            str(project),
            "build",
            "--force",
            "--jobs",
            "2",
            *variants,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=slowed,
    )
    deadline = time.time() + 60
    while time.time() < deadline and not any(
        path.stat().st_mtime > started for path in (project / "output").rglob("*.pdf")
    ):
        time.sleep(0.05)
    assert process.poll() is None, "the build ended before the signal"
    process.send_signal(stop)
    out, err = process.communicate(timeout=60)
    assert process.returncode == code, out + err
    assert err.startswith(line) and err.count("\n") == 1, err
    manifest = json.loads((project / "output" / "manifest.json").read_text())
    for entry in manifest["pdfs"]:  # what was written is listed, whole, as it is on disk
        path = project / "output" / entry["path"]
        assert len(PdfReader(path).pages) >= 1
        # A worker's PDF written as the build stopped, its report lost, kept the old
        # PDF's digest and inputs in the manifest.
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], path
    # No PDF lies in output/ that the manifest does not list: a worker's PDF whose report
    # was lost stayed there, whole but unlisted (and had replaced a listed one).
    on_disk = {
        path.relative_to(project / "output").as_posix()
        for path in (project / "output").rglob("*.pdf")
    }
    assert on_disk == {entry["path"] for entry in manifest["pdfs"]}
    # Each PDF named as built is listed, and no summary counts "0 PDFs built" after them.
    lines = out.splitlines()
    built = {line.split()[1] for line in lines if line.startswith("built output/")}
    assert {f"output/{entry['path']}" for entry in manifest["pdfs"]} >= built
    # Each PDF the stop took out (written by a worker whose report was lost) is named:
    # they were removed without a word, the clinic left to find them gone.
    removed = {line.split()[1].rstrip(":") for line in lines if line.startswith("removed ")}
    gone = {path for path in built_before if not (project / path).exists()}
    assert gone, "no PDF was written unreported: the test stopped the build too late"
    assert removed == gone, out
    assert len(built) + len(removed) == len(lines), out
    picked_up = run_handout(project, "build", "--locale", "es", *variants, "--no-check")
    assert picked_up.code == 0  # it picks up


def _forced_build(project: Path, *more: str) -> list[str]:
    """`handout build --force --no-check` of `project` as a separate process."""
    command = [sys.executable, "-m", "handout", "--project", str(project), "build"]
    return [*command, "--force", "--no-check", *more]


@pytest.fixture
def killed_builds_tmpdir() -> Iterator[str]:
    """A TMPDIR for builds a test kills, removed after it: a killed build leaves its fork
    server's folder there (multiprocessing's pymp-*), which would be one more in the
    machine's /tmp each run. It is short: under tmp_path, the server's socket would be too
    long a path, and handout would put the folder in /tmp (workers._short_socket_folder)."""
    folder = tempfile.mkdtemp(prefix="handout-")
    yield folder
    shutil.rmtree(folder)


def test_build_killed_at_random_leaves_whole_files(tmp_path: Path, killed_builds_tmpdir: str):
    """A build killed outright (SIGKILL) after its first PDF, after its third, and after
    its fifth and last (writing its manifest, or done) leaves every file whole, and the
    next build recovers. Killed after fixed delays (0.8, 1.3 and 1.9 s), it could be
    killed before it had written a PDF, or after it had ended (a forced build of these
    five PDFs took 1.7 s here): now each kill comes as a PDF has just been written."""
    project = copy_project(tmp_path / "project", ["es"])
    command = _forced_build(project)
    for written in (1, 3, 5):  # of the five PDFs of English and Spanish
        started = time.time()
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "TMPDIR": killed_builds_tmpdir},
        )
        deadline = started + 60
        while process.poll() is None and time.time() < deadline:
            if _written_since(project / "output", started) >= written:
                break
            time.sleep(0.01)
        _kill_session_but_its_resource_tracker(process.pid)
        process.wait()
        if written < 5:  # killed with PDFs left to write, not ended by itself
            assert process.returncode == -signal.SIGKILL, process.returncode
        for pdf in (project / "output").rglob("*.pdf"):
            assert len(PdfReader(pdf).pages) >= 1, pdf
        manifest = project / "output" / "manifest.json"
        if manifest.exists():
            json.loads(manifest.read_text(encoding="utf-8"))
    result = run_handout(project, "build", "--no-check")  # and the next build recovers
    assert result.code == 0, result.err


def _written_since(output: Path, started: float) -> int:
    """How many PDFs in `output` were written after `started` (a time.time())."""
    written = 0
    for pdf in output.rglob("*.pdf"):
        with contextlib.suppress(FileNotFoundError):  # replaced meanwhile: counted next time
            written += pdf.stat().st_mtime > started
    return written


def test_workers_end_when_the_build_is_killed(tmp_path: Path, killed_builds_tmpdir: str):
    """A build killed outright (SIGKILL: the out-of-memory killer, a CI runner's hard
    stop), which cannot stop its workers itself, leaves none running: each, and its fork
    server, ends within seconds. (Two fork servers with their workers were found running
    an hour and a half after builds stopped by SIGTERM and by a closed pipe, before
    2a32359 and 529638b; not reproduced since.)"""
    project = copy_project(tmp_path / "project", ["es", "ar"])
    marker = f"handout-test-{os.getpid()}-{time.monotonic_ns()}"
    # Each PDF takes a second longer to draw: the workers are busy when the build dies.
    slowed = _hooked(tmp_path, "handout.pdf.render", "render_pdf", "document", "time.sleep(1)")
    process = subprocess.Popen(
        _forced_build(project, "--jobs", "2"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**slowed, "HANDOUT_TEST_MARKER": marker, "TMPDIR": killed_builds_tmpdir},
    )
    deadline = time.time() + 60
    while time.time() < deadline and len(_marked(marker)) < 3:  # the build and 2 workers
        time.sleep(0.05)
    assert len(_marked(marker)) >= 3, "the workers did not start"
    process.kill()
    process.wait()
    deadline = time.time() + 10
    while time.time() < deadline and _marked(marker):
        time.sleep(0.2)
    assert not _marked(marker)


def test_no_process_outlives_a_build_refused_at_once(tmp_path: Path):
    """A build refused at once (a SOURCE_DATE_EPOCH that is not a date: one line) left
    the fork server it had started early (`--force`, in workers) running after `handout`
    exited, importing the drawing; with the project folder removed meanwhile (a CI job's
    cleanup), it printed a traceback into the finished command's stderr. Nor does its
    folder in TMPDIR, which multiprocessing removes at an exit that `handout`, ending with
    os._exit, skips: every command that started workers left one (5,252 in /tmp)."""
    project = copy_project(tmp_path / "project", ["es"])
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    marker = f"handout-test-{os.getpid()}-{time.monotonic_ns()}"
    process = subprocess.Popen(
        [sys.executable, "-m", "handout", "build", "--force", "--jobs", "2"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "SOURCE_DATE_EPOCH": "abc",
            "HANDOUT_TEST_MARKER": marker,
            "TMPDIR": str(temporary),
        },
    )
    process.wait(timeout=60)
    assert not _marked(marker), "a process of the build is still running"
    assert not list(temporary.iterdir())
    shutil.rmtree(project)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.startswith("error: SOURCE_DATE_EPOCH='abc' is not a date") and err.count("\n") == 1
    assert out.startswith("0 PDFs built, 0 up to date, 0 locales skipped, 0 failed, 1 error")


def _marked(marker: str) -> list[int]:
    """The processes alive whose environment holds `marker`."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"HANDOUT_TEST_MARKER={marker}".encode() in environ.read_bytes():
                state = (environ.parent / "stat").read_text().rpartition(")")[2].split()[0]
                if state != "Z":
                    found.append(int(environ.parent.name))
        except (OSError, IndexError):  # it ended meanwhile
            continue
    return found


def _kill_session_but_its_resource_tracker(session: int) -> None:
    """SIGKILL every process of `session` (the build and its workers, as a crash or a
    timeout would) but multiprocessing's resource tracker, which then removes the named
    semaphores of the build's pools: killed as well, it left them in /dev/shm for good."""
    while True:
        killed = False
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rpartition(")")[2].split()
                command = (stat.parent / "cmdline").read_bytes()
                alive = fields[0] != "Z"  # a zombie is dead, only not yet waited for
                if alive and int(fields[3]) == session and b"resource_tracker" not in command:
                    os.kill(int(stat.parent.name), signal.SIGKILL)
                    killed = True
            except (OSError, ValueError):  # it ended meanwhile
                continue
        if not killed:  # none was left, not even one forked meanwhile
            return


def _with_a_killing_hook(
    tmp_path: Path, module: str, function: str, when: str, command: list[str]
) -> subprocess.CompletedProcess[str]:
    """Run `command` with `module.function` made to kill its process (as a crash would)
    when `when` holds of its first argument (named as in the test's condition)."""
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        env=_hooked(tmp_path, module, function, when, "os.kill(os.getpid(), signal.SIGKILL)"),
    )


def _hooked(tmp_path: Path, module: str, function: str, when: str, action: str) -> dict[str, str]:
    """An environment in which every Python process that imports `module` runs the
    statement `action` before `module.function` when `when` holds of the function's first
    argument (named as in the condition): a sitecustomize module on PYTHONPATH, which wraps
    the function as the module is imported. It imported the module as each process
    started: multiprocessing's resource tracker too, which imports none of handout (0.3 s
    of a core each, a handout.build or handout.check it never ran)."""
    hook = tmp_path / "hook"
    hook.mkdir()
    argument = when.split(".")[0]
    (hook / "sitecustomize.py").write_text(
        "import importlib.util, os, signal, sys, time\n"
        "class Hook:\n"
        "    def find_spec(self, name, path, target=None):\n"
        f"        if name != {module!r}:\n"
        "            return None\n"
        "        sys.meta_path.remove(self)\n"
        "        spec = importlib.util.find_spec(name)\n"
        "        run = spec.loader.exec_module\n"
        "        def exec_module(target):\n"
        "            run(target)\n"
        f"            real = target.{function}\n"
        f"            def hooked({argument}, *rest):\n"
        f"                if {when}:\n"
        f"                    {action}\n"
        f"                return real({argument}, *rest)\n"
        f"            target.{function} = hooked\n"
        "        spec.loader.exec_module = exec_module\n"
        "        return spec\n"
        "sys.meta_path.insert(0, Hook())\n",
        encoding="utf-8",
    )
    return {**os.environ, "PYTHONPATH": str(hook)}


# Two locales, two variants each (no bilingual PDF, the costliest to draw and to check).
_HINDI_AND_SPANISH = (
    *("--locale", "hi", "--locale", "es"),
    *("--variant", "large-print", "--variant", "plain-language"),
)


def test_a_worker_that_dies_costs_only_the_pdf_it_was_building(project: Path, tmp_path: Path):
    """A worker process that dies (a crash in a font library, say) fails the PDF it was
    building, named in one line; every other PDF is still built and in the manifest."""
    done = _with_a_killing_hook(
        tmp_path,
        "handout.pdf.render",
        "render_pdf",
        "document.locale == 'hi' and document.variant.name == 'large-print'",
        # Four PDFs, two to a worker: the PDF after the one that dies is built, by a worker
        # that takes the dead one's place (the bilingual PDFs added nothing but 1.2 s).
        _forced_build(project, "--jobs", "2", *_HINDI_AND_SPANISH),
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert line.startswith("error: calciphylaxis hi large-print: the worker building it stopped")
    assert "1 failed" in done.stdout
    manifest = json.loads((project / "output" / "manifest.json").read_text())
    built = {(entry["locale"], entry["variant"]) for entry in manifest["pdfs"]}
    on_disk = {
        (pdf.parent.name, pdf.name.split(".")[-2]) for pdf in (project / "output").rglob("*.pdf")
    }
    assert built == on_disk and f"{len(built)} PDFs built" in done.stdout
    assert ("hi", "large-print") not in built
    assert ("hi", "plain-language") in built and ("es", "large-print") in built


def test_a_worker_that_dies_costs_only_the_pdf_it_was_checking(project: Path, tmp_path: Path):
    # Four PDFs, two to a worker, the one that dies third: the fourth is checked after it.
    assert run_handout(project, "build", "--no-check", *_HINDI_AND_SPANISH).code == 0
    done = _with_a_killing_hook(
        tmp_path,
        "handout.check",
        "check_file",
        "path.name.endswith('.hi.large-print.pdf')",
        [sys.executable, "-m", "handout", "check", "--jobs", "2", str(project / "output")],
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    pdfs = sorted((project / "output").rglob("*.pdf"))
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: ")
    assert ".hi.large-print.pdf: the worker checking it stopped" in line
    rows = [row for row in done.stdout.splitlines() if row.startswith(str(project))]
    assert [row.split()[0] for row in rows] == [str(pdf) for pdf in pdfs]  # in order
    assert f"{len(pdfs) - 1} passed, 1 failed" in done.stdout


def test_a_temporary_folder_too_deep_for_a_socket_still_builds_in_workers(tmp_path: Path):
    """A TMPDIR of 76 characters or more, too long a path for the Unix socket of the
    workers' fork server (which multiprocessing makes in a folder of its own in it),
    stopped every build in workers with a traceback ("AF_UNIX path too long") and built
    nothing, where `--jobs 1` built."""
    project = copy_project(tmp_path / "project", ["es"])
    deep = tmp_path / ("t" * 100)
    deep.mkdir()
    result = run_handout_process(
        project,
        *("build", "--no-check", "--jobs", "2", "--locale", "es"),
        *("--variant", "large-print", "--variant", "plain-language"),  # a PDF for each worker
        env={**os.environ, "TMPDIR": str(deep)},
    )
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("built ") and "2 PDFs built, 0 up to date" in result.out
    assert pdf_file(project, "es", "plain-language").is_file()


def test_two_builds_at_once_do_not_corrupt_each_other(tmp_path: Path):
    project = copy_project(tmp_path / "project", ["es"])
    command = _forced_build(project, "--jobs", "1")
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for process in (first, second):
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, out + err
        assert "Traceback" not in err
    pdfs = sorted((project / "output").rglob("*.pdf"))
    assert len(pdfs) == 5
    for pdf in pdfs:
        assert len(PdfReader(pdf).pages) >= 1
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["pdfs"]) == 5
    assert not list(project.rglob(".*.tmp"))


@pytest.mark.parametrize(
    "blocked",
    [
        pytest.param(
            "read-only",
            marks=pytest.mark.skipif(
                os.geteuid() == 0, reason="root writes into a read-only folder"
            ),
        ),
        "a file",
    ],
)
def test_an_output_folder_that_cannot_be_written_is_found_before_any_pdf_is_built(
    project: Path, blocked: str
):
    output = project / "output"
    if blocked == "a file":
        output.write_text("not a folder")
    else:
        output.mkdir()
        output.chmod(0o500)
    try:
        started = time.perf_counter()
        result = run_handout(project, "build", "--locale", "es")
        elapsed = time.perf_counter() - started
    finally:
        output.chmod(0o755)
    assert result.code == 1
    assert "output: cannot write here" in result.err
    if blocked == "a file":  # said so, and no word of a manifest it could not read
        assert result.err == "error: output: cannot write here: a file, not a folder\n"
    assert "0 PDFs built" in result.out and "3 failed" in result.out
    assert elapsed < 2.0
    assert not (project / "output" / HANDOUT).exists()


@pytest.mark.parametrize("blocking", ["locales/it", "locales/it/LC_MESSAGES"])
def test_a_file_where_a_folder_belongs_is_named(tmp_path: Path, blocking: str):
    """A file where `init` makes a folder was named as the catalog it could not write,
    with the system's words: "locales/it/LC_MESSAGES/interface.po: cannot write here:
    File exists" (or "Not a directory"), where no such catalog is."""
    project = copy_project(tmp_path / "project", ())
    (project / blocking).parent.mkdir(parents=True, exist_ok=True)
    (project / blocking).write_text("")
    result = run_handout(project, "init", "it")
    assert result.code == 1
    beyond = Path("locales/it/LC_MESSAGES/interface.po").relative_to(blocking)
    assert result.err.startswith(
        f"error: {blocking}: cannot write {beyond} here: a file, not a folder\n"
    )


@pytest.mark.parametrize("command", ["check", "new"])
def test_a_path_the_file_system_refuses_is_one_line(tmp_path: Path, command: str):
    """A name longer than the file system allows (255 bytes) given to `check` or `new`
    ended in a traceback."""
    path = tmp_path / ("a" * 300 + (".pdf" if command == "check" else ""))
    # In this process (a traceback would be the exception, raised here): `main` prints
    # the line, as it does for `python -m handout`, without an interpreter to start.
    done = run_handout(tmp_path, command, str(path))
    assert (done.code, done.err) == (1, f"error: {path}: File name too long\n")


def test_personal_reportlab_settings_change_no_pdf(tmp_path: Path):
    """ReportLab, when imported, runs ~/.reportlab_mods and takes defaults from
    ~/.reportlab_settings and RL_* variables: a setting there changed the PDF's bytes, and
    a broken one (or a home that is a file) stopped the workers with a traceback."""
    project = copy_project(tmp_path / "project", ["es"])
    args = ("build", "--locale", "es", "--variant", "large-print", "--force", "--no-check")
    pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
    # The PDF without personal settings is drawn in this process (a process of its own,
    # cold, cost 0.9 s more); those with them each in a new one, whose ReportLab reads
    # them as it is imported.
    assert run_handout(project, *args).code == 0
    expected = pdf.read_bytes()
    home = tmp_path / "home"
    home.mkdir()
    (home / ".reportlab_mods").write_text("raise RuntimeError('a broken customisation')\n")
    (home / ".reportlab_settings").write_text("pageCompression = 0\n")
    personal = {"RL_ttfAsciiReadable": "0", "RL_pageCompression": "0", "RL_invariant": "maybe"}
    for home_path in (home, home / ".reportlab_mods"):
        env = {**os.environ, **personal, "HOME": str(home_path)}
        result = run_handout_process(project, *args, env=env)
        assert (result.code, result.err) == (0, ""), result.err
        assert pdf.read_bytes() == expected


def test_the_summary_counts_an_error_of_no_pdf_apart_from_failed_pdfs(project: Path):
    """An unknown locale fails no PDF of its own: the summary names it as an error, so
    that a build that exits 1 does not say "0 failed"."""
    result = run_handout(
        project, "build", "--locale", "xx_Qq", "--locale", "es", "--variant", "large-print"
    )
    assert result.code == 1
    assert result.out.splitlines()[-1].startswith(
        "1 PDF built, 0 up to date, 0 locales skipped, 0 failed, 1 error ("
    )
    misspelt = run_handout(project, "build", "--handout", "calciphylaxsi")
    assert misspelt.code == 1
    assert misspelt.out.splitlines()[-1].startswith(
        "0 PDFs built, 0 up to date, 0 locales skipped, 0 failed, 1 error ("
    ), misspelt.out  # not the PDFs of every locale: a handout that is not there has none


def test_the_pdfs_of_a_catalog_the_build_refuses_are_taken_out(project: Path):
    """A catalog the build refuses as a whole (a bidi override in an entry, a merge
    conflict left in it) failed its locale's build, but its PDFs from the earlier catalog
    stayed in output/ and the manifest, looking current. The summary counts the PDFs not
    built, as it counts those built: it said "1 failed" for the locale's three."""
    assert run_handout(project, "build", "--locale", "es", "--no-check").code == 0
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    path.write_text(path.read_text(encoding="utf-8") + "\n<<<<<<< HEAD\n", encoding="utf-8")
    result = run_handout(project, "build", "--locale", "es", "--no-check")
    assert result.code == 1
    assert not (project / "output" / HANDOUT / "es").exists()
    manifest = json.loads((project / "output" / "manifest.json").read_text())
    assert all(entry["locale"] != "es" for entry in manifest["pdfs"])
    assert f"removed output/{HANDOUT}/es/{HANDOUT}.es.large-print.pdf" in result.out
    assert result.out.splitlines()[-1].startswith(
        "0 PDFs built, 0 up to date, 0 locales skipped, 3 failed ("
    )


def test_the_pdfs_of_a_refused_catalog_are_taken_out_also_with_no_manifest(project: Path):
    """With output/manifest.json gone (deleted, or a CI cache holding the PDFs alone), a
    refused catalog's PDFs from the earlier catalog stayed in output/: only the PDFs the
    manifest listed were taken out."""
    assert run_handout(project, "build", "--locale", "es", "--no-check").code == 0
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    (project / "output" / "manifest.json").unlink()
    result = run_handout(project, "build", "--locale", "es", "--no-check")
    assert result.code == 1
    assert not (project / "output" / HANDOUT / "es").exists()
    assert f"removed output/{HANDOUT}/es/{HANDOUT}.es.large-print.pdf" in result.out


def test_a_project_folder_that_is_not_there_is_named(tmp_path: Path):
    """`--project` naming a folder that does not exist said "handout.toml: no
    handout.toml here", naming neither the folder nor what was wrong with it."""
    missing = tmp_path / "no such folder"
    result = run_handout(missing, "build")
    assert result.code == 1
    assert result.err == (
        f"error: {missing}: no such folder: run handout inside a project folder, pass "
        "--project DIR, or create one with 'handout new DIR'\n"
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_handout(empty, "build")
    assert result.err.startswith(f"error: {empty / 'handout.toml'}: no handout.toml here: ")


def test_a_project_named_by_its_settings_file_is_named(project: Path):
    """`--project handout.toml` (the settings file, not its folder) was refused with
    Python's words: "handout.toml: cannot read: [Errno 20] Not a directory:
    '.../handout.toml/handout.toml'". It is one line saying what --project takes."""
    settings = project / "handout.toml"
    result = run_handout(settings, "build")
    assert result.code == 1
    assert result.err == (
        f"error: {settings}: a file, not a folder: run handout inside a project folder, pass "
        "--project DIR, or create one with 'handout new DIR'\n"
    )


def test_a_variant_not_made_in_a_locale_asked_for_is_said(project: Path):
    """`--locale en --variant bilingual-plain-language` built nothing and said nothing,
    exiting 0: in a CI script, a success."""
    result = run_handout(
        project, "build", "--locale", "en", "--variant", "bilingual-plain-language"
    )
    assert "warning: the bilingual-plain-language variant is not made in 'en'" in (
        result.out + result.err
    )


def test_a_build_stopped_as_it_removes_a_pdf_writes_a_manifest_without_it(tmp_path: Path):
    """Ctrl-C just after a build took a PDF out (`--min-translated` above the locale's, "removed
    output/...") and before it built anything: the manifest was not written, and still
    listed the PDF the build had said it removed ('missing, though output/manifest.json
    lists it'). The stop is the report of the removal raising KeyboardInterrupt, as Ctrl-C
    there would."""
    from handout.build import build
    from handout.plan import Selection
    from handout.project import load_project

    project = tmp_path / "clinic"  # a new project's example: a short handout
    assert run_handout(tmp_path, "new", str(project)).code == 0
    assert run_handout(project, "extract").code == 0
    folder = project / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for template in ("example", "interface"):  # untranslated: 0%
        shutil.copy(project / "locales" / f"{template}.pot", folder / f"{template}.po")
    only = ("--locale", "es", "--variant", "large-print", "--no-check")
    assert run_handout(project, "build", *only).code == 0
    said: list[str] = []

    def stopped_at_removal(line: str) -> None:
        said.append(line)
        if line.startswith("removed "):
            raise KeyboardInterrupt

    selection = Selection(
        locales=("es",), variants=("large-print",), check=False, min_translated=50
    )
    with pytest.raises(KeyboardInterrupt):
        build(load_project(project), selection, stopped_at_removal)
    assert said[-1].startswith("removed output/example/es/"), said
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"] for entry in manifest["pdfs"]}
    on_disk = {
        path.relative_to(project / "output").as_posix()
        for path in (project / "output").rglob("*.pdf")
    }
    assert listed == on_disk, (listed, on_disk)
