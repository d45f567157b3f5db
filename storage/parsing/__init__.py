"""Readers of the documents the council publishes."""
