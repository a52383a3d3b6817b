using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using ReportPortal.Knowledge.Queries;

namespace ReportPortal.Web.Data;

/// <summary>The download formats, written from the export records: JSON (documents), CSV (relations, RFC 4180 with a
/// UTF-8 byte order mark so that spreadsheets read Chinese), GraphML (the whole graph) and JSON Lines (the timeline).</summary>
public static class DataFormats
{
    /// <summary>camelCase like the JSON API; Chinese written as text.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly IReadOnlyList<string> RelationColumns =
    [
        "subject_id", "subject_title", "subject_kind", "type", "label", "inverse_label",
        "object_id", "object_title", "object_kind", "date", "amount", "note", "source",
    ];

    public static byte[] DocumentsJson(IReadOnlyList<DataExportQueries.DocumentRecord> documents) =>
        JsonSerializer.SerializeToUtf8Bytes(documents, Json);

    public static byte[] TimelineJsonLines(IReadOnlyList<DataExportQueries.EventRecord> events)
    {
        var text = new StringBuilder();
        foreach (var e in events)
        {
            text.Append(JsonSerializer.Serialize(e, Json)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] RelationsCsv(IReadOnlyList<DataExportQueries.RelationRecord> relations)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', RelationColumns)).Append("\r\n");
        foreach (var r in relations)
        {
            string?[] cells = [r.SubjectId, r.SubjectTitle, r.SubjectKind, r.Type, r.Label, r.InverseLabel,
                r.ObjectId, r.ObjectTitle, r.ObjectKind, r.Date, r.Amount, r.Note, r.Source];
            csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A CSV cell: quoted when it holds a comma, quote or line break (quotes doubled). A text a spreadsheet
    /// would run as a formula (=, +, -, @ first) gets a leading apostrophe.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static byte[] GraphMl(IReadOnlyList<DataExportQueries.DocumentRecord> documents, IReadOnlyList<DataExportQueries.RelationRecord> relations)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", ns);
            string[] nodeKeys = ["kind", "title", "title_en", "aliases", "summary", "url"];
            string[] edgeKeys = ["type", "label", "inverse_label", "date", "amount", "note", "reference"];
            foreach (var key in nodeKeys)
            {
                Key(xml, "node", key);
            }

            foreach (var key in edgeKeys)
            {
                Key(xml, "edge", key);
            }

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "reportportal");
            xml.WriteAttributeString("edgedefault", "directed");
            WriteNodes(xml, documents, relations);
            var i = 0;
            foreach (var r in relations)
            {
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("id", "r" + i++);
                xml.WriteAttributeString("source", r.SubjectId);
                xml.WriteAttributeString("target", r.ObjectId);
                Data(xml, "e_type", r.Type);
                Data(xml, "e_label", r.Label);
                Data(xml, "e_inverse_label", r.InverseLabel);
                Data(xml, "e_date", r.Date);
                Data(xml, "e_amount", r.Amount);
                Data(xml, "e_note", r.Note);
                Data(xml, "e_reference", r.Source);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>Every document as a node; an id a relation names that is no document (the content check reports
    /// those) still gets a node, so that every relation is an edge.</summary>
    private static void WriteNodes(XmlWriter xml, IReadOnlyList<DataExportQueries.DocumentRecord> documents, IReadOnlyList<DataExportQueries.RelationRecord> relations)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            known.Add(d.Id);
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", d.Id);
            Data(xml, "n_kind", d.Kind);
            Data(xml, "n_title", d.Title);
            Data(xml, "n_title_en", d.TitleEn);
            Data(xml, "n_aliases", d.Aliases.Count == 0 ? null : string.Join(" | ", d.Aliases));
            Data(xml, "n_summary", d.Summary);
            Data(xml, "n_url", d.Url);
            xml.WriteEndElement();
        }

        foreach (var id in relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Where(known.Add))
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", id);
            Data(xml, "n_title", id);
            xml.WriteEndElement();
        }
    }

    private static void Key(XmlWriter xml, string target, string name)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", $"{target[0]}_{name}");
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", "string");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
