# seed: 3
# Checks: a number-guessing game — the secret comes from randint under `# seed: 3`, guesses come from stdin, until EOF ends it.
import random

secret = random.randint(1, 100)
tries = 0
low, high = 1, 100
while True:
    try:
        guess = int(input(f"{low}~{high} 사이의 숫자를 맞혀보세요: "))
    except EOFError:
        print("\n입력이 끝났습니다. 정답은", secret)
        break
    tries += 1
    if guess < secret:
        print("더 큰 수입니다")
        low = max(low, guess + 1)
    elif guess > secret:
        print("더 작은 수입니다")
        high = min(high, guess - 1)
    else:
        print(f"정답! {tries}번 만에 맞혔습니다")
        break
