namespace ReportPortal.Web.Caching;

/// <summary>The <c>Portal:Caching</c> configuration section (environment: <c>Portal__Caching__SizeLimitMegabytes</c>…).</summary>
public sealed class PageCacheOptions
{
    /// <summary>How long a browser or a CDN may use an answer without asking again (<c>max-age</c>).</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>How long after that a CDN may still serve it while it revalidates in the background.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 600;

    /// <summary>Memory for cached answers (all encodings counted); the least recently used go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>At most this many cached answers for URLs with a query string (searches, filters): a stream of
    /// unique queries evicts older ones instead of growing the cache.</summary>
    public int MaxQueryEntries { get; set; } = 2000;

    /// <summary>Answers larger than this are served but not cached.</summary>
    public int MaxEntryKilobytes { get; set; } = 4096;
}
