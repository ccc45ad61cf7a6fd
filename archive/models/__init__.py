"""The archive's records (being split into modules: see meetings.py)."""

from .meetings import *  # noqa: F403
