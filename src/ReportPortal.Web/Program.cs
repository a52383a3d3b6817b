using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using ReportPortal.Web.Api;
using ReportPortal.Web.Caching;
using ReportPortal.Web.Data;
using ReportPortal.Web.Health;
using ReportPortal.Web.LiveContent;
using ReportPortal.Web.Localization;
using ReportPortal.Web.OpenApi;
using ReportPortal.Web.Portal;
using ReportPortal.Web.Security;
using ReportPortal.Web.Seo;
using Serilog;

if (CheckCommand.IsRequested(args))
{
    return CheckCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

if (IndexCommand.IsRequested(args))
{
    return IndexCommand.Run(args, PublishedLayout.DefaultContent(args), Console.Error);
}

StartupFailure.LogAsFatal(); // an exception that ends the process is logged through Serilog, flushed, exit code 1
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PublishedLayout.ContentRoot(args) });
builder.Services.AddPortalLogging(builder.Configuration);
builder.AddPortal(); // a missing content folder is not fatal: pages answer 503 and /health says why until it appears
builder.Services.AddLiveContent(builder.Configuration);
builder.AddPortalSecurity();
builder.Services.AddPortalHealth();
builder.Services.AddInterfaceLanguages();
builder.Services.AddRazorPages();
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)); // Chinese as text, not &#x…;
builder.Services.AddPortalOutputCache();
builder.Services.AddProblemDetails();
builder.Services.AddPortalOpenApi();
builder.Services.AddDataDownloads();

var app = builder.Build();
app.EvictOnSwap();

app.UseSerilogRequestLogging(o => o.GetLevel = RequestLogLevels.For);
app.UsePortalSecurity();
app.UsePortalErrorPages();
app.UseBuildingPage(); // 503 + Retry-After until the first snapshot is served
app.UseRequestLocalization();
app.UseRouting(); // after the error pages, before the limits; health answers short-circuit here
app.UseRateLimiter();
app.UsePortalOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapLanguageSwitch();
app.MapDocumentsApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapPortalHealth();
app.MapStatusPages();
app.MapLiveReload();
app.MapSeo();
app.MapDataDownloads();
app.MapPortalOpenApi();

app.Run();
return 0;
