# What the time functions reject.
import time
for f, a in [(time.sleep, (-1,)), (time.sleep, ("x",)), (time.sleep, (float("nan"),)),
             (time.sleep, ()), (time.gmtime, ("x",)), (time.gmtime, (1e20,)),
             (time.gmtime, (1, 2)), (time.mktime, ((1, 2),)), (time.mktime, (5,)),
             (time.time, (1,)), (time.localtime, (2**70,)), (time.gmtime, (float("nan"),))]:
    try:
        print(f(*a))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(time.sleep(0), time.sleep(0.001))
