# The '#' flag adds 0b/0o/0x prefixes; zero padding goes between the prefix and digits.
for v in [0, 1, 10, -10, 255, -256]:
    print(v, format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"), format(v, "#d"))
for spec in ["#10b", "#010b", "#<10x", "#^10o", "#>10X", "#010X", "*=#10x", "+#010x", " #010o",
             "-#08b", "#3x", "#02x", "#0x"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)))
print(format(0xDEADBEEF, "#X"), format(0xDEADBEEF, "x"), format(0o777, "#o"))
print(format(5, "b"), format(-5, "b"), format(5, "o"), format(5, "d"), format(5, "n"))
print(f"{255:#x}", f"{255:#_x}", f"{2**16:#_b}")
print(format(True, "#x"), format(False, "#b"), format(-1, "#o"))
