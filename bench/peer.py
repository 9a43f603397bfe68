"""The peers of the benchmark: the same texts set by Typst and by WeasyPrint.

    peer.py prepare PROJECT INPUTS   write INPUTS/<pdf>.typ and .html from handout's documents
    peer.py typst INPUTS JOBS        compile every .typ (PDF/UA-1) in JOBS processes
    peer.py weasyprint INPUTS JOBS   render every .html (PDF/UA-1) in JOBS processes

Each text is what handout prints in that PDF (title, blocks, notices, citation), at the
variant's sizes, with the project's fonts folder and no other font: Typst is told to
ignore the system's, WeasyPrint (through fontconfig) is given a configuration naming
that folder alone. With the machine's fonts, WeasyPrint fell back to a system Noto
CJK (a CFF collection of 19 MB) for Chinese and Japanese: 4 times slower and 3 times larger
than with the folder's, and the figure depended on what the machine had installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from html import escape
from multiprocessing import Pool
from pathlib import Path

FONTS = [
    "Atkinson Hyperlegible",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Devanagari",
    "NanumGothic",
    "Droid Sans Fallback",
]


def prepare(project_folder: Path, inputs: Path) -> None:
    from handout.build import document_for
    from handout.document import Role
    from handout.inline import plain_text
    from handout.project import load_project

    project = load_project(project_folder)
    inputs.mkdir(parents=True, exist_ok=True)
    for pdf in sorted((project.output_dir).rglob("*.pdf")):
        handout, locale, variant = pdf.name.split(".")[:3]
        document = document_for(project, handout, locale, variant)
        size = document.variant.body_size
        typst = [
            "#set document(title: " + _typst_string(plain_text(document.title.markdown)) + ")",
            f'#set page(paper: "us-letter", margin: {document.variant.margin}pt)',
            f"#set text(font: ({', '.join(_typst_string(f) for f in FONTS)}), "
            f'size: {size}pt, lang: "{document.lang.split("-")[0]}")',
            "#set par(justify: false, leading: 0.6em)",
        ]
        html = [
            f'<html lang="{document.lang}"><head><meta charset="utf-8"><title>'
            f"{escape(plain_text(document.title.markdown))}</title><style>"
            f"@page {{ size: letter; margin: {document.variant.margin}pt }} "
            f"body {{ font-family: {', '.join(repr(f) for f in FONTS)}; "
            f"font-size: {size}pt; line-height: {document.variant.leading} }}"
            "</style></head><body>"
        ]
        for block in document.blocks:
            for passage in block.passages:
                text = plain_text(passage.markdown)
                if block.role in (Role.TITLE, Role.HEADING):
                    typst.append("=" * max(block.level, 1) + " " + "#" + _typst_string(text))
                    html.append(f"<h{block.level}>{escape(text)}</h{block.level}>")
                elif block.role is Role.LIST:
                    typst.append("- #" + _typst_string(text))
                    html.append(f"<ul><li>{escape(text)}</li></ul>")
                else:
                    typst.append("#" + _typst_string(text) + "\n")
                    html.append(f"<p>{escape(text)}</p>")
        html.append("</body></html>")
        stem = pdf.name.removesuffix(".pdf")
        (inputs / f"{stem}.typ").write_text("\n".join(typst), encoding="utf-8")
        (inputs / f"{stem}.html").write_text("\n".join(html), encoding="utf-8")
    (inputs / "fonts").symlink_to(project.fonts_dir.resolve(), target_is_directory=True)
    config = _fontconfig(inputs)
    # fontconfig's cache of the folder, made here and not in a timed run.
    subprocess.run(
        ["fc-cache", "-f"], env={**os.environ, "FONTCONFIG_FILE": str(config)}, check=True
    )


def _fontconfig(inputs: Path) -> Path:
    """A fontconfig configuration naming the fonts folder alone (and its own cache)."""
    config = inputs / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{(inputs / 'fonts').resolve()}</dir>\n"
        f"  <cachedir>{(inputs / 'fontconfig-cache').resolve()}</cachedir>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return config


def _typst_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typst(source: Path) -> None:
    import typst

    target = source.parent / "typst" / source.with_suffix(".pdf").name
    typst.compile(
        str(source),
        output=str(target),
        font_paths=[str(source.parent / "fonts")],
        ignore_system_fonts=True,
        pdf_standards=["ua-1"],
    )


def _weasyprint(source: Path) -> None:
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    target = source.parent / "weasyprint" / source.with_suffix(".pdf").name
    fonts = FontConfiguration()
    HTML(filename=str(source)).write_pdf(str(target), pdf_variant="pdf/ua-1", font_config=fonts)


def main() -> int:
    command, *arguments = sys.argv[1:]
    if command == "prepare":
        prepare(Path(arguments[0]), Path(arguments[1]))
        return 0
    inputs, jobs = Path(arguments[0]), int(arguments[1])
    if command == "weasyprint":  # read by fontconfig when WeasyPrint first sets text
        os.environ["FONTCONFIG_FILE"] = str(inputs / "fonts.conf")
    suffix = ".typ" if command == "typst" else ".html"
    (inputs / command).mkdir(exist_ok=True)
    work = _typst if command == "typst" else _weasyprint
    with Pool(jobs) as pool:
        pool.map(work, sorted(inputs.glob(f"*{suffix}")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
