"""claimcheck: find quotes, speakers and check-worthy statements in news, review them, export them."""

__version__ = "0.1.0"
