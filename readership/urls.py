from django.urls import path

from readership import views

app_name = "readership"

urlpatterns = [
    path("helpful/", views.vote, name="vote"),
    path("helpful/comment/", views.comment, name="comment"),
]
