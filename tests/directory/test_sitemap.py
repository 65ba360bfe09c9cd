"""The sitemap lists the directory and every published actor in every language, with alternates."""

from .factories import OrganizationFactory


def test_directory_in_sitemap(client, db):
    OrganizationFactory(slug="synlig")
    OrganizationFactory(slug="dold", is_published=False)
    text = client.get("/sitemap.xml").content.decode()
    assert "/sv/directory/synlig/" in text and "/ar/directory/synlig/" in text
    assert "/ti/directory/</loc>" in text
    assert 'hreflang="x-default"' in text
    assert "/dold/" not in text
