def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))

def show(z):
    if isinstance(z, complex):
        return f"{round(z.real, 6) + 0.0:.6f}{round(z.imag, 6) + 0.0:+.6f}j"
    return f"{round(z, 6) + 0.0:.6f}"

for a, b, c in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    r1, r2 = roots(a, b, c)
    print(a, b, c, show(r1), show(r2), type(r1).__name__)
    check = a * r1 * r1 + b * r1 + c
    print(abs(check) < 1e-9)
