BBBBBBB BBBBBBBBBBBBBBB BBBB
BBBBB BBBBB gettext(u'Accept the invitation')  X  gettext(u'New in Västerås') BBBBBBBB
BBBBB BBBBBBBXXXX XXXXXXXXXXX XXXXXXXXXXX
XXXX gettext(u'Accept the invitation') XXXXX
XX XXXXXXXXXXXXX gettext(u'You are invited to keep the listing of %(name)s up to date.') SSS SSS SSSSSSS SS SSSS SSS SSSSSSS SS SSSSSSSS SS SS SSSSSXXXX
XXXXX XXXXXXXXXXXXX XXXXXXXXXXXXXXXXXXXXXXXBBBBBBBBBB
BB BBBBBBBB
  XXX gettext(u'You already have an account. Sign in to accept the invitation.') XXXX
BBBB
  XXX gettext(u'E-mail') X XXXXXXXXXXXXXXXXXXXXX
  
  
BBBBB
  XXXXXXXXXX XXXXXXXXXXXXXX gettext(u'Accept the invitation') XXXXXXXXXXXXX
XXXXXXX
XXXXXXBBBBBBBB
