namespace ReportPortal.Web.LiveContent;

/// <summary>Files editors write beside the real one while saving, which are never content: <c>*.tmp</c>, <c>*~</c>,
/// <c>.#*</c> (Emacs locks), <c>*.swp</c>/<c>*.swx</c> (Vim swap), <c>4913</c> (Vim's write test), <c>.DS_Store</c>,
/// and any file or folder starting with a dot.</summary>
public static class EditorFiles
{
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase);
    }
}
