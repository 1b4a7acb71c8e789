"""cic: the runtime of the children-in-care warehouse (land, export, reference data, councils)."""

__version__ = "0.1.0"
