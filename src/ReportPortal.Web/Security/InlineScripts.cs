using System.Security.Cryptography;
using System.Text;

namespace ReportPortal.Web.Security;

/// <summary>The one inline script of the site: it runs before the first paint, marks that JavaScript runs and applies
/// the theme the reader chose, so a dark page never flashes light. The layout writes <see cref="Theme"/> verbatim, and
/// the Content-Security-Policy allows it by the request's nonce and by <see cref="ThemeHash"/> (a page replayed from
/// the output cache carries the nonce of the request that rendered it; its hash stays valid).</summary>
public static class InlineScripts
{
    public const string Theme =
        "document.documentElement.classList.add(\"js\");try{var t=localStorage.getItem(\"theme\");if(t)document.documentElement.dataset.theme=t;}catch(e){}";

    /// <summary>The base64 SHA-256 of <see cref="Theme"/>, as a CSP hash source takes it (without <c>'sha256-…'</c>).</summary>
    public static string ThemeHash { get; } = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Theme)));
}
