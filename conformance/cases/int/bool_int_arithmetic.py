# bools behave as the ints 0 and 1 in arithmetic, but bitwise ops between bools stay bool.
# requires: float
print(True + True, True - False, True * 7, True / 2, -True, +False, ~True)
print(True // True, False % True, True ** 10, 2 ** True, divmod(True, 2))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True | 0).__name__)
print(sum([True, True, False]), max(True, 0), min(False, -1), abs(-True))
print(True == 1, False == 0, True is True, True in [1], 1 in [True])
print({True: "a", 1: "b"}, {0: "x", False: "y"}, len({True, 1, 1.0}))
print(str(True + 0), repr(True * 1), int(True), type(True * 1).__name__)
print(True > False, False < -1, sorted([True, False, 2, -1, 0]))
print(["a", "b"][True], "abc"[False], (10, 20)[True:])
print(hash(True) == hash(1), True.real, False.imag, bool(-1), bool(0))
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__[1].__name__)
print(f"{True:d}", f"{True}", "%d %s %r" % (True, True, False), format(False, "03"))
