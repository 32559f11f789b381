"""Places: the dateline a wire story opens with, and an offline gazetteer from names to ``Location``.

Pure functions over strings (no spaCy): the coder passes entity text, the API and users can call them alike.
"""

from eventwire.geo.dateline import Dateline, find_dateline
from eventwire.geo.gazetteer import Gazetteer

__all__ = ["Dateline", "Gazetteer", "find_dateline"]
