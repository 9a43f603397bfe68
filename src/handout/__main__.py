"""`python -m handout`."""

from .cli import entrypoint

entrypoint()
