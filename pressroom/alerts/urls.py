from django.urls import path

from . import views

urlpatterns = [
    path("alerts/", views.subscribe, name="alerts-subscribe"),
    path("alerts/requested/", views.requested, name="alerts-requested"),
    path("alerts/confirm/<str:token>/", views.confirm, name="alerts-confirm"),
    path("alerts/manage/<str:token>/", views.manage, name="alerts-manage"),
    path("alerts/manage/<str:token>/data.json", views.download, name="alerts-download"),
    path("alerts/manage/<str:token>/delete/", views.delete, name="alerts-delete"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alerts-unsubscribe"),
]
