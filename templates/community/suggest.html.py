BBBBBBB BBBBBBBBBBBBBBB BBBB
BBBBB BBBBB gettext(u'Suggest an organisation')  X  gettext(u'New in Västerås') BBBBBBBB
BBBBB BBBBBBBXXXX XXXXXXXXXXX XXXXXXXXXXX
XXXX gettext(u'Suggest an organisation') XXXXX
XXX gettext(u'Is an organisation that helps newcomers missing? Tell us about it. Our staff check every suggestion.') XXXX
XXXXX XXXXXXXXXXXXX XXXXXXXXXXXXXXXXXXXXXX XXXXXXXXXXXBBBBBBBBBB
  
  
  
  
  
  BBBBBBB BBBBBBBBBBBBBBBBBBBBBBBBBB
  XXXXXXXXXX XXXXXXXXXXXXXX gettext(u'Send') XXXXXXXXXXXXX
XXXXXXX
XXXXXXBBBBBBBB
