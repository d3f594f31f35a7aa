# RegexFlag values: ints whose repr names the flags.
import re
for f in [re.I, re.I | re.M, re.NOFLAG, re.A, re.U, re.L, re.S, re.X, re.T, re.DEBUG, re.I | 1024, ~re.M, re.I & re.M, re.I ^ re.S]:
    print(repr(f), str(f), int(f), f.name, f.value)
print(re.IGNORECASE is re.I, re.RegexFlag(2) is re.I, re.RegexFlag(0) is re.NOFLAG, type(re.I).__name__)
print(re.I + 1, re.I * 2, -re.I, re.I << 1, format(re.I), "%d" % re.M, "{}".format(re.S), f"{re.X:d}")
print(re.I == 2, hash(re.I) == hash(2), isinstance(re.I, int), bool(re.NOFLAG), bool(re.I))
print(re.I in (re.I | re.M), re.S in (re.I | re.M), list(re.I | re.M))
try:
    re.RegexFlag("x")
except ValueError as e:
    print("ValueError", e)
