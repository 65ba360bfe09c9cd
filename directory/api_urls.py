"""Open Referral HSDS 3 read API URLs (under /api/)."""

urlpatterns: list = []
