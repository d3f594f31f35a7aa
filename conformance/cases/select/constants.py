# select's constants, error alias and poll type
import select

print(select.POLLIN, select.POLLPRI, select.POLLOUT)
print(select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.error is OSError)
p = select.poll()
print(type(p).__name__)
try:
    select.poll(1)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(p.register), callable(p.unregister), callable(p.modify), callable(p.poll))
