"""The ground floor: language table, focus areas, cache generations and the text rule. Imports nothing of
the project; every app may import it."""
