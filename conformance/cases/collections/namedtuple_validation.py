# Invalid type and field names are refused, with the reason.
from collections import namedtuple
cases = [('1x', 'a'), ('P', 'a 1x'), ('P', 'a _a'), ('P', 'a b a'), ('P', 'a def'),
         ('class', 'a'), ('P', ['a', 5]), (5, 'a'), ('P', 'a-b'), ('P', 'a None')]
for name, fields in cases:
    try:
        namedtuple(name, fields)
        print('made', name)
    except ValueError as e:
        print(type(e).__name__, e)
for args, kw in [((), {}), (('P',), {}), (('P', 'a', 'b'), {}), (('P', 'a'), {'foo': 1}),
                 (('P', 5), {}), (('P', 'a'), {'typename': 'Q'})]:
    try:
        namedtuple(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
