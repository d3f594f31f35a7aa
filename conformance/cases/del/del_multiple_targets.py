# Checks del with several comma-separated, parenthesised and bracketed targets, applied left to right.
a, b, c = 1, 2, 3
del a, b
print("a" in globals(), "b" in globals(), c)
x = y = 1
del (x, y)
print("x" in globals(), "y" in globals())
p = q = 2
del [p, q]
print("p" in globals())
lst = [0, 1, 2, 3, 4]
del lst[0], lst[0]
print(lst)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[2]
print(lst)
d = {"k": 1, "j": 2}
lst = [10, 20]
del d["k"], lst[0]
print(d, lst)
m = 5
n = 6
try:
    del m, undefined_target, n
except NameError as e:
    print(type(e).__name__, e)
print("m" in globals(), "n" in globals())
r, s = 1, 2
del (r, (s,))
print("r" in globals(), "s" in globals())
del ()
del []
print("empty ok")
