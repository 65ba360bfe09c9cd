"""Public report and suggest forms, mounted under /<lang>/directory/ before the directory's own URLs."""

urlpatterns: list = []
