using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using ReportPortal.Web.Api;
using ReportPortal.Web.Caching;
using ReportPortal.Web.Localization;
using ReportPortal.Web.Portal;
using Serilog;

if (CheckCommand.IsRequested(args))
{
    return CheckCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

if (IndexCommand.IsRequested(args))
{
    return IndexCommand.Run(args, PublishedLayout.DefaultContent(args), Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PublishedLayout.ContentRoot(args) });
builder.Services.AddSerilog((services, log) => log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services));
builder.AddPortal();
if (!builder.HasContentFolder(Console.Error))
{
    return 2;
}

builder.Services.AddInterfaceLanguages();
builder.Services.AddRazorPages();
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)); // Chinese as text, not &#x…;
builder.Services.AddPortalOutputCache();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.EvictOnSwap();
app.Services.GetRequiredService<SnapshotLoader>().LoadAndSwap(); // build or reuse the index before the first request

app.UseSerilogRequestLogging(o => o.GetLevel = RequestLogLevels.For);
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UsePortalOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapLanguageSwitch();
app.MapDocumentsApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapHealthApi();

app.Run();
return 0;
