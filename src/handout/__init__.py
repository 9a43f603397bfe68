"""handout: English patient handouts -> gettext catalogs -> accessible PDFs per language.

The pipeline, one module (or package) per stage: `source` (read the English
handout) -> `catalog` (.pot/.po, translation memory) -> `translate` (one
`document.Document` per locale and variant, checked by `rules`) -> `layout`
(flowables, laid out by `text`: bidi, line breaking, shaping) -> `pdf` (pages,
structure tree, metadata) -> `verify` (read the PDF back). `plan` and `build`
run it over the matrix (in the processes `workers` starts); `cli` is the command
line.

As a library::

    from handout import Selection, build_project, check_pdf_file
    outcomes = build_project("path/to/project", Selection(locales=("es",)))
    problems = check_pdf_file("output/x/es/x.es.large-print.pdf")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.2.0"
__all__ = ["Selection", "__version__", "build_project", "check_pdf_file"]

if TYPE_CHECKING:
    from .plan import Selection


def __getattr__(name: str) -> object:
    """`Selection`, imported when first asked for: importing the package (as the command
    line does) then costs nothing, and the command line starts a build's workers sooner."""
    if name == "Selection":
        from .plan import Selection

        return Selection
    raise AttributeError(f"module 'handout' has no attribute {name!r}")


def build_project(
    folder: str | Path, selection: Selection | None = None, report: object = print
) -> list[object]:
    """Build a project's PDFs (all of them by default) as `handout build` does; return one
    outcome per PDF. `report` gets each line the command would print."""
    from .build import build
    from .plan import Selection
    from .project import load_project

    return list(build(load_project(Path(folder).resolve()), selection or Selection(), report))  # type: ignore[arg-type]


def check_pdf_file(path: str | Path) -> list[str]:
    """Check one built PDF as `handout check` does; return its problems (none: it passes)."""
    from .check import check_file

    return check_file(Path(path)).problems
