# AssertionError from assert statements with and without messages of various types.
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("passed")
    except AssertionError as e:
        print(type(e).__name__, repr(str(e)), e.args)
check(True)
check(1 == 1, "never shown")
check(False)
check(0, "zero is falsy")
check([], 42)
check("", ("tuple", "msg"))
check(None, None)
check(False, ["list"])
calls = []
def msg():
    calls.append(1)
    return "lazy"
check(True, msg) if False else None
try:
    assert True, msg()
except AssertionError:
    pass
print("message evaluated on success:", calls)
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (False, "tuple is truthy")
    print("tuple assertion passed")
except AssertionError:
    print("no")
