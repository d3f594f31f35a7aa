e = ValueError("stored")
print(type(e).__name__, e)
errors = [ValueError("a"), TypeError("b"), KeyError("c")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as x:
        print("VT", x)
    except KeyError as x:
        print("K", x)
