using ReportPortal.Web.Portal;

namespace ReportPortal.Web.LiveContent;

public static class LiveContentSetup
{
    /// <summary>The watcher that builds the first snapshot after the server listens and each later one after an edit.</summary>
    public static IServiceCollection AddLiveContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.AddSingleton<ContentWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentWatcher>());
        return services;
    }
}
