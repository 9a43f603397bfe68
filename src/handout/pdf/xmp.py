"""The XMP metadata packet: title and description, each tagged with its own language (the
document's, or English where the English is printed instead), the
publisher, the notices as rights and usage terms, the PDF/UA identifier, and the
handout's document ID, revision date, series and section editor when it has them."""

from __future__ import annotations

import html
from dataclasses import dataclass

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFObjectReference, PDFStream


def _escape(text: str) -> str:
    """`text` as XML character data: &, < and > escaped, as xml.sax.saxutils.escape does
    (importing that module imports urllib: 11 ms of every worker's start)."""
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class Metadata:
    """What the XMP packet says about the document."""

    title: str
    lang: str
    publisher: str
    rights: tuple[tuple[str, str], ...]  # the notices, (language, text), the document's first
    subject: str
    # The title's and the description's own languages: English where the translation
    # was missing or refused and the English is printed instead (None: the document's).
    title_lang: str | None = None
    subject_lang: str | None = None
    document_id: str | None = None
    revised: str | None = None
    series: str | None = None
    section_editor: str | None = None


def write_metadata(document: pdfdoc.PDFDocument, metadata: Metadata) -> None:
    xmp = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        packet(metadata).encode("utf-8"),
    )
    document.Reference(xmp, "XMPMetadata")
    document.Catalog.Metadata = PDFObjectReference("XMPMetadata")


def packet(metadata: Metadata) -> str:
    def alt(*texts: tuple[str | None, str]) -> str:
        """A language alternative: an entry for each (language, text) (None: the
        document's), the first also the default. The notices have two, the translated
        notices and their English originals: one entry had held both."""
        first = texts[0] if texts else (None, "")
        items = [
            f'<rdf:li xml:lang="{_escape(lang or metadata.lang)}">{_escape(text)}</rdf:li>'
            for lang, text in (("x-default", first[1]), *(texts or (first,)))
        ]
        return f"<rdf:Alt>{''.join(items)}</rdf:Alt>"

    extra = []
    if metadata.document_id:
        extra.append(f"<dc:identifier>{_escape(metadata.document_id)}</dc:identifier>")
    if metadata.revised:
        extra.append(
            f"<dc:date><rdf:Seq><rdf:li>{_escape(metadata.revised)}</rdf:li></rdf:Seq></dc:date>"
        )
    if metadata.series:
        extra.append(f"<dc:source>{_escape(metadata.series)}</dc:source>")
    if metadata.section_editor:
        extra.append(
            "<dc:contributor><rdf:Bag><rdf:li>"
            f"{_escape(metadata.section_editor)}</rdf:li></rdf:Bag></dc:contributor>"
        )
    lines = "\n".join(extra)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title>{alt((metadata.title_lang, metadata.title))}</dc:title>
<dc:description>{alt((metadata.subject_lang, metadata.subject))}</dc:description>
<dc:language><rdf:Bag><rdf:li>{_escape(metadata.lang)}</rdf:li></rdf:Bag></dc:language>
<dc:creator><rdf:Seq><rdf:li>{_escape(metadata.publisher)}</rdf:li></rdf:Seq></dc:creator>
<dc:publisher><rdf:Bag><rdf:li>{_escape(metadata.publisher)}</rdf:li></rdf:Bag></dc:publisher>
<dc:rights>{alt(*metadata.rights)}</dc:rights>
<xmpRights:UsageTerms>{alt(*metadata.rights)}</xmpRights:UsageTerms>
{lines}
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
