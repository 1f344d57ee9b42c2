"""Fonte's REST API (/api/): every claim and figure traceable to its sentence.

    sources/ sentences/ speakers/ sides/ outlets/ claims/ figures/   lists and details
    figures/{id}/trace/  claims/{id}/trace/    provenance with W3C selectors
    sources/{id}/text/                         the text with its spans
    compare/  compare/claims/                  per side, per day/week/month
    search/?q=                                 sentences and claims
    schema/  docs/  redoc/                     OpenAPI 3 (project/urls.py)

Presentation only: reads come from claims/selectors/, writes go through
claims/services/review.py and claims/services/ingest.py. Authentication, permissions,
pagination, throttling and filter backends are set once, in settings.REST_FRAMEWORK.
"""
