sources = [
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 | y:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case a.b():\n        pass\n    case P(x=1, x=2):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case f(1):\n        pass\n",
    "match x:\n    case P(a=1, 2):\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<pattern>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
