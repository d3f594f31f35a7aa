# exec() runs statements in the given namespace.
ns = {}
exec('x = 1\ny = x + 1\nfor i in range(3):\n    y += i', ns)
print(ns['x'], ns['y'], ns['i'])
exec('print("printed from exec")')
g = {'base': 100}
loc = {}
exec('z = base + 1', g, loc)
print(loc, 'z' in g)
exec('class K:\n    v = 5\nk = K.v', ns)
print(ns['k'])
exec(compile('w = 7', '<s>', 'exec'), ns)
print(ns['w'])
try:
    exec('raise ValueError("from exec")', {})
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec('x = (', {})
except SyntaxError as e:
    print(type(e).__name__, e.msg)
