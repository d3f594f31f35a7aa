# Literal keys of a mapping pattern that compare equal are a SyntaxError at compile time,
# naming the repeated key as written; value patterns are checked when the match runs.
sources = [
    "{'k': 1, 'k': 2}", "{1: a, True: b}", "{0: a, False: b}", "{1: a, 1.0: b}",
    "{-1: a, -1: b}", "{None: a, None: b}", "{b'x': a, b'x': b}", "{'a': a, 'b': b}",
    "{1: a, 2: b, 1.5: c, 1.5: d}", "{\"it's\": a, \"it's\": b}", "{-0.0: a, 0: b}",
    "{1j: a, 1j: b}", "{2: a, 1+1: b}", "{0: a, 0j: b}", "{0.5j: a, 1j: b}",
]
for src in sources:
    try:
        compile("match x:\n    case " + src + ":\n        pass\n", "<p>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)


class K:
    a = 1
    b = 1


try:
    match {1: 2}:
        case {K.a: x, K.b: y}:
            print("matched")
except ValueError as e:
    print("ValueError", e)
