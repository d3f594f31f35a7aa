def a(x):
    def b(y):
        def c(z):
            return x * 100 + y * 10 + z
        return c
    return b
print(a(1)(2)(3))
f = a(4)
g = f(5)
print(g(6), g(7))
