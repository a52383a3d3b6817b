using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Caching;

/// <summary>The cached answers of the snapshot being served. A new snapshot starts an empty generation and the old
/// one is dropped whole (<see cref="Reset"/>, called on <see cref="SnapshotHolder.Swapped"/>); a request that still
/// reads an older snapshot neither reads nor fills the cache. Two bounds hold at all times, whatever clients send:
/// the bytes of all answers (<see cref="PageCacheOptions.SizeLimitMegabytes"/>) and the number of answers to URLs
/// with a query string (<see cref="PageCacheOptions.MaxQueryEntries"/>); past either, the least recently used
/// answers are evicted down to 90%.</summary>
public sealed class PageCacheStore(IOptions<PageCacheOptions> options)
{
    private readonly long _sizeLimit = (long)options.Value.SizeLimitMegabytes * 1024 * 1024;
    private readonly int _maxQueryEntries = options.Value.MaxQueryEntries;
    private readonly Lock _trimming = new();
    private Generation? _current;

    /// <summary>The generation of <paramref name="snapshot"/>, or null when the cache now holds another one.</summary>
    public Generation? For(KnowledgeSnapshot snapshot)
    {
        var current = Volatile.Read(ref _current);
        if (current is null)
        {
            Interlocked.CompareExchange(ref _current, new Generation(snapshot), null);
            current = Volatile.Read(ref _current)!;
        }

        return ReferenceEquals(current.Snapshot, snapshot) ? current : null;
    }

    /// <summary>Drops every answer and starts caching for <paramref name="next"/>.</summary>
    public void Reset(KnowledgeSnapshot next) => Volatile.Write(ref _current, new Generation(next));

    /// <summary>Number of answers and bytes held now (for tests and diagnostics).</summary>
    public (int Entries, int QueryEntries, long Bytes) Usage =>
        Volatile.Read(ref _current) is { } g ? (g.Entries.Count, g.QueryEntries, Interlocked.Read(ref g.Bytes)) : (0, 0, 0);

    public void Add(Generation generation, CachedPage page)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(page);
        if (!generation.Entries.TryAdd(page.Key, page))
        {
            return; // rendered twice at once: the first one stays
        }

        if (page.Key.HasQuery)
        {
            Interlocked.Increment(ref generation.QueryEntries);
        }

        Count(generation, page.Size);
    }

    /// <summary>Counts bytes added to an answer that is held (a new coding of it) and trims if a bound is passed.</summary>
    public void Grew(Generation generation, CachedPage page, long bytes)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(page);
        if (bytes > 0 && generation.Entries.TryGetValue(page.Key, out var held) && ReferenceEquals(held, page))
        {
            Count(generation, bytes);
        }
    }

    private void Count(Generation generation, long bytes)
    {
        if (Interlocked.Add(ref generation.Bytes, bytes) > _sizeLimit || Volatile.Read(ref generation.QueryEntries) > _maxQueryEntries)
        {
            Trim(generation);
        }
    }

    private void Trim(Generation generation)
    {
        if (!_trimming.TryEnter())
        {
            return; // another request is trimming already
        }

        try
        {
            var byAge = generation.Entries.Values.OrderBy(p => p.LastUsed).ToList();
            var queryTarget = _maxQueryEntries * 9 / 10;
            foreach (var page in byAge.Where(p => p.Key.HasQuery))
            {
                if (Volatile.Read(ref generation.QueryEntries) <= queryTarget)
                {
                    break;
                }

                Remove(generation, page);
            }

            var sizeTarget = _sizeLimit * 9 / 10;
            foreach (var page in byAge)
            {
                if (Interlocked.Read(ref generation.Bytes) <= sizeTarget)
                {
                    break;
                }

                Remove(generation, page);
            }
        }
        finally
        {
            _trimming.Exit();
        }
    }

    private static void Remove(Generation generation, CachedPage page)
    {
        if (generation.Entries.TryRemove(new KeyValuePair<PageKey, CachedPage>(page.Key, page)))
        {
            Interlocked.Add(ref generation.Bytes, -page.Size);
            if (page.Key.HasQuery)
            {
                Interlocked.Decrement(ref generation.QueryEntries);
            }
        }
    }

    /// <summary>The answers of one snapshot.</summary>
    public sealed class Generation(KnowledgeSnapshot snapshot)
    {
        public KnowledgeSnapshot Snapshot { get; } = snapshot;

        /// <summary>The snapshot's build time as an HTTP date, formatted once.</summary>
        public Microsoft.Extensions.Primitives.StringValues LastModified { get; } = EntityTags.HttpDate(snapshot.BuiltAt);

        public ConcurrentDictionary<PageKey, CachedPage> Entries { get; } = new();

        /// <summary>Bytes of all answers held (fields, for <see cref="Interlocked"/>).</summary>
#pragma warning disable CA1051 // counters updated with Interlocked
        public long Bytes;

        public int QueryEntries;
#pragma warning restore CA1051
    }
}
