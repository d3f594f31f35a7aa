def f(x):
    match x:
        case {"a": 1, **rest}:
            return ("a1", sorted(rest.items()), type(rest).__name__)
        case {"b": _, **rest} if not rest:
            return ("only b",)
        case {**everything}:
            return ("all", sorted(everything))
print(f({"a": 1}))
print(f({"a": 1, "z": 26, "y": 25}))
print(f({"b": 2}))
print(f({"b": 2, "c": 3}))
print(f({"a": 2}))
d = {"a": 1, "q": 0}
match d:
    case {"a": _, **rest}:
        rest["new"] = 1
print(sorted(d), sorted(rest))
