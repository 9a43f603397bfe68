"""Benchmark handout against a plain ReportLab baseline (and Typst, WeasyPrint if installed).

Run from the project folder:  .venv/bin/python bench/run.py
Not a test: it measures and prints a table (medians of several runs), in one run on one
machine, so the numbers compare with each other.
"""

from __future__ import annotations

import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from handout.build import _translations
from handout.fonts import load_font_table
from handout.inline import plain_text
from handout.layout import markup
from handout.pdf import render_pdf
from handout.project import load_project
from handout.source import read_handout
from handout.translate import translate
from handout.verify import check_pdf, expected_from

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    ("en", "large-print"),
    ("es", "plain-language"),
    ("zh_Hans", "large-print"),
    ("ar", "large-print"),
    ("hi", "plain-language"),
]
RUNS = 7


def median_ms(function, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def baseline_pdf(document, fonts) -> bytes:
    """The same blocks, fonts and sizes with plain ReportLab: no tagging, no shaping."""
    chain = fonts.chain(document.locale)
    variant = document.variant
    size = variant.body_size
    body = ParagraphStyle(
        "body", fontName=chain.first.regular, fontSize=size, leading=size * variant.leading
    )
    heading = ParagraphStyle(
        "heading",
        parent=body,
        fontName=chain.first.bold,
        fontSize=variant.heading_size(2),
        leading=variant.heading_size(2) * variant.leading,
    )
    story = [Paragraph(markup(document.title, chain, True), heading)]
    for block in document.blocks:
        for span in block.spans:
            story.append(
                Paragraph(markup(span, chain), heading if block.kind == "heading" else body)
            )
    for notice in document.notices:
        for span in (notice.translated, notice.original):
            if span:
                story.append(Paragraph(markup(span, chain), body))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=variant.page_size).build(story)
    return buffer.getvalue()


def optional_peers(document) -> dict[str, float | None]:
    """Typst and WeasyPrint rendering the same text, when installed (pip install -e .[bench]);
    a peer that is missing or fails is reported on stderr and left out."""
    text = [plain_text(document.title.markdown)] + [
        plain_text(span.markdown) for block in document.blocks for span in block.spans
    ]
    results: dict[str, float | None] = {"typst": None, "weasyprint": None}
    try:
        import typst

        def typst_markup(line: str) -> str:
            return "".join(f"\\{c}" if c in "#*_`$<>@[]\\" else c for c in line)

        source = (
            f"#set document(title: [{typst_markup(text[0])}])\n"
            '#set text(lang: "en", size: 18pt)\n' + "\n\n".join(typst_markup(line) for line in text)
        )
        results["typst"] = median_ms(
            lambda: typst.compile(source.encode(), pdf_standards="ua-1"), 3
        )
    except Exception as error:  # a peer is optional: say why it is missing, go on
        print(f"typst not measured: {error}", file=sys.stderr)
    try:
        import weasyprint

        html = f"<html lang='en'><title>{escape(text[0])}</title>" + "".join(
            f"<p>{escape(line)}</p>" for line in text
        )
        results["weasyprint"] = median_ms(
            lambda: weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1"), 3
        )
    except Exception as error:  # a peer is optional: say why it is missing, go on
        print(f"weasyprint not measured: {error}", file=sys.stderr)
    return results


def matrix(jobs: int) -> dict[str, float]:
    """Wall time of the whole matrix, cold (fresh folder) and warm (nothing changed)."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        for name in ("handout.toml", "handouts", "locales", "fonts"):
            source = ROOT / name
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, project / name)
        command = [
            sys.executable,
            "-m",
            "handout",
            "--project",
            str(project),
            "build",
            "--jobs",
            str(jobs),
        ]
        timings = {}
        for label, extra in (
            ("cold, checks off", ["--no-check"]),
            ("warm", ["--no-check"]),
            ("cold, checks on", ["--force"]),
        ):
            started = time.perf_counter()
            subprocess.run(command + extra, check=True, capture_output=True)
            timings[label] = time.perf_counter() - started
        manifest = json.loads((project / "output" / "manifest.json").read_text())
        timings["pdfs"] = len(manifest["pdfs"])
        timings["sizes"] = {(e["locale"], e["variant"]): e["bytes"] for e in manifest["pdfs"]}
    timings["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return timings


def main() -> int:
    project = load_project(ROOT)
    fonts = load_font_table(project.fonts_dir)
    handout = read_handout(project.source_path("calciphylaxis"))
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}"
    )
    print(f"\nper PDF, median of {RUNS} runs (ms), in-process")
    print(
        f"{'locale':<8} {'variant':<15} {'baseline':>9} {'handout':>8} {'ratio':>6} "
        f"{'+checks':>8} {'typst':>7} {'weasy':>7}"
    )
    for locale, variant_name in SAMPLES:
        document = translate(
            handout, _translations(project, "calciphylaxis", locale), project.variant(variant_name)
        )
        baseline = median_ms(lambda document=document: baseline_pdf(document, fonts))
        ours = median_ms(lambda document=document: render_pdf(document, fonts))
        data = render_pdf(document, fonts).data
        checks = median_ms(
            lambda document=document, data=data: check_pdf(data, expected_from(document))
        )
        peers = optional_peers(document) if locale == "en" else {}
        peer = [
            f"{peers[name]:7.1f}" if peers.get(name) else f"{'-':>7}"
            for name in ("typst", "weasyprint")
        ]
        print(
            f"{locale:<8} {variant_name:<15} {baseline:9.1f} {ours:8.1f} "
            f"{ours / baseline:6.2f} {ours + checks:8.1f} {peer[0]} {peer[1]}"
        )
    jobs = os.cpu_count() or 1
    timings = matrix(jobs)
    print(f"\nwhole matrix ({timings['pdfs']} PDFs, {jobs} processes, wall seconds)")
    for label in ("cold, checks off", "cold, checks on", "warm"):
        seconds = timings[label]
        print(f"  {label:<17} {seconds:6.2f} s  ({timings['pdfs'] / seconds:5.1f} PDFs/s)")
    print(f"  peak memory of a build process: {timings['peak_rss_mb']:.0f} MB")
    sizes = timings["sizes"]
    print(
        f"\nPDF sizes: en large print {sizes[('en', 'large-print')] / 1024:.0f} KB, "
        f"zh_Hans large print {sizes[('zh_Hans', 'large-print')] / 1024:.0f} KB, "
        f"largest {max(sizes.values()) / 1024:.0f} KB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
