using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportPortal.Web.Seo;

/// <summary>ISO 8601 dates for schema.org from the dates the content gives, only when they are plain dates:
/// <c>2019-07-22</c>, <c>2020-05</c>, <c>2015</c>, <c>2019 年 3 月 1 日</c>, <c>2021 年</c>, <c>2015 年底</c>. Anything
/// vaguer (a decade, a range, two dates in one text) gives null rather than a wrong date.</summary>
public static partial class SchemaDates
{
    [GeneratedRegex(@"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?\s*(?:底|初|年底|年初|上半年|下半年)?\s*$")]
    private static partial Regex ChineseDate();

    public static string? Iso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var m = IsoDate().Match(text);
        if (!m.Success)
        {
            m = ChineseDate().Match(text);
        }

        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!m.Groups[2].Success)
        {
            return year.ToString("D4", CultureInfo.InvariantCulture);
        }

        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!m.Groups[3].Success)
        {
            return $"{year:D4}-{month:D2}";
        }

        var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }
}
