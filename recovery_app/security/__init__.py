"""Password hashing, TOTP, codes and tokens, rate limits and the audit chain."""
