using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;
using ReportPortal.Knowledge.Text;

using ReportPortal.Knowledge.Index;

namespace ReportPortal.Benchmarks;

/// <summary>The index build as it was before it was made faster (EF Core <c>AddRange</c> + <c>SaveChanges</c> with
/// change tracking, secondary indexes kept through the inserts, a rollback journal), kept to compare against
/// <see cref="IndexBuilder"/> in the same run. Not used by the portal.</summary>
public static class EfCoreIndexBuilder
{
    /// <summary>Renders every document (parse all, resolve links, render) and writes the index to <paramref name="path"/>.
    /// Returns every problem: the loader's and the renderer's.</summary>
    public static IReadOnlyList<ContentProblem> Build(ContentSet content, string path, string fingerprint)
    {
        var problems = new List<ContentProblem>(content.Problems);
        var rendered = new RenderPipeline().Render(content, problems);

        using var db = new PortalDb(PortalDb.OptionsFor($"Data Source={path};Pooling=False"));
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw(SearchIndexSql.Create);
        using var transaction = db.Database.BeginTransaction();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var sectionRows = rendered.ToDictionary(d => d.Source.Id, d => AddDocument(db, d));

        AddGraph(db, content);
        db.Problems.AddRange(problems.Select(p => new ProblemRow { File = p.File, Line = p.Line, Severity = p.Severity.ToString(), Message = p.Message }));
        db.Meta.AddRange(
            new MetaRow { Key = "fingerprint", Value = fingerprint },
            new MetaRow { Key = "report", Value = JsonSerializer.Serialize(content.Report) },
            new MetaRow { Key = "built", Value = DateTimeOffset.UtcNow.ToString("O") });
        db.SaveChanges();
        WriteSearchRows(db, rendered, sectionRows);
        transaction.Commit();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode = DELETE"); // one self-contained file, readable read-only
        return problems;
    }

    private static List<SectionRow> AddDocument(PortalDb db, RenderedDocument doc)
    {
        var source = doc.Source;
        db.Documents.Add(new DocumentRow
        {
            Id = source.Id,
            Kind = DocumentSchema.Of(source.Kind).Folder,
            Title = source.Title,
            TitleEn = source.TitleEn,
            Summary = source.Summary,
            Html = doc.Html,
            Order = source.Order,
            Number = source.Number,
            Sources = [.. source.Sources],
            FieldsJson = JsonSerializer.Serialize(source.Fields.Select(f =>
                new InfoboxField(f.Spec.Key, f.Spec.Label, f.Spec.LabelEn, f.Spec.IsIdReference, f.Values))),
        });

        db.Names.Add(new NameRow { DocumentId = source.Id, Name = source.Title, Key = NameKey.Of(source.Title), Role = "title" });
        if (source.TitleEn is { } en)
        {
            db.Names.Add(new NameRow { DocumentId = source.Id, Name = en, Key = NameKey.Of(en), Role = "title_en" });
        }

        db.Names.AddRange(source.Aliases.Select(a => new NameRow { DocumentId = source.Id, Name = a, Key = NameKey.Of(a), Role = "alias" }));
        var sections = doc.Sections.Select((s, i) => new SectionRow
        {
            DocumentId = source.Id, Ordinal = i, Anchor = s.Anchor, Title = s.Title, Level = s.Level, Text = s.Text,
        }).ToList();
        db.Sections.AddRange(sections);
        db.Links.AddRange(doc.Links.Where(l => !l.IsBroken).Select(l => new LinkRow
        {
            FromId = source.Id, FromAnchor = l.SectionAnchor, ToId = l.TargetId, Line = l.Line, IsAutomatic = l.IsAutomatic,
            Context = l.Context,
        }));
        return sections;
    }

    private static void AddGraph(PortalDb db, ContentSet content)
    {
        db.Relations.AddRange(content.Documents.SelectMany(d => d.Relations
            .Where(r => content.ById.ContainsKey(r.Target))
            .Select(r => new RelationRow
            {
                SubjectId = d.Id, Type = r.Type, ObjectId = content.ById[r.Target].Id, Date = r.Date, Amount = r.Amount, Note = r.Note, Source = r.Source,
            })));
        db.Redirects.AddRange(content.Documents.SelectMany(d => d.AlternateIds.Select(a => new RedirectRow { FromId = a, ToId = d.Id })));
        db.RelationTypes.AddRange(content.RelationTypes.Select(t => new RelationTypeRow
        {
            Key = t.Key, Label = t.Value.Label, Inverse = t.Value.Inverse, Group = t.Value.Group,
        }));
        db.Events.AddRange(content.Timeline.Select(e => new EventRow
        {
            Date = e.Date, Precision = e.Precision, Sort = e.Sort, Kind = e.Kind, Text = e.Event, Source = e.Source,
            Forecast = e.Forecast, Entities = [.. e.Entities.Where(content.ById.ContainsKey).Select(id => content.ById[id].Id)],
        }));
    }

    private static void WriteSearchRows(PortalDb db, List<RenderedDocument> rendered, Dictionary<string, List<SectionRow>> sectionRows)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = SearchIndexSql.Insert;
        var rowid = command.Parameters.Add("$rowid", SqliteType.Integer);
        var names = command.Parameters.Add("$names", SqliteType.Text);
        var heading = command.Parameters.Add("$heading", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        command.Prepare();
        foreach (var d in rendered)
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
}
