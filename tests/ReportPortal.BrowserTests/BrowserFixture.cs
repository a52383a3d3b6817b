using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ReportPortal.BrowserTests;

/// <summary>One portal server and one Chromium for the whole run; every test opens its own context
/// (<see cref="NewSessionAsync"/>), so cookies, storage and emulation never leak between tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly PortalServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>Every request any page made to a host other than the test server, over the whole run.</summary>
    public ConcurrentQueue<string> OffSiteRequests { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromium;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {chromium}: install it with `sudo apt-get install -y chromium fonts-wqy-microhei` "
                + "(Debian/Ubuntu) or set CHROMIUM_PATH");
        }

        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new browser context and page on the portal. Options given are completed with the server's base
    /// URL and a 1280x900 viewport unless set.</summary>
    public async Task<BrowserSession> NewSessionAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.Locale ??= "zh-CN";
        options.ColorScheme ??= ColorScheme.Light;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000); // a hub page's first render lays out its graph (about 3 s on a loaded 2-core machine)
        var session = new BrowserSession(context, BaseAddress, OffSiteRequests);
        await session.OpenPageAsync();
        return session;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _server.Dispose();
}

/// <summary>One browser context with one page, recording every request that leaves the test server.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly Uri _site;
    private readonly ConcurrentQueue<string> _runLog;
    private readonly ConcurrentQueue<string> _offSite = new();
    private IPage? _page;

    internal BrowserSession(IBrowserContext context, Uri site, ConcurrentQueue<string> runLog)
    {
        Context = context;
        _site = site;
        _runLog = runLog;
        context.Request += (_, request) => Record(request);
        context.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType is not "document")
            {
                _problems.Enqueue($"{response.Status} {response.Request.Method} {response.Url} (from {response.Frame.Url})");
            }
        };
        context.WebError += (_, error) => _problems.Enqueue($"script error: {error.Error}");
    }

    private readonly ConcurrentQueue<string> _problems = new();

    /// <summary>Script errors and sub-resources (scripts, styles, fetches) that failed with a 4xx or 5xx status.</summary>
    public IReadOnlyCollection<string> Problems => _problems;

    public IBrowserContext Context { get; }

    public IPage Page => _page ?? throw new InvalidOperationException("No page open.");

    /// <summary>Requests this session's pages made to any host other than the test server.</summary>
    public IReadOnlyCollection<string> OffSiteRequests => _offSite;

    internal async Task OpenPageAsync() => _page = await Context.NewPageAsync();

    /// <summary>Opens a path on the portal and fails unless the response is the expected status.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}");
        Assert.True(response.Status == expectedStatus, $"GET {path}: expected {expectedStatus}, got {response.Status}");
        return response;
    }

    /// <summary>The current page's path and query, decoded (e.g. <c>/search?q=算力</c>).</summary>
    public string CurrentPath
    {
        get
        {
            var uri = new Uri(Page.Url);
            return Uri.UnescapeDataString(uri.PathAndQuery);
        }
    }

    /// <summary>No request left the site, no script failed and no script, style or fetch answered 4xx/5xx.</summary>
    public void AssertStayedOnSite()
    {
        Assert.True(_offSite.IsEmpty, "Requests left the site:\n" + string.Join("\n", _offSite));
        Assert.True(_problems.IsEmpty, "The page had problems:\n" + string.Join("\n", _problems));
    }

    private void Record(IRequest request)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var uri)
            || uri.Scheme is "data" or "blob" or "about" or "chrome" or "chrome-extension")
        {
            return;
        }

        if (uri.Scheme != _site.Scheme || uri.Host != _site.Host || uri.Port != _site.Port)
        {
            var line = $"{request.Method} {request.Url} (from {request.Frame.Url})";
            _offSite.Enqueue(line);
            _runLog.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class RealBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
