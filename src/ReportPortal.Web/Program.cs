using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using ReportPortal.Web.Api;
using ReportPortal.Web.LiveContent;
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

builder.Services.AddLiveContent(builder.Configuration);
builder.Services.AddInterfaceLanguages();
builder.Services.AddRazorPages();
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)); // Chinese as text, not &#x…;
builder.Services.AddPortalOutputCache();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.EvictOnSwap();

app.UseSerilogRequestLogging();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseBuildingPage();
app.UseRequestLocalization();
app.UsePortalOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapLanguageSwitch();
app.MapDocumentsApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapHealthApi();
app.MapLiveReload();

app.Run();
return 0;
