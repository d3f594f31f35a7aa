z = 3.14159 + 2.71828j
print(format(z, ".2f"))
print(f"{z:.3f}", f"{z:.1e}", f"{z:g}")
print(f"{z:>20.2f}|", f"{z:<20.2f}|", f"{z:^20.2f}|")
print(f"{z:+.1f}", f"{-z:.1f}")
print(f"{1j:.2f}", f"{(1+0j):.0f}")
print(format(1+2j), format(1+2j, ""), format(1j, ""))
print(format(1+2j, "g"), format(1.5j, "10"), "|")
print(f"{z!r}", f"{z!s}")
print(format(1234.5+0.5j, ",.1f"))
try:
    format(z, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(z, "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(z, "010")
except ValueError as e:
    print(type(e).__name__, e)
print("%s %r" % (z, 1j))
