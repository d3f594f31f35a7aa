# Checks chained assignments where a later target depends on an earlier one, creating cycles.
a = a0 = [0]
a = a[0] = [1]
print(a0, repr(a))
b = [None]
b[0] = b
print(b, b[0] is b, len(b))
c = {}
c["self"] = c
print(c)
x = [1, 2]
x[1:] = x
print(x)
y = [1, 2, 3]
y[:] = y[::-1]
print(y)
z = [1, 2]
z[len(z):] = z
print(z)
t = ([],)
t[0].append(t)
print(t)
n = [0]
n[0] = n[0] + 1
print(n)
