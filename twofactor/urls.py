"""Two-factor sign-in: /<lang>/my/two-factor/…"""

from django.urls import path

from twofactor import views

app_name = "twofactor"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("code/", views.code, name="code"),
    path("setup/", views.setup, name="setup"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("turn-off/", views.turn_off, name="turn_off"),
]
