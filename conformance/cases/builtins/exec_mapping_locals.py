# exec and eval read and write names through any mapping given as locals.
class Rec:
    def __init__(self):
        self.d = {'k': 5}
    def __getitem__(self, key):
        print('get', key)
        return self.d[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.d[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.d[key]
r = Rec()
exec('y = k + 1\nz = len([y])\ndel y', {}, r)
print(sorted(r.d.items()))
print(eval('k * 2', {}, r), eval('len', {}, r))
for src, ns in [('y = 1', ''), ('q', r), ('del q', r), ('print(k)', {'k': 1})]:
    try:
        exec(src, {}, ns)
    except Exception as e:
        print(type(e).__name__, e)
