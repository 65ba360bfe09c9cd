"""The sitemap lists the directory and every published actor in every language, with alternates."""

from .factories import OrganizationFactory


def test_directory_in_sitemap(client, db):
    OrganizationFactory(slug="synlig", focus=["health"])
    OrganizationFactory(slug="dold-arbete", focus=["work"], is_published=False)
    OrganizationFactory(slug="dold", is_published=False)
    text = client.get("/sitemap.xml").content.decode()
    assert "/sv/directory/synlig/" in text and "/ar/directory/synlig/" in text
    assert "/ti/directory/</loc>" in text
    assert 'hreflang="x-default"' in text
    assert "/dold/" not in text
    # the landing list of each focus area that has a published actor, as topic pages link to it
    assert "/sv/directory/?focus=health</loc>" in text and "/ar/directory/?focus=health</loc>" in text
    assert "focus=work" not in text
