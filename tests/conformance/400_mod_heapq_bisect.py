# Checks: heapq push/pop/heapify layout (printed lists must match CPython's sift order), nlargest/nsmallest, merge, and bisect/insort with key.
import heapq
import bisect

tasks = []
for priority, name in [(3, "빨래"), (1, "숙제"), (4, "청소"), (1, "운동"), (5, "독서"), (2, "요리")]:
    heapq.heappush(tasks, (priority, name))
    print(tasks)
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
nums = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapq.heapify(nums)
print(nums)
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
scores = {"민수": 88, "지영": 95, "철수": 72, "영희": 95, "하늘": 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "d"], ["A", "C"], key=str.lower)))
grades = [60, 70, 80, 90]
for score in [55, 60, 75, 90, 100]:
    print(score, "ABCDE"[4 - bisect.bisect(grades, score)] if False else "FDCBA"[bisect.bisect(grades, score)])
sorted_list = [1, 3, 3, 5]
print(bisect.bisect_left(sorted_list, 3), bisect.bisect_right(sorted_list, 3), bisect.bisect_left(sorted_list, 3, 2))
bisect.insort(sorted_list, 4)
bisect.insort_left(sorted_list, 3)
print(sorted_list)
people = [("kim", 20), ("lee", 31), ("park", 45)]
bisect.insort(people, ("choi", 33), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 31, key=lambda p: p[1]))
heapq.heappop([])
