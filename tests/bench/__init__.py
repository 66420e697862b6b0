"""``make bench``: performance figures, each beside a baseline measured in the same run."""
