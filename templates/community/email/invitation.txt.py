BBBB BBBBBBBBBBBBBB BBB gettext(u'You are invited to keep the listing of %(name)s up to date.') SSS SSS SSSSSSS SS SSSS SSS SSSSSSS SS SSSSSSSS SS SS SSSSS

 gettext(u'Accept the invitation') X


 ngettext(u'The link works once and for %(counter)s day.', u'The link works once and for %(counter)s days.', count) SSS SSSS SSSSS SSSS SSS SSS SSSSSSSSSSS SSSSPPP PPPP PPPPP PPPP PPP PPP PPPPPPPPPPP PPPPP
BBBBBBBBBBBBB
