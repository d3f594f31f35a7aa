# walk goes through a tree top-down (with pruning) or bottom-up; errors go to onerror.
# file: top.txt
#| t
# file: a/a1.txt
#| a1
# file: a/deep/d.txt
#| d
# file: b/b1.txt
#| b1
# file: b/skip/s.txt
#| s
import os, sys
d = sys.path[0]
def rel(p):
    return os.path.relpath(p, d)
def show(gen):
    for folder, dirs, files in gen:
        files = sorted(f for f in files if not f.endswith('.py'))
        print(rel(folder), sorted(dirs), files)
def top_down():
    for folder, dirs, files in os.walk(d):
        dirs.sort()
        if 'skip' in dirs:
            dirs.remove('skip')
        yield folder, dirs, files
show(top_down())
print('--')
seen = []
for folder, dirs, files in os.walk(d, topdown=False):
    seen.append(rel(folder))
print(sorted(seen), seen.index('a/deep') < seen.index('a'), seen[-1])
print('--')
errors = []
print(list(os.walk(os.path.join(d, 'nope'), onerror=errors.append)))
print([type(e).__name__ for e in errors])
print(list(os.walk(os.path.join(d, 'top.txt'))))
show(os.walk(os.path.join(d, 'a').encode()))
