"""Helpers shared by the tests: generated images, CLI runners."""
