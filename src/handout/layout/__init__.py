"""Layout: a translated `Document` -> ReportLab flowables that draw themselves, tagged."""
