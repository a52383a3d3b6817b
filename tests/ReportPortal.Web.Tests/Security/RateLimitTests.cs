using System.Net;
using System.Text.Json;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Checklist case 16 (HTTP hardening) and issue #13 item 2: the search page and the search, suggestion and
/// preview APIs are limited per client address. N+1 requests inside one budget meet 429 with Retry-After; another
/// client is not affected; a spoofed X-Forwarded-For does not reset a budget (only a configured proxy is believed);
/// pages are never limited. Deterministic: the budget refills only when the test calls Replenish (no clock).</summary>
public sealed class RateLimitTests(RateLimitTests.Hosts hosts) : IClassFixture<RateLimitTests.Hosts>
{
    public const string Proxy = "10.0.0.1";

    public sealed class Hosts : IDisposable
    {
        public SecurityPortal Direct { get; } = new(SecurityPortal.DeterministicRateLimit);

        public SecurityPortal BehindProxy { get; } = new(new Dictionary<string, string?>(SecurityPortal.DeterministicRateLimit)
        {
            ["Portal:KnownProxies:0"] = Proxy,
        });

        public void Dispose()
        {
            Direct.Dispose();
            BehindProxy.Dispose();
        }
    }

    private static Dictionary<string, string> ForwardedFor(string client) => new() { ["X-Forwarded-For"] = client };

    public static TheoryData<string, string> Limited { get; } = new()
    {
        { "/api/search?q=%E4%BA%BA%E5%B7%A5", "198.51.100.1" },
        { "/api/suggest?q=ai", "198.51.100.2" },
        { "/api/preview/kaifang", "198.51.100.3" },
    };

    [Theory]
    [MemberData(nameof(Limited))]
    public async Task A_burst_meets_429_with_Retry_After_and_problem_json_and_is_served_again_after_the_wait(string path, string client)
    {
        for (var i = 0; i < SecurityPortal.Burst; i++)
        {
            Assert.Equal(200, (await hosts.Direct.SendAsync(path, client)).Status);
        }

        var refused = await hosts.Direct.SendAsync(path, client);
        hosts.Direct.Replenish();
        var again = await hosts.Direct.SendAsync(path, client);

        Assert.Equal(429, refused.Status);
        Assert.True(int.TryParse(refused.Headers.RetryAfter.ToString(), out var seconds) && seconds >= 1, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.Equal(429, JsonDocument.Parse(refused.Body).RootElement.GetProperty("status").GetInt32());
        SecurityHeaderAssert.FullSet(SecurityHeaderAssert.Of(refused.Headers), hsts: false, "429");
        Assert.Equal(200, again.Status);
    }

    [Fact]
    public async Task The_search_page_answers_a_429_page_in_the_site_layout()
    {
        const string client = "198.51.100.4";
        Answer answer;
        var sent = 0;
        do
        {
            answer = await hosts.Direct.SendAsync("/search?q=" + Uri.EscapeDataString("人工") + "&n=" + sent, client);
            sent++;
        }
        while (answer.Status == 200 && sent <= SecurityPortal.Burst);

        Assert.Equal(SecurityPortal.Burst + 1, sent);
        Assert.Equal(429, answer.Status);
        Assert.False(string.IsNullOrEmpty(answer.Headers.RetryAfter));
        Assert.StartsWith("text/html", answer.ContentType, StringComparison.Ordinal);
        Assert.Contains("<h1>请求太频繁</h1>", answer.Body, StringComparison.Ordinal);
        Assert.Contains("site-header", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_client_is_not_affected()
    {
        for (var i = 0; i <= SecurityPortal.Burst; i++)
        {
            await hosts.Direct.SendAsync("/api/suggest?q=gp", "198.51.100.5");
        }

        Assert.Equal(429, (await hosts.Direct.SendAsync("/api/suggest?q=gp", "198.51.100.5")).Status);
        Assert.Equal(200, (await hosts.Direct.SendAsync("/api/suggest?q=gp", "198.51.100.6")).Status);
        Assert.Equal(200, (await hosts.Direct.SendAsync("/api/suggest?q=gp", "2001:db8:1::1")).Status);
    }

    [Fact]
    public async Task A_spoofed_X_Forwarded_For_from_a_client_that_is_not_a_proxy_does_not_reset_its_budget()
    {
        const string client = "198.51.100.7";
        for (var i = 0; i < SecurityPortal.Burst; i++)
        {
            Assert.Equal(200, (await hosts.Direct.SendAsync("/api/suggest?q=op", client, headers: ForwardedFor($"192.0.2.{i + 1}"))).Status);
        }

        var spoofed = await hosts.Direct.SendAsync("/api/suggest?q=op", client, headers: ForwardedFor("192.0.2.200"));

        Assert.Equal(429, spoofed.Status);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_budget_and_others_are_not_believed()
    {
        for (var i = 0; i < SecurityPortal.Burst; i++)
        {
            await hosts.BehindProxy.SendAsync("/api/suggest?q=ms", Proxy, headers: ForwardedFor("203.0.113.1"));
        }

        var first = await hosts.BehindProxy.SendAsync("/api/suggest?q=ms", Proxy, headers: ForwardedFor("203.0.113.1"));
        var second = await hosts.BehindProxy.SendAsync("/api/suggest?q=ms", Proxy, headers: ForwardedFor("203.0.113.2"));
        // A client that is not the proxy but claims to forward for the second one spends its own budget.
        for (var i = 0; i < SecurityPortal.Burst; i++)
        {
            await hosts.BehindProxy.SendAsync("/api/suggest?q=ms", "198.51.100.8", headers: ForwardedFor("203.0.113.2"));
        }

        var pretender = await hosts.BehindProxy.SendAsync("/api/suggest?q=ms", "198.51.100.8", headers: ForwardedFor("203.0.113.2"));
        var secondAgain = await hosts.BehindProxy.SendAsync("/api/suggest?q=ms", Proxy, headers: ForwardedFor("203.0.113.2"));

        Assert.Equal(429, first.Status);
        Assert.Equal(200, second.Status);
        Assert.Equal(429, pretender.Status);
        Assert.Equal(200, secondAgain.Status);
    }

    [Fact]
    public async Task Pages_are_never_limited_even_for_a_client_out_of_budget()
    {
        const string client = "198.51.100.9";
        for (var i = 0; i <= SecurityPortal.Burst; i++)
        {
            await hosts.Direct.SendAsync("/api/suggest?q=rl", client);
        }

        Assert.Equal(429, (await hosts.Direct.SendAsync("/api/suggest?q=rl", client)).Status);
        foreach (var page in new[] { "/", "/chapters", "/chapters/01-start", "/companies/kaifang", "/glossary", "/timeline", "/graph", "/api/documents", "/api/documents/kaifang" })
        {
            for (var i = 0; i < SecurityPortal.Burst * 3; i++)
            {
                Assert.Equal(200, (await hosts.Direct.SendAsync(page, client)).Status);
            }
        }
    }

    [Fact]
    public async Task With_the_default_settings_a_reader_typing_with_suggestions_is_never_refused()
    {
        var defaults = new ReportPortal.Web.Security.RateLimitSettings();
        await using var portal = new SecurityPortal(new Dictionary<string, string?>
        {
            ["Portal:RateLimit:RequestsPerMinute"] = defaults.RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        const string client = "198.51.100.10";
        const string typed = "人工智能 生成内容 ChatGPT 的商业模式";
        var statuses = new List<int>();

        // One suggestion request per keystroke, a search, then previews of every result, twice over.
        for (var round = 0; round < 2; round++)
        {
            for (var i = 1; i <= typed.Length; i++)
            {
                statuses.Add((await portal.SendAsync("/api/suggest?q=" + Uri.EscapeDataString(typed[..i]), client)).Status);
            }

            statuses.Add((await portal.SendAsync("/search?q=" + Uri.EscapeDataString(typed), client)).Status);
            foreach (var id in new[] { "kaifang", "weiruan", "zhang-san", "rlhf-test", "01-start", "00-preface" })
            {
                statuses.Add((await portal.SendAsync("/api/preview/" + id, client)).Status);
            }
        }

        Assert.All(statuses, s => Assert.Equal((int)HttpStatusCode.OK, s));
        Assert.Equal(1, portal.Limiter.ClientCount); // the limit was on and counted this reader
    }

    [Fact]
    public async Task Zero_requests_per_minute_turns_the_limit_off()
    {
        await using var portal = new SecurityPortal(new Dictionary<string, string?>(SecurityPortal.DeterministicRateLimit)
        {
            ["Portal:RateLimit:RequestsPerMinute"] = "0",
        });

        for (var i = 0; i < SecurityPortal.Burst * 5; i++)
        {
            Assert.Equal(200, (await portal.SendAsync("/api/suggest?q=ai", "198.51.100.11")).Status);
        }

        Assert.Equal(0, portal.Limiter.ClientCount);
    }
}
