# f-string padding and precision count code points; !a escapes non-ASCII.
# requires: unicode
s = "\u00e9t\u00e9"
print(f"[{s:^9}]", f"[{s:>6}]", f"[{s:.2}]", f"[{s!a}]", f"[{s!r:>10}]", f"[{s:\u2605^9}]")
g = "\u03b1\u03b2\u03b3"
print(f"{g}", f"{g[::-1]}", f"{len(g)}", f"{g.upper()}", f"{g!a}", f"{g:*<5}")
e = "\U0001F600"
print(f"{e}|{e:>3}|{e!a}|{len(e)}|{e!r}")
print(f"{s + g}")
name = "\u4e16\u754c"
print(f"hello {name}!", f"{name:=^8}|", f"{ord(name[0])}")
print(f"{'caf' + chr(0xe9)!a:>12}", f"{chr(0x2603)}", f"{chr(0x2603)!r}")
