# Annotations are evaluated nowhere that changes the result, but lambdas inside them must not
# confuse which scope each function body gets.
def f(x: (lambda: 1), *, k: [i for i in range(2)] = 3) -> (lambda: 2):
    g = lambda y: y + k
    return g(x)
print(f(1), f(2, k=10))
h: (lambda: 0) = lambda a: [a * j for j in range(3)]
print(h(2))
