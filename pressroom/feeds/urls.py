from django.urls import path

from .feeds import AtomContentFeed, ContentFeed
from .views import overview, upcoming_events

urlpatterns = [
    path("feeds/", overview, name="feeds"),
    path("feeds/events.ics", upcoming_events, name="events-calendar"),
    path("feeds/<slug:kind>.rss", ContentFeed(), name="feed-rss"),
    path("feeds/<slug:kind>.atom", AtomContentFeed(), name="feed-atom"),
    path("feeds/topics/<slug:topic>/events.ics", upcoming_events, name="topic-events-calendar"),
    path("feeds/topics/<slug:topic>/<slug:kind>.rss", ContentFeed(), name="topic-feed-rss"),
    path("feeds/topics/<slug:topic>/<slug:kind>.atom", AtomContentFeed(), name="topic-feed-atom"),
]
