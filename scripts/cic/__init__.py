"""cic: the command line of the children-in-care warehouse (landing, export, generation)."""

__version__ = "0.1.0"
