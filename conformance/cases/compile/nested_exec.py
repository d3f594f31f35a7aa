# exec and eval can be nested: inner calls see the namespace they are given or the current one.
ns = {}
exec("a = 1\nexec('b = a + 1')\nc = eval('a + b')", ns)
print(ns["a"], ns["b"], ns["c"])
exec("exec(\"exec('deep = 3')\")", ns)
print(ns["deep"])
inner = {}
exec("exec('v = 10', inner)", {"inner": inner})
print(inner["v"])
print(eval("eval('eval(\"1 + 2\")')"))
src = "def make():\n    return eval('w * 2')\nw = 21\nr = make()"
exec(src, ns)
print(ns["r"])
code = compile("exec(s)", "<outer>", "exec")
out = {"s": "t = 'nested compiled'"}
exec(code, out)
print(out["t"])
level = {"n": 0}
step = "n += 1\nif n < 5:\n    exec(step)"
level["step"] = step
exec(step, level)
print(level["n"])
