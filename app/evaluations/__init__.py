"""Evaluations: quality classification of staff (and, after the courses area, effectiveness reviews)."""
