# Checks del with simple and extended slices on lists, including negative steps and empty slices.
def fresh():
    return list(range(10))

l = fresh(); del l[2:5]; print(l)
l = fresh(); del l[:3]; print(l)
l = fresh(); del l[7:]; print(l)
l = fresh(); del l[:]; print(l)
l = fresh(); del l[::2]; print(l)
l = fresh(); del l[1::3]; print(l)
l = fresh(); del l[::-1]; print(l)
l = fresh(); del l[8:2:-2]; print(l)
l = fresh(); del l[-3:]; print(l)
l = fresh(); del l[5:2]; print(l)
l = fresh(); del l[100:]; print(l)
l = fresh(); del l[-100:2]; print(l)
l = fresh(); del l[::100]; print(l)
l = fresh(); del l[::-3]; print(l)
try:
    l = fresh()
    del l[::0]
except ValueError as e:
    print(type(e).__name__, e)
alias = fresh()
same = alias
del alias[:]
print(same, same is alias)
l = fresh()
del l[slice(1, 4)]
print(l)
l = fresh()
del l[slice(None, None, 4)]
print(l)
