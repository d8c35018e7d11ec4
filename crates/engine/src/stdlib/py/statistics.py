"""statistics: mean, median, mode, variance, stdev and friends.

Coroscope's own implementation. Like CPython 3.11, sums and squared
deviations are computed exactly (here as integer numerator/denominator
pairs instead of Fractions) and rounded once at the end, so results and
result types (an int mean of ints when exact) match CPython's.
"""

import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'quantiles', 'stdev', 'variance', 'correlation', 'covariance', 'linear_regression']


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact rationals

def _norm(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _add(a, b):
    return _norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _sub(a, b):
    return _norm(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _mul(a, b):
    return _norm(a[0] * b[0], a[1] * b[1])


def _div(a, b):
    return _norm(a[0] * b[1], a[1] * b[0])


def _exact_ratio(x):
    """(numerator, denominator) of a number; denominator None for nan/inf."""
    if isinstance(x, bool) or isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return (x, None)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    """(type, exact total or a nan/inf float, count)."""
    T = int
    count = 0
    total = (0, 1)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        elif special is None:
            total = _add(total, (n, d))
    return T, (special if special is not None else total), count


def _convert(value, T):
    """An exact (n, d) as type T: float when T is int but value is not whole."""
    if isinstance(value, float):
        return value
    n, d = value
    if issubclass(T, int) and d == 1:
        return T(n) if T is not bool else n
    if issubclass(T, int) or T is float:
        return n / d
    return T(n) / T(d)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    data = list(data)
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    T = int
    count = 0
    sx = (0, 1)
    sxx = (0, 1)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        elif special is None:
            sx = _add(sx, (n, d))
            sxx = _add(sxx, (n * n, d * d))
    if not count:
        return T, (0, 1), (0, 1), 0
    if special is not None:
        return T, special, special, count
    ssd = _div(_sub(_mul((count, 1), sxx), _mul(sx, sx)), (count, 1))
    return T, ssd, _div(sx, (count, 1)), count


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded (CPython 3.11's method: round to odd, then
    let the division round)."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


# ---------------------------------------------------------------- averages

def mean(data):
    """Arithmetic mean, exact until the final rounding."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if isinstance(total, float):
        return total / n
    return _convert(_div(total, (n, 1)), T)


def fmean(data, weights=None):
    """Fast floating point mean."""
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean (via logarithms)."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: the reciprocal of the mean of reciprocals."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        if data[0] < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return data[0]
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in weights)
    try:
        T, total, _ = _sum(_reciprocals(weights, data))
    except ZeroDivisionError:
        return 0
    if isinstance(total, float):
        return _convert(sum_weights, T) / total
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_div(sum_weights, total), T)


def _reciprocals(weights, data):
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        yield w / x if w else 0


def median(data):
    """Middle value (mean of the middle two for an even count)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median: the smaller middle value for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median: the larger middle value for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data (50th percentile, interpolated)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = 0
    while lo < n and data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] <= x:
        hi += 1
    L = x - interval / 2
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first seen on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Every value with the highest count, in first-seen order."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


# ---------------------------------------------------------------- spread

def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if isinstance(ss, float):
        return ss / (n - 1)
    return _convert(_div(ss, (n - 1, 1)), T)


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if isinstance(ss, float):
        return ss / n
    return _convert(_div(ss, (n, 1)), T)


def stdev(data, xbar=None):
    """Sample standard deviation."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if isinstance(ss, float):
        return math.sqrt(ss / (n - 1))
    mss = _div(ss, (n - 1, 1))
    return _float_sqrt_of_frac(mss[0], mss[1])


def pstdev(data, mu=None):
    """Population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if isinstance(ss, float):
        return math.sqrt(ss / n)
    mss = _div(ss, (n, 1))
    return _float_sqrt_of_frac(mss[0], mss[1])


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (least squares)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = fmean(x)
        ybar = fmean(y)
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
