# f-string fields hold any expression: lambdas and walrus in parens, comprehensions, slices, calls.
# requires: float, complex
items = [3, 1, 2]
d = {"a": 1, "b": {"c": 2}}
print(f"{(lambda v: v * 2)(4)}", f"{(n := 10) + 1}", n, f"{[x * x for x in items]}")
print(f"{ {k: v for k, v in d.items() if k == 'a'} }", f"{ {1, 2} }", f"{ {'k': 0}['k'] }")
print(f"{items[1:]}", f"{items[::-1]}", f"{items[-1]}", f"{'abcdef'[1:4]}", f"{d['b']['c']}")
print(f"{sorted(items, key=lambda v: -v)}", f"{max(items, default=0)}", f"{sum(items) / 2}")
print(f"{'yes' if items else 'no'}", f"{items and items[0]}", f"{not items}", f"{1 < 2 < 3}")
print(f"{2 ** 10}", f"{-5 // 2}", f"{7 % 3}", f"{1_000}", f"{0x1F}", f"{1e3}", f"{3j}")
print(f"{'a' 'b'}", f"{'x' * 3}", f"{'q'.join('ab')}", f"{str(None).lower()}", f"{type(1).__name__}")
print(f"{(1, 2)}", f"{1, 2}", f"{*items,}", f"{[*items, *'ab']}", f"{ {**d}['a'] }")
print(f"{print.__class__.__name__}", f"{items.__len__()}", f"{(yield_ := 'w')}")
t = 5
print(f"{t if t > 3 else -t:>4}", f"{t:>{t}}", f"{'%d' % t}", f"{'{}'.format(t)}")
print(f"{  t  }", f"{ t + 1 }", f"{ (t) }")
