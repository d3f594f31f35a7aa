s = {3, 1, 3, 2, 1}
print(len(s), sorted(s))
a = [1, 2]
b = (2, 3)
print(sorted({*a, *b}))
print(sorted({0, *a, 9, *range(4, 6)}))
print(sorted({*"abc", *"cd"}))
print({*()} == set(), {*[]})
order = []
def f(x):
    order.append(x)
    return x
t = {f(3), f(1), f(2)}
print(order, sorted(t))
print({(1,)} == {(1,), (1,)})
