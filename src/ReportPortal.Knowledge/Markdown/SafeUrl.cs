namespace ReportPortal.Knowledge.Markdown;

/// <summary>The one rule for every URL that content can put into an <c>href</c> or <c>src</c>: http(s), mailto, a
/// path of this site (<c>/…</c>, but not <c>//host</c> or <c>/\host</c>) or a fragment (<c>#…</c>).</summary>
public static class SafeUrl
{
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        if (url.Any(char.IsControl) || url.Any(char.IsWhiteSpace))
        {
            return false; // browsers drop tabs and newlines inside a scheme: "java\tscript:" would run
        }

        return url.StartsWith('#')
            || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }
}
