# Edge cases of str.format field names: huge indexes, numeric-looking keys, spaces and empty specs.
# requires: float, bigint
for fmt, args, kw in [("{99999999999999999999}", (), {}), ("{0[99999999999999999999]}", ([1],), {}),
                      ("{0[1]}", ({1: "int key", "1": "str key"},), {}), ("{a.b}", (), {"a": 1}),
                      ("{0:}", (5,), {}), ("{0!s:}", (5,), {}), ("{ 0}", (1,), {" 0": "sp"}),
                      ("{0 }", (1,), {}), ("{-0}", (), {"-0": "neg"}), ("{1.5}", (), {}),
                      ("{0.real.imag}", (3,), {}), ("{0[0][0]}", ("xyz",), {}), ("{!s}", (7,), {}),
                      ("{0!s!r}", (1,), {}), ("{:::}", (1,), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0}{1}{0}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}), "{}".format(*[[1]]))
print("{0[0]}-{0[1]}".format(("p", "q")), "{0.__class__.__name__}".format(1.5))
