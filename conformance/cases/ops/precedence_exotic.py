# Operator precedence across bitwise, shift, comparison, boolean, conditional and lambda forms.
# requires: float
print(1 | 2 == 3, (1 | 2) == 3, 1 | (2 == 3))
print(2 & 3 > 1, 6 ^ 3 < 7, 1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1)
print(not 2 & 1, -2 ** -1, 2 ** -1 ** 2, (-2) ** -2)
print(~1 ** 2, -~2, ~-2, - - 3, + - + 3, not not 5)
print(1 + 2 if 0 else 3 + 4, (1 + 2) if 1 else 3)
print(1 if True else 2 if False else 3, 1 if False else 2 if False else 3)
print(0 or 1 if 0 else 2, 0 or (1 if 0 else 2), (0 or 1) if 0 else 2)
f = lambda x: x + 1 if x else -1
print(f(0), f(5))
print(not 1 in [2], not (1 in [2]), (not 1) in [False])
print(3 * 2 ** 2, -3 ** 2, (-3) ** 2, 2 * -3, 10 / 2 * 5, 10 // 3 * 3 + 10 % 3)
print(1 + 2 & 3 + 4, 1 + (2 & 3) + 4, 5 - 3 - 1, 2 ** 2 ** 3, 100 % 7 % 3)
print(True + True * 3, (True + True) * 3, 1 < 2 and 2 < 3 or 1 / 0)
print([1, 2] + [3] * 2, "ab" * 2 + "c", -(1 + 2) * 3, 7 // -2 * -1)
print(1 if 2 < 3 < 4 else 0, 5 > 3 == True, (5 > 3) == True)
