# Checks exact TypeError messages for unsupported augmented assignment operand types.
pairs = [
    ("x = 1\nx += 'a'", ),
    ("x = 'a'\nx -= 'a'", ),
    ("x = [1]\nx -= [1]", ),
    ("x = {1: 2}\nx += {3: 4}", ),
    ("x = None\nx += 1", ),
    ("x = 1\nx @= 2", ),
    ("x = (1,)\nx |= (2,)", ),
    ("x = 'a'\nx //= 2", ),
    ("x = [1]\nx **= 2", ),
    ("x = 3\nx <<= 'a'", ),
    ("x = {1}\nx += {2}", ),
    ("x = b'a'\nx %= []", ),
]
for (src,) in pairs:
    try:
        exec(src)
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
