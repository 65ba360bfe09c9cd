"""Association members' activities: /<lang>/my/organizations/<id>/activities/…"""

from django.urls import path

from events import views

app_name = "events_member"

urlpatterns = [
    path("organizations/<int:pk>/activities/", views.member_activities, name="list"),
    path("organizations/<int:pk>/activities/new/", views.propose, name="new"),
    path("organizations/<int:pk>/activities/<int:activity_pk>/", views.propose, name="edit"),
]
