# Zero in every numeric type compares equal, hashes equal and collapses to one dict key.
# requires: float, complex
zeros = [0, 0.0, -0.0, False, 0j, -0j]
for a in zeros:
    print(repr(a), [a == b for b in zeros], hash(a) == 0, bool(a))
d = {}
for z in zeros:
    d[z] = repr(z)
print(d)
print(len(set(zeros)), 1 == 1.0 == True == 1 + 0j, 2 == 2.0 + 0j, 1 != 1.5)
ones = [1, 1.0, True, 1 + 0j]
print(len({*ones}), {*ones} == {1}, [x for x in ones if x in {1}])
print(0 < 1.0, False < 0.5, -0.0 < 0, -0.0 <= 0 <= 0.0, True > 0.99)
try:
    0j < 1
except TypeError as e:
    print(type(e).__name__, e)
print(1e-400 == 0, -1e-400 == 0, 5e-324 == 0, repr(1e-400), repr(-1e-400))
