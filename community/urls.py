"""Signed-in association members: /<lang>/my/…"""

urlpatterns: list = []
