# Checks deleting a global from inside a function with and without a global declaration.
g1 = "one"
g2 = "two"

def with_decl():
    global g1
    del g1

with_decl()
print("g1" in globals())
try:
    with_decl()
except NameError as e:
    print(type(e).__name__, e)

def without_decl():
    del g2

try:
    without_decl()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(g2)

def uses_g3():
    return g3

g3 = "three"
print(uses_g3())
del g3
try:
    uses_g3()
except NameError as e:
    print(type(e).__name__, e)

def recreate():
    global g1
    g1 = "back"

recreate()
print(g1)
