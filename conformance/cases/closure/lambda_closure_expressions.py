# Immediately invoked lambdas, lambdas returning lambdas, lambdas as default values and conditional closures.
print((lambda: 42)(), (lambda x, y=2: x ** y)(5), (lambda *a, **k: (a, sorted(k)))(1, 2, z=3, a=4))
adder = lambda n: lambda x: x + n
add5, add10 = adder(5), adder(10)
print(add5(1), add10(1), adder(-1)(adder(2)(0)))
compose2 = lambda f, g: lambda x: f(g(x))
print(compose2(add5, add10)(0), compose2(str, abs)(-3), compose2(len, compose2(str, abs))(-12345))
choose = lambda flag: (lambda: "yes") if flag else (lambda: "no")
print(choose(1)(), choose(0)(), choose([])())
y = 10
with_default = lambda x, f=lambda v: v * y: f(x)
print(with_default(3))
y = 20
print(with_default(3), with_default(3, str))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(0))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(12)])
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
ops = {sym: (lambda s: lambda a, b: {"+": a + b, "-": a - b, "*": a * b}[s])(sym) for sym in "+-*"}
print(sorted((k, f(7, 3)) for k, f in ops.items()))
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print(sorted(["bb", "a", "ccc", "dd"], key=lambda s: (-len(s), s)))
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield from range(3)))()))
try:
    (lambda a, /, b: a + b)(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
