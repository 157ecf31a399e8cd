from django.urls import path

from .views import preview

urlpatterns = [path("embargoed/<str:token>/", preview, name="embargo-preview")]
