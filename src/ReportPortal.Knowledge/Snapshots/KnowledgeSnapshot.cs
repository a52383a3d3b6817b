using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Catalog;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Graph;
using ReportPortal.Knowledge.Index;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Knowledge.Snapshots;

/// <summary>Everything served from one build of the content, as one immutable object: the SQLite index file, the
/// documents in memory, the suggestion keys, the relation graph, the report's metadata, the content problems and
/// the fingerprint. A request reads one snapshot from start to end; a new content version is a new snapshot.</summary>
public sealed class KnowledgeSnapshot
{
    private KnowledgeSnapshot(IndexStatus index, DocumentCatalog documents, Suggestions suggestions, GraphData graph, ReportInfo report, DateTimeOffset builtAt)
    {
        Index = index;
        Documents = documents;
        Suggestions = suggestions;
        Graph = graph;
        Report = report;
        BuiltAt = builtAt;
    }

    /// <summary>The index file this snapshot reads, its fingerprint and the problems found when it was built.</summary>
    public IndexStatus Index { get; }

    public DocumentCatalog Documents { get; }

    public Suggestions Suggestions { get; }

    /// <summary>Every relation, its documents and the relation types: what graphs are drawn from.</summary>
    public GraphData Graph { get; }

    public ReportInfo Report { get; }

    /// <summary>When the index file was built (not when it was opened).</summary>
    public DateTimeOffset BuiltAt { get; }

    public string Fingerprint => Index.Fingerprint;

    public IReadOnlyList<ContentProblem> Problems => Index.Problems;

    private readonly Lock _gate = new();
    private int _readers;
    private bool _retired;
    private Action? _whenUnused;

    /// <summary>How many requests are reading this snapshot now.</summary>
    public int Readers
    {
        get
        {
            lock (_gate)
            {
                return _readers;
            }
        }
    }

    /// <summary>Counts a reader in, unless the snapshot has been retired (then the caller reads the current one).</summary>
    internal bool TryAcquire()
    {
        lock (_gate)
        {
            if (_retired)
            {
                return false;
            }

            _readers++;
            return true;
        }
    }

    internal void Release()
    {
        Action? run = null;
        lock (_gate)
        {
            _readers--;
            if (_retired && _readers == 0)
            {
                (run, _whenUnused) = (_whenUnused, null);
            }
        }

        run?.Invoke();
    }

    /// <summary>No new reader may start on this snapshot; <paramref name="whenUnused"/> runs once the last one ends
    /// (at once if there is none).</summary>
    internal void Retire(Action whenUnused)
    {
        Action? run = null;
        lock (_gate)
        {
            _retired = true;
            if (_readers == 0)
            {
                run = whenUnused;
            }
            else
            {
                _whenUnused = whenUnused;
            }
        }

        run?.Invoke();
    }

    /// <summary>A read-only database context on this snapshot's index file; the caller disposes it.</summary>
    public PortalDb OpenDb() => new(PortalDb.OptionsFor(Index.ConnectionString));

    /// <summary>Reuses or builds the index of <paramref name="contentPath"/> at <paramref name="indexPath"/> and opens it.</summary>
    public static KnowledgeSnapshot Load(string contentPath, string indexPath, Diagnostics.BuildProgress? progress = null) =>
        Open(IndexFile.Ensure(contentPath, indexPath, progress));

    /// <summary>Reads what is held in memory out of an index file.</summary>
    public static KnowledgeSnapshot Open(IndexStatus index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var db = new PortalDb(PortalDb.OptionsFor(index.ConnectionString + ";Pooling=False"));
        var documents = DocumentCatalog.Load(db);
        var meta = db.Meta.AsNoTracking().ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        var report = meta.TryGetValue("report", out var json) ? JsonSerializer.Deserialize<ReportInfo>(json) ?? new ReportInfo() : new ReportInfo();
        var built = meta.TryGetValue("built", out var b) && DateTimeOffset.TryParse(b, out var when) ? when : DateTimeOffset.UtcNow;
        var graph = new GraphData(
            db.Relations.AsNoTracking().OrderBy(r => r.Id).ToList(),
            documents.Ordered.Select(d => new DocumentRow { Id = d.Id, Kind = d.Kind, Title = d.Title, TitleEn = d.TitleEn }),
            db.RelationTypes.AsNoTracking().ToList());
        return new KnowledgeSnapshot(index, documents, Suggestions.Load(documents), graph, report, built);
    }
}
