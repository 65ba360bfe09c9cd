BBBBBBB BBBBBBBBBBBBBBB BBBB
BBBBB BBBBB gettext(u'Too many attempts')  X  gettext(u'New in Västerås') BBBBBBBB
BBBBB BBBBBBBXXXX XXXXXXXXXXX XXXXXXXXXXX
XXXX gettext(u'Too many attempts') XXXXX
XXX gettext(u'You have sent this form many times in a short while. Please try again later.') XXXX
XXXXXXBBBBBBBB
