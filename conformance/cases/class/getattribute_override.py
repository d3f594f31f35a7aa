# __getattribute__ intercepts every attribute read, including methods; __getattr__ is the fallback.
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        log.append(name)
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
    def method(self):
        return self.x + 1
log = []
s = Spy()
print(s.x, s.secret, s.method(), s.nothing)
print(log)
log.clear()
print(type(s).__name__, log)
print(getattr(s, 'x'), hasattr(s, 'zzz'), log)
