using System.Globalization;
using ReportPortal.Web.Security;
using Serilog;
using Serilog.Events;

namespace ReportPortal.Web.Portal;

/// <summary>Serilog as the <c>Serilog</c> section of the configuration says. Without that section (the app started
/// where no <c>appsettings.json</c> is found) it still logs to the console at Information, so an operator always
/// sees where it listens and what is wrong.</summary>
public static class PortalLogging
{
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static IServiceCollection AddPortalLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((provider, log) =>
        {
            log.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.With<LogInjectionGuard>();
            if (!configuration.GetSection("Serilog").Exists())
            {
                log.MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", LogEventLevel.Fatal)
                    .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture);
            }
        });
}
