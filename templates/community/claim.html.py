BBBBBBB BBBBBBBBBBBBBBB BBBB
BBBBB BBBBB gettext(u'Is this your organisation?')  X BBBBBBBB
BBBBB BBBBBBBXXXX XXXXXXXXXXX XXXXXXXXXXX
XXXX gettext(u'Is this your organisation?') XXXXX
XX XXXXXXXXXXXXXXXXX
BB BBBBBBBXXX gettext(u'This listing already has members who keep it up to date.') XXXXBBBB
XXX gettext(u'Ask to keep this listing up to date. Our staff check the request and send you an invitation.') XXXX
XXXXX XXXXXXXXXXXXX XXXXXXXXXXXXXXXXXXXXXX XXXXXXXXXXXBBBBBBBBBB
  
  
  BBBBBBB BBBBBBBBBBBBBBBBBBBBBBBBBB
  XXXXXXXXXX XXXXXXXXXXXXXX gettext(u'Send') XXXXXXXXXXXXX
XXXXXXXBBBBB
XXXXX XXXXXXXX gettext(u'Back to the directory') XXXXXXXX
XXXXXXBBBBBBBB
