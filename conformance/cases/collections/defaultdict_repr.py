# The repr of a defaultdict: its factory, then its items as a dict's.
from collections import defaultdict
print(repr(defaultdict(int)), repr(defaultdict(None)), str(defaultdict(tuple, {1: ()})))
d = defaultdict(list)
d['self'] = d
print(d)
e = defaultdict(defaultdict)
e[1]
print(e)
print([defaultdict(float, x=1.5)])
