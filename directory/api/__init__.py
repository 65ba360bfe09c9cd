"""Open Referral HSDS 3 read API of the published directory: JSON, one language per request.

Layers, each importing only those below it (``lint-imports`` checks this): ``urls`` → ``views`` →
``openapi`` → ``pagination`` → ``params`` → ``negotiation`` → ``errors`` → ``serializers`` →
``related`` → ``querysets`` → ``text``. ``serializers`` is public: the exporters write HSDS with it
too, without the request handling above it.
"""
