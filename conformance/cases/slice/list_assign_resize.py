# Assigning to a simple list slice may grow, shrink or insert, whatever the replacement length.
a = list(range(6))
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[1:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[3:1] = ["ins"]
print(a)
a[-2:] = ["end"]
print(a)
a[:] = [1, 2]
print(a)
a[10:20] = [3]
print(a)
a[-10:1] = [0]
print(a)
a[1:2] = [[9]]
print(a)
b = []
b[:] = "xyz"
print(b)
b[::1] = [1, 2, 3, 4, 5]
print(b)
b[1:4:1] = ()
print(b)
b[0:0:-1] = []
print(b)
c = [1, 2, 3]
c[1:1] = c
print(c)
c[:] = c[::-1]
print(c)
c[2:] = c
print(c, len(c))
