"""Readers and writers of question files; each format in a module of its own."""
