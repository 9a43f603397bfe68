"""The clinic's edition: its box on page 1 (name, phone as a tel: link, logo as a Figure
whose alternative text is in the PDF's language), with an example clinic."""

from __future__ import annotations

import hashlib
import json
import re
import struct
import subprocess
import textwrap
import zlib
from pathlib import Path

import pymupdf
import pytest
from conftest import REPO, copy_project, pdf_file, pdf_text, run_handout, set_translation
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
from readings import drawn_line, poppler_text

from handout import __version__
from handout.errors import ConfigError
from handout.project import load_project

CLINIC = """
[clinic]
name = "Riverside Kidney Clinic"
phone = "+1 555 0100 ext. 23"
address = "1 Main Street, Springfield"
website = "https://riverside.example.org"
hours = "Monday to Friday, 8 am to 5 pm"
logo = "logo.png"
logo_alt = "Riverside Kidney Clinic logo: a river under a hill"
"""
ALT_ES = "Logotipo de Riverside Kidney Clinic: un río bajo una colina"


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("clinic") / "project", ["es", "ar"])
    Image.new("RGB", (120, 60), (20, 90, 160)).save(project / "logo.png")
    config = project / "handout.toml"
    config.write_text(config.read_text(encoding="utf-8") + CLINIC, encoding="utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update").code == 0
    set_translation(
        project,
        "es",
        "Riverside Kidney Clinic logo: a river under a hill",
        "interface",
        ALT_ES,
        domain="interface",
    )
    set_translation(
        project,
        "es",
        "Monday to Friday, 8 am to 5 pm",
        "interface",
        "De lunes a viernes, de 8 a 17 h",
        domain="interface",
    )
    result = run_handout(project, "build", "--locale", "en", "--locale", "es", "--locale", "ar")
    assert result.code == 0, result.err
    return project


def _pdfs(project: Path) -> list[Path]:
    return sorted((project / "output").rglob("*.pdf"))


def test_every_pdf_shows_the_clinic_and_its_phone(clinic: Path):
    pdfs = _pdfs(clinic)
    assert len(pdfs) == 8
    for pdf in pdfs:
        first_page = PdfReader(pdf).pages[0].extract_text()
        assert "Riverside Kidney Clinic" in first_page
        assert "+1 555 0100 ext. 23" in first_page


@pytest.mark.parametrize(("locale", "edge"), [("es", 0), ("ar", 2)])
def test_the_clinic_box_lines_up_at_the_side_its_language_starts(
    clinic: Path, locale: str, edge: int
):
    """Right to left, the logo and the clinic's lines in English (its name, address, hours
    and website) stood at the left of the box, and only its translated line at the
    right: the box read from left to right. Each lines up at the side the PDF's language
    starts from, the logo too."""
    with pymupdf.open(pdf_file(clinic, locale, "large-print")) as document:
        page = document[0]
        (logo,) = [rect for image in page.get_images() for rect in page.get_image_rects(image)]
        lines = [
            rect
            for text in (
                "Riverside Kidney Clinic",
                "1 Main Street, Springfield",
                "https://riverside.example.org",
            )
            for rect in page.search_for(text)
            if rect.y0 > logo.y0
        ]
    assert len(lines) == 3
    sides = {round(rect[edge]) for rect in [logo, *lines]}
    assert len(sides) == 1, sides


@pytest.mark.parametrize("variant", ["large-print", "plain-language"])
def test_the_phone_is_printed_left_to_right_in_right_to_left_text(clinic: Path, variant: str):
    """By the bidi algorithm, "+1 555 0100" in Arabic is three numbers with right-to-left
    spaces between them: the page showed "0100 555 1+", and a patient dials from the
    paper. The phone is one left-to-right unit, as an isolate would make it, and is not
    broken across lines. (Its text was right all along: only the page was wrong.)"""
    shown = drawn_line(pdf_file(clinic, "ar", variant), "+")
    assert "+1 555 0100 ext. 23" in " ".join(shown.split())


def test_the_phone_is_a_tel_link_and_the_website_a_web_link(clinic: Path):
    for pdf in _pdfs(clinic):
        reader = PdfReader(pdf)
        uris = [
            annotation.get_object()["/A"]["/URI"]
            for annotation in reader.pages[0].get("/Annots", [])
        ]
        assert "tel:+15550100;ext=23" in uris  # the extension dialled as one (RFC 3966)
        assert "https://riverside.example.org" in uris


@pytest.mark.parametrize(
    ("phone", "dial"),
    [
        ("+1 (555) 010-0100 ext. 234", "tel:+15550100100;ext=234"),
        ("555-0100 x234", "tel:5550100;ext=234"),
        ("+44 20 7946 0958", "tel:+442079460958"),
        ("1-800-FLOWERS", None),  # letters: the link would dial 1800
        ("020 7946 0958 / 020 7946 0959", None),  # two numbers, joined into one
        ("(555) 010-0100, option 2", None),
        ("call us", None),
    ],
)
def test_a_phone_is_dialled_as_printed_or_refused(phone: str, dial: str | None):
    from handout.project import tel_uri

    assert tel_uri(phone) == dial


def test_a_phone_in_full_width_digits_dials_its_number(tmp_path: Path):
    """A phone typed in full-width digits (U+FF10 to U+FF19, as a Japanese input method
    writes them) was linked as "tel:%EF%BC%90%EF%BC%93...", which no phone dials, and that
    address was printed after the number too, as its text did not seem to show it. The
    link dials 0312345678, and the number is printed as written, alone."""
    project = copy_project(tmp_path / "project", ())
    config = project / "handout.toml"
    clinic = '\n[clinic]\nname = "X"\nphone = "０３-１２３４-５６７８"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    result = run_handout(
        project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, "en", "large-print")
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for annotation in PdfReader(pdf).pages[0].get("/Annots", [])
    ]
    assert "tel:0312345678" in uris and not [uri for uri in uris if "%" in uri]
    text = pdf_text(pdf)
    assert "０３-１２３４-５６７８" in text and "%EF" not in text


def test_a_phone_that_cannot_be_dialled_is_refused(tmp_path: Path):
    project = copy_project(tmp_path / "project", ())
    config = project / "handout.toml"
    clinic = '\n[clinic]\nname = "X"\nphone = "1-800-FLOWERS"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    result = run_handout(project, "build", "--locale", "en")
    assert result.code == 1
    assert "[clinic] phone '1-800-FLOWERS' is not one number a phone can dial" in result.err


@pytest.mark.parametrize(
    "website",
    [
        "https://example.org/a b",  # printed as its raw Markdown, not linked
        "https://",  # linked as it stood: no address at all
        "https://example.org/x)y",  # the link ended at ')' and 'y)' was printed
        "http://example.org",
    ],
)
def test_a_website_that_is_no_web_address_is_refused(tmp_path: Path, website: str):
    project = copy_project(tmp_path / "project", ())
    config = project / "handout.toml"
    clinic = f'\n[clinic]\nname = "X"\nwebsite = "{website}"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    result = run_handout(project, "build", "--locale", "en")
    assert result.code == 1
    line = len(config.read_text(encoding="utf-8").splitlines())
    assert result.err.startswith(
        f"error: handout.toml:{line}: [clinic] website {website!r} is not a web address"
    )


@pytest.mark.parametrize(
    ("hours", "named"),
    [
        ("Mon to Fri, see [our hours](http://example.org)", "a link to 'http://example.org'"),
        ("Mon to Fri ![clock](clock.png)", "unsupported Markdown (an image)"),
        ("Mon to Fri `8-5`", "unsupported Markdown (inline code)"),
        ("Mon to Fri ~~8-5~~", "unsupported Markdown (strikethrough, '~~')"),
    ],
)
def test_hours_with_markdown_a_handout_does_not_print_are_refused(
    tmp_path: Path, hours: str, named: str
):
    """The hours are Markdown (a translator may bold a day), held to the source's rules:
    an http: link was printed as plain text and its address dropped, an image's or
    code's Markdown printed as typed, and every check passed."""
    project = copy_project(tmp_path / "project", ())
    config = project / "handout.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + f'\n[clinic]\nname = "X"\nhours = "{hours}"\n',
        encoding="utf-8",
    )
    line = len(config.read_text(encoding="utf-8").splitlines())
    for command in ("build", "lint"):
        result = run_handout(project, command, "--locale", "en")
        assert result.code == 1
        assert result.err.startswith(f"error: handout.toml:{line}: [clinic] hours: {named}")


def test_the_clinic_is_printed_and_linked_as_written(tmp_path: Path):
    """Markdown's characters in a clinic's settings are printed as typed: an entity
    ('&amp;') printed '&' and linked to another address."""
    project = copy_project(tmp_path / "project", ())
    config = project / "handout.toml"
    website = "https://example.org/a_b_c/~d?x=%20&amp;y=*1*"
    clinic = f'\n[clinic]\nname = "Bank &amp; *Main*"\nwebsite = "{website}"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    result = run_handout(
        project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    page = PdfReader(pdf_file(project, "en", "large-print")).pages[0]
    assert "Bank &amp; *Main*" in page.extract_text()
    assert website in page.extract_text()
    assert website in [annotation.get_object()["/A"]["/URI"] for annotation in page["/Annots"]]


@pytest.mark.parametrize("damage", ["not an image", "cut short", "a GIF"])
def test_a_logo_that_cannot_be_read_is_one_line(tmp_path: Path, damage: str):
    """A damaged logo ended every PDF in "internal error: UnidentifiedImageError"."""
    project = copy_project(tmp_path / "project", ())
    logo = project / "logo.png"
    if damage == "a GIF":
        Image.new("RGB", (40, 20)).save(logo, format="GIF")
    else:
        Image.new("RGB", (40, 20)).save(logo)
        logo.write_bytes(b"not a png" if damage == "not an image" else logo.read_bytes()[:60])
    config = project / "handout.toml"
    clinic = '\n[clinic]\nname = "X"\nlogo = "logo.png"\nlogo_alt = "X"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    result = run_handout(project, "build", "--locale", "en", "--variant", "large-print")
    line = len(config.read_text(encoding="utf-8").splitlines()) - 1
    assert (result.code, result.err) == (
        1,
        f"error: handout.toml:{line}: [clinic] logo 'logo.png' is not a PNG or JPEG file "
        "that can be read (damaged, cut short, or another kind of file renamed)\n",
    )


@pytest.mark.parametrize("side", [10_000, 20_000], ids=["warned", "traceback"])
def test_a_logo_of_too_many_pixels_is_one_line_saying_to_scale_it_down(tmp_path: Path, side: int):
    """A logo of more pixels than Pillow decodes without taking it for a decompression
    bomb: one 10,000 pixels square printed Pillow's warning on stderr and was drawn, all
    of it; one of 20,000 ended the command in a traceback (DecompressionBombError). Both
    are one line at the logo's setting. (The PNG here has a size and no pixels: Pillow
    reads the size before any pixel.)"""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit grey
    png = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + png)
    settings = (REPO / "handout.toml").read_text(encoding="utf-8")
    settings += '\n[clinic]\nname = "X"\nlogo = "logo.png"\nlogo_alt = "X"\n'
    (tmp_path / "handout.toml").write_text(settings, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_project(tmp_path)
    assert refused.value.line == len(settings.splitlines()) - 1
    assert "[clinic] logo 'logo.png' has more pixels than Pillow" in str(refused.value)
    assert "scale it down" in str(refused.value)


@pytest.mark.parametrize(
    ("logo", "says"),
    [
        ("logo.png", "not found: {path}"),
        ("images/logo.png", "not found: {path}"),
        ("logo.gif", "must be a PNG or JPEG file inside the project folder"),
        ("images", "must be a PNG or JPEG file inside the project folder"),
        ("../logo.png", "must be a PNG or JPEG file inside the project folder"),
    ],
)
def test_a_logo_that_is_not_there_is_said_to_be_not_found(tmp_path: Path, logo: str, says: str):
    """A logo missing from the project was "must be a PNG or JPEG file inside the project
    folder" (an outside probe): true, but not what was wrong. One not found says so, with
    the path it was looked for at; one of another kind, a folder, or one outside the
    project keeps its message."""
    project = copy_project(tmp_path / "project", ())
    (project / "images").mkdir()
    Image.new("RGB", (40, 20)).save(tmp_path / "logo.png")  # outside the project
    Image.new("RGB", (40, 20)).save(project / "logo.gif", format="GIF")
    config = project / "handout.toml"
    clinic = f'\n[clinic]\nname = "X"\nlogo = "{logo}"\nlogo_alt = "X"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    result = run_handout(project, "build", "--locale", "en", "--variant", "large-print")
    line = len(config.read_text(encoding="utf-8").splitlines()) - 1
    said = says.format(path=project / logo)
    assert (result.code, result.err) == (
        1,
        f"error: handout.toml:{line}: [clinic] logo {logo!r} {said}\n",
    )


def _figures(pdf: Path) -> list[DictionaryObject]:
    found = []

    def walk(node: DictionaryObject) -> None:
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                if kid["/S"] == "/Figure":
                    found.append(kid)
                walk(kid)

    walk(PdfReader(pdf).trailer["/Root"]["/StructTreeRoot"])
    return found


def _with_logo(project: Path) -> Path:
    """`project` given a clinic whose logo is the PNG file returned."""
    logo = project / "logo.png"
    Image.new("RGB", (120, 60), (20, 90, 160)).save(logo)
    config = project / "handout.toml"
    clinic = '\n[clinic]\nname = "X"\nlogo = "logo.png"\nlogo_alt = "X"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    return logo


def test_a_new_logo_rebuilds_the_pdfs(tmp_path: Path):
    """The logo was not among a PDF's inputs: a clinic's new logo left every PDF "up to
    date", with the old one in it, until a build with --force."""
    project = copy_project(tmp_path / "project", [])
    logo = _with_logo(project)
    args = ("build", "--locale", "en", "--variant", "large-print", "--no-check")
    assert run_handout(project, *args).code == 0
    Image.new("RGB", (120, 60), (160, 20, 20)).save(logo)
    result = run_handout(project, *args)
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1].startswith("1 PDF built, 0 up to date"), result.out
    # A new logo cut short stopped the build as it loaded the project: the PDF drawn with
    # the old logo stayed in output/ and its manifest, listed as current. It is refused
    # at the logo's line, and taken out of both.
    logo.write_bytes(logo.read_bytes()[:60])
    result = run_handout(project, *args)
    line = len((project / "handout.toml").read_text(encoding="utf-8").splitlines()) - 1
    assert (result.code, result.err) == (
        1,
        f"error: handout.toml:{line}: [clinic] logo 'logo.png' is not a PNG or JPEG file "
        "that can be read (damaged, cut short, or another kind of file renamed)\n",
    )
    pdf = "output/calciphylaxis/en/calciphylaxis.en.large-print.pdf"
    assert f"removed {pdf}: skipped or refused (see above)" in result.out
    assert result.out.splitlines()[-1].startswith(
        "0 PDFs built, 0 up to date, 0 locales skipped, 1 failed"
    )
    assert not (project / pdf).exists()
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pdfs"] == []


def test_a_rebuild_takes_the_logos_digest_from_the_user_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Every plan read and hashed the clinic's logo, with nothing changed: its digest is
    kept in the user cache by the file's version, as a built PDF's is."""
    project = copy_project(tmp_path / "project", [])
    _with_logo(project)
    cache = tmp_path / "cache"
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(cache))

    def summary() -> str:
        result = run_handout(
            project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
        )
        assert result.code == 0, result.err
        return result.out.splitlines()[-1]

    assert summary().startswith("1 PDF built, 0 up to date")
    (entry,) = (cache / "logo-digests").iterdir()
    planted = b'"' + b"0" * 64 + b'"'  # a sound entry of another digest
    entry.write_bytes(hashlib.sha256(planted).hexdigest().encode() + b"\n" + planted)
    assert summary().startswith("1 PDF built, 0 up to date")  # from the cache, not the file
    assert summary().startswith("0 PDFs built, 1 up to date")


def test_a_logo_is_decoded_once_for_each_version_of_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Every load of a project decoded the clinic's whole logo with Pillow, a rebuild with
    nothing changed too: whether the logo reads whole is kept in the user cache by the
    file's version, as its digest is. A new version is decoded again, and refused when
    it is damaged."""
    project = copy_project(tmp_path / "project", [])
    logo = _with_logo(project)
    cache = tmp_path / "cache"
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(cache))
    opened: list[Path] = []
    real_open = Image.open

    def counted_open(path: Path, *args: object, **kwargs: object) -> Image.Image:
        opened.append(path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Image, "open", counted_open)
    load_project(project)
    load_project(project)
    assert opened == [logo]  # the second from the cache
    assert len(list((cache / "logo-checks").iterdir())) == 1
    logo.write_bytes(logo.read_bytes()[:60])
    with pytest.raises(ConfigError, match="is not a PNG or JPEG file that can be read"):
        load_project(project)
    assert opened == [logo, logo]


def test_the_logo_is_a_figure_with_alt_text_in_the_pdfs_language(clinic: Path):
    (figure,) = _figures(pdf_file(clinic, "es", "large-print"))
    assert figure["/Alt"] == ALT_ES
    assert "/Lang" not in figure  # Spanish, the document's language
    (english,) = _figures(pdf_file(clinic, "en", "plain-language"))
    assert english["/Alt"] == "Riverside Kidney Clinic logo: a river under a hill"
    (untranslated,) = _figures(pdf_file(clinic, "ar", "large-print"))
    assert untranslated["/Lang"] == "en"  # no Arabic yet: English, and marked so


def test_hours_are_translated_and_the_pdfs_pass_the_checks(clinic: Path):
    assert "De lunes a viernes, de 8 a 17 h" in pdf_text(pdf_file(clinic, "es", "large-print"))
    import json

    manifest = json.loads((clinic / "output" / "manifest.json").read_text())
    for entry in manifest["pdfs"]:  # built with the build's own checks, all passed
        assert {
            key: value for key, value in entry["checks"].items() if key != "smallest_size"
        } == dict.fromkeys(("pdfua", "notices", "text", "links", "ink"), "pass")
    # and `handout check`, from outside a build, agrees (on the right-to-left PDFs)
    result = run_handout(clinic, "check", str(clinic / "output" / "calciphylaxis" / "ar"))
    assert result.code == 0, result.out + result.err


def test_new_inside_a_git_repository_says_where_its_workflow_must_go(tmp_path: Path):
    """GitHub runs only the workflows at the top of a repository: a project made in a
    folder of one (a clinic's repository of many things) had a workflow never run, and
    nothing said so (found by a probe). A file is no folder for a project."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    folder = tmp_path / "clinic"
    made = run_handout(tmp_path, "new", str(folder))
    assert made.code == 0, made.err
    assert made.err.startswith(f"warning: {folder / '.github' / 'workflows' / 'handouts.yml'}:")
    assert str(tmp_path / ".github" / "workflows") in made.err and made.err.count("\n") == 1
    note = tmp_path / "notes.txt"
    note.write_text("x", encoding="utf-8")
    refused = run_handout(tmp_path, "new", str(note))
    assert refused.code == 1 and "is a file: a new project needs a folder" in refused.err


def test_new_prints_a_next_command_a_shell_can_run(tmp_path: Path):
    """The line `handout new` ends with works when pasted into a shell, even for a folder
    whose name has spaces."""
    folder = tmp_path / "Clínica São José" / "our handouts"
    made = run_handout(tmp_path, "new", str(folder))
    assert made.code == 0, made.err
    command = made.out.splitlines()[-1].removeprefix("next: ")
    assert command.endswith(" && handout build")
    went = subprocess.run(
        ["sh", "-c", command.replace("handout build", "pwd")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert went.stdout.strip() == str(folder)


def test_the_template_names_the_line_of_each_setting_to_translate(clinic: Path):
    """A translator's tool shows where a message comes from: each sentence of handout.toml
    is referenced at its own line (they were all 'handout.toml:1')."""
    settings = (clinic / "handout.toml").read_text(encoding="utf-8").splitlines()
    template = (clinic / "locales" / "interface.pot").read_text(encoding="utf-8")
    for key in ("hours", "logo_alt", "description"):
        line = next(n for n, text in enumerate(settings, 1) if text.startswith(f"{key} ="))
        value = settings[line - 1].split("=", 1)[1].strip().strip('"')
        entry = template.split(f'msgid "{value}"')[0].rsplit("\n\n", 1)[-1]
        assert f"#: handout.toml:{line}\n" in entry, (key, entry)


def test_the_new_projects_workflow_installs_this_version_by_path_never_by_name(tmp_path: Path):
    """The CI workflow `handout new` writes installed "handout" by name: that name on PyPI
    is another project (with no `handout` command), a stranger's code in the clinic's CI.
    It installs the wheel of the version that made the folder, from the folder, and stops
    with one line while the wheel is not there (its step run here as the runner would).
    It ran no `handout lint`, so a changed dose (printed in English) passed CI: it does."""
    folder = tmp_path / "clinic"
    assert run_handout(tmp_path, "new", str(folder)).code == 0
    workflow = (folder / ".github" / "workflows" / "handouts.yml").read_text(encoding="utf-8")
    assert not re.search(r"pip install\s+handout\b", workflow)
    wheel = f"tools/handout-{__version__}-py3-none-any.whl"
    assert f"HANDOUT_WHEEL: {wheel}" in workflow
    assert wheel in (folder / "README.md").read_text(encoding="utf-8")
    step = workflow.split("- name: Install handout", 1)[1].split("- name:", 1)[0]
    script = textwrap.dedent(step.split("run: |\n", 1)[1])
    ran = subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=folder,
        env={"HANDOUT_WHEEL": wheel, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 1
    assert (
        ran.stdout.strip() == f"error: no {wheel}: commit the handout wheel there (see README.md)"
    )
    # With the wheel, the libraries come from the runtime lock beside it, pinned and
    # hash-checked, the wheel without its dependencies (pip's ranges take the newest).
    install = [line.strip() for line in script.splitlines() if "pip install" in line]
    assert install[:2] == [
        'python -m pip install --require-hashes -r "$HANDOUT_LOCK"',
        'python -m pip install --no-deps "$HANDOUT_WHEEL"',
    ]
    assert "HANDOUT_LOCK: tools/requirements.runtime.lock.txt" in workflow
    assert "requirements.runtime.lock.txt" in (folder / "README.md").read_text(encoding="utf-8")
    # The PDFs are kept also when one failed: the build wrote the others and the manifest.
    upload = workflow.split("actions/upload-artifact", 1)[1].split("- ", 1)[0]
    assert "if: ${{ !cancelled() }}" in upload
    # A translation lint calls an error is printed in English, which the build allows:
    # the run fails on it, after the build (also a failed one), as the runner runs it.
    lint = workflow.split("- name: Lint the catalogs", 1)[1].split("- ", 1)[0]
    assert "if: ${{ !cancelled() }}" in lint
    assert workflow.index("handout build") < workflow.index("- name: Lint the catalogs")
    assert lint.split("run:", 1)[1].strip() == "handout lint"


def test_the_new_projects_example_of_a_language_cldr_lacks_works_once_uncommented(
    tmp_path: Path,
):
    """The error for a locale CLDR does not know sends the clinic to handout.toml of
    `handout new`: its commented [locales.ksw] example, uncommented, lets `init` and
    `build` serve S'gaw Karen."""
    folder = tmp_path / "clinic"
    assert run_handout(tmp_path, "new", str(folder)).code == 0
    refused = run_handout(folder, "init", "ksw")
    assert refused.code == 1 and "[locales.ksw]" in refused.err
    settings = folder / "handout.toml"
    text = settings.read_text(encoding="utf-8")
    block = text[text.index("# [locales.ksw]") :]
    uncommented = "\n".join(line.removeprefix("# ") for line in block.splitlines())
    settings.write_text(text.replace(block, uncommented + "\n"), encoding="utf-8")
    assert run_handout(folder, "extract").code == 0
    made = run_handout(folder, "init", "ksw")
    assert made.code == 0, made.err
    built = run_handout(folder, "build", "--locale", "ksw", "--no-check")
    assert built.code == 0, built.err
    assert pdf_file(folder, "ksw", "large-print", handout="example").is_file()


def test_a_handout_with_no_source_says_nothing_of_one(tmp_path: Path):
    """A plain-language PDF said its text "is based on the original named under Source
    below" and that the original's publisher "did not write or review it" also for a
    handout that names no original (`handout new`'s example, a clinic's own): there is
    no Source section, and the clinic, its publisher, wrote it. Read with pdftotext."""
    folder = tmp_path / "clinic"
    assert run_handout(tmp_path, "new", str(folder)).code == 0
    result = run_handout(folder, "build", "--no-check", "--variant", "plain-language")
    assert result.code == 0, result.err
    text = poppler_text(pdf_file(folder, "en", "plain-language", handout="example"))
    assert "This example shows the parts of a handout." in text  # its notice
    assert "Source" not in text and "original" not in text


def test_a_clinic_setting_no_font_has_is_named_at_its_line(tmp_path: Path):
    """A character no font has in the clinic's box was said to be in text "which handout
    writes", naming no file (build) or each handout's source at line 1 (lint)."""
    project = copy_project(tmp_path / "project", ())
    config = project / "handout.toml"
    clinic = '\n[clinic]\nname = "X"\naddress = "1 Main Street \U0001f3e5"\n'
    config.write_text(config.read_text(encoding="utf-8") + clinic, encoding="utf-8")
    line = len(config.read_text(encoding="utf-8").splitlines())
    result = run_handout(project, "build", "--locale", "en", "--variant", "large-print")
    assert result.code == 1
    assert result.err.startswith(f"error: handout.toml:{line}: locale en: no font has U+1F3E5")
    result = run_handout(project, "lint", "--locale", "en")
    assert result.code == 1
    assert f"handout.toml:{line}: error: locale en: no font has U+1F3E5" in result.out
    assert "calciphylaxis.md:1:" not in result.out


def _new_project_at_72_pt(folder: Path, full_text: str, clinic: str = "") -> Path:
    """A new project whose large print is set at 72 pt (a line is 504 points wide: a phone
    of no spaces is wider), its handout's full text `full_text`, with a [clinic] table."""
    run_handout(folder.parent, "new", str(folder))
    (folder / "handouts" / "example.sources.toml").unlink()
    (folder / "handouts" / "example.md").write_text(
        f'+++\ntitle = "Hi"\npublisher = "X"\n+++\n\n# Full text\n\n{full_text}\n\n'
        "# Plain language\n\nRest.\n",
        encoding="utf-8",
    )
    config = folder / "handout.toml"
    settings = config.read_text(encoding="utf-8").replace("body_size = 18", "body_size = 72")
    config.write_text(settings + clinic, encoding="utf-8")
    return folder


def test_a_phone_wider_than_its_line_is_refused_at_its_line_saying_what_to_do(tmp_path: Path):
    """At 72 pt a phone number of no spaces is wider than a line: it was cut inside
    ("+1-555-010-01" / "99", as two numbers to a patient dialling from the paper), and the
    build's check refused the PDF with "text missing: 'Questions? Call +1-555-010-0199'",
    naming the PDF and no fix. It is refused at the phone's line in handout.toml, saying
    to write spaces where a line may end; written so, the PDF is built, cut at a space."""
    clinic = '\n[clinic]\nname = "X"\nphone = "+1-555-010-0199"\n'
    project = _new_project_at_72_pt(tmp_path / "clinic", "Rest.", clinic)
    config = project / "handout.toml"
    line = len(config.read_text(encoding="utf-8").splitlines())
    refused = run_handout(project, "build", "--variant", "large-print")
    assert refused.code == 1
    assert refused.err.startswith(
        f"error: handout.toml:{line}: [clinic] phone, in [variants.large-print]: the phone "
        "number '+1-555-010-0199' is wider than its line"
    ), refused.err
    assert "write it with spaces where a line may end" in refused.err
    assert len(refused.err.splitlines()) == 1
    # lint, which lays out no page, said "0 errors" of it; it now says what the build does.
    linted = run_handout(project, "lint")
    assert linted.code == 1
    assert (
        f"handout.toml:{line}: error: [clinic] phone, in [variants.large-print]: the phone "
        "number '+1-555-010-0199' is wider than its line"
    ) in linted.out, linted.out
    spaced = config.read_text(encoding="utf-8").replace("+1-555-010-0199", "+1 555 010 0199")
    config.write_text(spaced, encoding="utf-8")
    built = run_handout(project, "build", "--variant", "large-print")
    assert built.code == 0, built.err
    assert "Call +1 555 010 0199" in poppler_text(pdf_file(project, "en", "large-print", "example"))


def test_a_phone_of_the_handouts_own_text_cut_is_refused_at_its_source_line(tmp_path: Path):
    """A tel: link of the handout's own text wider than its line was refused as the
    build's ("error: example en large-print: the phone number ..."), not where it is
    written: the clinic looked for it in handout.toml. It is named at its source line."""
    project = _new_project_at_72_pt(
        tmp_path / "clinic", "Call [+1-555-010-0199](tel:+15550100199)."
    )
    refused = run_handout(project, "build", "--locale", "en", "--variant", "large-print")
    assert refused.code == 1
    assert refused.err.startswith(
        "error: handouts/example.md:8: the phone number '+1-555-010-0199' is wider than its line"
    ), refused.err
    assert len(refused.err.splitlines()) == 1
    # lint laid out the clinic's box alone and said "0 errors": it names it as the build.
    linted = run_handout(project, "lint", "--locale", "en")
    assert linted.code == 1
    assert (
        "handouts/example.md:8: error: the phone number '+1-555-010-0199' is wider than its line"
    ) in linted.out, linted.out


@pytest.mark.parametrize(
    ("typo", "said"),
    [
        ('[clinic]\nnmae = "Riverside"', "[clinic]: unknown key 'nmae' (did you mean 'name'?"),
        ('[clinic]\nname = "R"\nphon = "+1 555 0100"', "unknown key 'phon' (did you mean 'phone'?"),
        ("bodysize = 18", "unknown key 'bodysize' (did you mean 'body_size'?"),
    ],
    ids=["clinic-name", "clinic-phone", "variant"],
)
def test_a_misspelt_key_of_handout_toml_is_named_with_the_key_meant(
    tmp_path: Path, typo: str, said: str
):
    """A clinic's typo in a key of [clinic] or of a variant was refused with the known
    keys listed and no guess (a top-level one got "did you mean"), and 'nmae' was said to
    be a missing name ('[clinic] needs name'): each now names the key it is nearest, at
    its line."""
    settings = (REPO / "handout.toml").read_text(encoding="utf-8")
    if typo.startswith("[clinic]"):
        settings += "\n" + typo + "\n"
    else:  # the first variant's
        settings = settings.replace("body_size = 18", typo, 1)
    (tmp_path / "handout.toml").write_text(settings, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_project(tmp_path)
    assert said in str(refused.value), refused.value
    line = settings.splitlines().index(typo.splitlines()[-1]) + 1
    assert refused.value.line == line


def test_a_logo_alt_without_a_logo_is_refused_at_its_line(tmp_path: Path):
    """`logo_alt` with `logo` commented out was taken without a word: no logo printed, its
    text sent to every translator as a label of the interface catalog, and never read by
    anyone. It is now an error at its line, as a setting of no effect (a misspelt key) is."""
    settings = (REPO / "handout.toml").read_text(encoding="utf-8")
    settings += '\n[clinic]\nname = "Riverside"\n# logo = "logo.png"\nlogo_alt = "A river"\n'
    (tmp_path / "handout.toml").write_text(settings, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_project(tmp_path)
    assert "[clinic] logo_alt" in str(refused.value) and "no logo" in str(refused.value)
    assert refused.value.line == settings.splitlines().index('logo_alt = "A river"') + 1
