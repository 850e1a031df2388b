"""Refusing bad questions: a question that is not self-contained, gives its
answer away or breaks a rule of the quality rubric is dropped here.
"""
