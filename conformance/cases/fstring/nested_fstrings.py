# f-strings nested inside f-string replacement fields and format specs, with alternating quotes.
# requires: float
x = 42
name = "py"
print(f"{f'{x}'}", f'{f"{x + 1}"}', f"""{f'{f"{x}"}'}""")
print(f"{f'{x:>4}':*^10}", f"[{f'{name!r}':>8}]", f"{f'{x:x}'.upper()}")
print(f"{'-'.join(f'{i}' for i in range(3))}", f"{[f'{c}{c}' for c in 'ab']}")
print(f"{f'{3.14159:.{2}f}'!r}", f"{len(f'{x:010}')}", f"{f'{x}' * 2}")
w = 6
print(f"{f'{name:{w}}'!r}", f"{f'{x:{w}}':>{w + 2}}|")
print(f'''{f"{f'{x}'}"}''', f"{'inner' + f'{x}'}")
vals = {"a": 1, "b": 2}
print(f"{', '.join(f'{k}={v}' for k, v in vals.items())}")
print(f"{f'{x=}'}", f"{f'{x!r:>5}'=}")
