# A small ray tracer: a Vec class with operator overloading, spheres, one
# point light, shadows and reflections. Stresses float arithmetic, dunder
# method dispatch (__add__, __sub__, __mul__), and short-lived objects.

N = 290  # image width and height in pixels; tuned so CPython takes about 1.5 s
MAX_DEPTH = 3


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalize(self):
        n = self.length()
        if n == 0.0:
            return self
        return self * (1.0 / n)

    def scale(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        # solve |o + t d - c|^2 = r^2 for the nearest positive t (d is unit)
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalize()


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, -1000.5, 0.0), 1000.0, Vec(0.8, 0.8, 0.7), 0.2),
            Sphere(Vec(-1.1, 0.2, 4.0), 0.7, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(0.3, 0.0, 3.0), 0.5, Vec(0.2, 0.9, 0.3), 0.5),
            Sphere(Vec(1.4, 0.5, 5.0), 1.0, Vec(0.3, 0.4, 0.9), 0.4),
            Sphere(Vec(-0.2, -0.3, 2.2), 0.2, Vec(0.9, 0.9, 0.2), 0.1),
        ]
        self.light = Vec(-3.0, 5.0, -2.0)
        self.ambient = 0.1
        self.background = Vec(0.2, 0.3, 0.5)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, dist):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        light_vec = self.light - point
        dist = light_vec.length()
        to_light = light_vec * (1.0 / dist)
        color = obj.color * self.ambient
        if not self.shadowed(point, to_light, dist):
            diffuse = normal.dot(to_light)
            if diffuse > 0.0:
                color = color + obj.color * diffuse
            halfway = (to_light - ray.direction).normalize()
            spec = normal.dot(halfway)
            if spec > 0.0:
                color = color + Vec(1.0, 1.0, 1.0) * (spec ** 32)
        if depth < MAX_DEPTH and obj.reflect > 0.0:
            d = ray.direction
            refl = d - normal * (2.0 * d.dot(normal))
            bounced = self.trace(Ray(point, refl.normalize()), depth + 1)
            color = color * (1.0 - obj.reflect) + bounced * obj.reflect
        return color


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 0.3, -1.0)
    checksum = 0
    total = 0
    lit = 0
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = 2.0 * (i + 0.5) / width - 1.0
            direction = Vec(x, y, 1.5).normalize()
            c = scene.trace(Ray(eye, direction), 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            total += r + g + b
            if r + g + b > 384:
                lit += 1
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 1000000007
    return checksum, total, lit


checksum, total, lit = render(N, N)
print("image %dx%d" % (N, N))
print("checksum", checksum, "sum", total, "bright", lit)
