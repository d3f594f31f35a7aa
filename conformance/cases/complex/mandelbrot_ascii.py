def escape(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4:
            return n
    return limit

rows = []
for yi in range(11):
    y = 1.0 - yi * 0.2
    line = ""
    for xi in range(32):
        x = -2.0 + xi * 0.08
        n = escape(complex(x, y))
        line += "#" if n == 30 else ".:-=+*%@"[min(n, 7)]
    rows.append(line)
print("\n".join(rows))
print(sum(escape(complex(-2 + i * 0.1, 0.3)) for i in range(30)))
