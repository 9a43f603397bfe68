"""Plan a build: every selected handout x locale x variant, its inputs, and what to do.

The main process reads each source and catalog once (a source is parsed once per
version of its bytes, `source.checked_source`), refuses bad input (one line each;
the rest go on), and gives every PDF a digest of its inputs (source,
catalogs, settings, the faces its locale uses, the tool's code, its date). A
PDF whose digest and file match the manifest, and that is newer than its
inputs (touching a catalog rebuilds its PDFs, as make would), is up to date.
`--strict` and `--min-translated` are judged here, on every selected PDF, built
now or up to date.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import code_digest, file_digest_entry, keep_file_digest
from .catalog import Printed, load_translations, notice_ids, wanted_keys
from .catalog.reading import INTERFACE_CONTEXT, REVIEW_HEADER, REVIEWED, UNREVIEWED
from .epoch import InputDates
from .errors import FontError, HandoutError, plural
from .files import FileVersion, version_of
from .fonts import FontTable, font_file_digest, read_font_table
from .locales import SOURCE_LOCALE
from .project import INTERFACE_DOMAIN, Project, TextPart, Variant, pdf_keys_of
from .source import checked_source, plain_refusal, read_handout

# The source's model and what translates a document are imported where --strict
# translates one (`_locale_tasks`), not with the plan: a rebuild with nothing to do
# translates none.
if TYPE_CHECKING:
    from .source import Handout


class Status(StrEnum):
    BUILT = "built"
    UP_TO_DATE = "up to date"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Selection:
    """Which PDFs to build and how; an empty tuple means all."""

    handouts: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    strict: bool = False
    check: bool = True
    min_translated: float = 0.0
    jobs: int = 1
    force: bool = False
    shard: tuple[int, int] = (1, 1)  # (K, N): build the K-th of N stable parts


@dataclass(frozen=True)
class Task:
    """One PDF to build."""

    handout: str
    locale: str
    variant: str
    inputs: str  # digest of everything the PDF is made from
    weight: int  # bigger first, so the pool ends together
    epoch: str  # the PDF's date, seconds since 1970 (see `epoch`)
    newest_input: float  # modification time of its newest input file, like make

    @property
    def key(self) -> tuple[str, str, str]:
        return self.handout, self.locale, self.variant

    @property
    def label(self) -> str:
        return " ".join(self.key)


@dataclass(frozen=True)
class Refusal:
    """Something the plan refuses or skips, with what it concerns."""

    label: str
    message: str
    status: Status = Status.FAILED
    stale: tuple[tuple[str, str, str], ...] = ()  # PDFs to take out of output/
    # How many PDFs of this build (its shard's) it stands for, which `stale` may not be
    # (`_refusal`); none for a failure of the build as a whole, such as an unknown locale.
    pdfs: int = 0


Record = Callable[[Refusal], None]


@dataclass(frozen=True)
class _Source:
    """A handout's source as the plan uses it: known to parse (`checked_source`), its
    bytes, its parsed form (only for --strict, which translates it) and the keys of its
    messages and of the interface's labels its PDFs print (only for --min-translated,
    which counts them in each locale's catalogs)."""

    name: str
    path: Path
    data: bytes
    parsed: Handout | None
    wanted: frozenset[tuple[str, str | None]] | None
    notices: frozenset[str]  # the English of its notices (only for --min-translated)
    labels: frozenset[tuple[str, str | None]]  # only for --min-translated


def plan(
    project: Project,
    selection: Selection,
    record: Record,
    warn: Callable[[str], None],
    font_table: Callable[[], FontTable] | None = None,
) -> list[Task]:
    """Every PDF of the selection's shard to consider, with the digest of its inputs; bad
    input is recorded, what makes the PDFs' dates differ from a full clone's is told to
    `warn`. `font_table` gives the project's font table (default: read here): a build
    gives the one its PDFs are then made with, read once."""
    try:
        # Each named once: a name given twice built its PDFs twice.
        variants = [project.variant(name) for name in dict.fromkeys(selection.variants)]
        variants = variants or list(project.variants)
        handouts = list(dict.fromkeys(selection.handouts)) or list(project.handout_names())
        fonts = font_table() if font_table else read_font_table(project.fonts_dir)
        dates = InputDates(project.root, warn)
    except HandoutError as error:
        record(Refusal("build", str(error.relative_to(project.root))))
        return []
    for unused in fonts.unused_chains([SOURCE_LOCALE, *project.translated_locales()]):
        warn(str(unused.relative_to(project.root)))
    if not handouts:
        record(Refusal("build", f"no handouts in {project.relative(project.handouts_dir)}/"))
    locales = _locales(project, selection, record)
    for variant in variants if selection.variants else ():  # asked for by name, both
        for locale in locales if selection.locales else ():
            if not variant.is_made_in(locale):
                warn(
                    f"the {variant.name} variant is not made in {locale!r} (a bilingual "
                    "PDF pairs a translation with its English): none of it to build"
                )
    logo_problem = project.clinic.logo_problem if project.clinic else None
    if logo_problem is not None:  # in every PDF: each is refused, and those built before go
        stale = tuple(
            key
            for name in handouts
            if _has_source(project, name)
            for locale in locales
            for key in pdf_keys_of(name, locale, variants)
        )
        record(_refusal("build", str(logo_problem.relative_to(project.root)), stale, selection))
        return []
    # A new tool rebuilds everything; so does a new logo (its file, not only its name).
    logo = project.clinic.logo if project.clinic else None
    shared = _digest(code_digest(), str(selection.check), str(logo and _logo_digest(logo)))
    # Each font file's digest taken once for all locales, whose chains share most files
    # (each reads the file's version, a stat and a resolved path: 942 of them for 32
    # locales took 26 ms of a build).
    digest_of = cache(_font_digest)
    fonts_digests = {locale: _fonts_digest(fonts, locale, digest_of) for locale in locales}
    labels = wanted_keys(project, None) if selection.min_translated else frozenset()
    tasks = []
    for name in handouts:
        try:
            path = project.source_path(name)
            data = checked_source(path)
            parsed = (
                read_handout(path) if selection.strict or selection.min_translated > 0 else None
            )
            counted = parsed if selection.min_translated else None
            source = _Source(
                name,
                path,
                data,
                parsed if selection.strict else None,
                wanted_keys(project, counted) if counted else None,
                notice_ids(counted) if counted else frozenset(),
                labels,
            )
        except HandoutError as error:  # its PDFs, from an earlier source, go too
            known = _has_source(project, name)
            stale = tuple(
                key for locale in locales if known for key in pdf_keys_of(name, locale, variants)
            )
            record(_refusal(name, str(error.relative_to(project.root)), stale, selection))
            continue
        made = variants
        refusal = plain_refusal(path, data)
        if refusal is not None:  # lint's error: its plain-language PDFs go, if any were built
            made = [variant for variant in variants if variant.part is not TextPart.PLAIN]
            stale = tuple(
                key
                for locale in locales
                for key in pdf_keys_of(name, locale, variants)
                if project.variant(key[2]).part is TextPart.PLAIN
            )
            if stale:
                message = (
                    f"{refusal.relative_to(project.root)}; its plain-language PDFs are not built"
                )
                record(_refusal(name, message, stale, selection))
        for locale in locales:
            tasks += _locale_tasks(
                project,
                selection,
                source,
                locale,
                made,
                fonts,
                dates,
                shared,
                fonts_digests[locale],
                record,
            )
    return tasks


def _refusal(
    label: str,
    message: str,
    keys: tuple[tuple[str, str, str], ...],
    selection: Selection,
    status: Status = Status.FAILED,
) -> Refusal:
    """A refusal of the PDFs `keys`: all are taken out of output/ (a shard's may hold
    any), and it stands for those of this build's shard (a broken source was counted
    as all of its PDFs in every shard's summary)."""
    pdfs = sum(in_shard(key, selection.shard) for key in keys)
    return Refusal(label, message, status, keys, pdfs)


def _has_source(project: Project, name: str) -> bool:
    """Whether `name` has a source file, readable or not: a name that has none (a
    misspelt --handout) has no PDFs to fail or take out."""
    try:
        return project.source_path(name).exists()
    except HandoutError:  # a name no source can have
        return False


def _locales(project: Project, selection: Selection, record: Record) -> list[str]:
    """The requested locales in the project's spelling, or every locale with a catalog."""
    if not selection.locales:
        return [SOURCE_LOCALE, *project.translated_locales()]
    found = []
    for code in selection.locales:
        try:
            found.append(project.resolve_locale(code))
        except HandoutError as error:
            record(Refusal(f"locale {code!r}", str(error)))
    return list(dict.fromkeys(found))  # es and ES are one locale


def _locale_tasks(
    project: Project,
    selection: Selection,
    source: _Source,
    locale: str,
    variants: list[Variant],
    fonts: FontTable,
    dates: InputDates,
    shared: str,
    fonts_digest: str,
    record: Record,
) -> list[Task]:
    label = f"{source.name} {locale}"
    # Those of this build's shard (--strict judges those alone: each shard refused all).
    wanted = [
        variant
        for variant in variants
        if variant.is_made_in(locale)
        and in_shard((source.name, locale, variant.name), selection.shard)
    ]
    keys = pdf_keys_of(source.name, locale, variants)
    try:
        info = project.locale(locale)
        translations = load_translations(project, source.name, locale)
    except HandoutError as error:  # its PDFs, from an earlier catalog, go too
        record(_refusal(label, str(error.relative_to(project.root)), keys, selection))
        return []
    # What the source asks for is counted only when a threshold is set (it takes the
    # source parsed, which a plan otherwise does without, `checked_source`).
    counted = (
        translations.stats(source.wanted, source.notices, source.labels)
        if source.wanted is not None
        else None
    )
    if (
        counted is not None
        and translations.handout is not None
        and counted.percent_translated < selection.min_translated
    ):
        # Rounded down (`percent_shown`), never up to the threshold it is below: rounded
        # to a whole number, 98.6% read "99%, below --min-translated 100".
        record(
            _refusal(
                f"{label}: {counted.translated} of {plural(counted.total, 'message')} "
                f"translated ({counted.percent_shown:.1f}%), below --min-translated "
                f"{selection.min_translated:g}",
                "",
                keys,
                selection,
                Status.SKIPPED,
            )
        )
        return []
    unreviewed = translations.unreviewed
    if selection.strict and unreviewed is not None:
        record(
            _refusal(
                label,
                f"{project.relative(unreviewed.path)}:{unreviewed.review_line}: "
                f"--strict: the catalog is not reviewed ({REVIEW_HEADER}: "
                f"{UNREVIEWED}); set '{REVIEW_HEADER}: {REVIEWED}' once a qualified "
                "medical translator has checked it",
                keys,
                selection,
            )
        )
        return []
    inputs_paths = [
        source.path,
        project.config_path,
        *(catalog.path for catalog in translations.catalogs),
        *([project.clinic.logo] if project.clinic and project.clinic.logo else []),
    ]
    newest = max(map(_mtime, [*inputs_paths, *fonts.tables]))
    epoch = dates.epoch(inputs_paths)
    tasks = []
    for variant in wanted:
        if source.parsed is not None:  # --strict
            from .translate import translate

            document = translate(source.parsed, translations, variant, project, info)
            if document.fallbacks:
                # At the first the rule book refused, in whichever catalog (the interface's
                # too), where one did; else at the first fuzzy entry's line; else at the
                # catalog of the first untranslated: a label's is interface.po (the
                # handout's was named, which has no entry of it), whether or not the
                # locale has it yet.
                refused = next(
                    (found.refused for found in document.fallbacks if found.refused), None
                )
                fuzzy = next(
                    (
                        entry
                        for found in document.fallbacks
                        if found.printed is Printed.FUZZY
                        and (entry := translations.fuzzy_entry((found.message_id, found.context)))
                    ),
                    None,
                )
                if refused is not None:
                    where, which = f"{project.relative(refused.path)}:{refused.line}", "refused"
                elif fuzzy is not None:
                    where, which = f"{project.relative(fuzzy[0])}:{fuzzy[1]}", "fuzzy"
                else:
                    is_label = document.fallbacks[0].context == INTERFACE_CONTEXT
                    domain = INTERFACE_DOMAIN if is_label else source.name
                    where = str(project.relative(project.catalog_path(domain, locale)))
                    which = None
                record(
                    _refusal(
                        f"{label} {variant.name}",
                        f"{where}: --strict: {label} {variant.name}: "
                        f"{plural(len(document.fallbacks), 'message')} untranslated, fuzzy or "
                        "refused by the rule book"
                        + (f", the first {which} here" if which else "")
                        + "; 'handout lint' names each",
                        ((source.name, locale, variant.name),),
                        selection,
                    )
                )
                continue
        inputs = _digest(
            shared,
            fonts_digest,
            epoch,
            source.data.hex(),
            *(catalog.digest for catalog in translations.catalogs),
            repr(variant),
            repr(project.clinic),
            project.availability,
        )
        size = sum(catalog.size for catalog in translations.catalogs) or len(source.data)
        weight = size * (2 if variant.part == "full" else 1)
        tasks.append(Task(source.name, locale, variant.name, inputs, weight, epoch, newest))
    return tasks


def in_shard(key: tuple[str, str, str], shard: tuple[int, int]) -> bool:
    """Whether the PDF of `key` is in the K-th of N parts of the matrix `shard` is."""
    number, count = shard
    position = int(hashlib.sha256("/".join(key).encode()).hexdigest(), 16) % count
    return position == number - 1


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _fonts_digest(fonts: FontTable, locale: str, digest_of: Callable[[Path], str]) -> str:
    """Digest of the font tables and of the files of the faces `locale` uses (made once
    per locale and plan: every handout of the locale shares it), each file's digest
    from `digest_of`."""
    faces = [fonts.faces[name] for name in fonts.chain_names(locale)]
    files = [*fonts.tables, *(path for face in faces for path in face.paths)]
    return _digest(
        *(f"{path.name}:{digest_of(path)}" for path in files),
        repr([(face.subfont, face.line_height) for face in faces]),
    )


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _font_digest(path: Path) -> str:
    """The digest of a font file or font table (`fonts.font_file_digest`); "" if it cannot
    be read (its PDFs then fail in the build, naming it)."""
    try:
        return font_file_digest(path)
    except FontError:
        return ""


def is_up_to_date(task: Task, pdf: Path, inputs: str, sha256: str) -> bool:
    """The PDF on disk is the one a build of these inputs wrote, and newer than them."""
    if inputs != task.inputs:
        return False
    try:
        info = pdf.stat()
    except OSError:
        return False
    return info.st_mtime >= task.newest_input and _file_digest(_PDF_DIGESTS, pdf, info) == sha256


# The user cache's entries of the digests of built PDFs and of clinics' logos
# (`cache.file_digest_entry`).
_PDF_DIGESTS = "pdf-digests"
_LOGO_DIGESTS = "logo-digests"


def _file_digest(kind: str, path: Path, info: os.stat_result) -> str | None:
    """The SHA-256 of the file whose status is `info`, or None if it cannot be read. Kept
    in the user cache as an entry of `kind` by the file's version (`files.version_of`;
    for a PDF, the build that wrote it kept it, `keep_pdf_digest`), so a rebuild reads no
    PDF or logo that has stayed as it was: reading and hashing the PDFs was a quarter of a
    rebuild of 2400 PDFs with nothing changed (0.2 of 0.8 s), and 290 MB read from the
    disk when they were not in memory."""
    version = version_of(path, info)
    try:
        return file_digest_entry(
            kind, version, path.read_bytes, keep=lambda: _version(path) == version
        )
    except OSError:
        return None


def _logo_digest(logo: Path) -> str | None:
    """The SHA-256 of the clinic's logo (`_file_digest`), or None if it cannot be read."""
    try:
        info = logo.stat()
    except OSError:
        return None
    return _file_digest(_LOGO_DIGESTS, logo, info)


def _version(path: Path) -> FileVersion:
    return version_of(path, path.stat())


def keep_pdf_digest(pdf: Path, sha256: str) -> None:
    """Keep the digest of the PDF just written to `pdf` (`_pdf_digest`). Another process
    that wrote the file again in between, as the stat is taken, wrote the same bytes:
    a PDF is the same for the same inputs."""
    with contextlib.suppress(OSError):  # not kept: a rebuild reads the file
        keep_file_digest(_PDF_DIGESTS, _version(pdf), sha256)
