def f(x):
    match x:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [(x1, y1), (x2, y2), *more]:
            return f"points {x1},{y1} {x2},{y2} +{len(more)}"
        case [[*row], *_]:
            return f"first row {row}"
        case _:
            return "no"
print(f([[1, 2], [3, 4]]))
print(f([(0, 0), (1, 1), (2, 2), (3, 3)]))
print(f([[1, 2, 3]]))
print(f([[1, 2], 3]))
print(f([1, 2]))
match {"k": [1, (2, [3, 4])]}:
    case {"k": [_, (_, [_, deep])]}:
        print("deep", deep)
