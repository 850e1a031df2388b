"""Finding the facts of an article and who is who in it.

Dates, figures, quotes and actors are read from the parsed text here, with the
evidence that tells a person from a place, a team or a thing, and the clusters
that join the names one actor goes by. Nothing here words a question.
"""
