using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Seo;

/// <summary>What a page tells the head of the layout about itself, beyond its title and description: its schema.org
/// nodes, its breadcrumb trail and its Open Graph type. Read by <c>_HeadMeta.cshtml</c>.</summary>
public static class PageSeo
{
    private const string NodesKey = "Seo.Nodes";
    private const string CrumbsKey = "Seo.Crumbs";
    private const string TypeKey = "Seo.OgType";

    /// <summary>The structured-data builder for this request: absolute URLs on this site, the served report.</summary>
    public static StructuredData Site(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new StructuredData(SiteAddress.BaseOf(context), context.RequestServices.GetRequiredService<KnowledgeSnapshot>().Report);
    }

    public static void AddNode(this ViewDataDictionary viewData, JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        if (viewData[NodesKey] is not List<JsonObject> nodes)
        {
            viewData[NodesKey] = nodes = [];
        }

        nodes.Add(node);
    }

    public static IReadOnlyList<JsonObject> Nodes(this ViewDataDictionary viewData) =>
        viewData?[NodesKey] as List<JsonObject> ?? [];

    /// <summary>The trail above this page, from the home page down (the page itself is added from its title).</summary>
    public static void SetCrumbs(this ViewDataDictionary viewData, params (string Name, string Path)[] crumbs)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[CrumbsKey] = crumbs;
    }

    public static IReadOnlyList<(string Name, string Path)>? Crumbs(this ViewDataDictionary viewData) =>
        viewData?[CrumbsKey] as (string, string)[];

    /// <summary>Marks the page as an article for Open Graph (chapters and profiles); others are websites.</summary>
    public static void SetArticle(this ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[TypeKey] = "article";
    }

    public static string OpenGraphType(this ViewDataDictionary viewData) => viewData?[TypeKey] as string ?? "website";
}
