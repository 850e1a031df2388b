"""Putting names back for references.

A question leaves its sentence, so "he", "the company" or "the two sides" must
name who they stand for: pronouns, definite descriptions, parties, couples,
epithets and quoted speakers are traced back to the actor they refer to.
"""
