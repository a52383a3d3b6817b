using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Diagnostics;
using ReportPortal.Knowledge.Markdown;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Index;

/// <summary>Renders loaded content and writes it all to a new SQLite file: documents, names, sections, links,
/// relations, events, figures, problems and the full-text table.</summary>
/// <remarks>The file is new and private until it is moved into place, so it is written the fast way: the schema
/// comes from the EF Core model (<c>EnsureCreated</c>), the rows go in through prepared statements on the same
/// connection (<see cref="RowWriter{T}"/>, no change tracking), everything in one transaction with no rollback
/// journal, and the secondary indexes are created after the rows. The full-text rows are tokenised in parallel
/// before they are written. See docs/performance.md ("Index build") for the figures.</remarks>
public static class IndexBuilder
{
    /// <summary>Renders every document (parse all, resolve links, render) and writes the index to <paramref name="path"/>.
    /// Returns every problem: the loader's and the renderer's.</summary>
    public static IReadOnlyList<ContentProblem> Build(ContentSet content, string path, string fingerprint) =>
        Build(content, path, fingerprint, progress: null, log: null);

    /// <summary><see cref="Build(ContentSet, string, string)"/>, reporting how far it has got to <paramref name="progress"/>
    /// (for the live build's page and log) and telling <paramref name="log"/> what it did after each step (for the
    /// <c>index</c> command's output).</summary>
    public static IReadOnlyList<ContentProblem> Build(ContentSet content, string path, string fingerprint, BuildProgress? progress, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(content);
        var clock = Stopwatch.StartNew();
        var problems = new List<ContentProblem>(content.Problems);
        var rendered = new RenderPipeline().Render(content, problems, progress);
        progress?.Enter("indexing", rendered.Count);
        log?.Invoke($"rendered {rendered.Count} documents in {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        var searchRows = SearchRows(rendered);
        using var db = new PortalDb(PortalDb.OptionsFor($"Data Source={path};Pooling=False"));
        db.Database.OpenConnection();
        // A private file until it is complete: no rollback journal, no waiting for the disk on each commit.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw(SearchIndexSql.Create);
        // FTS5 keeps pending terms in memory up to this size before it writes a segment (default 1 MB): one large
        // flush instead of many small segments that must then be merged.
        db.Database.ExecuteSqlRaw("INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', 67108864)");
        var indexes = DropSecondaryIndexes(db);
        using (var transaction = db.Database.BeginTransaction())
        {
            var counts = WriteRows(db, content, rendered, problems, fingerprint);
            WriteSearchRows(db, searchRows);
            foreach (var create in indexes)
            {
                db.Database.ExecuteSqlRaw(create);
            }

            transaction.Commit();
            log?.Invoke($"wrote {counts} and {searchRows.Count} full-text rows in {clock.ElapsedMilliseconds} ms");
        }

        db.Database.ExecuteSqlRaw("PRAGMA journal_mode = DELETE"); // one self-contained file, readable read-only
        db.Database.CloseConnection();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Flush(flushToDisk: true); // written without syncs: make it durable once, before it is moved into place
        }

        return problems;
    }

    private static string WriteRows(PortalDb db, ContentSet content, List<RenderedDocument> rendered, List<ContentProblem> problems, string fingerprint)
    {
        using var documents = new RowWriter<DocumentRow>(db);
        using var names = new RowWriter<NameRow>(db);
        using var sections = new RowWriter<SectionRow>(db, withKey: true);
        using var links = new RowWriter<LinkRow>(db);
        var sectionId = 0;
        foreach (var doc in rendered)
        {
            documents.Add(RenderedRows.Document(doc));
            names.AddRange(RenderedRows.Names(doc.Source));
            sections.AddRange(RenderedRows.Sections(doc).Select(row =>
            {
                row.Id = ++sectionId; // the full-text rows take the same ids, in the same order (SearchRows)
                return row;
            }));
            links.AddRange(RenderedRows.Links(doc));
        }

        var graph = WriteGraph(db, content);
        using (var problemRows = new RowWriter<ProblemRow>(db))
        {
            problemRows.AddRange(problems.Select(ContentRows.Problem));
        }

        using (var meta = new RowWriter<MetaRow>(db))
        {
            meta.Add(new MetaRow { Key = "fingerprint", Value = fingerprint });
            meta.Add(new MetaRow { Key = "report", Value = JsonSerializer.Serialize(content.Report) });
            meta.Add(new MetaRow { Key = "built", Value = DateTimeOffset.UtcNow.ToString("O") });
        }

        return $"{documents.Count} documents, {names.Count} names, {sections.Count} sections, {links.Count} links, {graph}";
    }

    private static string WriteGraph(PortalDb db, ContentSet content)
    {
        using var relations = new RowWriter<RelationRow>(db);
        relations.AddRange(ContentRows.Relations(content));
        using var redirects = new RowWriter<RedirectRow>(db);
        redirects.AddRange(content.Documents.SelectMany(d => d.AlternateIds.Select(a => new RedirectRow { FromId = a, ToId = d.Id })));
        using var types = new RowWriter<RelationTypeRow>(db);
        types.AddRange(content.RelationTypes.Select(t => new RelationTypeRow
        {
            Key = t.Key, Label = t.Value.Label, Inverse = t.Value.Inverse, Group = t.Value.Group,
        }));
        using var events = new RowWriter<EventRow>(db);
        events.AddRange(ContentRows.Events(content));
        return $"{relations.Count} relations, {events.Count} events";
    }

    /// <summary>One full-text row per section, in section order (row i has the id of section i + 1): names on a
    /// document's first row, the heading, and the text (on the first row, the summary and the text before the first
    /// heading). Tokenising is pure CPU work, so it runs on every core.</summary>
    private static List<string[]> SearchRows(List<RenderedDocument> rendered) =>
        [.. rendered.AsParallel().AsOrdered().SelectMany(d => d.Sections.Select((section, i) => new[]
        {
            i == 0 ? CjkText.ForIndex(string.Join(" ; ", new[] { d.Source.Title, d.Source.TitleEn }.OfType<string>().Concat(d.Source.Aliases))) : "",
            i == 0 ? "" : CjkText.ForIndex(section.Title),
            CjkText.ForIndex(i == 0 ? d.Source.Summary + "\n" + section.Text : section.Text),
        }))];

    private static void WriteSearchRows(PortalDb db, List<string[]> rows)
    {
        using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = SearchIndexSql.Insert;
        var rowid = command.Parameters.Add("$rowid", SqliteType.Integer);
        var names = command.Parameters.Add("$names", SqliteType.Text);
        var heading = command.Parameters.Add("$heading", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        command.Prepare();
        for (var i = 0; i < rows.Count; i++)
        {
            rowid.Value = i + 1;
            names.Value = rows[i][0];
            heading.Value = rows[i][1];
            body.Value = rows[i][2];
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Drops the secondary indexes EF Core created and returns the statements that create them again:
    /// building an index once over all rows is cheaper than keeping it sorted through every insert.</summary>
    private static List<string> DropSecondaryIndexes(PortalDb db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var indexes = new List<(string Name, string Sql)>();
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        using var drop = connection.CreateCommand();
        foreach (var (name, _) in indexes)
        {
            drop.CommandText = $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            drop.ExecuteNonQuery();
        }

        return [.. indexes.Select(i => i.Sql)];
    }
}
