# Unary minus, plus, invert and not applied in chains and to bools, floats and big ints.
# requires: float, bigint
print(-(-5), +(-5), -+-5, ~~5, -~5, ~-5, ~0, ~-1)
print(-True, +True, ~True, ~False, type(-True).__name__, type(+True).__name__)
print(-0.0, +(-0.0), -(0.0), -(-0.0), -1.5, +1.5)
print(-(2 ** 100), ~(2 ** 100), +(2 ** 100) == 2 ** 100, -(-(2 ** 64)))
print(not 0, not 1, not -1, not not [], not not [0])
x = 3
print(-x ** 2, (-x) ** 2, -x * -x, - x - - x, x - -x, x+-x, x--x)
print(abs(-x), -abs(x), +abs(-2.5))
for v in ["s", None, [1], {1}]:
    for name, op in [("-", lambda o: -o), ("+", lambda o: +o), ("~", lambda o: ~o)]:
        try:
            op(v)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
