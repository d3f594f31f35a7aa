# The as-target can be any assignment target; the with statement works in functions too.
class CM:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with CM() as (a, [b, c]):
    print(a, b, c)
d = {}
with CM() as d['k']:
    pass
print(d)
class Holder:
    pass
h = Holder()
with CM() as h.attr:
    pass
print(h.attr)
def use():
    total = 0
    for _ in range(3):
        with CM() as (x, y):
            total += x + sum(y)
    return total
print(use())
