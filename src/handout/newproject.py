"""`handout new DIR`: a project folder a clinic can build at once, as `cargo new` makes one.

It holds a commented ``handout.toml``, ``handouts/example.md`` (a short handout
that shows every part of the source format) and its plain-language part's sources
(``handouts/example.sources.toml``), an empty ``locales/``, a
``.gitignore``, a README for the clinic and a CI workflow. The fonts come from
the handout package itself, so the folder needs none of its own.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from . import __version__
from .errors import ConfigError
from .files import write_atomic

# In a template, the version of handout making the project (the wheel its CI installs).
_VERSION_MARK = "@VERSION@"

WORKFLOW = ".github/workflows/handouts.yml"

# Template file -> where it goes in the new project.
_LAYOUT = {
    "handout.toml": "handout.toml",
    "example.md": "handouts/example.md",
    "example.sources.toml": "handouts/example.sources.toml",
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "workflow.yml": WORKFLOW,
}


def new_project(folder: Path) -> list[Path]:
    """Write a new project into `folder` (created if need be; it must be empty) and return
    the files written."""
    if folder.exists() and not folder.is_dir():
        raise ConfigError("is a file: a new project needs a folder of its own", folder)
    if folder.exists() and any(folder.iterdir()):
        raise ConfigError("is not an empty folder: a new project needs a folder of its own", folder)
    templates = files("handout") / "templates" / "new"
    written = []
    for template, target in _LAYOUT.items():
        path = folder / target
        text = (templates / template).read_text(encoding="utf-8")
        write_atomic(path, text.replace(_VERSION_MARK, __version__).encode("utf-8"))
        written.append(path)
    (folder / "locales").mkdir()
    return written


def enclosing_repository(folder: Path) -> Path | None:
    """The git work tree `folder` lies inside, if any: GitHub runs only the workflows at
    the top of a repository, so the one `new_project` writes is never run there."""
    for parent in folder.resolve().parents:
        if (parent / ".git").exists():
            return parent
    return None
