using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.RateLimiting;

namespace ReportPortal.Web.Security;

/// <summary>One token bucket per client address (<see cref="ClientAddress"/>) for the endpoints marked
/// <see cref="RateLimitedAttribute"/>; every other request passes. Used as the rate limiter middleware's global
/// limiter. Unlike <c>PartitionedRateLimiter.Create</c>, nothing refills a bucket behind the caller's back: with
/// <see cref="RateLimitSettings.AutoReplenishment"/> off, buckets refill only in <see cref="Replenish"/>, which makes
/// tests deterministic. Buckets that have been full and idle for a while are dropped, so many addresses seen once
/// do not add up.</summary>
public sealed class ClientRateLimiter : PartitionedRateLimiter<HttpContext>
{
    private static readonly TimeSpan s_idleLimit = TimeSpan.FromMinutes(2);
    private static readonly long s_sweepEvery = Stopwatch.Frequency * 30;

    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly TokenBucketRateLimiterOptions _options;
    private readonly bool _enabled;
    private long _lastSweep = Stopwatch.GetTimestamp();

    public ClientRateLimiter(RateLimitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _enabled = settings.Enabled;
        _options = settings.BucketOptions();
    }

    /// <summary>How many client buckets are held now.</summary>
    public int ClientCount => _buckets.Count;

    /// <summary>Refills every bucket by what the time since its last refill earns (at most to the burst size).
    /// Does nothing when buckets refill by themselves.</summary>
    public void Replenish()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.TryReplenish();
        }
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        BucketFor(resource)?.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        BucketFor(resource)?.AttemptAcquire(permitCount) ?? Unlimited.Lease;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        BucketFor(resource)?.AcquireAsync(permitCount, cancellationToken) ?? ValueTask.FromResult(Unlimited.Lease);

    private TokenBucketRateLimiter? BucketFor(HttpContext context)
    {
        if (!_enabled || context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>() is null)
        {
            return null;
        }

        var key = ClientAddress.KeyOf(context);
        if (_buckets.TryGetValue(key, out var bucket))
        {
            return bucket;
        }

        SweepIdle();
        var created = new TokenBucketRateLimiter(_options);
        bucket = _buckets.GetOrAdd(key, created);
        if (!ReferenceEquals(bucket, created))
        {
            created.Dispose();
        }

        return bucket;
    }

    /// <summary>At most every 30 s, when a new client arrives: drops buckets that have been full for two minutes.</summary>
    private void SweepIdle()
    {
        var last = Interlocked.Read(ref _lastSweep);
        var now = Stopwatch.GetTimestamp();
        if (now - last < s_sweepEvery || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IdleDuration is { } idle && idle > s_idleLimit && _buckets.TryRemove(new KeyValuePair<string, TokenBucketRateLimiter>(key, bucket)))
            {
                bucket.Dispose();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeBuckets();
        }

        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore()
    {
        DisposeBuckets();
        return base.DisposeAsyncCore();
    }

    private void DisposeBuckets()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }

        _buckets.Clear();
    }

    /// <summary>The lease of a request that is not limited.</summary>
    private sealed class Unlimited : RateLimitLease
    {
        public static readonly RateLimitLease Lease = new Unlimited();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
