def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case int(c) if 400 <= c < 500:
            return "client error"
        case int(c) if c >= 500:
            return "server error"
    return "unexpected"

for c in [200, 204, 302, 404, 418, 503, 100, "200"]:
    print(c, http_status(c))

def classify(*args, **kwargs):
    match args, kwargs:
        case (), {}:
            return "nothing"
        case (x,), {}:
            return f"one positional {x}"
        case (), {"name": n}:
            return f"named {n}"
        case _, _:
            return f"{len(args)} args, {sorted(kwargs)}"
print(classify())
print(classify(1))
print(classify(name="n"))
print(classify(1, 2, a=1, b=2))
