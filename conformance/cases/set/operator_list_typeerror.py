s = {1, 2}
for name, op in [("|", lambda a, b: a | b), ("&", lambda a, b: a & b),
                 ("-", lambda a, b: a - b), ("^", lambda a, b: a ^ b)]:
    try:
        op(s, [1])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1] | s
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset() & (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s + {3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s &= "ab"
except TypeError as e:
    print(type(e).__name__, e)
