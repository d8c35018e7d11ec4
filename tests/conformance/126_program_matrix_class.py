# Checks: a Matrix class with tuple-indexed __getitem__/__setitem__, __mul__, __eq__ and a formatted __str__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __mul__(self, other):
        if self.m != other.n:
            raise ValueError(f"크기가 맞지 않음: {self.n}x{self.m} * {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in row) for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
identity = Matrix([[1, 0], [0, 1]])
print(a * identity == a, a == identity)
b = a * a
print(b)
b[0, 0] = -1
print(b[0, 0], b[1, 1])
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
