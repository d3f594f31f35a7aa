# field_names: a str split at commas and whitespace, or a sequence of names.
from collections import namedtuple
for spec in ['a b c', 'a,b,c', 'a, b ,c', ' a\tb\nc ', ['a', 'b', 'c'], ('a', 'b', 'c'),
             iter(['a', 'b', 'c']), '']:
    T = namedtuple('T', spec)
    print(T._fields)
print(namedtuple('T', 'a')._fields, namedtuple('T', 'a,')._fields)
print(namedtuple('T', ['a', 'b'])(1, 2))
