# requires: float
# A bool formats as 'True'/'False' with an empty spec and as the int 1/0 with any other;
# error messages name the type 'bool'.
for spec in ["", "^7", "d", ">6", "x", "#x", "b", "o", "c", "+", ",", "10", "010", "n",
             "=5", "_", ".2f", "%", "e", "g", "z.2f"]:
    print(repr(spec), repr(format(True, spec)), repr(format(False, spec)))
print(f"{True:^7}|{False:<3}|{True:.1f}|{True!s:5}|{True!r:>6}|{True}")
print("{:d} {:x} {:>4} {}".format(True, False, True, True))
for spec in ["s", ".3s", ".3", "z", "zd", "q"]:
    try:
        print(format(True, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
