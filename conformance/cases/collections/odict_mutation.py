# Changing an OrderedDict's shape while iterating it (or a view of it) raises; replacing a
# value does not.
from collections import OrderedDict
changes = ['o["c"] = 3', 'del o["a"]', 'o.move_to_end("a")', 'o.move_to_end("b", False)',
           'o["a"] = 5', 'o.popitem()', 'o.setdefault("a")', 'o.pop("zz", 0)']
views = [('keys', lambda o: o), ('reversed', reversed), ('items', lambda o: o.items()),
         ('values', lambda o: o.values())]
for change in changes:
    for name, view in views:
        o = OrderedDict(a=1, b=2)
        try:
            for k in view(o):
                exec(change)
            print(change, name, 'fine', list(o))
        except RuntimeError as e:
            print(change, name, type(e).__name__, e)
