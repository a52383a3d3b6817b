using System.Text.RegularExpressions;

namespace ReportPortal.Web.Tests;

/// <summary>Search results link to their page with <c>?h=&lt;query&gt;</c> (the page marks the words); tests that
/// check which page a hit leads to compare the address without it.</summary>
public static partial class SearchLinks
{
    [GeneratedRegex(@"\?h=[^#]*")]
    private static partial Regex Highlight();

    public static string? Target(string? href) => href is null ? null : Highlight().Replace(href, "");
}
