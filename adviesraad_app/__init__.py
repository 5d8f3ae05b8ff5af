"""Adviesraad: register of advices, replies, commitments and deadlines."""

__version__ = "0.1.0"
APP_NAME = "Adviesraad"
ORGANIZATION = "Adviesraad"
