def ev(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ("neg", e):
            return -ev(e, env)
        case ("+", a, b):
            return ev(a, env) + ev(b, env)
        case ("*", a, b):
            return ev(a, env) * ev(b, env)
        case ("-", a, b):
            return ev(a, env) - ev(b, env)
        case ("let", str(name), value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ("if", cond, then, other):
            return ev(then, env) if ev(cond, env) else ev(other, env)
        case ("+" | "*" | "-", *args):
            raise TypeError(f"wrong arity for {expr[0]}: {len(args)}")
        case (op, *_):
            raise ValueError(f"unknown op {op!r}")
        case _:
            raise ValueError(f"bad expression {expr!r}")

def show(expr):
    match expr:
        case (op, a, b) if op in "+*-":
            return f"({show(a)} {op} {show(b)})"
        case ("neg", e):
            return f"-{show(e)}"
        case ("let", name, v, body):
            return f"let {name} = {show(v)} in {show(body)}"
        case ("if", c, t, o):
            return f"if {show(c)} then {show(t)} else {show(o)}"
        case _:
            return str(expr)

progs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("neg", "x"))),
    ("if", ("-", "y", 2), "y", 0),
    ("let", "a", 2.5, ("+", "a", "a")),
    ("+", 1),
    ("pow", 2, 3),
    [1, 2],
]
for p in progs:
    try:
        print(show(p), "=>", ev(p, {"y": 2}))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
