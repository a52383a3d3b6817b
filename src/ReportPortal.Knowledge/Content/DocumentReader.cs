using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReportPortal.Knowledge.Content;

/// <summary>Turns one Markdown file into a <see cref="ContentDocument"/>, checking its front matter against
/// <see cref="DocumentSchema"/>. Errors throw <see cref="ContentException"/>; warnings are collected.</summary>
public static partial class DocumentReader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static ContentDocument Read(string relativePath, KindSpec kind, string text, ICollection<ContentProblem> warnings)
    {
        var front = FrontMatter.Parse(text);
        var fileId = System.IO.Path.GetFileNameWithoutExtension(relativePath);
        var values = KnownValues(relativePath, kind, front.Mapping, warnings);
        string? Text(string key) => values.TryGetValue(key, out var n) ? YamlValues.Scalar(n, key) : null;
        List<string> List(string key) => values.TryGetValue(key, out var n) ? YamlValues.List(n, key) : [];

        var id = Text("id") ?? fileId;
        if (id != fileId)
        {
            throw new ContentException(FrontMatter.LineOf(values["id"]), $"id '{id}' differs from the file name '{fileId}'");
        }

        if (!IdPattern().IsMatch(id))
        {
            throw new ContentException(1, $"id '{id}' must be an ASCII slug (a-z, 0-9 and '-')");
        }

        var title = Text("title") ?? throw new ContentException(2, "missing required field 'title'");
        var summary = Text("summary");
        if (summary is null)
        {
            warnings.Add(new ContentProblem(relativePath, 2, ProblemSeverity.Warning, "missing field 'summary'"));
        }

        BodyLimits.Check(front.Body, front.BodyLine);
        var isChapter = kind.Kind == DocumentKind.Chapter;
        return new ContentDocument
        {
            Id = id,
            Kind = kind.Kind,
            Title = title,
            TitleEn = Text("title_en"),
            Aliases = List("aliases").Distinct(StringComparer.Ordinal).ToList(),
            Summary = summary ?? "",
            Sources = List("sources"),
            NoAutolink = List("no_autolink"),
            AlternateIds = List("alternate_ids"),
            Fields = isChapter ? [] : ReadFields(kind, values),
            Relations = values.TryGetValue("relations", out var relations) ? ReadRelations(relations) : [],
            Order = isChapter ? ReadOrder(values) : null,
            Number = isChapter ? Text("number") : null,
            Body = ReportPortal.Knowledge.Text.InterfaceText.Strip(front.Body),
            Path = relativePath,
            BodyLine = front.BodyLine,
        };
    }

    /// <summary>The front matter's values by key; unknown keys are reported and left out.</summary>
    private static Dictionary<string, YamlNode> KnownValues(string relativePath, KindSpec kind, YamlMappingNode mapping, ICollection<ContentProblem> warnings)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? ""
                : throw new ContentException(FrontMatter.LineOf(keyNode), "a field name must be a single word, not a list or a mapping");
            var known = DocumentSchema.CommonKeys.Contains(key) || kind.Fields.Any(f => f.Key == key);
            if (!known)
            {
                warnings.Add(new ContentProblem(relativePath, FrontMatter.LineOf(keyNode), ProblemSeverity.Warning,
                    $"unknown field '{key}' for kind {kind.Folder} (ignored)"));
                continue;
            }

            values[key] = valueNode;
        }

        return values;
    }

    private static List<FieldValue> ReadFields(KindSpec kind, Dictionary<string, YamlNode> values)
    {
        var fields = new List<FieldValue>();
        foreach (var spec in kind.Fields)
        {
            if (!values.TryGetValue(spec.Key, out var node))
            {
                continue;
            }

            var list = spec.IsList ? YamlValues.List(node, spec.Key) : [.. new[] { YamlValues.Scalar(node, spec.Key) }.OfType<string>()];
            if (list.Count > 0)
            {
                fields.Add(new FieldValue(spec, list));
            }
        }

        return fields;
    }

    private static int ReadOrder(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("order", out var node))
        {
            throw new ContentException(2, "a chapter needs 'order', its position in the report");
        }

        return int.TryParse(YamlValues.Scalar(node, "order"), out var order) && order > 0
            ? order
            : throw new ContentException(FrontMatter.LineOf(node), "'order' must be a positive whole number");
    }

    private static List<Relation> ReadRelations(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw new ContentException(FrontMatter.LineOf(node), "'relations' must be a list");
        }

        var relations = new List<Relation>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode map)
            {
                throw new ContentException(FrontMatter.LineOf(item), "each relation must be a mapping like { type: invested-in, target: openai }");
            }

            var line = FrontMatter.LineOf(item);
            var type = YamlValues.Get(map, "type") ?? throw new ContentException(line, "a relation needs a 'type'");
            var target = YamlValues.Get(map, "target") ?? throw new ContentException(line, "a relation needs a 'target'");
            relations.Add(new Relation(type, target, YamlValues.Get(map, "date"), YamlValues.Get(map, "amount"),
                YamlValues.Get(map, "note"), YamlValues.Get(map, "source"), line));
        }

        return relations;
    }
}
