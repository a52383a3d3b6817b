using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Issue #13 item 5: ASP.NET Core health checks. <c>/health/live</c> answers while the process does,
/// <c>/health/ready</c> is 503 until a snapshot is served, <c>/health</c> keeps its JSON details and is Degraded when
/// the content has errors. Health answers are never cached nor rate limited. A start that fails is logged as fatal.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(SecurityPortal portal, string path)
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_serving_portal_is_live_ready_and_ok()
    {
        await using var portal = new SecurityPortal();

        var live = await GetAsync(portal, "/health/live");
        var ready = await GetAsync(portal, "/health/ready");
        var health = await GetAsync(portal, "/health");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), live);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), ready);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        var json = JsonDocument.Parse(health.Body).RootElement;
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(12, json.GetProperty("documents").GetInt32());
        Assert.Equal(0, json.GetProperty("errors").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("fingerprint").GetString()));
        Assert.True(json.GetProperty("builtAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(-1));
        Assert.Empty(json.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Before_the_first_snapshot_it_is_live_but_not_ready()
    {
        await using var portal = new SecurityPortal(notReady: true);

        var live = await GetAsync(portal, "/health/live");
        var ready = await GetAsync(portal, "/health/ready");
        var health = await GetAsync(portal, "/health");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), live);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), ready);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("unhealthy", JsonDocument.Parse(health.Body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Content_errors_make_it_degraded_but_still_ready()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(content, "company", "broken.md"), "---\ntitle: 坏文件\nsummary: [没有闭合\n---\n正文\n");
        await using var portal = new SecurityPortal(content: content);

        var ready = await GetAsync(portal, "/health/ready");
        var health = await GetAsync(portal, "/health");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        var json = JsonDocument.Parse(health.Body).RootElement;
        Assert.Equal("degraded", json.GetProperty("status").GetString());
        Assert.Equal("Degraded", json.GetProperty("checks").GetProperty("content").GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("errors").GetInt32());
        Assert.Contains(json.GetProperty("problems").EnumerateArray(), p => p.GetProperty("file").GetString() == "company/broken.md");
    }

    [Fact]
    public async Task Health_is_never_cached_it_shows_a_new_snapshot_at_once()
    {
        var content = _scratch.CopyOf(TestPaths.FixtureContent);
        await using var portal = new SecurityPortal(content: content);
        using var client = portal.CreateClient();

        using var before = await client.GetAsync(new Uri("/health", UriKind.Relative));
        File.AppendAllText(Path.Combine(content, "person", "zhang-san.md"), "\n新的一句话。\n");
        Assert.True(portal.Services.GetRequiredService<SnapshotLoader>().Rebuild("test"));
        using var after = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Contains("no-store", before.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.NotEqual(Fingerprint(await before.Content.ReadAsStringAsync()), Fingerprint(await after.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Health_is_not_rate_limited()
    {
        await using var portal = new SecurityPortal(SecurityPortal.DeterministicRateLimit);

        for (var i = 0; i < SecurityPortal.Burst * 4; i++)
        {
            Assert.Equal(200, (await portal.SendAsync("/health/ready", "198.51.100.20")).Status);
            Assert.Equal(200, (await portal.SendAsync("/health", "198.51.100.20")).Status);
        }
    }

    [Fact]
    public async Task A_bad_setting_stops_the_start_with_a_fatal_log_line()
    {
        var (exit, output) = await RunPortalAsync(new() { ["Portal__KnownProxies__0"] = "not-an-address" });

        Assert.Equal(1, exit);
        Assert.Contains("FTL", output, StringComparison.Ordinal);
        Assert.Contains("The portal failed to start", output, StringComparison.Ordinal);
        Assert.Contains("'not-an-address' is not an IP address", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_already_taken_stops_the_start_with_a_fatal_log_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, output) = await RunPortalAsync(new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.Equal(1, exit);
        Assert.Contains("FTL", output, StringComparison.Ordinal);
        Assert.Contains("The portal failed to start", output, StringComparison.Ordinal);
        Assert.Contains("address already in use", output, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Fingerprint(string json) => JsonDocument.Parse(json).RootElement.GetProperty("fingerprint").GetString();

    /// <summary>Runs the built portal as its own process on the fixture content, at most 60 s.</summary>
    private async Task<(int Exit, string Output)> RunPortalAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ReportPortal.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Portal__ContentPath"] = TestPaths.FixtureContent;
        start.Environment["Portal__IndexPath"] = Path.Combine(_scratch.Path, "index.db");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
