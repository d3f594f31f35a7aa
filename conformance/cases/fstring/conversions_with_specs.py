# !r, !s and !a convert to str first, so the spec that follows is a string spec.
# requires: float, unicode
s = "caf\xe9"
print(f"{s!r}", f"{s!a}", f"{s!s}", f"{s!r:>10}|", f"{s!a:*^14}", f"{s!s:.2}", f"{s!r:.3}")
print(f"{42!r}", f"{42!s:>5}", f"{42!a:<4}|", f"{1.5!r:^7}", f"{None!r:>6}", f"{True!s:.1}")
print(f"{[1, 'x']!r}", f"{(1,)!s:>6}", f"{ {'k': 'v'}!a}", f"{b'b'!r}", f"{bytes([255])!s}")
q = 'say "hi"'
print(f"{'it' + chr(39) + 's'!r}", f"{q!r}", f"{chr(39) + chr(34)!r}")
print(f"{s + chr(0x2603)!a}", f"{chr(0x1F600)!a}", f"{chr(7)!r}")
for spec in ["d", "x", ".2f", "+", ","]:
    try:
        print(f"{42!r:{spec}}")
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(f"{'ab'!r:5}|", f"{'ab':5}|", f"{3!r:3}|", f"{3:3}|")
