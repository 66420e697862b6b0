"""``python -m recovery_app.server`` is the same as ``recovery-server``."""

from recovery_app.server.cli import main

raise SystemExit(main())
