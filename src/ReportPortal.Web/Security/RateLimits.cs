using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ReportPortal.Web.Security;

/// <summary>Per-client rate limits on the search page and the search, suggestion and preview APIs (settings:
/// <see cref="RateLimitSettings"/>). A rejected request answers 429 with <c>Retry-After</c>: problem JSON from an API,
/// the "too many requests" page (through the status pages) from the search page.</summary>
public static class RateLimits
{
    public static void AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddSingleton<ClientRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ClientRateLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        // PostConfigure: AddRazorPages sets a new convention collection when the options are built.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
            options.Conventions.AddPageApplicationModelConvention("/Search/Index",
                page => page.EndpointMetadata.Add(new RateLimitedAttribute { IsPage = true })));
    }

    /// <summary>Marks an endpoint as spending its client's budget.</summary>
    public static TBuilder RateLimited<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RateLimitedAttribute());

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
            .LogInformation("Rate limit reached by {Client} on {Path}", ClientAddress.KeyOf(http), http.Request.Path.Value);

        if (http.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>() is { IsPage: true })
        {
            return; // an empty 429: the status pages answer with the "too many requests" page
        }

        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"This address has sent too many requests in a short time. Try again in {seconds} s.").ExecuteAsync(http);
    }
}
