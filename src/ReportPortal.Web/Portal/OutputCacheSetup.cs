using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Portal;

/// <summary>Answers are cached in memory per URL, interface language and content snapshot: a page or an API answer
/// for the same three stays the same. When a new snapshot is swapped in, the entries of the old one are evicted
/// (tag <see cref="Tag"/>), and new requests never match them anyway, because their key holds the fingerprint.</summary>
public static class OutputCacheSetup
{
    public const string Tag = "content";

    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 128 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromHours(1))
                .Tag(Tag)
                .SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("ui", CultureInfo.CurrentUICulture.Name))
                .VaryByValue(context => new KeyValuePair<string, string>("snapshot",
                    context.RequestServices.GetRequiredService<KnowledgeSnapshot>().Fingerprint)));
        });

    /// <summary>Evicts the cached answers of the old snapshot whenever a new one is swapped in.</summary>
    public static void EvictOnSwap(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<SnapshotHolder>().Swapped += (_, _) =>
            _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
    }
}
