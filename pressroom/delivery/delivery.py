"""The store the site is configured with (`PRESSROOM_STORE`), if any."""

from django.core.signals import setting_changed

from .store import Store

_stores: dict[str, Store] = {}


def get_store() -> Store | None:
    from django.conf import settings

    root = settings.PRESSROOM_STORE
    if not root:
        return None
    root = str(root)
    if root not in _stores:
        _stores[root] = Store(root)
    return _stores[root]


def _forget(setting, **kwargs):
    if setting == "PRESSROOM_STORE":
        _stores.clear()


setting_changed.connect(_forget)
