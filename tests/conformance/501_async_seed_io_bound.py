# Checks: the seed's I/O-bound example (02_io_bound.py): input() blocks until a line arrives, then adds 100.
# clock: virtual
def io_bound_func():
    print('값을 입력해주세요')
    input_value = input()
    return int(input_value) + 100

print(io_bound_func())
print(io_bound_func())
