# Checks item assignment on lists, dicts and bytearrays, with index errors and type errors.
lst = [0, 1, 2]
lst[0] = "a"
lst[-1] = "c"
print(lst)
for i in [3, -4]:
    try:
        lst[i] = "x"
    except IndexError as e:
        print(type(e).__name__, e)
try:
    lst["1"] = 1
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d[1] = "int"
d[True] = "bool overwrites"
d[(1, 2)] = "tuple"
d[None] = "none"
print(d)
try:
    d[[1]] = 0
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
ba[0] = 65
print(ba)
for v in [256, -1]:
    try:
        ba[1] = v
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ba[1] = "b"
except TypeError as e:
    print(type(e).__name__, e)
for obj in [(1,), "s", b"b", range(2), 5]:
    try:
        obj[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
