# requires: unicode
# ascii() escapes non-ASCII characters, also inside containers.
print(ascii('abc'))
print(ascii('caf\xe9'))
print(ascii('\u20ac'))
print(ascii('\U0001f600'))
print(ascii(['\xe9', ('\xff', {'k\xe9': '\u0100'})]))
print(ascii({'\xe9'}))
print(ascii(b'\xe9'))
print(ascii(1), ascii(None), ascii('\n'))
print(ascii("it's"))
