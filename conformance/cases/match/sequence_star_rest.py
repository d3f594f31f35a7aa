def f(x):
    match x:
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "empty or not seq"
for v in [[1], [1, 2, 3], (4, 5), "ab", [], range(3)]:
    print(repr(v), f(v))

def g(x):
    match x:
        case [*init, last]:
            return (init, last)
def h(x):
    match x:
        case [a, *mid, z]:
            return (a, mid, z)
        case [*_]:
            return "short"
print(g((1, 2, 3)), g([9]))
print(h([1, 2, 3, 4]), h([1, 2]), h([1]), h(()))
match (1, 2, 3):
    case (*all_items,):
        print(all_items, type(all_items).__name__)
