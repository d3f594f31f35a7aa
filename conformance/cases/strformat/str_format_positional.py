# str.format with automatic and manual positional fields; mixing the two is an error.
print("{}{}{}".format("a", "b", "c"))
print("{0}{1}{0}".format("x", "y"))
print("{2}, {1}, {0}".format(1, 2, 3))
print("{0}{0}{0}".format("z"))
print("{} {}".format(1, 2, 3, 4))
print("{1}".format(0, 1, 2))
print("{00}|{01}".format("a", "b"))
print("{0:>{1}}".format("r", 4))
for fmt, args in [("{} {0}", (1, 2)), ("{0} {}", (1, 2)), ("{} {}", (1,)), ("{5}", (1,)),
                  ("{-1}", (1,)), ("{0}", ()), ("{}", ()), ("{:{}} {1}", (1, 2))]:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{!r}{!s}".format("q", "q"))
print("{:}".format(5), "{0:}".format(6))
print("".format(1, 2), "plain".format())
args = ["u", "v"]
print("{1}{0}".format(*args))
print(str.format("{}-{}", 3, 4))
