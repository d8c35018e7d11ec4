# Checks: the seed's CPU-bound example (01_cpu_bound.py) with small inputs: nested loops multiplying big ints; no time passes on the ideal clock.
# clock: virtual
import time

def cpu_bound_func(number: int):
    total = 1
    arrange = range(1, number + 1)
    for i in arrange:
        for j in arrange:
            for k in arrange:
                total *= i * j * k

    return total

start = time.perf_counter()
print(cpu_bound_func(2))
print(cpu_bound_func(3))
print(cpu_bound_func(5))
print(len(str(cpu_bound_func(12))), "자리 숫자")
print("소요 시간:", time.perf_counter() - start)
