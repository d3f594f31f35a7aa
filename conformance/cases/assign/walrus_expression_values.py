# Checks the value and precedence of assignment expressions in various expression positions.
print((x := 5), x)
print((x := 1 + 2) * 2, x)
def f(v):
    return v * 10
print(f(z := 7), z)
print([w := 1, w + 1])
print({(k := "key"): k})
if (n := len("abcd")) > 3 and (m := n * 2):
    print(n, m)
result = (a := 1, b := 2)
print(result, a, b)
t = (p := 10), 20
print(t, p)
print((q := [1, 2]) is q)
lst = [1, 2, 3]
if (idx := lst.index(2)) is not None:
    print(idx)
print((s := "x") * 3, s)
val = (c := 1) if (c := 0) else (c := 2)
print(val, c)
print(not (u := 0), u)
