"""Recovery Desk: account-recovery support server, domain and client library.

This package never imports Qt; the desktop UI lives in the sibling package ``ui``.
"""

__version__ = "0.1.0"
