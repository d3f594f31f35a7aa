# Assignment expressions bind in the current scope and can be used inside conditions and calls.
print((y := 5) + 1, y)
x = (z := 3) * 2
print(x, z)
data = [3, 1, 4, 1, 5]
if (n := len(data)) > 3:
    print("long", n)
stack = [1, 2, 3]
out = []
while (item := stack.pop() if stack else None) is not None:
    out.append(item)
print(out, item)
print([w := 10, w * 2])
print(print_value := "bound", print_value)
def f():
    if any((hit := v) > 3 for v in data):
        return hit
print(f())
vals = [y for x in range(5) if (y := x * x) % 2]
print(vals, y)
a = b = 0
print((a := a + 1) + (a := a + 1), a)
def g(p=(q := 7)):
    return p
print(g(), q)
print(f"{(s := 'fmt')}", s)
