# An uncaught exception raised with `from` ends the program with the outer exception type.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input %r" % s) from e
print(parse("12"))
print(parse("-3"))
try:
    parse("x")
except TypeError as e:
    print("caught once:", e, "| cause:", e.__cause__)
print("now uncaught")
parse("y")
