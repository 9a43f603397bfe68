"""handout: English patient handouts -> gettext catalogs -> accessible PDFs per language.

The pipeline, one module per stage: source (read the English handout) ->
catalog (.pot/.po) -> translate (one Document per locale and variant) ->
layout (ReportLab flowables) -> pdf (pages, written atomically) -> verify
(read the PDF back). build runs it over the matrix; cli is the command line.
"""

__version__ = "0.1.0"
