# A module whose code raises is taken out of sys.modules again; importing it again reruns it.
# file: flaky.py
#| import sys
#| runs = getattr(sys, "flaky_runs", 0) + 1
#| sys.flaky_runs = runs
#| print("flaky run", runs)
#| if runs == 1:
#|     raise ValueError("first run fails")
#| ready = True
import sys
try:
    import flaky
except ValueError as e:
    print("caught", e, "flaky" in sys.modules)
import flaky
print(flaky.ready, "flaky" in sys.modules)
del sys.modules["flaky"]
import flaky as again
print(again is flaky, again.runs)
