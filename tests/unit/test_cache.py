"""The user cache's keys name the versions of the tools an entry is made with."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from handout.cache import tool_version


@pytest.mark.parametrize("tool", ["babel", "fonttools", "polib", "reportlab", "textstat"])
def test_a_tools_version_is_the_installed_distributions(tool: str):
    """Read from the tool's module where it has the attribute, the version is the one
    installed, as importlib.metadata gives it."""
    assert tool_version(tool) == f"{tool}-{version(tool)}"
