# requires: float
print({} == {})
print({1: 2} == {1: 2})
print({1: 2, 3: 4} == {3: 4, 1: 2})
print({1: 2} == {1: 3})
print({1: 2} != {1: 2, 3: 4})
print({1: [1]} == {1: [1]})
print({1: 1} == {1.0: True})
try:
    print({1: 1} < {2: 2})
except TypeError as e:
    print(type(e).__name__, e)
