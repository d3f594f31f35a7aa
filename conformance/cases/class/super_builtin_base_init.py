# super().__init__/__new__ reaching builtin bases (object, list, dict, Exception).
class L(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
l = L('abc', 'T')
print(l, l.tag, len(l))

class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self['extra'] = 1
print(sorted(D(a=2).items()))

class E(Exception):
    def __init__(self, code):
        super().__init__('code ' + str(code))
        self.code = code
e = E(7)
print(e.args, e.code, str(e))

class O:
    def __init__(self):
        super().__init__()
        self.ok = True
print(O().ok)
try:
    class P:
        def __init__(self):
            super().__init__(1)
    P()
except TypeError as e:
    print(type(e).__name__, e)
