using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Caching;

/// <summary>Strong entity tags computed without looking at the body: the same build of the portal renders the same
/// bytes for the same snapshot, URL and interface language, so the tag is a hash of the build, the snapshot's
/// fingerprint, the path and query and the language, plus the coding (each coding is a different sequence of bytes).
/// Every replica running the same build on the same content gives the same tags, so a CDN or nginx in front can
/// revalidate against any of them.</summary>
public static class EntityTags
{
    /// <summary>The build: the portal's and the engine's assemblies (their module ids change with every change of code).</summary>
    private static readonly string s_build =
        typeof(EntityTags).Assembly.ManifestModule.ModuleVersionId.ToString("N") +
        typeof(KnowledgeSnapshot).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The tag of an answer before the coding is added.</summary>
    public readonly record struct Base(string Hash)
    {
        public StringValues For(ContentCoding coding) => coding switch
        {
            ContentCoding.Gzip => $"\"{Hash}-gz\"",
            ContentCoding.Brotli => $"\"{Hash}-br\"",
            _ => $"\"{Hash}\"",
        };
    }

    public static Base Of(string fingerprint, PageKey key)
    {
        var text = string.Join('\n', s_build, fingerprint, key.Path, key.Query, key.Language);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new Base(Convert.ToHexStringLower(hash.AsSpan(0, 16)));
    }

    /// <summary>Whether an <c>If-None-Match</c> header names <paramref name="tag"/> (weak comparison, as RFC 9110
    /// §13.1.2 asks for this header: a <c>W/</c> prefix added by a proxy still matches) or is <c>*</c> (when
    /// <paramref name="allowAny"/>: the answer is known to exist).</summary>
    public static bool Matches(StringValues ifNoneMatch, string tag, bool allowAny = true)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var range in header.AsSpan().Split(','))
            {
                var candidate = header.AsSpan(range).Trim();
                if (candidate.SequenceEqual("*"))
                {
                    if (allowAny)
                    {
                        return true;
                    }

                    continue;
                }

                if (candidate.StartsWith("W/", StringComparison.Ordinal))
                {
                    candidate = candidate[2..];
                }

                if (candidate.SequenceEqual(tag))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An HTTP date for <c>Last-Modified</c>.</summary>
    public static string HttpDate(DateTimeOffset when) => when.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
}
