using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using ReportPortal.Knowledge.Queries;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Web.Data;

/// <summary>One download: its bytes, type, file name and strong ETag (from a hash of the bytes).</summary>
public sealed record DataFile(string Name, byte[] Content, string ContentType, EntityTagHeaderValue ETag, DateTimeOffset LastModified, int Records);

/// <summary>The downloads of the data page, each generated once per snapshot (on first request) and then served from
/// memory. A new snapshot gets new files; the old ones go with the old snapshot.</summary>
public sealed class DataDownloads
{
    public const string Documents = "documents.json";
    public const string Relations = "relations.csv";
    public const string Graph = "graph.graphml";
    public const string Timeline = "timeline.jsonl";

    public static readonly IReadOnlyList<string> Names = [Documents, Relations, Graph, Timeline];

    private readonly ConditionalWeakTable<KnowledgeSnapshot, ConcurrentDictionary<string, Lazy<Task<DataFile>>>> _files = [];

    /// <summary>The file <paramref name="name"/> (one of <see cref="Names"/>) of the request's snapshot.</summary>
    public Task<DataFile> GetAsync(string name, KnowledgeSnapshot snapshot, DataExportQueries export)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var files = _files.GetValue(snapshot, _ => new ConcurrentDictionary<string, Lazy<Task<DataFile>>>(StringComparer.Ordinal));
        var lazy = files.GetOrAdd(name, n => new Lazy<Task<DataFile>>(() => BuildAsync(n, snapshot, export)));
        return ForgetIfFailed(lazy);

        // A failed build is not kept: the next request tries again.
        async Task<DataFile> ForgetIfFailed(Lazy<Task<DataFile>> built)
        {
            try
            {
                return await built.Value;
            }
            catch
            {
                files.TryRemove(new KeyValuePair<string, Lazy<Task<DataFile>>>(name, built));
                throw;
            }
        }
    }

    private static async Task<DataFile> BuildAsync(string name, KnowledgeSnapshot snapshot, DataExportQueries export)
    {
        (byte[] Bytes, string Type, int Records) built = name switch
        {
            Documents => Of(export.Documents(), d => DataFormats.DocumentsJson(d), "application/json; charset=utf-8"),
            Relations => Of(export.Relations(), r => DataFormats.RelationsCsv(r), "text/csv; charset=utf-8; header=present"),
            Graph => Of(export.Relations(), r => DataFormats.GraphMl(export.Documents(), r), "application/graphml+xml; charset=utf-8"),
            Timeline => Of(await export.EventsAsync(CancellationToken.None), e => DataFormats.TimelineJsonLines(e), "application/jsonl; charset=utf-8"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a data file"),
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(built.Bytes))[..20];
        return new DataFile(name, built.Bytes, built.Type, new EntityTagHeaderValue($"\"{hash}\""), snapshot.BuiltAt, built.Records);

        static (byte[], string, int) Of<T>(List<T> records, Func<List<T>, byte[]> write, string type) => (write(records), type, records.Count);
    }
}
