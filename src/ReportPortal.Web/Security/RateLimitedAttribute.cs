namespace ReportPortal.Web.Security;

/// <summary>Endpoint metadata: requests to this endpoint spend their client's budget (<see cref="ClientRateLimiter"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RateLimitedAttribute : Attribute
{
    /// <summary>True for a page: a rejection is answered by the "too many requests" page rather than problem JSON.</summary>
    public bool IsPage { get; init; }
}
