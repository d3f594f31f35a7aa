# int comparisons against floats, infinities, NaN, complex and non-numbers, including big ints.
# requires: float, bigint, complex
inf, nan = float("inf"), float("nan")
big = 2 ** 1000
print(big < inf, -big > -inf, big == inf, big != nan, big < nan, big > nan)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 == 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(1 == 1.0 == 1 + 0j, 1 == 1 + 1e-16, 0 == -0.0, -0 == 0.0)
print(3 < 3.5 < 4, -1 > -1.5, 5 >= 5.0, 7 <= 6.999999999999999)
print(1 == "1", 1 != "1", 0 == None, 0 == [], 1 == (1,))
print(sorted([3, 2.5, -1, 2 ** 64, -0.5, 0]), max(1, 1.0), max(1.0, 1), min(0, -0.0))
print((2 ** 64) == (2 ** 64 + 0.0), (2 ** 64 + 1) == float(2 ** 64 + 1))
print(-big < -1e308, big > 1.7976931348623157e308, -(2 ** 1024) < -1.7976931348623157e308)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in [0, 1, 2] if n in (0.0, 2.0)], 1.0 in {1}, 2 in {2.0: "x"})
