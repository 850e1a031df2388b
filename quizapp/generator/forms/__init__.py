"""Wording a question about one fact.

The question word, the part of the sentence a question keeps and the parts it
cuts, the gap of a cloze, agreement and the small words that make a stem read
as English, and the special forms (leads, headlines, definitions, records,
roles, origins, acronyms) built for one kind of sentence each.
"""
