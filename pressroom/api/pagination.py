"""Pages of API listings whose numbers the database can hold: an offset or a limit past
the largest is a 400 that names the parameter, as a negative or non-numeric one is."""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

# The largest value of a 32-bit signed integer: beyond any listing's length, well inside
# what SQLite and PostgreSQL accept for an offset (their limit is 64 bits).
LARGEST = 2**31 - 1


def whole_number(request, name: str) -> int | None:
    """The query parameter as a number from 0 to LARGEST, None when absent; a 400 naming
    the parameter otherwise."""
    value = request.GET.get(name)
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= LARGEST:
        raise BadRequestError(f"{name} must be a whole number from 0 to {LARGEST}")
    return number


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        whole_number(request, "offset")
        whole_number(request, "limit")
        return super().paginate_queryset(queryset, request, view)
