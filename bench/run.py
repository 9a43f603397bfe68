"""Benchmark: handout against Typst and WeasyPrint, each as a whole process, in one run.

The job a user runs is the whole matrix, as one process, the way CI runs it. Each tool
gets the same texts (each PDF's own text, from handout's documents), the same sizes and
the same fonts folder, with PDF/UA-1 on, in as many processes as there are cores; the
runs are interleaved (handout --no-check, handout, Typst, WeasyPrint, handout
--no-check, ...) and the median of 3 is kept. Two jobs: 22 PDFs (one handout, 11
locales, 2 variants) and 220 PDFs (10 copies of the handout under other names: the
repository has one). A third job, handout's alone, is a library's mix: the handout in
every shipped locale (each PDF its own text, and every script's fonts), for the README's
"Scale", each run checking every translation anew, as a library built for the first time
or by a new handout does (the others find the rule book's problems kept by the run
before, as fonts are). Also: the first build (--no-check, each job's user cache empty),
a warm rebuild (nothing changed), the PDFs' sizes, and the peak memory of a process,
from one more run of each tool (not timed: reading it slows a run).

    .venv/bin/python bench/run.py [--write]      (make bench writes bench/README.md)

Not a test: it measures and prints a table, on one machine, so the numbers compare with
each other. It needs the bench extras (Typst, WeasyPrint), which the lock installs.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ("es", "zh_Hans", "vi", "ko", "tl", "ru", "ar", "fr", "ht", "hi")
# Every shipped locale (the library job's).
ALL_LOCALES = tuple(
    sorted({path.parent.parent.name for path in ROOT.glob("locales/*/LC_MESSAGES/*.po")})
)
VARIANTS = ("large-print", "plain-language")
RUNS = 3
JOBS = os.cpu_count() or 1
PEER = Path(__file__).resolve().parent / "peer.py"


@dataclass(frozen=True)
class JobResult:
    """What one job measured (seconds, KB, bytes), per tool where per tool."""

    pdfs: int
    first: float  # handout's first build, its user cache empty
    times: dict[str, list[float]]  # each run's wall seconds
    peaks: dict[str, int]
    sizes: dict[str, int]
    warm: float  # median rebuild with nothing changed


def _project(folder: Path, handouts: int, locales: tuple[str, ...]) -> Path:
    """A project with `handouts` copies of the calciphylaxis handout, in `locales` and
    English, 2 variants."""
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "fonts", folder / "fonts")
    config = (ROOT / "handout.toml").read_text(encoding="utf-8")
    start = config.index("[variants.bilingual-plain-language]")  # two variants, as the peers
    end = config.index("\n[", start) + 1
    config = config[:start] + config[end:]
    (folder / "handout.toml").write_text(config, encoding="utf-8")
    (folder / "handouts").mkdir()
    names = ["calciphylaxis"] + [f"calciphylaxis-{number}" for number in range(2, handouts + 1)]
    for name in names:
        shutil.copy2(ROOT / "handouts" / "calciphylaxis.md", folder / "handouts" / f"{name}.md")
    for locale in locales:
        target = folder / "locales" / locale / "LC_MESSAGES"
        target.mkdir(parents=True)
        shutil.copy2(ROOT / "locales" / locale / "LC_MESSAGES" / "interface.po", target)
        for name in names:
            shutil.copy2(
                ROOT / "locales" / locale / "LC_MESSAGES" / "calciphylaxis.po",
                target / f"{name}.po",
            )
    return folder


def _timed(command: list[str]) -> float:
    """Wall seconds of a whole process, with nothing of the bench's running beside it."""
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    _succeeded(command, done.returncode, done.stderr)
    return elapsed


def _peak(command: list[str]) -> int:
    """The peak memory (KB) of the largest process of a run's tree, from a run of its own
    (not timed): the high-water mark (VmHWM) of each process under it, read every 20 ms
    from /proc while it runs (worker processes forked from a fork server are no children
    the command waits for, so its own rusage would miss them). Each reading takes about
    5 ms of a core, which would slow a timed run and delay the moment it is seen to end."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, *(_high_water(pid) for pid in _tree(process.pid)))
        time.sleep(0.02)
    _succeeded(command, process.returncode, process.stderr.read() if process.stderr else "")
    return peak


def _succeeded(command: list[str], code: int, stderr: str) -> None:
    if code != 0:
        raise SystemExit(f"error: {' '.join(command)} failed:\n{stderr[-2000:]}")


def _tree(root: int) -> list[int]:
    """`root` and every process under it."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])  # after the state: the parent
            except (OSError, IndexError, ValueError):
                continue
    tree, grown = {root}, True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grown = True
    return sorted(tree)


def _high_water(pid: int) -> int:
    """A process's peak resident memory so far (KB); 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*.pdf"))


@dataclass(frozen=True)
class Job:
    """One job of the bench: its key (in latest.json), how many copies of the handout, in
    which locales (and English), and whether the peers set it too."""

    key: str
    handouts: int
    locales: tuple[str, ...]
    peers: bool
    # Whether each run finds the rule book's problems of its catalogs kept in the user
    # cache by the run before (`handout.rules.kept`), as a rebuild with the same catalogs
    # and the same handout does; not where a library is built for the first time or by a
    # new version of handout, which checks each translation once.
    problems_kept: bool = True

    def describe(self, pdfs: int) -> str:
        if not self.peers:
            kept = "" if self.problems_kept else ", each translation checked anew"
            return f"{pdfs} PDFs (1 handout, {len(self.locales) + 1} locales{kept})"
        if self.handouts == 1:
            return f"{pdfs} PDFs (1 handout)"
        return f"{pdfs} PDFs ({self.handouts} copies of it)"


BENCH_JOBS = (
    Job("1", 1, LOCALES, peers=True),
    Job("10", 10, LOCALES, peers=True),
    Job("library", 1, ALL_LOCALES, peers=False, problems_kept=False),
)
HANDOUT = ("handout --no-check", "handout")
PEERS = ("typst", "weasyprint")


def job(spec: Job, work: Path) -> JobResult:
    project = _project(work / f"project-{spec.key}", spec.handouts, spec.locales)
    handout = [
        str(ROOT / ".venv" / "bin" / "handout"),
        "--project",
        str(project),
        "build",
        "--force",
        "--jobs",
        str(JOBS),
    ]
    # A first handout build (it fills the user cache), then the texts for the peers, from
    # handout's own documents of the PDFs it built.
    first = _timed([*handout, "--no-check"])
    inputs = work / f"inputs-{spec.key}"
    if spec.peers:
        subprocess.run(
            [sys.executable, str(PEER), "prepare", str(project), str(inputs)], check=True
        )
    count = len(list((project / "output").rglob("*.pdf")))
    times: dict[str, list[float]] = {
        name: [] for name in (*HANDOUT, *(PEERS if spec.peers else ()))
    }
    sizes: dict[str, int] = {}

    def cleared(name: str) -> list[str]:
        """The command of a tool, its output removed first."""
        if name.startswith("handout"):
            shutil.rmtree(project / "output", ignore_errors=True)
            if not spec.problems_kept:
                kept = Path(os.environ["HANDOUT_CACHE_DIR"]) / "problems"
                shutil.rmtree(kept, ignore_errors=True)
            return handout + (["--no-check"] if "no-check" in name else [])
        shutil.rmtree(inputs / name, ignore_errors=True)
        return [sys.executable, str(PEER), name, str(inputs), str(JOBS)]

    for _ in range(RUNS):
        for name in times:
            times[name].append(_timed(cleared(name)))
            sizes[name] = _size(project / "output" if name.startswith("handout") else inputs / name)
    peaks = {name: _peak(cleared(name)) for name in times}
    rebuild = [
        str(ROOT / ".venv" / "bin" / "handout"),
        "--project",
        str(project),
        "build",
        "--jobs",
        str(JOBS),
    ]
    warm = [_timed(rebuild) for _ in range(RUNS)]
    return JobResult(count, first, times, peaks, sizes, statistics.median(warm))


def report(results: dict[Job, JobResult]) -> str:
    lines = [
        f"machine: {platform.platform()}, {JOBS} cores, Python {platform.python_version()}",
        f"date: {date.today().isoformat()}",
        "",
        "whole cold process, PDF/UA-1 on, all cores, median of 3 interleaved runs "
        "(PDFs per second)",
        "",
        "| job | handout --no-check | handout (checks) | Typst | WeasyPrint | "
        "vs Typst (no-check / checks) | vs WeasyPrint |",
        "|---|---|---|---|---|---|---|",
    ]
    rates = {
        spec: {
            name: result.pdfs / statistics.median(values) for name, values in result.times.items()
        }
        for spec, result in results.items()
    }
    for spec, rate in rates.items():
        if spec.peers:
            lines.append(
                f"| {spec.describe(results[spec].pdfs)} | "
                f"{rate['handout --no-check']:.1f} | {rate['handout']:.1f} | "
                f"{rate['typst']:.1f} | {rate['weasyprint']:.1f} | "
                f"{rate['handout --no-check'] / rate['typst']:.2f}x / "
                f"{rate['handout'] / rate['typst']:.2f}x | "
                f"{rate['handout --no-check'] / rate['weasyprint']:.1f}x |"
            )
    for spec, rate in rates.items():
        if not spec.peers:
            lines.append(
                f"| {spec.describe(results[spec].pdfs)}, handout alone | "
                f"{rate['handout --no-check']:.1f} | {rate['handout']:.1f} | | | | |"
            )
    lines += [
        "",
        "| job | first build (empty user cache) | warm rebuild (nothing changed) | "
        "peak memory (handout / Typst / WeasyPrint) | PDFs' size (handout / Typst / "
        "WeasyPrint) |",
        "|---|---|---|---|---|",
    ]
    for result in results.values():
        peaks = [result.peaks["handout"], *(result.peaks.get(name) for name in PEERS)]
        sizes = [result.sizes["handout"], *(result.sizes.get(name) for name in PEERS)]
        lines.append(
            f"| {result.pdfs} PDFs | {result.first:.2f} s | {result.warm:.2f} s | "
            f"{_figures(peaks)} MB | {_figures(sizes)} KB |"
        )
    return "\n".join(lines)


def _figures(values: list[int | None]) -> str:
    """Figures in thousands (KB in MB, bytes in KB), "-" for a tool not run."""
    return " / ".join("-" if value is None else str(value // 1024) for value in values)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        results: dict[Job, JobResult] = {}
        for spec in BENCH_JOBS:
            # Each job's own user cache, empty: its first build fills it.
            os.environ["HANDOUT_CACHE_DIR"] = str(Path(folder) / f"cache-{spec.key}")
            results[spec] = job(spec, Path(folder))
    table = report(results)
    print(table)
    if "--write" in sys.argv:
        readme = Path(__file__).with_name("README.md")
        text = readme.read_text(encoding="utf-8")
        start = text.index("<!-- bench table -->") + len("<!-- bench table -->")
        end = text.index("<!-- end of bench table -->")
        readme.write_text(f"{text[:start]}\n{table}\n{text[end:]}", encoding="utf-8")
        (Path(__file__).with_name("latest.json")).write_text(
            json.dumps({spec.key: asdict(result) for spec, result in results.items()}, indent=2),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
