namespace ReportPortal.Web.Caching;

/// <summary>What one cached answer is for, within one content snapshot: the exact path and query string (pages echo
/// them, for example in the language switch's return address) and the interface language.</summary>
public readonly record struct PageKey(string Path, string Query, string Language)
{
    public bool HasQuery => Query.Length > 0;

    public static PageKey Of(HttpRequest request, string language) =>
        new(request.Path.Value ?? "", request.QueryString.Value ?? "", language);
}
