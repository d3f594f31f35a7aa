# Augmented assignment names its own operator in the TypeError.
for op in ["+=", "-=", "*=", "**=", "//=", "%=", "&=", "<<="]:
    x = None
    try:
        if op == "+=":
            x += 1
        elif op == "-=":
            x -= 1
        elif op == "*=":
            x *= 1.5
        elif op == "**=":
            x **= 2
        elif op == "//=":
            x //= 2
        elif op == "%=":
            x %= 2
        elif op == "&=":
            x &= 2
        else:
            x <<= 2
    except TypeError as e:
        print(op, e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
