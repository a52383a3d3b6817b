using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Web.Portal;

public static class PortalSetup
{
    /// <summary>Registers the index (built when first asked for), the read-only database context and the queries.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Portal").Get<PortalOptions>() ?? new PortalOptions();
        var root = builder.Environment.ContentRootPath;
        var contentPath = Path.GetFullPath(options.ContentPath ?? FindRepositoryContent(root));
        var indexPath = Path.GetFullPath(options.IndexPath ?? Path.Combine(root, "App_Data", "index.db"), root);

        builder.Services.AddSingleton(sp => new PortalIndex(contentPath, indexPath, sp.GetRequiredService<ILogger<PortalIndex>>()));
        builder.Services.AddDbContext<PortalDb>((sp, db) => db
            .UseSqlite(sp.GetRequiredService<PortalIndex>().Status.ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddScoped<DocumentQueries>();
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap["profilekind"] = typeof(ProfileKindConstraint));
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddSingleton(sp =>
        {
            using var db = new PortalDb(PortalDb.OptionsFor(sp.GetRequiredService<PortalIndex>().Status.ConnectionString));
            return SearchCatalog.Load(db);
        });
        builder.Services.AddSingleton(sp => SuggestIndex.Load(sp.GetRequiredService<SearchCatalog>()));
        return builder;
    }

    /// <summary>The repository's content folder: the first folder above <paramref name="start"/> that holds
    /// <c>ReportPortal.sln</c> and <c>content/</c>; else <c>content/</c> beside the app.</summary>
    public static string FindRepositoryContent(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportPortal.sln")) && Directory.Exists(Path.Combine(dir.FullName, "content")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        return Path.Combine(start, "content");
    }
}
