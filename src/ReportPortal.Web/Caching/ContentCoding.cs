using System.IO.Compression;

namespace ReportPortal.Web.Caching;

/// <summary>The three forms an answer is kept and sent in.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

/// <summary>Chooses a coding from <c>Accept-Encoding</c> and converts bytes between codings.</summary>
public static class ContentCodings
{
    /// <summary>The coding to send: the acceptable one with the highest q-value, Brotli before gzip before identity on
    /// a tie (RFC 9110 §12.5.3; <c>*</c> stands for any coding not named; a coding with <c>q=0</c> is refused).</summary>
    public static ContentCoding Choose(string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return ContentCoding.Identity;
        }

        double? br = null, gzip = null, identity = null, any = null;
        foreach (var range in acceptEncoding.AsSpan().Split(','))
        {
            var part = acceptEncoding.AsSpan(range).Trim();
            var semicolon = part.IndexOf(';');
            var name = (semicolon < 0 ? part : part[..semicolon]).Trim();
            var q = semicolon < 0 ? 1.0 : Quality(part[(semicolon + 1)..]);
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                br = q;
            }
            else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = q;
            }
            else if (name.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                identity = q;
            }
            else if (name.SequenceEqual("*"))
            {
                any = q;
            }
        }

        var qBr = br ?? any ?? 0;
        var qGzip = gzip ?? any ?? 0;
        var qIdentity = identity ?? (any is 0 ? 0 : 1) * 0.001; // identity is acceptable unless refused, but least preferred
        if (qBr > 0 && qBr >= qGzip && qBr >= qIdentity)
        {
            return ContentCoding.Brotli;
        }

        return qGzip > 0 && qGzip >= qIdentity ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    private static double Quality(ReadOnlySpan<char> parameters)
    {
        var p = parameters.Trim();
        if (p.Length < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=')
        {
            return 1.0;
        }

        return double.TryParse(p[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q)
            ? Math.Clamp(q, 0, 1)
            : 0;
    }

    public static string? HeaderValue(ContentCoding coding) => coding switch
    {
        ContentCoding.Gzip => "gzip",
        ContentCoding.Brotli => "br",
        _ => null,
    };

    /// <summary>Encodes <paramref name="identity"/>; <paramref name="thorough"/> spends more CPU for smaller output
    /// (pages, compressed once per snapshot) rather than less (answers to queries, often asked once). Brotli stops at
    /// quality 6: on our pages 9 and up cost 10 to 100 times the time for 1 to 9% fewer bytes (docs/performance.md).</summary>
    public static byte[] Encode(byte[] identity, ContentCoding coding, bool thorough)
    {
        ArgumentNullException.ThrowIfNull(identity);
        switch (coding)
        {
            case ContentCoding.Brotli:
                var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(identity.Length)];
                if (!BrotliEncoder.TryCompress(identity, buffer, out var written, thorough ? 6 : 4, 22))
                {
                    throw new InvalidOperationException("Brotli output did not fit its maximum size.");
                }

                return buffer.AsSpan(0, written).ToArray();
            case ContentCoding.Gzip:
                using (var output = new MemoryStream(identity.Length / 4 + 64))
                {
                    using (var gzip = new GZipStream(output, thorough ? CompressionLevel.SmallestSize : CompressionLevel.Optimal, leaveOpen: true))
                    {
                        gzip.Write(identity);
                    }

                    return output.ToArray();
                }

            default:
                return identity;
        }
    }

    public static byte[] Decode(byte[] encoded, ContentCoding coding)
    {
        if (coding == ContentCoding.Identity)
        {
            return encoded;
        }

        using var input = new MemoryStream(encoded);
        using Stream decoder = coding == ContentCoding.Brotli
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(encoded.Length * 4);
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
