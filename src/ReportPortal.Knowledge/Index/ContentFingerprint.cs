using System.Security.Cryptography;
using System.Text;

namespace ReportPortal.Knowledge.Index;

/// <summary>A hash of every file under the content folder (paths and bytes) and of the index format version:
/// equal fingerprints mean the existing index can be reused.</summary>
public static class ContentFingerprint
{
    /// <summary>Bump when the index schema or the way content is rendered or tokenised changes.</summary>
    public const string IndexFormatVersion = "8";

    public static string Compute(string contentPath)
    {
        var root = Path.GetFullPath(contentPath);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("format " + IndexFormatVersion + "\0"));
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
