d = {}
try:
    d[[1, 2]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[(1, [2])] = 3
except TypeError as e:
    print(type(e).__name__, e)
print(d)
