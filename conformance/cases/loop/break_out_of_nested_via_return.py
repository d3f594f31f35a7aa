# Checks leaving nested loops via return, exceptions and flags, with finally blocks observing the exit.
def first_pair(limit, target):
    for a in range(limit):
        for b in range(limit):
            if a * b == target:
                return a, b
    return None

print(first_pair(5, 6), first_pair(3, 100))

class Found(Exception):
    pass

try:
    for i in range(5):
        for j in range(5):
            try:
                if i + j == 6:
                    raise Found(i, j)
            finally:
                if i + j == 6:
                    print("finally at", i, j)
except Found as e:
    print("found", e.args)

def gen_pairs():
    for a in range(3):
        for b in range(3):
            yield a, b

for a, b in gen_pairs():
    if a == b == 1:
        break
print(a, b)
done = False
for i in range(3):
    for j in range(3):
        if i * j == 2:
            done = True
            break
    if done:
        break
print(i, j, done)
