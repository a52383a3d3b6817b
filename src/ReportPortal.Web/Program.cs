using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using ReportPortal.Web.Api;
using ReportPortal.Web.Health;
using ReportPortal.Web.Localization;
using ReportPortal.Web.Portal;
using ReportPortal.Web.Security;
using Serilog;

if (CheckCommand.IsRequested(args))
{
    return CheckCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

StartupFailure.LogAsFatal(); // an exception that ends the process is logged through Serilog, flushed, exit code 1
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, log) => log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services)
    .Enrich.With<LogInjectionGuard>());
builder.AddPortal();
builder.AddPortalSecurity();
builder.Services.AddPortalHealth();
builder.Services.AddInterfaceLanguages();
builder.Services.AddRazorPages();
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)); // Chinese as text, not &#x…;
builder.Services.AddPortalOutputCache();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.EvictOnSwap();
app.Services.GetRequiredService<SnapshotLoader>().LoadAndSwap(); // build or reuse the index before the first request

app.UseSerilogRequestLogging();
app.UsePortalSecurity();
app.UsePortalErrorPages();
app.UseRequestLocalization();
app.UseRouting(); // after the error pages, before the limits; health answers short-circuit here
app.UseRateLimiter();
app.UseOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapLanguageSwitch();
app.MapDocumentsApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapPortalHealth();
app.MapStatusPages();

app.Run();
return 0;
