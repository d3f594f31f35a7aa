# __getattr__ delegation forwards ordinary attributes but not implicit special-method lookups.
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.__len__())
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(p.count(1))
class Defaulting:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError("no %s here" % name)
d = Defaulting()
print(d.known, d.opt_x, getattr(d, "opt_y", "dflt"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
