BBBB BBBBBBBBBBBBBB BBB gettext(u'Not checked for over a year. Is everything still correct?') 



BBBBBBBBBBBBB
