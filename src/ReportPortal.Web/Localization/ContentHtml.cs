using System.Net;
using Microsoft.Extensions.Localization;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Web.Localization;

/// <summary>A document's rendered HTML in the reader's interface language: the interface words the renderer marked
/// (<see cref="InterfaceText"/>) are replaced by their localized text.</summary>
public static class ContentHtml
{
    public static string Localize(string html, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return InterfaceText.Replace(html, key => WebUtility.HtmlEncode(t[key].Value));
    }
}
