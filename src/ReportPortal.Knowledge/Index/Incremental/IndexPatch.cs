using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>The rows that change between two content versions, and the writing of them into a copy of the previous
/// version's index file in one transaction: the documents re-rendered (their Documents row, Names, Sections with
/// their search_fts rows, Links), the documents gone, and the whole-content tables (Relations, Redirects, Events,
/// Problems) from the first row that differs. Meta gets the new fingerprint.
/// <para>The rows are made as <c>IndexBuilder</c> makes them (its <c>AddDocument</c>, <c>AddGraph</c> and
/// <c>WriteSearchRows</c> are private and duplicated here, to be merged): a change to how it writes a row must be made
/// here too. IncrementalUpdateTests compares every table of a patched index with a full build.</para></summary>
internal sealed class IndexPatch
{
    public required IReadOnlyCollection<string> Removed { get; init; }
    public required IReadOnlyCollection<string> Existing { get; init; }
    public required IReadOnlyList<RenderedDocument> Rendered { get; init; }
    public required ContentSet Before { get; init; }
    public required ContentSet After { get; init; }
    public required IReadOnlyList<ContentProblem> ProblemsBefore { get; init; }
    public required IReadOnlyList<ContentProblem> ProblemsAfter { get; init; }
    public required string Fingerprint { get; init; }

    /// <summary>Copies <paramref name="previousPath"/> beside <paramref name="path"/>, writes the patch into the copy
    /// and moves it to <paramref name="path"/> when complete: a half-written file is never served.</summary>
    public void WriteInto(string previousPath, string path, Phases phases)
    {
        var building = $"{Path.GetFullPath(path)}.building-{Guid.NewGuid():N}";
        try
        {
            File.Copy(previousPath, building);
            phases.End("copy");
            WriteTo(building);
            File.Move(building, path, overwrite: true);
            phases.End("write");
        }
        finally
        {
            File.Delete(building);
        }
    }

    /// <summary>Writes the patch into <paramref name="path"/>, a copy of the previous index file.</summary>
    private void WriteTo(string path)
    {
        using var db = new PortalDb(PortalDb.OptionsFor($"Data Source={path};Pooling=False"));
        db.Database.OpenConnection();
        // a copy no reader sees until it is complete and moved into place: no need to survive a crash, so no syncs
        db.Database.ExecuteSqlRaw("PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;");
        using var transaction = db.Database.BeginTransaction();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var replaced = Removed.Concat(Rendered.Select(r => r.Source.Id)).ToList();
        DeleteSearchRows(db, db.Sections.Where(s => replaced.Contains(s.DocumentId)).Select(s => s.Id).ToList());
        db.Sections.Where(s => replaced.Contains(s.DocumentId)).ExecuteDelete();
        db.Names.Where(n => replaced.Contains(n.DocumentId)).ExecuteDelete();
        db.Links.Where(l => replaced.Contains(l.FromId)).ExecuteDelete();
        db.Documents.Where(d => Removed.Contains(d.Id)).ExecuteDelete();

        var sections = Rendered.ToDictionary(d => d.Source.Id, d => AddDocument(db, d), StringComparer.Ordinal);
        ReplaceFrom(db.Relations, [.. ContentRows.Relations(Before)], [.. ContentRows.Relations(After)], (r, id) => r.Id = id,
            r => (r.SubjectId, r.Type, r.ObjectId, r.Date, r.Amount, r.Note, r.Source));
        ReplaceFrom(db.Events, [.. ContentRows.Events(Before)], [.. ContentRows.Events(After)], (e, id) => e.Id = id,
            e => (e.Date, e.Precision, e.Sort, e.Kind, e.Text, e.Source, e.Forecast, string.Join('\n', e.Entities)));
        ReplaceFrom(db.Problems, [.. ProblemsBefore.Select(ContentRows.Problem)], [.. ProblemsAfter.Select(ContentRows.Problem)], (p, id) => p.Id = id,
            p => (p.File, p.Line, p.Severity, p.Message));
        ReplaceRedirects(db);
        db.Meta.Where(m => m.Key == "fingerprint" || m.Key == "built").ExecuteDelete();
        db.Meta.AddRange(
            new MetaRow { Key = "fingerprint", Value = Fingerprint },
            new MetaRow { Key = "built", Value = DateTimeOffset.UtcNow.ToString("O") });
        db.SaveChanges();
        WriteSearchRows(db, sections);
        transaction.Commit();
    }

    private List<SectionRow> AddDocument(PortalDb db, RenderedDocument doc)
    {
        var row = RenderedRows.Document(doc);
        if (Existing.Contains(row.Id))
        {
            db.Documents.Update(row); // keeps the row where it was
        }
        else
        {
            db.Documents.Add(row);
        }

        db.Names.AddRange(RenderedRows.Names(doc.Source));
        var sections = RenderedRows.Sections(doc).ToList();
        db.Sections.AddRange(sections);
        db.Links.AddRange(RenderedRows.Links(doc));
        return sections;
    }

    /// <summary>A table whose rows are numbered 1..n in content order: keeps the rows both versions share at its start
    /// and rewrites the rest, with the ids a full build gives them.</summary>
    private static void ReplaceFrom<T, TKey>(DbSet<T> table, List<T> before, List<T> after, Action<T, int> setId, Func<T, TKey> valueOf)
        where T : class
    {
        var same = 0;
        while (same < before.Count && same < after.Count && EqualityComparer<TKey>.Default.Equals(valueOf(before[same]), valueOf(after[same])))
        {
            same++;
        }

        if (same == before.Count && same == after.Count)
        {
            return;
        }

        table.Where(r => EF.Property<int>(r, "Id") > same).ExecuteDelete();
        for (var i = same; i < after.Count; i++)
        {
            setId(after[i], i + 1);
            table.Add(after[i]);
        }
    }

    private void ReplaceRedirects(PortalDb db)
    {
        static List<RedirectRow> Of(ContentSet content) => [.. content.Documents.SelectMany(d => d.AlternateIds.Select(a => new RedirectRow { FromId = a, ToId = d.Id }))];
        var after = Of(After);
        if (Of(Before).Select(r => (r.FromId, r.ToId)).SequenceEqual(after.Select(r => (r.FromId, r.ToId))))
        {
            return;
        }

        db.Redirects.ExecuteDelete();
        db.Redirects.AddRange(after);
    }

    private static void DeleteSearchRows(PortalDb db, List<int> sectionIds)
    {
        using var command = Command(db, "DELETE FROM search_fts WHERE rowid = $rowid");
        var rowid = command.Parameters.Add("$rowid", SqliteType.Integer);
        command.Prepare();
        foreach (var id in sectionIds)
        {
            rowid.Value = id;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The search rows of the re-rendered documents, keyed by their new section ids.</summary>
    private void WriteSearchRows(PortalDb db, Dictionary<string, List<SectionRow>> sectionRows)
    {
        using var command = Command(db, SearchIndexSql.Insert);
        var rowid = command.Parameters.Add("$rowid", SqliteType.Integer);
        var names = command.Parameters.Add("$names", SqliteType.Text);
        var heading = command.Parameters.Add("$heading", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        command.Prepare();
        foreach (var d in Rendered)
        {
            var source = d.Source;
            var sections = d.Sections; // the first is always the part before the first heading
            var rows = sectionRows[source.Id];
            for (var i = 0; i < sections.Count; i++)
            {
                rowid.Value = rows[i].Id;
                names.Value = i == 0 ? CjkText.ForIndex(string.Join(" ; ", new[] { source.Title, source.TitleEn }.OfType<string>().Concat(source.Aliases))) : "";
                heading.Value = i == 0 ? "" : CjkText.ForIndex(sections[i].Title);
                body.Value = CjkText.ForIndex(i == 0 ? source.Summary + "\n" + sections[i].Text : sections[i].Text);
                command.ExecuteNonQuery();
            }
        }
    }

    private static SqliteCommand Command(PortalDb db, string sql)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}
