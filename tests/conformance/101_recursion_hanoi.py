# Checks: recursive Tower of Hanoi printing moves and counting them through a mutable accumulator.
def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
for disk, src, dst in moves:
    print(f"원판 {disk}: {src} -> {dst}")
print("이동 횟수:", len(moves))

for n in range(1, 11):
    m = []
    hanoi(n, "A", "C", "B", m)
    print(n, len(m), len(m) == 2 ** n - 1)
