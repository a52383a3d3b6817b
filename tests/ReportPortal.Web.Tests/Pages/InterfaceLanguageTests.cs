using AngleSharp;
using AngleSharp.Dom;

namespace ReportPortal.Web.Tests.Pages;

[Collection(RealContent.Name)]
public class InterfaceLanguageTests(RealContentFactory portal)
{
    private static async Task<IDocument> Dom(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
    }

    [Fact]
    public async Task Chinese_is_the_default_and_English_is_remembered_once_chosen()
    {
        using var client = portal.CreateClient();

        var before = await Dom(client, "/companies/nvidia");
        await client.GetAsync(new Uri("/language?lang=en&returnUrl=%2Fcompanies%2Fnvidia", UriKind.Relative));
        var after = await Dom(client, "/companies/nvidia");
        var elsewhere = await Dom(client, "/glossary");
        await client.GetAsync(new Uri("/language?lang=zh-CN&returnUrl=%2F", UriKind.Relative));
        var back = await Dom(client, "/");

        Assert.Equal("zh-CN", before.DocumentElement.GetAttribute("lang"));
        Assert.Contains("章节", before.QuerySelector("#site-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("英伟达", before.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", after.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Chapters", after.QuerySelector("#site-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("NVIDIA", after.QuerySelector("h1")!.TextContent);
        Assert.Equal("英伟达", after.QuerySelector("header .en")!.TextContent);
        Assert.Equal("Glossary", elsewhere.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("章节", back.QuerySelector("#site-nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_only_returns_to_local_addresses()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/language?lang=en&returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
