# chr()/ord() boundaries, round trips, bad lengths and types, and their exact error messages.
# requires: unicode
print(chr(0) == "\x00", chr(65), chr(127) == "\x7f", chr(0x10FFFF) == "\U0010ffff", ord(chr(0x10FFFF)))
print(ord("A"), ord("\n"), ord("\u00e9"), ord("\u20ac"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
print(chr(True), [ord(c) for c in "az09"], "".join(chr(c) for c in range(97, 102)))
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 7)))
for bad in [-1, 0x110000, 2 ** 31, -2 ** 63]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in [65.0, "A", None]:
    try:
        chr(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ["", "ab", b"", b"ab", 65, None, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: chr(), lambda: ord(), lambda: chr(1, 2), lambda: ord(c="a")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
