using System.Threading.RateLimiting;

namespace ReportPortal.Web.Security;

/// <summary>The <c>Portal:RateLimit</c> section: how many requests one client address may send to the search page,
/// the search, suggestion and preview APIs. Reading pages is never limited.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "Portal:RateLimit";

    /// <summary>The sustained rate per client address; 0 turns rate limiting off.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How many requests a client may send at once before the rate applies (the bucket's size).</summary>
    public int Burst { get; set; } = 200;

    /// <summary>True: each client's budget refills by itself over time. False (tests): it refills only when
    /// <see cref="ClientRateLimiter.Replenish"/> is called, so a test never waits for the clock.</summary>
    public bool AutoReplenishment { get; set; } = true;

    public bool Enabled => RequestsPerMinute > 0;

    /// <summary>A token bucket of <see cref="Burst"/> tokens refilled at <see cref="RequestsPerMinute"/>: whole tokens
    /// per period, the period as short as the rate allows (at 600 a minute: 10 tokens every second).</summary>
    public TokenBucketRateLimiterOptions BucketOptions()
    {
        var perPeriod = Math.Max(1, RequestsPerMinute / 60);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, Burst),
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.FromMinutes(1).Ticks * perPeriod / Math.Max(1, RequestsPerMinute)),
            QueueLimit = 0,
            AutoReplenishment = AutoReplenishment,
        };
    }
}
