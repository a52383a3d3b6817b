using System.Globalization;

namespace ReportPortal.Web.Portal;

/// <summary>Answers are cached in memory: the index does not change while the app runs (a content change means a
/// restart and a new index), so a page or an API answer for the same URL and interface language stays the same.</summary>
public static class OutputCacheSetup
{
    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 128 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("ui", CultureInfo.CurrentUICulture.Name)));
        });
}
