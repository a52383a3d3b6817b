using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ReportPortal.Web.Health;

/// <summary>ASP.NET Core health checks at three addresses, for a load balancer and for maintainers:
/// <c>/health/live</c> (the process answers: always 200), <c>/health/ready</c> (a snapshot is served: 200, else 503)
/// and <c>/health</c> (content details as JSON; 200 when ok or degraded, 503 when unhealthy). They skip the rate
/// limiter and the output cache (short-circuited at routing), so they always tell the present state.</summary>
public static class HealthSetup
{
    private const string Ready = "ready";
    private const string Content = "content";

    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SnapshotReadyCheck>("snapshot", tags: [Ready])
            .AddCheck<ContentHealthCheck>("content", tags: [Content]);
        return services;
    }

    public static void MapPortalHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ShortCircuit();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).ShortCircuit();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Content),
            ResponseWriter = HealthJson.WriteAsync,
        }).ShortCircuit();
    }
}
