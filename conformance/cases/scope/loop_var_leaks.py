# Checks that for-loop targets remain bound after the loop and that an empty loop leaves old bindings alone.
for i in range(3):
    pass
print(i)

i = "old"
for i in []:
    pass
print(i)

for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)

def f():
    for j in range(5):
        if j == 2:
            break
    return j

print(f())

d = {}
for d["k"] in range(3):
    pass
print(d)

class Box:
    pass

bx = Box()
for bx.attr in "xyz":
    pass
print(bx.attr)

lst = [0, 0, 0]
for idx, lst[idx] in enumerate([5, 6, 7]):
    pass
print(lst)

while False:
    never = 1
try:
    print(never)
except NameError as e:
    print(type(e).__name__, e)
