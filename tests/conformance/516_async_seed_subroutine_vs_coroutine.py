# Checks: the seed's sub_routine vs coroutine: calling the coroutine function prints nothing and warns "never awaited".
# clock: virtual
# 서브루틴 (함수)
def sub_routine():
    print('sub_routine')

# 코루틴 (비동기 함수)
async def coroutine():
    print('coroutine start')

sub_routine()
coroutine()
print('coroutine start 는 출력되지 않는다')
