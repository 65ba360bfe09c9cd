"""Signed-in association members: /<lang>/my/…"""

from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordResetView.as_view(), name="password_reset"),
    path("password/sent/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("organizations/<int:pk>/edit/", views.edit, name="edit"),
    path("organizations/<int:pk>/verify/", views.verify, name="verify"),
    path("organizations/<int:pk>/requests/", views.organization_requests, name="requests"),
    path("organizations/<int:pk>/members/", views.members, name="members"),
    path("requests/<int:pk>/", views.request_detail, name="request_detail"),
    path("requests/<int:pk>/send/", views.send_draft, name="send_draft"),
]
