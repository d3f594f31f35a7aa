# Checks underscores as digit separators in integer literals and in int() parsing.
print(1_000)
print(1_000_000 + 1)
print(1_2_3_4)
print(0x_dead_beef)
print(0b_1111_0000)
print(0o_12_34)
print(-1_0)
print(int("1_000"), int("0x_ff", 16), int("0b1_0", 0), int("1_0", 0))
for bad in ["1__0", "_1", "1_", "0x__f"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)
for src in ["1__000", "1000_", "0x_", "0_x1", "_100", "0b1__0", "0o_", "1_000"]:
    try:
        v = eval(src)
        print(src, "->", v)
    except SyntaxError as e:
        print(src, type(e).__name__)
    except NameError as e:
        print(src, type(e).__name__, e)
