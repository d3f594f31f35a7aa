def f(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"
for v in [None, True, False, 1, 0, 1.0, "", [], "None"]:
    print(repr(v), f(v))
