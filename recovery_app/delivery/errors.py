"""How a transport says why a message did not go out, so the dispatcher knows what to do.

- :class:`PermanentDeliveryError`: this message can never be delivered as it is (the
  recipient or the content was refused for good, e.g. SMTP 5xx to RCPT or DATA). It is
  not retried; a supervisor alert names it.
- :class:`ChannelUnavailableError`: the transport itself is away or refuses us (no
  connection, a timeout, a refused login or sender). Every message on the channel would
  fail the same way, so the rest of the round's messages on it wait without a try.
- anything else: this message failed this time; it is retried.

The original exception is the ``__cause__``; its class and text (scrubbed) are what the
outbox row and the log record.
"""

from __future__ import annotations


class DeliveryError(Exception):
    """Base of the delivery errors; raise one ``from`` the transport's own exception."""


class PermanentDeliveryError(DeliveryError):
    """The message was refused for good: retrying cannot help."""


class ChannelUnavailableError(DeliveryError):
    """The channel's server could not be reached or refused the connection or login."""
