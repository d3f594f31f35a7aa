# Global and builtin name reads in a loop see globals rebound, deleted, re-added and builtins shadowed or unshadowed between calls.
K = 1
def read():
    return K, len('abc')
out = []
for step in range(8):
    if step == 1:
        K = 2
    if step == 2:
        del K
    if step == 3:
        K = 3
    if step == 4:
        len = lambda s: 'shadow'
    if step == 5:
        del len
    if step == 6:
        globals()['K'] = 6
    try:
        out.append(read())
    except NameError as e:
        out.append(str(e))
print(out)
def make():
    g = {'V': 10}
    exec("def h():\n    return V\n", g)
    return g
g1, g2 = make(), make()
g2['V'] = 20
print(g1['h'](), g2['h'](), g1['h'](), g2['h']())
for i in range(50):
    globals()['N%d' % i] = i
print(read(), K)
