namespace ReportPortal.BrowserTests.Accessibility;

/// <summary>One page of every kind the portal serves, with the status it answers.</summary>
public static class PortalPages
{
    public static TheoryData<string, string, int> All { get; } = new()
    {
        { "home", "/", 200 },
        { "chapters", "/chapters", 200 },
        { "chapter", "/chapters/01-origins", 200 },
        { "glossary", "/glossary", 200 },
        { "term", "/terms/aigc", 200 },
        { "technology", "/technologies/transformer", 200 },
        { "product", "/products/chatgpt", 200 },
        { "company", "/companies/openai", 200 },
        { "person", "/people/sam-altman", 200 },
        { "organisation", "/organisations/microsoft-research-asia", 200 },
        { "search", "/search?q=微软", 200 },
        { "timeline", "/timeline", 200 },
        { "map", "/map", 200 },
        { "graph", "/graph", 200 },
        { "data", "/data", 200 },
        { "highlighted", "/companies/openai?h=微软", 200 },
        { "not-found", "/no-such-page", 404 },
    };
}
