using System.Text;
using CsCheck;
using Microsoft.AspNetCore.Http;

namespace ReportPortal.Web.Tests.Security;

/// <summary>Issue #13 item 3 and checklist case 11 (HTTP hardening): every route and every query parameter answers
/// 2xx, 3xx, 400 or 404 for any value (control characters, invalid percent-encoding and UTF-8, 4 KB values, line
/// separators, <c>..</c>, open-redirect shapes), never a 5xx, never a stack trace or SQL. Ids in paths must be slugs
/// before any lookup. A property test (CsCheck) drives every route with generated values through the real host.</summary>
[Collection(RealContent.Name)]
public sealed class InputPropertyTests(RealContentFactory portal)
{
    /// <summary>Every route, with its path parameters ({id}, {kind}) and its query parameters.</summary>
    private static readonly (string Path, string[] Query)[] s_routes =
    [
        ("/", []),
        ("/chapters", []),
        ("/chapters/{id}", []),
        ("/glossary", ["q"]),
        ("/{kind}", []),
        ("/{kind}/{id}", []),
        ("/companies/{id}", []),
        ("/graph", ["kind", "type", "focus", "kind", "type"]),
        ("/timeline", ["kind", "entity", "doctype"]),
        ("/map", []),
        ("/maintainers", []),
        ("/search", ["q", "kind"]),
        ("/language", ["lang", "returnUrl"]),
        ("/api/documents", ["kind"]),
        ("/api/documents/{id}", []),
        ("/api/preview/{id}", []),
        ("/api/search", ["q", "kind", "limit"]),
        ("/api/suggest", ["q", "limit"]),
        ("/d/{id}", []),
        ("/health", []),
        ("/health/live", []),
        ("/health/ready", []),
        ("/not-found", []),
        ("/status/{id}", []),
    ];

    /// <summary>Values that break naive handling, decoded.</summary>
    private static readonly string[] s_nasty =
    [
        "", " ", "\0", "\u0001", "\u001b[31m", "\u007f", "\t", "\r\n", "\n", "\u2028", "\u2029", "\u0085", "\uFEFF", "\u202E",
        "/", "/chapters", "/\n", "/\t/evil.com", "/a\r\nSet-Cookie: x=1", "/微软", "..", "../", "../../appsettings.json", "..\\..\\", "//evil.com", "/\\evil.com", "https://evil.com", "\\\\evil.com",
        "javascript:alert(1)", "<script>alert(1)</script>", "'", "\"", "%", "{", "}", "[]", "a=b&c=d", "#frag", "?x",
        "😀", "微软", "人工智能", "openai", "OpenAI", "chapter", "company", "glossary", "con", "nul", "aux", "-1", "0",
        "99999999999999999999", "1e3", "NaN", "true", "null", "__proto__", "${7*7}", "{{7*7}}", "' OR 1=1 --",
        "\" AND 1=0 NEAR(", "*", "title:x", "@nasa", "a-b", new string('a', 4096), new string('微', 4096), new string('/', 2000),
    ];

    /// <summary>Raw query or path encodings no browser would send: invalid escapes and invalid UTF-8.</summary>
    private static readonly string[] s_rawEncodings =
    [
        "%", "%%", "%G1", "%1", "%FF%FE", "%C3%28", "%E5%BE", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%00", "%0D%0A", "%E2%80%A8",
        "..%2F..%2Fappsettings.json", "%2e%2e", "%2e%2e%2f%2e%2e%2f", "%252e%252e", "%5C%5Cevil.com", "%2F%2Fevil.com", "+",
    ];

    private static readonly Gen<string> s_value = Gen.OneOf(
        Gen.Int[0, s_nasty.Length - 1].Select(i => s_nasty[i]),
        Gen.Int[0, s_nasty.Length - 1].Select(i => s_nasty[i]).Array[1, 4].Select(string.Concat),
        Gen.String[0, 40],
        Gen.Char[(char)0, (char)0x3000].Array[0, 20].Select(chars => new string(chars)));

    /// <summary>A value as it appears in a URL: percent-encoded, or one of the raw encodings.</summary>
    private static readonly Gen<string> s_rawValue = Gen.Frequency(
        (4, s_value.Select(Escape)),
        (1, Gen.Int[0, s_rawEncodings.Length - 1].Select(i => s_rawEncodings[i])));

    private static string Escape(string value) => Uri.EscapeDataString(RemoveLoneSurrogates(value));

    private static string RemoveLoneSurrogates(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                text.Append(value, i++, 2);
            }
            else if (!char.IsSurrogate(value[i]))
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>What a reader must never see: stack frames, exception types, SQL and SQLite's words.</summary>
    private static readonly string[] s_leaks = ["   at ", "Exception", "SQLite Error", "no such table", "no such column", ".cs:line", "fts5: syntax"];

    private async Task<bool> AnswersCleanlyAsync(string path, string rawQuery)
    {
        var answer = await portal.Server.SendRawAsync(new PathString(path), rawQuery);
        var clean = answer.Status is (>= 200 and < 400) or 400 or 404
            && !s_leaks.Any(l => answer.Body.Contains(l, StringComparison.Ordinal));
        return clean ? true : throw new InvalidOperationException(
            $"GET {Printable(path)}{Printable(rawQuery)} answered {answer.Status}: {answer.Body[..Math.Min(answer.Body.Length, 400)]}");
    }

    private static string Printable(string text) => text.Length > 120 ? text[..120] + "…" : text;

    /// <summary>A route's path with its path parameters filled: {kind} from the kinds or any value, {id} any value.</summary>
    private static string PathOf(string template, string kind, string id) =>
        template.Replace("{kind}", kind, StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal);

    [Fact]
    public async Task Every_route_answers_any_generated_value_without_a_5xx_or_a_leak()
    {
        string[] segments = ["companies", "people", "technologies", "products", "terms", "chapters"];
        var kinds = Gen.OneOf(Gen.Int[0, segments.Length - 1].Select(i => segments[i]), s_value);
        var gen = Gen.Select(Gen.Int[0, s_routes.Length - 1], kinds, s_value, s_rawValue.Array[5], (r, k, i, v) => (r, k, i, v));
        await gen.SampleAsync(async t =>
        {
            var (route, kind, id, values) = t;
            var (template, query) = s_routes[route];
            var rawQuery = query.Length == 0 ? "" : "?" + string.Join("&", query.Select((name, i) => name + "=" + values[i]));
            return await AnswersCleanlyAsync(PathOf(template, RemoveLoneSurrogates(kind), RemoveLoneSurrogates(id)), rawQuery);
        }, iter: 600, threads: 1);
    }

    public static TheoryData<string> Parameters()
    {
        var data = new TheoryData<string>();
        foreach (var (template, query) in s_routes)
        {
            foreach (var name in query.Distinct())
            {
                data.Add(template + "?" + name);
            }

            if (template.Contains('{', StringComparison.Ordinal))
            {
                data.Add(template);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public async Task Every_parameter_answers_every_nasty_value_without_a_5xx_or_a_leak(string parameter)
    {
        var parts = parameter.Split('?');
        foreach (var raw in s_nasty.Select(Escape).Concat(s_rawEncodings))
        {
            if (parts.Length == 2)
            {
                Assert.True(await AnswersCleanlyAsync(PathOf(parts[0], "companies", "openai"), "?" + parts[1] + "=" + raw));
            }
            else
            {
                var decoded = Uri.UnescapeDataString(raw);
                Assert.True(await AnswersCleanlyAsync(PathOf(parts[0], parts[0].Contains("{kind}", StringComparison.Ordinal) ? decoded : "companies", decoded), ""));
            }
        }
    }

    [Theory]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("%2e%2e")]
    [InlineData("..")]
    [InlineData("%00")]
    [InlineData("con")]
    [InlineData("open_ai")]
    [InlineData("open%20ai")]
    [InlineData("openai.md")]
    public async Task An_id_that_is_not_a_slug_or_names_no_document_is_a_404(string raw)
    {
        foreach (var route in new[] { "/chapters/", "/companies/", "/api/documents/", "/api/preview/", "/d/" })
        {
            // Decoded as Kestrel decodes a path: everything but %2F.
            var path = new PathString(route + Uri.UnescapeDataString(raw.Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase)));
            var answer = await portal.Server.SendRawAsync(path, "");
            Assert.True(answer.Status == 404, $"{route}{raw}: {answer.Status}");
        }
    }

    [Fact]
    public async Task A_2_kb_slug_is_a_404_without_being_echoed()
    {
        var slug = new string('a', 2048);
        foreach (var route in new[] { "/chapters/", "/companies/", "/api/documents/", "/api/preview/", "/d/" })
        {
            var answer = await portal.Server.SendRawAsync(new PathString(route + slug), "");
            Assert.Equal(404, answer.Status);
            Assert.DoesNotContain(slug, answer.Body, StringComparison.Ordinal);
        }
    }
}
