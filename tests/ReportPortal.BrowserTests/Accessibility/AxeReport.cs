using System.Text;
using Deque.AxeCore.Commons;

namespace ReportPortal.BrowserTests.Accessibility;

/// <summary>An axe result written for whoever fixes it: rule id, impact, help, link and where on the page.</summary>
public static class AxeReport
{
    private const int TargetsShown = 5;

    public static string Describe(AxeResult result, string page)
    {
        var violations = result.Violations ?? [];
        var text = new StringBuilder();
        text.Append(violations.Length).Append(" axe violation(s) on ").AppendLine(page);
        foreach (var v in violations)
        {
            var nodes = v.Nodes ?? [];
            text.Append("- ").Append(v.Id).Append(" [").Append(v.Impact ?? "?").Append("] ").Append(v.Help)
                .Append(" (").Append(v.HelpUrl).AppendLine(")");
            foreach (var node in nodes.Take(TargetsShown))
            {
                text.Append("    at ").Append(Selector(node.Target));
                if (node.Html is { Length: > 0 } html)
                {
                    text.Append("   ").Append(html.Length > 120 ? html[..120] + "…" : html);
                }

                text.AppendLine();
            }

            if (nodes.Length > TargetsShown)
            {
                text.Append("    … and ").Append(nodes.Length - TargetsShown).AppendLine(" more element(s)");
            }
        }

        return text.ToString();
    }

    private static string Selector(AxeSelector? target) => target?.ToString() ?? "?";
}
