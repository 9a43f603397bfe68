"""Benchmark: handout against Typst and WeasyPrint, each as a whole process, in one run.

The job a user runs is the whole matrix, as one process, the way CI runs it. Each tool
gets the same texts (each PDF's own text, from handout's documents), the same sizes and
the same fonts folder, with PDF/UA-1 on, in as many processes as there are cores; the
runs are interleaved (handout, Typst, WeasyPrint, handout, ...) and the median of 3 is
kept. Two jobs: 22 PDFs (one handout, 11 locales, 2 variants) and 220 PDFs (10 handouts).
Also: a warm rebuild (nothing changed), the peak memory of a process, the PDFs' sizes.

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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ("es", "zh_Hans", "vi", "ko", "tl", "ru", "ar", "fr", "ht", "hi")
VARIANTS = ("large-print", "plain-language")
RUNS = 3
JOBS = os.cpu_count() or 1
PEER = Path(__file__).resolve().parent / "peer.py"


def _project(folder: Path, handouts: int) -> Path:
    """A project with `handouts` copies of the calciphylaxis handout, 11 locales, 2 variants."""
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
    for locale in LOCALES:
        target = folder / "locales" / locale / "LC_MESSAGES"
        target.mkdir(parents=True)
        shutil.copy2(ROOT / "locales" / locale / "LC_MESSAGES" / "interface.po", target)
        for name in names:
            shutil.copy2(
                ROOT / "locales" / locale / "LC_MESSAGES" / "calciphylaxis.po",
                target / f"{name}.po",
            )
    return folder


def _timed(command: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall seconds of a whole process, and the peak memory (KB) of the largest process of
    its tree: the high-water mark (VmHWM) of each process under it, read every 20 ms from
    /proc while it runs (worker processes forked from a fork server are no children the
    command waits for, so its own rusage would miss them)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, *(_high_water(pid) for pid in _tree(process.pid)))
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"error: {' '.join(command)} failed:\n{stderr[-2000:]}")
    return elapsed, peak


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


def job(handouts: int, work: Path) -> dict[str, object]:
    project = _project(work / f"project-{handouts}", handouts)
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
    first, _ = _timed([*handout, "--no-check"])
    inputs = work / f"inputs-{handouts}"
    subprocess.run([sys.executable, str(PEER), "prepare", str(project), str(inputs)], check=True)
    count = len(list((project / "output").rglob("*.pdf")))
    times: dict[str, list[float]] = {
        name: [] for name in ("handout --no-check", "handout", "typst", "weasyprint")
    }
    peaks: dict[str, int] = dict.fromkeys(times, 0)
    sizes: dict[str, int] = {}
    for _ in range(RUNS):
        for name in times:
            if name.startswith("handout"):
                shutil.rmtree(project / "output", ignore_errors=True)
                command = handout + (["--no-check"] if "no-check" in name else [])
            else:
                shutil.rmtree(inputs / name, ignore_errors=True)
                command = [sys.executable, str(PEER), name, str(inputs), str(JOBS)]
            elapsed, peak = _timed(command)
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
            sizes[name] = _size(project / "output" if name.startswith("handout") else inputs / name)
    rebuild = [
        str(ROOT / ".venv" / "bin" / "handout"),
        "--project",
        str(project),
        "build",
        "--jobs",
        str(JOBS),
    ]
    warm = [_timed(rebuild)[0] for _ in range(RUNS)]
    return {
        "pdfs": count,
        "first": first,
        "times": times,
        "peaks": peaks,
        "sizes": sizes,
        "warm": statistics.median(warm),
    }


def report(results: dict[int, dict[str, object]]) -> str:
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
    for handouts, result in results.items():
        count = result["pdfs"]
        rate = {name: count / statistics.median(values) for name, values in result["times"].items()}  # type: ignore[union-attr]
        lines.append(
            f"| {count} PDFs ({handouts} handout{'s' if handouts > 1 else ''}) | "
            f"{rate['handout --no-check']:.1f} | {rate['handout']:.1f} | {rate['typst']:.1f} | "
            f"{rate['weasyprint']:.1f} | {rate['handout --no-check'] / rate['typst']:.2f}x / "
            f"{rate['handout'] / rate['typst']:.2f}x | "
            f"{rate['handout --no-check'] / rate['weasyprint']:.1f}x |"
        )
    lines += [
        "",
        "| job | first build (empty user cache) | warm rebuild (nothing changed) | "
        "peak memory (handout / Typst / WeasyPrint) | PDFs' size (handout / Typst / "
        "WeasyPrint) |",
        "|---|---|---|---|---|",
    ]
    for result in results.values():
        peaks, sizes = result["peaks"], result["sizes"]
        lines.append(
            f"| {result['pdfs']} PDFs | {result['first']:.2f} s | {result['warm']:.2f} s | "
            f"{peaks['handout'] // 1024} / {peaks['typst'] // 1024} / "  # type: ignore[index]
            f"{peaks['weasyprint'] // 1024} MB | "  # type: ignore[index]
            f"{sizes['handout'] // 1024} / {sizes['typst'] // 1024} / "  # type: ignore[index]
            f"{sizes['weasyprint'] // 1024} KB |"
        )  # type: ignore[index]
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        results: dict[int, dict[str, object]] = {}
        for handouts in (1, 10):
            # Each job's own user cache, empty: its first build fills it.
            os.environ["HANDOUT_CACHE_DIR"] = str(Path(folder) / f"cache-{handouts}")
            results[handouts] = job(handouts, Path(folder))
    table = report(results)
    print(table)
    if "--write" in sys.argv:
        readme = Path(__file__).with_name("README.md")
        text = readme.read_text(encoding="utf-8")
        start = text.index("<!-- bench table -->") + len("<!-- bench table -->")
        end = text.index("<!-- end of bench table -->")
        readme.write_text(f"{text[:start]}\n{table}\n{text[end:]}", encoding="utf-8")
        (Path(__file__).with_name("latest.json")).write_text(
            json.dumps(results, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
