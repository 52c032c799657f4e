"""Mentions of organizations, meetings and initiatives, found by patterns over doc.match_text.

``find_candidates`` runs the finders of organizations.py, meetings.py and initiatives.py over one
``Finder`` state, in an order that matters: a meeting or programme looks up the body named right before
it among the organizations already found. ``Candidate`` and ``resolve`` (candidates.py) are re-exported
so that callers need only this module.
"""

from __future__ import annotations

from ..model import Context
from .candidates import Candidate, Finder, _outside_titles, resolve
from .initiatives import find_headed_initiatives, find_named_initiatives, find_quoted
from .meetings import (find_congresses, find_named_meetings, find_officials_meetings, find_party_congresses,
                       find_plenums, find_series, find_sessions)
from .organizations import (find_bare_local_bodies, find_democratic_parties, find_institutions, find_listed_places, find_local_bodies,
                            find_national_bodies, find_reporter_names, find_reporter_parts,
                            find_special_committees, find_township_bodies)

__all__ = ["Candidate", "find_candidates", "resolve"]


def find_candidates(text: str, ctx: Context) -> list[Candidate]:
    """Every candidate mention in ``text`` (already with page chrome blanked), in finder order."""
    f = Finder(text, ctx)
    find_reporter_names(f)
    find_local_bodies(f)
    find_listed_places(f)
    find_bare_local_bodies(f)
    find_democratic_parties(f)
    find_national_bodies(f)
    find_reporter_parts(f)
    find_special_committees(f)
    find_institutions(f)
    find_township_bodies(f)
    find_congresses(f)
    find_plenums(f)
    find_party_congresses(f)
    find_sessions(f)
    find_officials_meetings(f)
    find_series(f)
    find_named_meetings(f)
    find_quoted(f)
    find_named_initiatives(f)
    find_headed_initiatives(f)
    return _outside_titles(text, f.out)
