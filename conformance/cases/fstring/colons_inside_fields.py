# Colons inside brackets, strings, lambdas in parens and slices do not start the format spec.
# requires: float
d = {"a:b": 1, "k": "v"}
s = "abcdef"
x = 0
print(f"{d['a:b']}", f"{s[1:3]}", f"{s[::2]}", f"{s[1:-1]:>8}", f"{d['k']:^5}|")
print(f"{(lambda: 'lam')()}", f"{(lambda y: y * 2)(4):>3}", f"{ {'x': 1}['x'] }")
print(f"{x if x else 'zero':>6}", f"{'t' if True else 'f':*<3}", f"{[i for i in 'ab']}")
print(f"{'a:b'}", f"{'::'}", f"{'a:b':>5}", f"{str(1) + ':':>3}", f"{s[slice(1, 2)]}")
print(f"{(x := 5)}", f"{x:{x}}|", f"{dict(a=1)}", f"{ {1: 2} }", f"{ {1: 2}[1]:03}")
print(f"{3.5:.{1}f}" if True else "", f"{s[:2]!r:>6}", f"{s[-2:]=}")
