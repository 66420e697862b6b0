"""What every page of the client shares: the API client, languages, notifications.

One :class:`ClientContext` is built by the main window and handed to the user
flow, the agent workspace and the supervisor view, so pages never reach for
globals and tests can build a window against any server.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_app.client.api import ApiClient
from ui.i18n import LanguageManager
from ui.notifications import Notifier


@dataclass
class ClientContext:
    """Shared services of one window.

    ``api`` is the one ``httpx`` client of the app; ``live_url`` is the server's
    base URL for :class:`recovery_app.client.live.LiveSession`.
    """

    api: ApiClient
    languages: LanguageManager
    notifier: Notifier

    @property
    def live_url(self) -> str:
        return self.api.base_url
