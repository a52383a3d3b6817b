using System.Security.Cryptography;
using System.Text;

namespace ReportPortal.Knowledge.Index;

/// <summary>A hash of every content file under the content folder (paths and bytes of its Markdown and YAML files;
/// editors' temporary files do not count) and of the index format version:
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
                     .Where(IsContent)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Markdown and YAML files whose name does not start with a dot: what the loader reads.</summary>
    private static bool IsContent(string path) =>
        !Path.GetFileName(path).StartsWith('.') && Path.GetExtension(path).ToLowerInvariant() is ".md" or ".yaml" or ".yml";
}
