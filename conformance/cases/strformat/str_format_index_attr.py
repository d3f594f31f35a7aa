# str.format field names with [index], [key] and .attribute lookups, chained.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(3, [10, 20])
print("{0.x},{0.y[1]}".format(p))
print("{p.x}/{p.y[0]}".format(p=p))
print("{0[0]}{0[2]}".format("abc"))
print("{0[1][0]}".format([[1], ["in"]]))
print("{d[key]} {d[1]}".format(d={"key": "v", "1": "str one", 1: "int one"}))
print("{0[-1]}".format({"-1": "neg str"}))
print("{0[ a ]}".format({" a ": "spaced"}))
print("{.real}".format(7), "{0.imag}".format(7))
print("{[0]}{[1]}".format("xy", "zw"))
print("{0.x!r:>5}".format(Pt("s", 0)))
print("{0[0].x}".format([p]))
for fmt, args in [("{0[5]}", ([1],)), ("{0[k]}", ({},)), ("{0.nope}", (p,)), ("{0[}", ([1],)),
                  ("{0.}", (p,)), ("{0[]}", ([1],)), ("{0..x}", (p,)), ("{0[0]x}", ([1],)),
                  ("{0[-1]}", ([1],)), ("{0[1:2]}", ([1, 2],))]:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
