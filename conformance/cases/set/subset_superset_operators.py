a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a)
print(b <= a, b < a, a >= b, a > b)
print(a <= a, a < a, a >= a, a > a)
print(set() <= a, set() < a, set() < set())
c = {1, 5}
print(c <= b, c >= b, c < b, c > b)
print(frozenset(a) < b, a < frozenset(b))
print(a == b, a != b)
