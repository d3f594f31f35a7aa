# with calls __enter__ (its result bound by `as`) and __exit__ with (None, None, None) on success.
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(('exit', self.name, et, ev, tb))
        return False
with CM('a') as v:
    log.append('body ' + v)
with CM('x'), CM('y') as w:
    log.append('body ' + w)
for entry in log:
    print(entry)
def early():
    with CM('ret'):
        return 'returned'
log.clear()
print(early(), log[-1][0:2])
log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
print([e if isinstance(e, str) else e[:2] for e in log])
