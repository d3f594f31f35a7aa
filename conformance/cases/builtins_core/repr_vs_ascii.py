# requires: unicode
# repr() keeps printable non-ASCII characters; ascii() escapes them.
for s in ['plain', 'caf\xe9', '\u4e2d', '\x00\x7f', '\u200b', 'tab\t']:
    r, a = repr(s), ascii(s)
    print(a, ascii(r), r == a)

class P:
    def __repr__(self):
        return 'P(\xe9)'

print(ascii(P()), ascii(repr(P())), ascii([P()]))
