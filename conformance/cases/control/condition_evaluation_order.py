log = []
def c(name, val):
    log.append(name)
    return val
if c("a", 0):
    pass
elif c("b", 0):
    pass
elif c("c", 1):
    pass
elif c("d", 1):
    pass
print(log)
log = []
while c("w", len(log) < 5):
    pass
print(log)
