# OverflowError messages for converting huge ints and infinities.
# requires: float, bigint
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: float(2 ** 2000))
show(lambda: 2 ** 2000 / 1.0)
show(lambda: 2 ** 2000 * 1.5)
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: (10 ** 400) / 3)
show(lambda: 10 ** 400 // 3 > 0)
show(lambda: 1e308 * 10)
show(lambda: (2 ** 1100) < 1e308)
show(lambda: (2 ** 1100) == float("inf"))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: (1.5).as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
