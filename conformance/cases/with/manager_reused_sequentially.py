# A manager can be used by several with statements in turn; each use calls enter and exit again.
class Lock:
    def __init__(self):
        self.held = False
        self.uses = 0
    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
        self.uses += 1
        return self
    def __exit__(self, t, v, tb):
        self.held = False

lock = Lock()
for i in range(3):
    with lock:
        print(i, lock.held)
print(lock.held, lock.uses)

try:
    with lock:
        with lock:
            print("not reached")
except RuntimeError as e:
    print("error:", e, "held now", lock.held)

def use():
    with lock as l:
        return l.uses
print(use(), use(), lock.held)
try:
    with lock as a, lock as b:
        pass
except RuntimeError as e:
    print("two items:", e, lock.held)
