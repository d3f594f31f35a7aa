# Starred items are allowed inside tuple/list elements of a comprehension but not as the element.
print([(*p, 0) for p in [(1, 2), (3,)]], [[*s] for s in ["ab", ""]], [{*r} for r in [range(2)]])
print([{**d, "n": i} for i, d in enumerate([{"a": 1}, {}])])
print([(first, rest) for first, *rest in ["abc", "d"]])
print(list(zip(*[(i, i * i) for i in range(3)])))
print([*[x for x in range(3)], *(y for y in "ab")], {*[1, 2], *{3}} == {1, 2, 3})
print({k: v for k, v in [*{"a": 1}.items(), ("b", 2)]})
for src in ["[*x for x in y]", "{*x for x in y}", "{**x for x in y}", "[(*x,) for x in y]",
            "[x, *y for x in z]", "[*x, *y]"]:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
