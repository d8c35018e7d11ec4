# Checks: statistics mean/median/mode/multimode/variance/stdev/quantiles with CPython's exact results and result types, and StatisticsError messages.
import statistics as st

scores = [88, 92, 79, 93, 85, 92, 70]
print(st.mean(scores), st.median(scores), st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print(st.mean([1, 2, 3, 4]), st.mean([2, 4, 6]), st.mean([0.1, 0.2, 0.3]), st.fmean([1, 2, 3, 4]))
print(st.median([3, 1, 4, 1]), st.median_low([3, 1, 4, 1]), st.median_high([3, 1, 4, 1]), st.median(["b", "a", "c"]))
print(st.variance(scores), st.stdev(scores), st.pvariance(scores), st.pstdev(scores))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.quantiles(scores), st.quantiles(range(1, 11), n=10), st.quantiles([1, 2, 3, 4], method="inclusive"))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
heights = {"민수": 172.5, "지영": 160.2, "철수": 181.0, "영희": 165.8}
avg = st.mean(heights.values())
print(f"평균 키 {avg:.2f}cm", [name for name, h in heights.items() if h > avg])
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.stdev, [1]), (st.variance, [5]), (st.harmonic_mean, [1, -1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f"{f.__name__}: {e}")
print(issubclass(st.StatisticsError, ValueError))
try:
    st.pvariance([])
except ValueError as e:
    print(type(e).__module__, type(e).__name__, e)
