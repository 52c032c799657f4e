"""cppcc-kg: a knowledge graph of the organizations, meetings and initiatives in CPPCC work reports."""

__version__ = "0.1.0"
