using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;
using ReportPortal.Web.Security;

namespace ReportPortal.Web.Tests.Security;

/// <summary>The real portal with the settings a security test needs, on a scratch copy of the fixture content by
/// default. Static assets are served as in production. <see cref="SendAsync"/> sends a request from a client address
/// of the test's choice (TestServer has none of its own).</summary>
public class SecurityPortal : PortalFactory
{
    /// <summary>A deterministic rate limit: a burst of <see cref="Burst"/>, never refilled until the test calls
    /// <see cref="Replenish"/>; the rate is so high that one replenish refills the whole burst.</summary>
    public const int Burst = 3;

    public static readonly IReadOnlyDictionary<string, string?> DeterministicRateLimit = new Dictionary<string, string?>
    {
        ["Portal:RateLimit:RequestsPerMinute"] = "60000000",
        ["Portal:RateLimit:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Portal:RateLimit:AutoReplenishment"] = "false",
    };

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly bool _notReady;

    public SecurityPortal(IReadOnlyDictionary<string, string?>? settings = null, string? content = null, string? indexPath = null,
        string environment = "Testing", bool notReady = false)
        : base(content ?? TestPaths.FixtureContent, indexPath)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _environment = environment;
        _notReady = notReady;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(_environment);
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings.Where(s => !s.Key.StartsWith("Serilog:", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }

        // Serilog's settings as an in-memory source: UseSetting gives parent keys an empty value, which Serilog's
        // settings reader takes for a sink named "".
        builder.ConfigureAppConfiguration(config =>
            config.AddInMemoryCollection(_settings.Where(s => s.Key.StartsWith("Serilog:", StringComparison.Ordinal))));

        if (_notReady)
        {
            // The portal before its first snapshot: the loader fills a holder nobody serves from.
            builder.ConfigureTestServices(services => services.AddSingleton(sp => new SnapshotLoader(
                sp.GetRequiredService<PortalPaths>(), new SnapshotHolder(), sp.GetRequiredService<IOptions<PortalOptions>>(),
                sp.GetRequiredService<ILogger<SnapshotLoader>>())));
        }
    }

    public ClientRateLimiter Limiter => Services.GetRequiredService<ClientRateLimiter>();

    /// <summary>Refills every client's budget (deterministic settings: to the full burst).</summary>
    public void Replenish() => Limiter.Replenish();

    /// <summary>Drops tables from the served index, so that pages and endpoints reading them fail as a broken
    /// database would (with an SQLite error that names the table).</summary>
    public void BreakIndex(params string[] tables)
    {
        _ = Server;
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={IndexPath};Pooling=False");
        connection.Open();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP TABLE \"{table}\"";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>A GET (or <paramref name="method"/>) from <paramref name="client"/>, through the whole pipeline.</summary>
    public Task<Answer> SendAsync(string pathAndQuery, string client, string method = "GET", IDictionary<string, string>? headers = null)
    {
        var parts = pathAndQuery.Split('?', 2);
        return Server.SendRawAsync(PathString.FromUriComponent(parts[0]), parts.Length > 1 ? "?" + parts[1] : "", client, method, headers);
    }
}

/// <summary>Requests built field by field, as a server would hand them over: a decoded path of any characters and a
/// raw query string of any bytes (HttpClient would re-escape both).</summary>
public static class RawRequest
{
    public static async Task<Answer> SendRawAsync(this TestServer server, PathString path, string rawQuery, string client = "192.0.2.1",
        string method = "GET", IDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Path = path;
            c.Request.QueryString = rawQuery.Length > 0 ? new QueryString(rawQuery) : QueryString.Empty;
            c.Request.Host = new HostString("localhost");
            c.Connection.RemoteIpAddress = IPAddress.Parse(client);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                c.Request.Headers[name] = value;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return new Answer(context.Response.StatusCode, context.Response.Headers, context.Response.ContentType, await reader.ReadToEndAsync());
    }
}

/// <summary>What <see cref="SecurityPortal.SendAsync"/> got back.</summary>
public sealed record Answer(int Status, IHeaderDictionary Headers, string? ContentType, string Body);
