"""Search engines: the interface (``base``) and its implementations (embedded, postgres, elasticsearch).

Engines know nothing of the project; ``search.backends`` builds the configured one.
"""
