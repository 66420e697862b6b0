"""``python -m ui`` is the same as ``recovery-app``."""

from ui.app import main

raise SystemExit(main())
