# Commas, not parentheses, make tuples: trailing commas, empty parens and nested forms.
a = 1,
b = (1)
c = (1,)
d = ()
e = 1, 2,
f = (((1,),),)
print(a, b, c, d, e, f, type(b).__name__, len(f[0]))
print((), (()), ((),), len(((),)), (1, 2)[1], (1,) * 2)
for x in 1, 2:
    print("loop", x)
def g():
    return 1, 2
def h():
    return (3,)
print(g(), h(), type(g()).__name__)
print([1, 2,], {1: 2,}, {3,}, f"{(1,)}", (lambda: (4,))())
t = tuple()
print(t == (), (1, 2) == (1, 2,), ("a" "b",), ("a", "b"))
x = y = 5,
print(x, y, x is y)
i, j = j, i = 1, 2
print(i, j)
print((yield_ := 3,), len((1, *(), 2)), (*"ab",))
