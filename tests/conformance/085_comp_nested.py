# Checks: nested comprehensions: matrix creation, transpose, flatten, and a multiplication table.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat)
print([[x for x in row if x % 2] for row in matrix])
table = [f"{i}x{j}={i * j}" for i in range(2, 4) for j in range(1, 4)]
print(table)
grid = [["." for _ in range(4)] for _ in range(2)]
grid[0][1] = "#"
print("\n".join("".join(row) for row in grid))
bad_grid = [["."] * 3] * 2
bad_grid[0][0] = "X"
print(bad_grid)
print({k: {v for v in range(k)} for k in range(1, 4)})
