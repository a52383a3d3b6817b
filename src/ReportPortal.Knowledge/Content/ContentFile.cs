using System.Text;

namespace ReportPortal.Knowledge.Content;

/// <summary>Reads one content file as text, or says with its line why it cannot be: too large, binary, or not UTF-8.
/// Nothing in a file can make the reader read more than <see cref="MaxBytes"/>.</summary>
public static class ContentFile
{
    /// <summary>The largest content file read: 1 MiB (our longest chapter is about 60 KB).</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text. Throws <see cref="ContentException"/> with a file line when it cannot be read as text.</summary>
    public static string ReadText(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new ContentException(1, $"the file is {length:N0} bytes; a content file may have at most {MaxBytes:N0} bytes");
        }

        var bytes = File.ReadAllBytes(path);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new ContentException(LineAt(bytes, nul), "the file is binary (it contains a NUL byte), not UTF-8 text");
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? FirstInvalidByte(bytes) : 0;
            throw new ContentException(LineAt(bytes, at), "the file is not valid UTF-8 text");
        }
    }

    private static int LineAt(byte[] bytes, int offset) => 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');

    /// <summary>The offset of the first byte that does not decode as UTF-8.</summary>
    private static int FirstInvalidByte(byte[] bytes)
    {
        var decoder = s_strictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return 0;
    }
}
