# Checks that malformed numeric literals are SyntaxErrors at compile time.
bad = [
    "01", "007", "0_7", "0b2", "0b", "0o8", "0o", "0x", "0xg", "1__0",
    "1_", "0b12", "0o19", "123abc", "0x1.5", "1.real", "0b_", "09",
]
for src in bad:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
good = ["0", "00", "0_0", "0x10.real", "1 .real", "(1).real", "0b1.real", "0o7 .real"]
for src in good:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__)
