# Checks bytes literals: escapes, prefix cases, element types and ASCII-only restriction.
b = b"\x00\x7f\x80\xff"
print(list(b), len(b))
print(b"abc", B"abc", b'single', b"""triple""")
print(b"\n\t\\\'\"", list(b"\n\t\\"))
print(b"\101\102", b"\0", list(b"\0\1\377"))
print(b"a" b"b" rb"\c")
print(b"" == bytes(), type(b"").__name__)
print(b"hello"[0], b"hello"[1:3], b"hello"[-1:])
print(b"\u00e9", len(b"\u00e9"))
print(b"\q", len(b"\q"))
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"\x41\x42" == b"AB")
for i, src in enumerate(["b'\u00e9'", "b'\\x4'", "'a' b'b'", "b'a' 'b'", "bb'x'", "ub'x'"]):
    try:
        compile(src, "f", "exec")
        print(i, "compiled")
    except SyntaxError as e:
        print(i, type(e).__name__)
