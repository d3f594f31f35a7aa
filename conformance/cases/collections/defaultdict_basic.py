# defaultdict: grouping and counting with a factory; the repr names the factory.
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bean', 'avocado', 'beet', 'cherry']:
    groups[word[0]].append(word)
print(groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], len(counts))
sets = defaultdict(set)
sets['a'].add(1)
sets['a'].add(1)
print(sets)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), list(nested))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(str, a='b'))
