from wagtail.api.v2.router import WagtailAPIRouter

from .views import EventsViewSet, PagesViewSet, PressOfficersViewSet, TopicsViewSet

api = WagtailAPIRouter("api")
api.register_endpoint("pages", PagesViewSet)
api.register_endpoint("events", EventsViewSet)
api.register_endpoint("topics", TopicsViewSet)
api.register_endpoint("press-officers", PressOfficersViewSet)
