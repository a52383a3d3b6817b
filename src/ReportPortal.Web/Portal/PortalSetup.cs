using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Search;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Portal;

public static class PortalSetup
{
    /// <summary>Registers the snapshot holder, the per-request snapshot (a lease taken once per request and released
    /// when it ends, so a request never sees two content versions and a replaced snapshot's file outlives its last
    /// reader), its read-only database context and the query classes.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Portal").Get<PortalOptions>() ?? new PortalOptions();
        var root = builder.Environment.ContentRootPath;
        var paths = new PortalPaths(
            Path.GetFullPath(options.ContentPath ?? FindRepositoryContent(root)),
            Path.GetFullPath(options.IndexPath ?? Path.Combine(root, "App_Data", "index.db"), root));

        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton<SnapshotHolder>();
        builder.Services.AddSingleton<SnapshotLoader>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<SnapshotHolder>().Acquire()
            ?? throw new InvalidOperationException("No content snapshot is being served yet."));
        builder.Services.AddScoped(sp => sp.GetRequiredService<SnapshotLease>().Snapshot);
        builder.Services.AddScoped(sp => sp.GetRequiredService<KnowledgeSnapshot>().Documents);
        builder.Services.AddDbContext<PortalDb>((sp, db) => db
            .UseSqlite(sp.GetRequiredService<KnowledgeSnapshot>().Index.ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddScoped<DocumentQueries>();
        builder.Services.AddScoped<GraphQueries>();
        builder.Services.AddScoped<GlossaryQueries>();
        builder.Services.AddScoped<MapQueries>();
        builder.Services.AddScoped<TimelineQueries>();
        builder.Services.AddScoped<MaintenanceQueries>();
        builder.Services.AddScoped<SearchService>();
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap["profilekind"] = typeof(ProfileKindConstraint));
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

/// <summary>Where the content is read from and where its index file is written.</summary>
public sealed record PortalPaths(string ContentPath, string IndexPath);
