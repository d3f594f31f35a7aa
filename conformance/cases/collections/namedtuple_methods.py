# _make, _replace, _asdict and __getnewargs__.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(P._make([3, 4]), P._make(range(2)), P._make(iter('ab')))
print(p._replace(x=9), p._replace(), p._replace(y=[1]), p)
print(p._asdict(), type(p._asdict()).__name__, p.__getnewargs__())
for f in (lambda: P._make([1]), lambda: P._make([1, 2, 3]), lambda: P._make(5),
          lambda: p._replace(5)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
for kw in ({'z': 1}, {'z': 1, 'w': 2, 'x': 0}):
    try:
        p._replace(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
print(P.__repr__(p), P._asdict(p), P.__getnewargs__(p))
