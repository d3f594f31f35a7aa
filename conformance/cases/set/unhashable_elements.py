for bad in ([1], {}, {1}, bytearray(b"x")):
    try:
        {bad}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([[1, 2]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([{"a": 1}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2])}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({(1, (2, 3)), (1, (2, 3))}))
