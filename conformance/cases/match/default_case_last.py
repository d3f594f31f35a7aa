def f(x):
    match x:
        case 1:
            return "one"
        case _:
            return "default"
print(f(1), f(2), f(None), f([]))
for src in [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (y):\n        pass\n    case _:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | z:\n        pass\n    case 2:\n        pass\n",
]:
    try:
        compile(src, "<case>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
