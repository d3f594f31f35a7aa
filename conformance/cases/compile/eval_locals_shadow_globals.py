# With both dicts, eval/exec look names up in locals first, then globals, then builtins.
g = {"x": "gx", "y": "gy", "len": "shadowed len"}
l = {"x": "lx"}
print(eval("x", g, l))
print(eval("y", g, l))
print(eval("len", g, l))
print(eval("abs(-2)", g, l))
print(eval("(x, y)", g, l))
l["abs"] = lambda v: "local abs"
print(eval("abs(-2)", g, l))
exec("z = x + y", g, l)
print(l["z"], "z" in g)
exec("global w\nw = 'to globals'", g, l)
print(g["w"], "w" in l)
exec("del x", g, l)
print(eval("x", g, l))
try:
    exec("del q", g, l)
except NameError as e:
    print(type(e).__name__, e)
exec("x = 1\nx += 41", g, l)
print(l["x"], g["x"])
print(eval("dir()", g, l))
