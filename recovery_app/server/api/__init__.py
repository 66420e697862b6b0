"""HTTP API: dependencies and thin routes that translate HTTP to domain calls."""
