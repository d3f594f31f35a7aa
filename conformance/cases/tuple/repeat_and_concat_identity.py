# Tuple repetition and concatenation share element references; empty results compare equal.
inner = [0]
t = (inner,) * 3
inner.append(1)
print(t, t[0] is t[2])
u = (1, 2) + (3,)
print(u, len(u), u * 2, 2 * u, u * 0 == (), (u + u)[2:4])
nested = ((1,),) * 2
print(nested, nested[0] is nested[1])
print((1,) * 3 == (1, 1, 1), () + () == (), ((),) * 2, (None,) * 0)
x = (1, [2])
y = x + x
y[1].append(3)
print(x, y)
z = x * 1
print(z == x, z[1] is x[1])
print(sum([(1,), (2,), (3,)], ()), tuple(i for t in [(1, 2), (3,)] for i in t))
