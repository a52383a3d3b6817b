using System.Text.Json;
using ReportPortal.Knowledge.Content;
using ReportPortal.Knowledge.Markdown;
using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Index;

/// <summary>The index rows of one rendered document: its document row, its names, sections and links. The full build
/// (<see cref="IndexBuilder"/>) and the incremental patch (<see cref="Incremental.IndexPatch"/>) write the same rows.</summary>
internal static class RenderedRows
{
    public static DocumentRow Document(RenderedDocument doc)
    {
        var source = doc.Source;
        return new DocumentRow
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
        };
    }

    /// <summary>Title, English name and aliases, in that order.</summary>
    public static IEnumerable<NameRow> Names(ContentDocument source)
    {
        yield return new NameRow { DocumentId = source.Id, Name = source.Title, Key = NameKey.Of(source.Title), Role = "title" };
        if (source.TitleEn is { } en)
        {
            yield return new NameRow { DocumentId = source.Id, Name = en, Key = NameKey.Of(en), Role = "title_en" };
        }

        foreach (var alias in source.Aliases)
        {
            yield return new NameRow { DocumentId = source.Id, Name = alias, Key = NameKey.Of(alias), Role = "alias" };
        }
    }

    /// <summary>The sections in order, without ids (the writer gives them).</summary>
    public static IEnumerable<SectionRow> Sections(RenderedDocument doc) =>
        doc.Sections.Select((s, i) => new SectionRow
        {
            DocumentId = doc.Source.Id, Ordinal = i, Anchor = s.Anchor, Title = s.Title, Level = s.Level, Text = s.Text,
        });

    /// <summary>The resolved links (broken ones are problems, not rows).</summary>
    public static IEnumerable<LinkRow> Links(RenderedDocument doc) =>
        doc.Links.Where(l => !l.IsBroken).Select(l => new LinkRow
        {
            FromId = doc.Source.Id, FromAnchor = l.SectionAnchor, ToId = l.TargetId, Line = l.Line, IsAutomatic = l.IsAutomatic,
            Context = l.Context,
        });
}
