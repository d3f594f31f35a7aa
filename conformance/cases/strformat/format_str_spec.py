# format() of str: fill, alignment, width, precision truncation and type 's'.
for v in ["", "a", "abc", "hello world"]:
    print([format(v, s) for s in ["", "s", "5", "<5", ">5", "^5", "*^6", "-<4", ".2", ".0",
                                  "8.3", ">8.3s", "^7.1", "0>4", "05", "_<3"]])
print(repr(format("ab", "^5")), repr(format("ab", "^6")), repr(format("abc", "^6")))
print(repr(format("x", "\n^3")), repr(format("x", "{<3")), repr(format("x", "}>3")))
for spec in ["d", "x", "+", " ", "-", "#", ",", "_", "=5", "z", "+5s", ".2d", "c", "%"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print("{:.3}|{:5.1}|{:>6}".format("abcdef", "xyz", "q"))
