# A __builtins__ entry in the globals dict controls which builtins eval'd code can see.
print(eval("len('abc')", {}))
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "fake len"}}))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("min(3, 1)", {"min": max}))
print(eval("min(3, 1)", {}, {"min": max}))
g = {"__builtins__": {"abs": abs}}
print(eval("abs(-4)", g))
try:
    eval("print('hi')", g)
except NameError as e:
    print(type(e).__name__, e)
g = {}
exec("x = sum([1, 2, 3])", g)
print(g["x"])
