# None compares equal only to itself and cannot be ordered against anything.
# requires: float
print(None == None, None != 0, None == False, None == "", None == [], None is None)
for other in [None, 0, "", 1.5, []]:
    for sym, f in [("<", lambda a, b: a < b), (">=", lambda a, b: a >= b)]:
        try:
            f(None, other)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([None, None])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([None]), min([None]), [None] == [None], (None,) < (None, 1))
print(bool(None), not None, None or "dflt", None and 1, str(None), repr(None))
try:
    (None, 1) < (None, 2)
    print("tuples compare past equal Nones")
except TypeError as e:
    print(type(e).__name__, e)
