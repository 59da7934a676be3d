"""Helpers shared by tests: factories, the end-to-end harness, scripted fakes.

Fixtures stay in the conftest.py files and build on these; a test module imports helpers from
here, never from another test module.
"""
