"""Distractors and tolerance: the wrong answers a question offers and how far
a typed number may stray from the right one and still count.
"""
