using Markdig.Renderers;
using Markdig.Renderers.Html;

using ReportPortal.Knowledge.Text;

namespace ReportPortal.Knowledge.Markdown;

/// <summary>Renders a resolved <see cref="WikiLink"/> as a link, and a broken one as a visibly marked span.</summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLink>
{
    protected override void Write(HtmlRenderer renderer, WikiLink link)
    {
        if (link.IsBroken)
        {
            renderer.Write("<span class=\"broken-link\" title=\"").Write(InterfaceText.Mark("找不到链接目标："));
            renderer.WriteEscape(link.TargetId);
            renderer.Write("\">");
            renderer.WriteEscape(link.Text);
            renderer.Write("</span>");
            return;
        }

        renderer.Write("<a href=\"");
        renderer.WriteEscapeUrl(link.Url);
        renderer.Write(link.IsAutomatic ? "\" class=\"doc-link auto-link\" data-doc=\"" : "\" class=\"doc-link\" data-doc=\"");
        renderer.WriteEscape(link.ResolvedId ?? link.TargetId);
        renderer.Write("\">");
        renderer.WriteEscape(link.Text);
        renderer.Write("</a>");
    }
}
