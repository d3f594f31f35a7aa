pairs = [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j), (1j, "a")]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1j <= 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j > 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j >= 0.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1j, 2j)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3j, 1j, 2j], key=abs))
