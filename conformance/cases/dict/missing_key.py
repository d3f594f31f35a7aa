d = {"a": 1}
try:
    print(d["b"])
except KeyError as e:
    print(type(e).__name__, e)
    print(repr(e))
    print(e.args)
try:
    print(d[42])
except KeyError as e:
    print(type(e).__name__, e)
try:
    print(d[(1, "x")])
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    print({}[None])
except LookupError as e:
    print(type(e).__name__, e)
