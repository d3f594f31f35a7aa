# requires: float
x = 3.14159
print(f"{x:.2f}|{x:10.3f}|{x:<8.1f}|{x:e}|{x:g}")
n = 255
print(f"{n:#x} {n:#o} {n:b} {n:08d} {n:+d} {n:,} {1234567:_}")
s = "hi"
print(f"{s!r:>6}|{s:^6}|{s:*<5}|{s!s}")
print(f"{n=}, {x = :.1f}, {'q'!a}")
print(f"{{literal}} {n}{s}")
print(format(0.5, ".0%"), format(12345.678, ",.1f"), format(-7, "05"))
