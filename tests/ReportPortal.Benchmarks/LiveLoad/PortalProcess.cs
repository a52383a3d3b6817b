using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReportPortal.Tests.Support;

namespace ReportPortal.Benchmarks.LiveLoad;

/// <summary>The Release build of the portal, started as its own process on a loopback port over a content folder,
/// in Production, with the watcher on; its log lines are kept with their time.</summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<(DateTime At, string Line)> Log { get; } = new();

    /// <summary>The app's main assembly in its Release build output (<c>dotnet build -c Release</c> makes it).</summary>
    public static string DefaultApp => Path.Combine(TestPaths.RepositoryRoot, "src", "ReportPortal.Web", "bin", "Release", "net10.0", "ReportPortal.Web.dll");

    public static PortalProcess Start(string app, string contentPath, string indexPath)
    {
        if (!File.Exists(app))
        {
            throw new FileNotFoundException($"{app} not found: build it first (dotnet build -c Release src/ReportPortal.Web)", app);
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__ContentPath"] = contentPath;
        start.Environment["Portal__IndexPath"] = indexPath;
        start.Environment["Portal__Watch"] = "true";
        // one log line per request would cost more than many requests do: keep warnings from the request log
        start.Environment["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("the portal did not start");
        var portal = new PortalProcess(process, address);
        process.OutputDataReceived += (_, e) => portal.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Log.Enqueue((DateTime.UtcNow, line));
        }
    }

    /// <summary>Waits until <c>/health</c> answers 200: the first snapshot is served.</summary>
    public async Task WaitUntilServingAsync(HttpClient client, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("the portal exited: " + string.Join('\n', Log.Select(l => l.Line).TakeLast(20)));
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the portal did not serve within {timeout.TotalSeconds} s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
