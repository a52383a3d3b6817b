using System.Globalization;
using System.Net;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Web.Citations;

/// <summary>"Cite this page": a reference to a chapter or profile in GB/T 7714-2015 and in APA (7th edition), with the
/// page's permalink (<c>/d/{id}</c>, which does not change when a kind's address does) and the access date. The date
/// is in a <c>&lt;span data-access&gt;</c> that the page's script sets to the reader's own today.</summary>
public sealed record Citation(string GbtHtml, string ApaHtml, string GbtText, string ApaText)
{
    public const string SiteName = "ChatGPT 与 AIGC 报告知识库";

    /// <param name="isChapter">A chapter is cited as part of the report (its authors and date); a profile as a page of
    /// this knowledge base.</param>
    public static Citation For(string title, bool isChapter, ReportInfo report, string permalink, DateOnly accessed)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(report);
        var iso = accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var apa = accessed.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var year = report.Date.Length >= 4 ? report.Date[..4] : report.Date;
        var published = DateOnly.TryParse(report.Date, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture) : year;

        string[] gbt = isChapter
            ? [$"{report.Author}. {title}[R/OL]//{report.Title}. {report.Organisation}, {report.Date}", $"[{iso}]", $". {permalink}."]
            : [$"{SiteName}. {title}[EB/OL]. ", $"[{iso}]", $". {permalink}."];
        string[] apaParts = isChapter
            ? [$"{report.Author}. ({published}). {title}. In {report.Title}. {report.Organisation}. Retrieved ", apa, $", from {permalink}"]
            : [$"{SiteName}. (n.d.). {title}. Retrieved ", apa, $", from {permalink}"];
        return new Citation(Html(gbt, "iso"), Html(apaParts, "apa"), string.Concat(gbt), string.Concat(apaParts));
    }

    /// <summary>The middle part (the access date) in a span the script can update.</summary>
    private static string Html(string[] parts, string format) =>
        WebUtility.HtmlEncode(parts[0])
        + $"<span data-access=\"{format}\">{WebUtility.HtmlEncode(parts[1])}</span>"
        + WebUtility.HtmlEncode(parts[2]);
}
