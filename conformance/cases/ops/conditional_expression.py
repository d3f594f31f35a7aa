x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print(1 if 0 else 2 if 0 else 3)
y = [] if x else None
print(y)
def side(v):
    print("eval", v)
    return v
print(side(1) if True else side(2))
print(side(1) if False else side(2))
