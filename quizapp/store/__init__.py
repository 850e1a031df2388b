"""The bank on disk or on a server: tables, migrations, checks, backups."""
