using System.Text.RegularExpressions;

namespace ReportPortal.Web.Tests.Citations;

/// <summary>"Cite this page" on profiles and chapters: GB/T 7714 and APA texts with the permalink and the access date.</summary>
[Collection(RealContent.Name)]
public sealed class CitationTests(RealContentFactory portal)
{
    [Fact]
    public async Task A_profile_offers_gbt_and_apa_citations_with_its_permalink_and_access_date()
    {
        var (_, dom) = await portal.GetPageAsync("/companies/openai");

        var gbt = dom.QuerySelector("details.cite #cite-gbt")!.TextContent;
        var apa = dom.QuerySelector("details.cite #cite-apa")!.TextContent;
        var today = DateTime.UtcNow;
        Assert.Matches(@"^ChatGPT 与 AIGC 报告知识库\. OpenAI\[EB/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. http://localhost/d/openai\.$", gbt);
        Assert.Matches(@"^ChatGPT 与 AIGC 报告知识库\. \(n\.d\.\)\. OpenAI\. Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from http://localhost/d/openai$", apa);
        Assert.Contains(today.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), gbt, StringComparison.Ordinal);
        Assert.Equal(2, dom.QuerySelectorAll("details.cite [data-access]").Length);
        Assert.Equal(2, dom.QuerySelectorAll("details.cite button[data-copy-from][hidden]").Length); // shown by the script
    }

    [Fact]
    public async Task A_chapter_is_cited_as_part_of_the_report_by_its_author()
    {
        var (_, dom) = await portal.GetPageAsync("/chapters/01-origins");

        var gbt = dom.QuerySelector("#cite-gbt")!.TextContent;
        var apa = dom.QuerySelector("#cite-apa")!.TextContent;
        Assert.StartsWith("杜玉河. ", gbt, StringComparison.Ordinal);
        Assert.Contains("[R/OL]//ChatGPT 与 AIGC 产业研究报告. 工业 4.0 产业联盟 / 工业 4.0 俱乐部, 2023-02-21[", gbt, StringComparison.Ordinal);
        Assert.EndsWith("http://localhost/d/01-origins.", gbt, StringComparison.Ordinal);
        Assert.StartsWith("杜玉河. (2023, February 21). ", apa, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"In ChatGPT 与 AIGC 产业研究报告\. .+ Retrieved .+, from http://localhost/d/01-origins$"), apa);
    }

    [Fact]
    public async Task The_permalink_leads_to_the_page()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/d/openai", UriKind.Relative));

        Assert.Equal("/companies/openai", response.Headers.Location!.ToString());
    }
}
