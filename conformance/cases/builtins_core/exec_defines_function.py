# exec() can define functions in a given dict; they use it as globals.
ns = {'factor': 3}
src = '''
def triple(n):
    return n * factor

def set_factor(f):
    global factor
    factor = f
'''
exec(src, ns)
print(ns['triple'](5))
ns['set_factor'](10)
print(ns['factor'], ns['triple'](5))
print(ns['triple'].__name__)
print(sorted(k for k in ns if not k.startswith('__')))
print(ns['triple'].__globals__ is ns)
