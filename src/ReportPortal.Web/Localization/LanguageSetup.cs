using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using ReportPortal.Web.Security;

namespace ReportPortal.Web.Localization;

/// <summary>Chinese interface by default, English on request: <c>/language?lang=en&amp;returnUrl=/x</c> sets the
/// culture cookie and sends the reader back.</summary>
public static class LanguageSetup
{
    public static void AddInterfaceLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IStringLocalizer, UiStrings>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new(UiStrings.Chinese), new(UiStrings.English)];
            options.DefaultRequestCulture = new RequestCulture(UiStrings.Chinese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static void MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapRead("/language", (string? lang, string? returnUrl, HttpContext context) =>
        {
            var culture = lang == UiStrings.English ? UiStrings.English : UiStrings.Chinese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LocalPath(returnUrl));
        });
    }

    /// <summary>The longest return address followed; a longer one goes home.</summary>
    public const int MaxReturnUrlLength = 2048;

    /// <summary><paramref name="returnUrl"/> when it is a path on this site, else <c>/</c>: it must start with one
    /// <c>/</c> (not <c>//</c> or <c>/\</c>, which browsers read as another host) and hold no control character, white
    /// space or backslash (browsers drop tabs and new lines, turning <c>/\t/evil</c> into <c>//evil</c>). Characters
    /// outside ASCII are percent-encoded, because a Location header is ASCII.</summary>
    public static string LocalPath(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 and <= MaxReturnUrlLength } || returnUrl[0] != '/' || (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\'))
        {
            return "/";
        }

        var path = new StringBuilder(returnUrl.Length);
        for (var i = 0; i < returnUrl.Length; i++)
        {
            var c = returnUrl[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\' || char.IsLowSurrogate(c))
            {
                return "/";
            }

            if (c < 0x80)
            {
                path.Append(c);
                continue;
            }

            if (char.IsHighSurrogate(c) && (i + 1 == returnUrl.Length || !char.IsLowSurrogate(returnUrl[i + 1])))
            {
                return "/";
            }

            var length = char.IsHighSurrogate(c) ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(returnUrl.AsSpan(i, length).ToArray()))
            {
                path.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return path.ToString();
    }
}
