# Long runs of statements without loops, each making a large temporary that dies at once:
# memory must follow what is live, not what straight-line code has made so far (120
# megabyte-sized strings in total, far beyond the default heap budget if kept).
stmts = []
for i in range(40):
    stmts.append("s = 'x' * 1000000")
    stmts.append("len('y' * 1000000)")
    stmts.append("g.append(('z' * 1000000)[:3])")
ns = {"g": []}
exec("\n".join(stmts), ns)
print(len(ns["s"]), ns["g"][:2], len(ns["g"]))

body = "\n".join("    t = b'q' * 1000000\n    d['k'] = t[:2]" for _ in range(40))
exec("def f(d):\n" + body + "\n    return len(t)", ns)
d = {}
print(ns["f"](d), d)
