# Leaving a with body by break, continue or return still calls __exit__ with three Nones.
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append(('exit', self.name, exc))
        return False
log = []
for i in range(3):
    with CM('loop%d' % i, log) as n:
        if i == 0:
            continue
        if i == 1:
            log.append('body ' + n)
            break
print(log)
def f(log):
    with CM('f', log):
        return 'returned'
log = []
print(f(log), log)
def g(log):
    for i in range(2):
        with CM('outer', log), CM('inner', log) as x:
            if i == 1:
                return x
log = []
print(g(log))
print(log)
