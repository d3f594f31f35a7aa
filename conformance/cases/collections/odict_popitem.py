# popitem takes from the end, or the front with last=False.
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3, d=4)
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
print(od.popitem(True), od)
for last in (True, False):
    try:
        od.popitem(last=last)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    OrderedDict(a=1).popitem(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
queue = OrderedDict()
for i in range(5):
    queue[i] = str(i)
order = []
while queue:
    order.append(queue.popitem(last=False))
    if len(order) == 2:
        queue[9] = 'nine'
print(order)
