using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Search;
using ReportPortal.Web.Api;

namespace ReportPortal.Web.OpenApi;

/// <summary>What the OpenAPI document says about each JSON route: summary, description, tag, what each parameter
/// means, the shape of a good answer and the problems (RFC 9457 problem details) it may answer instead. Kept in one
/// place beside the document, keyed by route, so the endpoint code stays as it is; a test checks that every route
/// has an entry and every documented shape matches a real answer.</summary>
internal static class ApiDescriptions
{
    public sealed record Entry(
        string Tag,
        string Summary,
        string Description,
        IReadOnlyDictionary<string, string> Parameters,
        Type? Answer,
        IReadOnlyList<int> Problems,
        int SuccessStatus = 200);

    private static readonly string s_kinds = string.Join(", ", DocumentSchema.Kinds.Select(k => k.Folder));

    /// <summary>By route pattern as ASP.NET Core describes it (no leading slash).</summary>
    public static readonly IReadOnlyDictionary<string, Entry> ByRoute = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["api/documents"] = new("Documents", "List documents",
            "Every document (chapters in the report's order, then profiles by title), or those of one kind.",
            new Dictionary<string, string> { ["kind"] = $"Only documents of this kind: {s_kinds}." },
            typeof(IReadOnlyList<DocumentListItem>), [400]),
        ["api/documents/{id}"] = new("Documents", "Get a document",
            "A whole document without its rendered body: infobox fields, sections, typed relations read from this document's end, and the documents that link here with the context of each mention. An alternate id answers with the canonical document.",
            new Dictionary<string, string> { ["id"] = "The document id (lower case letters, digits and hyphens), e.g. openai." },
            typeof(DocumentAnswer), [404]),
        ["api/preview/{id}"] = new("Documents", "Preview a document",
            "The short card shown when a reader hovers over a link: kind, names and summary. Only canonical ids.",
            new Dictionary<string, string> { ["id"] = "The document id, e.g. openai." },
            typeof(DocumentPreview), [404]),
        ["d/{id}"] = new("Documents", "Short address of a document",
            "Redirects (302) to the document's page, whatever its kind: /d/openai leads to /companies/openai.",
            new Dictionary<string, string> { ["id"] = "A document id or alternate id." },
            null, [404], SuccessStatus: 302),
        ["api/search"] = new("Search", "Search",
            "Full-text search over names and text, Chinese (bigram-aware) and English. Exact names rank first, then documents whose name contains every term, then by relevance; one hit per document, at its best section.",
            new Dictionary<string, string>
            {
                ["q"] = $"The words to look for, Chinese or English; at most {SearchQuery.MaxLength} characters. Punctuation is ignored.",
                ["kind"] = $"Only hits of this kind ({s_kinds}), or {SearchService.GlossaryFilter} for terms and technologies.",
                ["limit"] = $"How many hits to return, 1 to {SearchApi.MaxLimit} (default 20).",
            },
            typeof(SearchAnswer), [400]),
        ["api/suggest"] = new("Search", "Suggest names",
            "Titles, English names and aliases that start with (or contain a word starting with) what the reader typed, for a search box.",
            new Dictionary<string, string>
            {
                ["q"] = $"What the reader typed; at most {SearchQuery.MaxLength} characters.",
                ["limit"] = "How many suggestions, 1 to 20 (default 8).",
            },
            typeof(IReadOnlyList<SuggestionAnswer>), [400]),
        ["health"] = new("Health", "Health of the index",
            "Whether the index is up, how many documents it holds, and every content problem with its file and line.",
            new Dictionary<string, string>(),
            typeof(HealthAnswer), []),
    };

    /// <summary>Routes that are not part of the API (a page's helpers) and stay out of the document.</summary>
    public static readonly IReadOnlySet<string> Hidden = new HashSet<string>(StringComparer.Ordinal) { "language" };

    public static string TitleOf(int status) => status switch
    {
        400 => "The parameters cannot be used (problem details say which).",
        404 => "No document has this id.",
        _ => "Problem",
    };
}
