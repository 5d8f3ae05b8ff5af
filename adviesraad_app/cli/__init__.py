"""The command line: ``adviesraad COMMAND``.

The parser and ``main`` are in ``main.py``; one module per command group.
"""
