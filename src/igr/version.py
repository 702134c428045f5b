"""The package's version, in a module of its own so that any module can read it without
importing the package face (``igr/__init__.py``) and everything it pulls in.

Examples
--------
>>> from igr.version import __version__
>>> __version__.count(".")
2
"""

__version__ = "0.1.0"
