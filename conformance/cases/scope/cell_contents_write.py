# A closure cell's contents can be read, written and deleted through cell_contents.
def mk():
    x = 1
    def g():
        return x
    return g
g = mk()
c = g.__closure__[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 5
print(g(), c.cell_contents)
del c.cell_contents
try:
    g()
except NameError as e:
    print("NameError", e)
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError", e)
