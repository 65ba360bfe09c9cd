BBBBBBB BBBBBBBBBBBBBBB BBBB
BBBBB BBBBB gettext(u'Thank you')  X  gettext(u'New in Västerås') BBBBBBBB
BBBBB BBBBBBBXXXX XXXXXXXXXXX XXXXXXXXXXX
XXXX gettext(u'Thank you') XXXXX
XXX gettext(u'We have received your message. Our staff check it before anything is published.') XXXX
XXXXX XXXXXXBB BBBBBBBBBBBBBBBBXXXXXXXXXXXXBBBBBXX gettext(u'Back to the directory') XXXXXXXX
XXXXXXBBBBBBBB
