using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Snapshots;
using ReportPortal.Web.Portal;

namespace ReportPortal.Web.Seo;

/// <summary><c>/sitemap.xml</c>: every page a reader can reach without a query (home, the contents, each chapter,
/// each kind's list and every profile, the glossary, timeline, map, graph and data pages), each with the date its
/// content file was last changed (a list: its newest document). Built once per snapshot and site address.</summary>
public static class Sitemap
{
    private const int MaxAddresses = 4;

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Dictionary<string, byte[]>> s_built = [];

    /// <summary>The pages that are not documents, with the document kinds whose newest change dates them.</summary>
    private static readonly (string Path, string[] Kinds)[] s_fixedPages =
    [
        ("/", []), ("/chapters", ["chapter"]), ("/glossary", ["term", "technology"]), ("/timeline", []),
        ("/map", ["company", "organisation", "product"]), ("/graph", []), ("/data", []),
    ];

    public static byte[] For(KnowledgeSnapshot snapshot, PortalPaths paths, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(paths);
        var byBase = s_built.GetValue(snapshot, _ => new Dictionary<string, byte[]>(StringComparer.Ordinal));
        lock (byBase)
        {
            if (!byBase.TryGetValue(baseUrl, out var xml))
            {
                xml = Build(snapshot, paths, baseUrl);
                if (byBase.Count < MaxAddresses)
                {
                    byBase[baseUrl] = xml; // a few site addresses at most; others are built on each request
                }
            }

            return xml;
        }
    }

    private static byte[] Build(KnowledgeSnapshot snapshot, PortalPaths paths, string baseUrl)
    {
        var changed = snapshot.Documents.Ordered.ToDictionary(d => d.Id, d => LastChange(paths, d.Kind, d.Id) ?? snapshot.BuiltAt, StringComparer.Ordinal);
        var newest = changed.Count == 0 ? snapshot.BuiltAt : changed.Values.Max();
        DateTimeOffset NewestOf(IEnumerable<string> kinds) =>
            snapshot.Documents.Ordered.Where(d => kinds.Contains(d.Kind)).Select(d => changed[d.Id]).DefaultIfEmpty(newest).Max();

        var urls = new List<(string Path, DateTimeOffset Changed)>();
        urls.AddRange(s_fixedPages.Select(p => (p.Path, p.Kinds.Length == 0 ? newest : NewestOf(p.Kinds))));
        urls.AddRange(DocumentSchema.Kinds.Where(k => k.Kind != DocumentKind.Chapter && snapshot.Documents.OfKind(k.Folder).Any())
            .Select(k => ("/" + k.UrlSegment, NewestOf([k.Folder]))));
        urls.AddRange(snapshot.Documents.Ordered.Select(d => (d.Url, changed[d.Id])));

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (path, when) in urls)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", baseUrl + path);
                xml.WriteElementString("lastmod", when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>When the document's file (<c>content/&lt;kind&gt;/&lt;id&gt;.md</c>; ids are file names) last changed.</summary>
    private static DateTimeOffset? LastChange(PortalPaths paths, string kind, string id)
    {
        var file = Path.Combine(paths.ContentPath, kind, id + ".md");
        return File.Exists(file) ? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) : null;
    }
}
