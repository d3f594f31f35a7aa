# globals() inside a function is the module namespace.
counter = 0

def bump():
    g = globals()
    g['counter'] += 1
    g['created'] = 'yes'
    return g is globals()

print(bump(), counter, created)
print('bump' in globals(), '__name__' in globals())
print(globals()['__name__'])
def inner():
    return 'counter' in globals(), 'local_only' in globals()
local_only = 1
print(inner())
