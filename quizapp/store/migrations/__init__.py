"""Alembic migrations of the bank's schema.

``HEAD`` names the newest revision so that opening an up-to-date bank never
imports Alembic (a test checks it matches the scripts in ``versions/``).
"""

HEAD = "0013"
