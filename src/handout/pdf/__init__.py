"""PDF: pages laid out with ReportLab, the structure tree and metadata written, saved."""
