"""The curators' admin: review claims and figures in their source, with history.

Every write on a claim or figure goes through `claims.services.review`, so it is marked
curated (re-extraction keeps it) and recorded with its user and reason.
"""

from claims.admin import claims, figures, reference, sources, speakers  # noqa: F401 (registers)
