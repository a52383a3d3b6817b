using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

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
        app.MapGet("/language", (string? lang, string? returnUrl, HttpContext context) =>
        {
            var culture = lang == UiStrings.English ? UiStrings.English : UiStrings.Chinese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        });
    }
}
