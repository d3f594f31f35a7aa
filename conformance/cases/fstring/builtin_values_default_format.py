# Without a spec an f-string shows str() of builtin values: None, bools, floats, containers, types.
# requires: float, complex
vals = [None, True, False, 0, -12, 1.0, 1e100, 1e-7, 0.1 + 0.2, -0.0, float("inf"), 2j,
        "s", b"b", bytearray(b"ba"), [1.5, "x"], (1,), {"k": None}, {1}, frozenset(),
        range(3), slice(1), ..., NotImplemented, int, type(None), len]
for v in vals:
    print(f"{v}", "|", f"{v!r}", "|", str(v) == f"{v}", format(v) == f"{v}")
print(f"{set()}", f"{()}", f"{[]}", f"{ {} }", f"{''}|", f"{b''}")
print(f"{vals[0]!s:>6}|", f"{vals[4]!s:>6}|", f"{vals[15]!s:>12}|")
print(f"{1_000}", f"{0o17}", f"{0b101}", f"{0xFF}", f"{1e3}", f"{1.50}", f"{100.0}")
