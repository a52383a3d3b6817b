using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Caching;

namespace ReportPortal.Web.Portal;

/// <summary>Answers are cached in memory per content snapshot, URL and interface language, compressed once per
/// coding, and sent with validators (see <see cref="PageCacheMiddleware"/>). When a new snapshot is swapped in, the
/// answers of the old one are dropped whole.</summary>
public static class OutputCacheSetup
{
    /// <summary>Registers the cache and its settings (<c>Portal:Caching</c>, see <see cref="PageCacheOptions"/>).</summary>
    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration("Portal:Caching");
        services.AddSingleton<PageCacheStore>();
        return services;
    }

    /// <summary>Drops the cached answers of the old snapshot whenever a new one is swapped in.</summary>
    public static void EvictOnSwap(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<PageCacheStore>();
        app.Services.GetRequiredService<SnapshotHolder>().Swapped += (_, next) => store.Reset(next);
    }

    /// <summary>The cache in the pipeline. Place it after whatever must run for every request, cached or not
    /// (security headers, request localization, which sets the interface language the cache is keyed by, rate
    /// limits), and before the endpoints.</summary>
    public static IApplicationBuilder UsePortalOutputCache(this IApplicationBuilder app) =>
        app.UseMiddleware<PageCacheMiddleware>();
}
