# Checks += and *= on tuples rebind to new tuples, and the famous tuple-item += on a list.
t = (1, 2)
alias = t
t += (3,)
print(t, alias, t is alias)
t *= 2
print(t)
t += ()
print(t)
try:
    t += [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t += 4
except TypeError as e:
    print(type(e).__name__, e)
box = ([1], "s")
try:
    box[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(box)
try:
    box[1] += "x"
except TypeError as e:
    print(type(e).__name__, e)
print(box)
try:
    box[0].extend([3])
    box[0] *= 1
except TypeError as e:
    print(type(e).__name__, e)
print(box)
e = ()
e *= 5
print(e)
