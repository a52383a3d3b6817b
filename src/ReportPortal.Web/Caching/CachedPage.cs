using Microsoft.Extensions.Primitives;

namespace ReportPortal.Web.Caching;

/// <summary>One cached answer (always a 200 of HTML or JSON) of one snapshot, in the codings asked for so far: each
/// coding is produced once, the first time a client asks for it, and kept.</summary>
public sealed class CachedPage
{
    private readonly Representation?[] _forms = new Representation?[3];
    private readonly EntityTags.Base _tag;
    private long _lastUsed;

    public CachedPage(PageKey key, StringValues contentType, EntityTags.Base tag, byte[] identity, ContentCoding first, bool thorough)
    {
        ArgumentNullException.ThrowIfNull(identity);
        Key = key;
        ContentType = contentType;
        _tag = tag;
        Thorough = thorough;
        _forms[(int)first] = new Representation(ContentCodings.Encode(identity, first, thorough), tag.For(first));
        Touch();
    }

    public PageKey Key { get; }

    public StringValues ContentType { get; }

    /// <summary>Whether the codings of this answer are worth the slower, smaller compression (no query string).</summary>
    public bool Thorough { get; }

    /// <summary>Bytes held for this answer, all codings together.</summary>
    public long Size => _forms.Sum(f => f?.Body.Length ?? 0) + 256;

    /// <summary>When it was last served (<see cref="Environment.TickCount64"/>), for least-recently-used eviction.</summary>
    public long LastUsed => Volatile.Read(ref _lastUsed);

    public void Touch() => Volatile.Write(ref _lastUsed, Environment.TickCount64);

    /// <summary>The answer in <paramref name="coding"/>, produced from a form already held if it is not held yet;
    /// <paramref name="added"/> is the number of bytes that adds.</summary>
    public Representation Get(ContentCoding coding, out long added)
    {
        added = 0;
        if (Volatile.Read(ref _forms[(int)coding]) is { } held)
        {
            return held;
        }

        var source = _forms.Select((f, i) => (Form: f, Coding: (ContentCoding)i)).First(f => f.Form is not null);
        var identity = ContentCodings.Decode(source.Form!.Body, source.Coding);
        var made = new Representation(ContentCodings.Encode(identity, coding, Thorough), _tag.For(coding));
        var winner = Interlocked.CompareExchange(ref _forms[(int)coding], made, null);
        if (winner is not null)
        {
            return winner; // another request made it first
        }

        added = made.Body.Length;
        return made;
    }
}

/// <summary>An answer's bytes in one coding and the strong entity tag of exactly these bytes.</summary>
public sealed record Representation(byte[] Body, StringValues ETag);
