# Checks that list += and *= mutate in place (aliases see it) unlike list = list + ...
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a += "xy"
print(alias)
a += range(2)
print(alias)
a += (i * 10 for i in range(2))
print(alias)
a = a + [0]
print(a is alias, len(a), len(alias))
b = [1]
bal = b
b *= 3
print(b, bal is b)
b *= 0
print(bal)
c = [1, 2]
c *= -1
print(c)
try:
    d = [1]
    d = d + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = [1]
    d += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d *= "2"
except TypeError as e:
    print(type(e).__name__, e)
e = [1]
e += e
print(e)
e *= 2
print(e)
