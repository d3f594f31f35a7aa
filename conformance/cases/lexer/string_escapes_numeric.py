# Checks octal and hex escapes in str literals, including boundary values.
print([ord(c) for c in "\x00\x41\x7f\x7F\xff"])
print("\x41\x42\x43", "\101\102\103")
print([ord(c) for c in "\1\12\123\1234"])
print(ord("\7"), ord("\77"), ord("\377"))
print(repr("\x1b"), repr("\x7f"))
print("\x48\x65llo")
print(len("\x41bc"), len("\101bc"))
print("\1011" == "A1", "\x411" == "A1")
for src in [r"'\x4'", r"'\x'", r"'\xg0'", r"b'\x4'"]:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
print("\08" == "\x008", len("\08"))
