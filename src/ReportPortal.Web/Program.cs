using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using ReportPortal.Web.Api;
using ReportPortal.Web.Data;
using ReportPortal.Web.Localization;
using ReportPortal.Web.OpenApi;
using ReportPortal.Web.Portal;
using ReportPortal.Web.Seo;
using Serilog;

if (CheckCommand.IsRequested(args))
{
    return CheckCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, log) => log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services));
builder.AddPortal();
builder.Services.AddInterfaceLanguages();
builder.Services.AddRazorPages();
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)); // Chinese as text, not &#x…;
builder.Services.AddPortalOutputCache();
builder.Services.AddProblemDetails();
builder.Services.AddPortalOpenApi();
builder.Services.AddDataDownloads();

var app = builder.Build();
app.EvictOnSwap();
app.Services.GetRequiredService<SnapshotLoader>().LoadAndSwap(); // build or reuse the index before the first request

app.UseSerilogRequestLogging();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapLanguageSwitch();
app.MapDocumentsApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapHealthApi();
app.MapSeo();
app.MapDataDownloads();
app.MapPortalOpenApi();

app.Run();
return 0;
