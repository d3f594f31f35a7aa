# Float-heavy loops: Simpson's rule integration, Newton's method for square
# and cube roots, and a Mandelbrot escape-count grid. Stresses boxed or
# unboxed float arithmetic, float comparisons, and int/float mixing.

N = 9  # scale factor for all three parts; tuned so CPython takes about 1.5 s


def simpson(f, a, b, steps):
    h = (b - a) / steps
    total = f(a) + f(b)
    for i in range(1, steps):
        x = a + i * h
        if i % 2 == 1:
            total += 4.0 * f(x)
        else:
            total += 2.0 * f(x)
    return total * h / 3.0


def integrals(steps):
    pi = simpson(lambda x: 4.0 / (1.0 + x * x), 0.0, 1.0, steps)
    ln2 = simpson(lambda x: 1.0 / x, 1.0, 2.0, steps)
    poly = simpson(lambda x: x * x * x - 2.0 * x + 0.5, -1.0, 3.0, steps)
    return pi, ln2, poly


def newton_sqrt(v):
    x = v if v > 1.0 else 1.0
    for _ in range(60):
        nx = 0.5 * (x + v / x)
        if abs(nx - x) <= 1e-15 * nx:
            return nx
        x = nx
    return x


def newton_cbrt(v):
    x = v if v > 1.0 else 1.0
    for _ in range(100):
        nx = (2.0 * x + v / (x * x)) / 3.0
        if abs(nx - x) <= 1e-15 * nx:
            return nx
        x = nx
    return x


def roots(count):
    s = 0.0
    c = 0.0
    worst = 0.0
    for i in range(1, count + 1):
        v = i * 0.731
        r = newton_sqrt(v)
        s += r
        err = abs(r * r - v) / v
        if err > worst:
            worst = err
        c += newton_cbrt(v)
    return s, c, worst


def mandelbrot(size, limit):
    inside = 0
    total_iter = 0
    for py in range(size):
        ci = -1.25 + 2.5 * py / size
        for px in range(size):
            cr = -2.0 + 2.6 * px / size
            zr = 0.0
            zi = 0.0
            n = 0
            while n < limit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total_iter += n
            if n == limit:
                inside += 1
    return inside, total_iter


def main():
    pi, ln2, poly = integrals(N * 100000)
    print("integrals %.12f %.12f %.9f" % (pi, ln2, poly))
    s, c, worst = roots(N * 20000)
    print("roots %.6f %.6f worst<1e-14: %s" % (s, c, worst < 1e-14))
    inside, iters = mandelbrot(N * 32, 100)
    print("mandelbrot inside", inside, "iterations", iters)


main()
